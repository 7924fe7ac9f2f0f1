import { describe, expect, it } from 'vitest';
import { powerfulRules } from './rbac-power.js';

describe('powerfulRules', () => {
  it.each([
    [
      [{ verbs: ['*'], resources: ['*'] }],
      ['wildcard verbs', 'wildcard resources', 'reads secrets', 'creates pods'],
    ],
    [[{ verbs: ['get', 'list'], resources: ['secrets'] }], ['reads secrets']],
    [[{ verbs: ['create'], resources: ['pods/exec'] }], ['execs into pods']],
    [[{ verbs: ['create'], resources: ['pods'] }], ['creates pods']],
    [[{ verbs: ['impersonate'], resources: ['users'] }], ['impersonate verb']],
    [[{ verbs: ['get', 'list', 'watch'], resources: ['pods', 'configmaps'] }], []],
  ])('%j → %j', (rules, expected) => {
    expect(powerfulRules(rules)).toEqual(expected);
  });
});
