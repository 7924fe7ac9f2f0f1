import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/core/input/index.js';

describe('the error-code catalogue', () => {
  it('is the one the README documents, code for code and meaning for meaning', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Error codes'), readme.indexOf('## Library API'));
    const documented = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \| (.+) \|$/gm)].map((m) => [
      m[1],
      m[2]?.replace(/\\\|/g, '|'),
    ]);
    expect(documented).toEqual(Object.entries(ISSUE_CODES));
  });

  it('holds upper snake case codes only', () => {
    for (const code of Object.keys(ISSUE_CODES)) expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
  });
});
