import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';
import { registerVersionCommands } from './version.js';

const cli = (argv: string[], stdin?: string) =>
  runCli(argv, { modules: [registerVersionCommands], ...(stdin === undefined ? {} : { stdin }) });

describe('vigil version compare', () => {
  it.each([
    ['npm', '1.2.3', '1.10.0', '<'],
    ['PyPI', '1.0', '1.0.0', '='],
    ['Debian:12', '1:1.0', '2.0', '>'],
    ['Maven', '1.0-SNAPSHOT', '1.0', '<'],
    ['Alpine', '1.2_rc1', '1.2', '<'],
  ])('%s %s %s prints %s', async (ecosystem, a, b, op) => {
    expect(await cli(['version', 'compare', ecosystem, a, b])).toEqual({
      code: 0,
      stdout: `${op}\n`,
      stderr: '',
    });
  });

  it('exits 2 naming an invalid version', async () => {
    const result = await cli(['version', 'compare', 'npm', '1.2.3', 'latest']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error: b: "latest" is not a SemVer version');
    expect(result.stderr).toContain('[VERSION_INVALID]');
  });

  it('exits 2 on an unknown ecosystem', async () => {
    const result = await cli(['version', 'compare', 'Nope', '1', '2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: ecosystem: unknown ecosystem "Nope"');
    expect(result.stderr).toContain('[ECOSYSTEM_UNKNOWN]');
  });

  it('exits 2 on an ecosystem without version order', async () => {
    const result = await cli(['version', 'compare', 'OSS-Fuzz', '1', '2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[ECOSYSTEM_UNORDERED]');
  });
});

describe('vigil version sort', () => {
  it('sorts stdin in the ecosystem order', async () => {
    const result = await cli(['version', 'sort', 'Debian'], '1.0-1\n1.0~rc1\n\n1:0.1\r\n1.0\n');
    expect(result).toEqual({ code: 0, stdout: '1.0~rc1\n1.0\n1.0-1\n1:0.1\n', stderr: '' });
  });

  it('sorts newest first with --reverse, keeping equal versions in input order', async () => {
    const result = await cli(['version', 'sort', 'PyPI', '--reverse'], '1.0\n2.0a1\n1.0.0\n2.0\n');
    expect(result.stdout).toBe('2.0\n2.0a1\n1.0\n1.0.0\n');
  });

  it('names the line of every bad version and prints nothing', async () => {
    const result = await cli(['version', 'sort', 'npm'], '1.0.0\nnope\n2.0.0\n1.x\n');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error: stdin:2: "nope" is not a SemVer version');
    expect(result.stderr).toContain('error: stdin:4: "1.x" is not a SemVer version');
  });

  it('prints nothing for empty input', async () => {
    expect(await cli(['version', 'sort', 'npm'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
