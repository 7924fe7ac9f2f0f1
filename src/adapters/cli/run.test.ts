import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './test-support/run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'vigil-run-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('vigil, as a newcomer first meets it', () => {
  it('--version prints the version of the package', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag]);
      expect(r).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
    }
  });

  it('scan of a path that is not there is bad input (exit 2) naming the path, and opens no store', async () => {
    const store = join(home, 'store');
    const r = await runCli(['scan', 'path/to/evidence', '--no-sync', '--no-kube'], {
      env: { VIGIL_HOME: store, VIGIL_DATABASE_URL: undefined },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error: \/.*path\/to\/evidence: no such file or folder; .* \[EVIDENCE_NOT_FOUND\]\n$/,
    );
    expect(r.stderr).not.toMatch(/ENOENT/);
    expect(existsSync(store)).toBe(false);
  });

  it('never writes a control character that input carried: terminal escapes and bidi overrides are escaped', async () => {
    const hostile = 'x\u001b[2J\u202eevil\u0007';
    const store = join(home, 'store-escapes');
    for (const argv of [
      ['exposures', '--decision', hostile],
      ['scan', hostile, '--no-sync', '--no-kube'],
      ['twin', 'history', hostile],
    ]) {
      const r = await runCli(argv, { env: { VIGIL_HOME: store, VIGIL_DATABASE_URL: undefined } });
      expect(r.code).toBe(2);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that none gets through
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(r.stderr).toContain('\\u001b[2J\\u202eevil\\u0007');
    }
  });
});
