import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/support/shared-data.js';

describe('the vigil process', () => {
  it('ends quietly when its reader closes the pipe (vigil … | head), with no stack trace', async () => {
    const home = mkdtempSync(join(tmpdir(), 'vigil-epipe-'));
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'src/adapters/cli/main.ts'), 'version', 'sort', 'npm'],
        { cwd: repoRoot, env: { ...process.env, VIGIL_HOME: home }, stdio: ['pipe', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      // far more output than a pipe buffers; the reader takes the first chunk and goes away
      child.stdin.end(`${Array.from({ length: 200_000 }, (_, i) => `1.0.${i}`).join('\n')}\n`);
      const first = await new Promise<string>((resolve) =>
        child.stdout.once('data', (d: Buffer) => resolve(d.toString())),
      );
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(first.split('\n')[0]).toBe('1.0.0');
      expect(stderr).toBe('');
      expect(code).toBe(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});
