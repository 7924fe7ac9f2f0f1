import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/test-support/run-cli.js';

// The README's first command, exactly as written, in a fresh clone of this repository (so only committed files
// count, and nothing of ../shared is reached), on a fresh embedded store.

const repo = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const quickStart = /## Quick start\s+```sh\n([^\n]+)\n/.exec(readme)?.[1] ?? '';
const command = /^npm ci && npx vigil (.+)$/.exec(quickStart)?.[1];

let root: string;
let result: { code: number; stdout: string; stderr: string };

/** One table row: decision, score, vulnerability, component, fixed, environment, workload, running. */
const rowsOf = (stdout: string): string[][] =>
  stdout
    .split('\n')
    .filter((l) => /^(Act|Attend|Track\*?)\s{2,}/.test(l))
    .map((l) => l.split(/\s{2,}/));

describe("the README's quick start", () => {
  beforeAll(async () => {
    expect(command, `README quick start: ${quickStart}`).toBeDefined();
    root = mkdtempSync(join(tmpdir(), 'vigil-quick-start-'));
    const clone = join(root, 'clone');
    execFileSync('git', ['clone', '-q', repo, clone]);
    // The words of the command, with no shell: the command uses no quoting, globs or variables.
    const argv = (command ?? '').split(/\s+/);
    result = await runCli(argv, {
      cwd: clone,
      env: {
        VIGIL_HOME: join(root, 'home'),
        VIGIL_DATABASE_URL: undefined,
        HOME: root,
        KUBECONFIG: undefined,
      },
    });
  }, 300_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('runs offline and prints a ranked list', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^evidence: 3 SBOMs, 2 Kubernetes files, 1 VEX documents$/m);
    expect(result.stderr).not.toMatch(/^(error|warning|hint):/m);
    expect(rowsOf(result.stdout).length).toBe(15);
  });

  it('puts the KEV-listed Ghostcat flaw in the internet-facing login server first, as Act', () => {
    const kev = JSON.parse(readFileSync(join(repo, 'examples', 'feeds', 'kev.json'), 'utf8')) as {
      vulnerabilities: { cveID: string }[];
    };
    expect(kev.vulnerabilities.map((v) => v.cveID)).toContain('CVE-2020-1938');
    const rows = rowsOf(result.stdout);
    expect(rows[0]?.[0]).toBe('Act');
    const ghostcat = rows.find((r) => r[2] === 'CVE-2020-1938' && r[3] === 'tomcat-embed-core@8.5.34');
    expect(ghostcat).toEqual([
      'Act',
      expect.any(String),
      'CVE-2020-1938',
      'tomcat-embed-core@8.5.34',
      '8.5.51',
      'production',
      'shop/auth',
      'running',
      '2022-03-17 overdue', // the SLA due date is KEV's (examples/feeds/kev.json), long past
    ]);
    // and its reasons say why
    expect(result.stdout).toMatch(/internet-facing: Ingress frontend host shop\.example\.com/);
    expect(result.stdout).toMatch(/in CISA KEV since 2022-03-03/);
  });

  it('ranks no Act in the frontend (no KEV entry there) and suppresses the bridge finding the VEX covers', () => {
    const rows = rowsOf(result.stdout);
    expect(rows.filter((r) => r[6] === 'shop/frontend' && r[0] === 'Act')).toEqual([]);
    expect(rows.some((r) => r[6] === 'shop/bridge' && r[2] === 'CVE-2023-44487')).toBe(false);
    expect(result.stdout).toMatch(/; 1 suppressed by triage or VEX \(--all shows them\)$/m);
  });
});
