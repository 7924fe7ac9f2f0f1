import { describe, expect, it } from 'vitest';
import { inferTier } from './environment-tier.js';

describe('inferTier', () => {
  it.each([
    ['prod', 'production', true],
    ['production', 'production', true],
    ['eu-prod-2', 'production', true],
    ['staging', 'staging', true],
    ['stg-eu', 'staging', true],
    ['preprod', 'staging', true],
    ['dev', 'development', true],
    ['development', 'development', true],
    ['test', 'test', true],
    ['qa', 'test', true],
    ['prod-test-mirror', 'production', true],
    ['default', 'production', false],
    ['payments', 'production', false],
  ])('%s → %s', (name, tier, inferred) => {
    expect(inferTier(name)).toEqual({ tier, inferred });
  });
});
