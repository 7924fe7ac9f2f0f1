import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/input/index.js';
import { loadRiskConfig } from './load-risk-config.js';

describe('loadRiskConfig', () => {
  it('reads the shipped config/risk.yaml', () => {
    const c = loadRiskConfig();
    expect(c.labels.criticality).toBe('vigil.dev/criticality');
    expect(c.weights.tier.production).toBeGreaterThan(c.weights.tier.staging);
  });

  it('names the file and the key that is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cfg-'));
    const file = join(dir, 'risk.yaml');
    writeFileSync(
      file,
      'weights: {}\ndecision: { epssLikely: 2, cvssHigh: 9 }\nlabels: { criticality: a, dataClassification: b }\n',
    );
    let error: unknown;
    try {
      loadRiskConfig(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const paths = (error as InputError).issues.map((i) => i.path);
    expect(paths).toContain(`${file}: weights.running`);
    expect(paths).toContain(`${file}: decision.epssLikely`);
  });
});
