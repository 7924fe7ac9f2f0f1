import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedDatabase } from './embedded-database.js';
import { StoreLockedError } from './folder-lock.js';
import { migrate } from './migrate.js';

const run = promisify(execFile);
const folders: string[] = [];
const tempHome = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-embedded-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

describe('embedded store', () => {
  it('keeps its data across a restart', async () => {
    const home = tempHome();
    const first = await openEmbeddedDatabase(home);
    await migrate(first);
    await first.query("INSERT INTO environments (name, tier) VALUES ('prod', 'production')");
    await first.close();
    const second = await openEmbeddedDatabase(home);
    expect(await second.query('SELECT name, tier FROM environments')).toEqual([
      { name: 'prod', tier: 'production' },
    ]);
    await second.close();
  });

  it('refuses a second opener in this process with a clear error', async () => {
    const home = tempHome();
    const db = await openEmbeddedDatabase(home);
    try {
      await expect(openEmbeddedDatabase(home)).rejects.toThrow(StoreLockedError);
      await expect(openEmbeddedDatabase(home)).rejects.toThrow(/in use by another Vigil process \(pid \d+/);
    } finally {
      await db.close();
    }
  });

  it('refuses a second process with a clear error', async () => {
    const home = tempHome();
    const db = await openEmbeddedDatabase(home);
    try {
      const script = `import { openEmbeddedDatabase } from ${JSON.stringify(new URL('./embedded-database.ts', import.meta.url).pathname)};
        try { await openEmbeddedDatabase(${JSON.stringify(home)}); console.log('opened'); }
        catch (e) { console.log(e.code + ': ' + e.message); process.exitCode = 3; }`;
      const child = run('npx', ['tsx', '--input-type=module', '-e', script], { cwd: process.cwd() });
      const err = await child.then(
        () => undefined,
        (e: { code: number; stdout: string }) => e,
      );
      expect(err?.code).toBe(3);
      expect(err?.stdout).toMatch(
        /^STORE_LOCKED: the embedded store in .* is in use by another Vigil process/m,
      );
    } finally {
      await db.close();
    }
  });

  it('takes over a lock left by a process that is gone', async () => {
    const home = tempHome();
    // pid 2^22+1 is above Linux's default pid_max, so no process has it
    writeFileSync(
      join(home, 'vigil.lock'),
      JSON.stringify({ pid: 4_194_305, host: hostname(), since: 'earlier' }),
    );
    const db = await openEmbeddedDatabase(home);
    await db.close();
  });
});
