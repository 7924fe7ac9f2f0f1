import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../test/support/shared-data.js';
import { openEmbeddedDatabase } from '../../store/embedded-database.js';
import { openPostgresDatabase } from '../../store/postgres-database.js';
import type { SqlDatabase } from '../../store/sql-client.js';
import { createPostgresTestDatabase, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';
import { mirrorOf } from './test-support/osv-fixtures.js';

const mirror = mirrorOf('PyPI', 'crates.io');
const args = ['feeds', 'sync', '--osv-mirror', mirror, '--json'];
const testEnv = { VIGIL_SYNC_BATCH_SIZE: '100', VIGIL_SYNC_LOG_BATCHES: '1' };

/** Runs the real CLI in a child process; resolves on exit with its output. */
function spawnCli(env: Record<string, string>, onStderr?: (text: string, child: ChildProcess) => void) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'src/adapters/cli/main.ts'), ...args],
    {
      cwd: repoRoot,
      env: { ...process.env, ...testEnv, ...env },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    onStderr?.(stderr, child);
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

/** What must end the same: every record with its `modified` and grouping, and the index rows. */
async function snapshot(db: SqlDatabase) {
  const advisories = await db.query(
    'SELECT id, modified, withdrawn, vulnerability_id FROM advisories ORDER BY id',
  );
  const aliases = await db.query(
    'SELECT advisory_id, alias, kind FROM advisory_aliases ORDER BY advisory_id, alias',
  );
  const packages = await db.query(
    'SELECT ecosystem, name, advisory_id FROM advisory_packages ORDER BY 1, 2, 3',
  );
  return { advisories, aliases, packages };
}

interface Store {
  readonly env: Record<string, string>;
  open(): Promise<SqlDatabase>;
  dispose(): Promise<void>;
}

const embedded = (): Store => {
  const home = mkdtempSync(join(tmpdir(), 'vigil-resume-'));
  return {
    env: { VIGIL_HOME: home },
    open: () => openEmbeddedDatabase(home),
    dispose: async () => rmSync(home, { recursive: true, force: true }),
  };
};
const postgres = async (): Promise<Store> => {
  const t: TestDatabase = await createPostgresTestDatabase();
  await t.db.close();
  return {
    env: t.env,
    open: () => openPostgresDatabase(t.env.VIGIL_DATABASE_URL as string),
    dispose: () => t.dispose(),
  };
};

describe.each([
  { kind: 'embedded', make: async () => embedded() },
  { kind: 'postgres', make: postgres },
])('a sync killed mid-way and started again ends as an uninterrupted one: $kind', ({ kind, make }) => {
  const stores: Store[] = [];
  afterAll(async () => {
    for (const s of stores) await s.dispose();
  });

  it('resumes after the last committed batch', { timeout: 240_000 }, async () => {
    const interrupted = await make();
    const reference = await make();
    stores.push(interrupted, reference);

    let commits = 0;
    const killed = await spawnCli(interrupted.env, (stderr, child) => {
      commits = stderr.match(/^committed /gm)?.length ?? 0;
      if (commits >= 3 && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).toBe('');
    if (kind === 'embedded')
      expect(existsSync(join(interrupted.env.VIGIL_HOME as string, 'vigil.lock'))).toBe(true);
    // the dead sync is not shown as running: on the embedded store at once (only one process can hold it), on
    // PostgreSQL once it has been silent past its heartbeat's deadline (a minute; the repository test covers it)
    const status = await runCli(['feeds', 'status', '--json'], { env: interrupted.env });
    const pypi = (JSON.parse(status.stdout) as { scope: string; status: string }[]).find(
      (r) => r.scope === 'PyPI',
    );
    expect(pypi?.status).toBe(kind === 'embedded' ? 'interrupted' : 'running');

    const resumed = await spawnCli(interrupted.env);
    expect(resumed.code).toBe(0);
    const after = /PyPI: resuming after (\S+) \((\d+) of 2684 left\)/.exec(resumed.stderr);
    expect(after).not.toBeNull();
    expect(Number(after?.[2])).toBeLessThan(2684 - 200);

    const straight = await runCli(args, { env: reference.env });
    expect(straight.code).toBe(0);
    const summary = (text: string) =>
      (JSON.parse(text) as { scope: string; new: number }[]).map((r) => [r.scope, r.new]);
    expect(summary(resumed.stdout)).toEqual(summary(straight.stdout));

    const [a, b] = [await interrupted.open(), await reference.open()];
    try {
      const [left, right] = [await snapshot(a), await snapshot(b)];
      expect(left.advisories.length).toBe(2684 + 1214);
      expect(left).toEqual(right);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
