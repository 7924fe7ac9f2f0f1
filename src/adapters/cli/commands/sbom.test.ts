import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../../test/support/shared-data.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';

const sbomFiles = ['cyclonedx', 'spdx'].flatMap((dir) =>
  readdirSync(sharedData('sbom', dir)).map((f) => sharedData('sbom', dir, f)),
);
const supported = sbomFiles.filter((f) => !f.includes('cdx-1.7'));
const refused = sbomFiles.filter((f) => f.includes('cdx-1.7'));

interface ListedSbom {
  artifact: string;
  components: number;
  withoutPurl: number;
  format: string;
  current: boolean;
}

describe.each(STORES)('vigil sbom add/list, artifact show, component find: $kind', ({ kind, create }) => {
  let t: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await create();
    env = t.env;
    // the CLI opens the store itself: the embedded one can have one opener only
    if (kind === 'embedded') await t.db.close();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('ingests every shared SBOM and refuses CycloneDX 1.7 with "unsupported spec version"', async () => {
    expect(refused.length).toBeGreaterThan(0);
    const r = await runCli(['sbom', 'add', ...sbomFiles], { env });
    expect(r.code).toBe(2);
    for (const f of refused) expect(r.stderr).toContain(`${f}: specVersion: unsupported spec version "1.7"`);
    expect(r.stdout).toContain(`${supported.length} of ${sbomFiles.length} files ingested`);
    const list = await runCli(['sbom', 'list', '--json'], { env });
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as ListedSbom[];
    expect(rows).toHaveLength(supported.length);
    expect(rows.every((s) => s.current)).toBe(true);
  });

  it('re-ingesting changes nothing', async () => {
    const before = (await runCli(['sbom', 'list', '--json', '--all'], { env })).stdout;
    const r = await runCli(['sbom', 'add', '--json', ...supported], { env });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { status: string }[]).map((x) => x.status)).toEqual(
      supported.map(() => 'unchanged'),
    );
    expect((await runCli(['sbom', 'list', '--json', '--all'], { env })).stdout).toBe(before);
  });

  it('shows an artifact with its SBOM and components, found by digest', async () => {
    const digest = 'sha256:cbaa390ec61abd889dfa5146a411c11717c19ef9e5e18458dbdc06439076ffe7';
    const r = await runCli(['artifact', 'show', digest, '--json'], { env });
    expect(r.code).toBe(0);
    const detail = JSON.parse(r.stdout) as { sboms: unknown[]; components: { name: string }[] };
    expect(detail.sboms).toHaveLength(1);
    expect(detail.components.map((c) => c.name)).toContain('busybox');
    const text = await runCli(['artifact', 'show', digest], { env });
    expect(text.stdout).toMatch(/^artifact sha256:cbaa390e/);
  });

  it('finds which artifacts contain a package by purl and by name', async () => {
    const byPurl = JSON.parse(
      (await runCli(['component', 'find', 'pkg:apk/alpine/busybox', '--json'], { env })).stdout,
    ) as {
      artifact: string;
    }[];
    expect(byPurl.map((x) => x.artifact)).toContain(
      'sha256:cbaa390ec61abd889dfa5146a411c11717c19ef9e5e18458dbdc06439076ffe7',
    );
    const byName = JSON.parse(
      (await runCli(['component', 'find', 'busybox', '--json'], { env })).stdout,
    ) as unknown[];
    expect(byName.length).toBeGreaterThanOrEqual(byPurl.length);
    const none = await runCli(['component', 'find', 'pkg:npm/definitely-not-a-package-here', '--json'], {
      env,
    });
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('refuses bad input with exit 2 and stores nothing', async () => {
    const dir = t.env.VIGIL_HOME ?? '/tmp';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": "nope"}');
    const before = (await runCli(['sbom', 'list', '--json', '--all'], { env })).stdout;
    const r = await runCli(['sbom', 'add', bad], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: ${bad}: components: .*\\[`, 'm'));
    const artifact = await runCli(
      ['sbom', 'add', supported[0]!, '--artifact', 'registry.example.com/app@sha256:short'],
      { env },
    );
    expect(artifact.code).toBe(2);
    expect(artifact.stderr).toContain('--artifact: "sha256:short" is not a digest');
    const tooBig = await runCli(['sbom', 'add', supported[0]!, '--max-bytes', '100'], { env });
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toMatch(/SBOM_TOO_LARGE/);
    expect((await runCli(['sbom', 'list', '--json', '--all'], { env })).stdout).toBe(before);
  });

  it('stores an SBOM against a given artifact', async () => {
    const digest = `sha256:${'e'.repeat(64)}`;
    const r = await runCli(
      ['sbom', 'add', supported[0]!, '--artifact', `registry.example.com/team/app:1.0@${digest}`],
      { env },
    );
    expect(r.code).toBe(0);
    const detail = JSON.parse((await runCli(['artifact', 'show', digest, '--json'], { env })).stdout) as {
      aliases: unknown[];
    };
    expect(detail.aliases).toEqual([{ repository: 'registry.example.com/team/app', tag: '1.0' }]);
  });
});

describe('sbom list counts agree between the embedded store and PostgreSQL', () => {
  it('gives identical per-SBOM counts', async () => {
    const lists: ListedSbom[][] = [];
    for (const { kind, create } of STORES) {
      const t = await create();
      try {
        if (kind === 'embedded') await t.db.close();
        await runCli(['sbom', 'add', ...supported], { env: t.env });
        lists.push(
          JSON.parse((await runCli(['sbom', 'list', '--json'], { env: t.env })).stdout) as ListedSbom[],
        );
      } finally {
        await t.dispose();
      }
    }
    const strip = (l: ListedSbom[]) => l.map((s) => [s.artifact, s.format, s.components, s.withoutPurl]);
    expect(strip(lists[0]!)).toEqual(strip(lists[1]!));
    expect(lists[0]!.reduce((n, s) => n + s.components, 0)).toBeGreaterThan(3000);
  });
});
