import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import {
  ALPINE_DIGEST,
  ALPINE_SBOM,
  opensslAdvisoryMirror,
} from '../../src/adapters/http/test-support/alpine-deployment.js';
import type { SqlClient } from '../../src/adapters/store/sql-client.js';
import { repoRoot } from '../support/shared-data.js';

// Crash injection (#16), shared by the embedded and PostgreSQL files so that both run side by side: the real CLI
// builds an estate step by step, and each step is first killed with SIGKILL at random SQL statements
// (VIGIL_CRASH_AT_STATEMENT), then run to the end. After each kill the store opens, and a step that is one
// transaction is either wholly there or not at all; at the end the state equals an estate built without a crash.

const IMAGE = `docker.io/library/alpine@${ALPINE_DIGEST}`;

export interface CrashStore {
  readonly env: Record<string, string>;
  /** Reads the store (opened anew for each look, as the next process would). */
  look<T>(read: (db: SqlClient) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

interface Step {
  readonly name: string;
  readonly argv: readonly string[];
  /** One transaction: after a kill it is all there or not at all. */
  readonly atomic: boolean;
}

function steps(dir: string, mirror: string): Step[] {
  const pods = join(dir, 'pods.json');
  writeFileSync(
    pods,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'web-1', namespace: 'shop', labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: IMAGE }] },
          status: { phase: 'Running', containerStatuses: [{ name: 'web', imageID: IMAGE }] },
        },
      ],
    }),
  );
  return [
    { name: 'sbom add', argv: ['sbom', 'add', ALPINE_SBOM, '--artifact', IMAGE], atomic: true },
    { name: 'feeds sync', argv: ['feeds', 'sync', '--osv-mirror', mirror], atomic: false },
    {
      name: 'deploy record',
      argv: [
        'deploy',
        'record',
        '--env',
        'production',
        '--create-env',
        '--workload',
        'shop/web',
        '--image',
        IMAGE,
        '--at',
        '2026-12-01T10:00:00Z',
      ],
      atomic: true,
    },
    {
      name: 'k8s import',
      argv: [
        'k8s',
        'import',
        '--env',
        'staging',
        '--cluster',
        'stage-1',
        '--at',
        '2026-12-01T11:00:00Z',
        pods,
      ],
      atomic: true,
    },
    { name: 'evaluate', argv: ['evaluate'], atomic: false },
    {
      name: 'triage set',
      argv: [
        'triage',
        'set',
        '--vulnerability',
        'CVE-2099-0004',
        '--env',
        'staging',
        '--state',
        'will_fix',
        '--reason',
        'next sprint',
      ],
      atomic: true,
    },
    { name: 'exposures', argv: ['exposures', '--all', '--format', 'json'], atomic: false },
  ];
}

/** Runs the CLI in a child process; `crashAt` kills it at that statement. */
function cli(env: Record<string, string>, argv: readonly string[], crashAt?: number | 'count') {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'src/adapters/cli/main.ts'), ...argv],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...env,
        ...(crashAt !== undefined ? { VIGIL_CRASH_AT_STATEMENT: String(crashAt) } : {}),
      },
    },
  );
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  return new Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr, stdout })),
  );
}

/** What must be the same however the estate was built: natural keys and states, no ids or times. */
export async function snapshot(db: SqlClient) {
  const q = (sql: string) => db.query(sql);
  return {
    artifacts: await q('SELECT digest FROM artifacts ORDER BY 1'),
    sboms: await q(
      `SELECT a.digest, s.document_sha256, s.superseded_at IS NULL AS current, s.component_count
       FROM sboms s JOIN artifacts a ON a.id = s.artifact_id ORDER BY 1, 2`,
    ),
    components: await q('SELECT count(*)::int AS n FROM components'),
    deployments: await q(
      `SELECT e.name AS environment, w.namespace, w.name AS workload, a.digest, d.source, d.observed,
              d.first_seen, d.ended_at IS NULL AS open
       FROM deployments d JOIN workloads w ON w.id = d.workload_id JOIN environments e ON e.id = w.environment_id
         JOIN artifacts a ON a.id = d.artifact_id ORDER BY 1, 2, 3, 4, 5`,
    ),
    advisories: await q('SELECT id, modified, withdrawn FROM advisories ORDER BY 1'),
    findings: await q('SELECT advisory_id, status, fixed_version FROM findings ORDER BY 1, 2, 3'),
    triage: await q(
      'SELECT vulnerability, environment, state, reason, revoked_at IS NULL AS live FROM triage_rules ORDER BY 1, 2',
    ),
    lifecycle: await q('SELECT key, state, decision, suppressed FROM exposure_lifecycle ORDER BY 1'),
  };
}

/** A deterministic pseudo-random sequence (mulberry32): the same crash points every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the estate on `reference` without a crash and on `crashed` with `kills` kills per step; compares. */
export async function crashAndCompare(
  reference: CrashStore,
  crashed: CrashStore,
  opts: { readonly kills: number; readonly seed: number },
): Promise<{ kills: number; points: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-crash-'));
  const mirror = opensslAdvisoryMirror('ALPINE-VIGIL-CRASH-0001', 'CVE-2099-0004');
  const next = random(opts.seed);
  const points: string[] = [];
  let kills = 0;
  try {
    for (const step of steps(dir, mirror.dir)) {
      // the reference: the step as it runs when nothing goes wrong, counting its statements
      const clean = await cli(reference.env, step.argv, 'count');
      expect(clean.code, `${step.name}: ${clean.stderr}`).toBe(0);
      const statements = Number(/vigil: (\d+) SQL statements/.exec(clean.stderr)?.[1]);
      expect(statements, step.name).toBeGreaterThan(0);
      const after = await reference.look(snapshot);
      let before = await crashed.look(snapshot);
      for (let k = 0; k < opts.kills; k++) {
        const at = 1 + Math.floor(next() * statements);
        const killed = await cli(crashed.env, step.argv, at);
        points.push(`${step.name}@${at}/${statements}`);
        if (killed.signal === 'SIGKILL') kills++;
        else expect(killed.code, `${step.name} at ${at}: ${killed.stderr}`).toBe(0); // it needed fewer statements this time
        // the store opens, and a one-transaction step left nothing half-written
        const now = await crashed.look(snapshot);
        if (step.atomic && killed.signal === 'SIGKILL')
          expect([before, after], `${step.name} at ${at}`).toContainEqual(now);
        before = now;
      }
      const finished = await cli(crashed.env, step.argv);
      expect(finished.code, `${step.name} after its crashes: ${finished.stderr}`).toBe(0);
      expect(await crashed.look(snapshot), `${step.name}: as if it never crashed`).toEqual(after);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    mirror.dispose();
  }
  return { kills, points };
}
