import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../../test/support/shared-data.js';
import { writeTestZip } from '../../feeds/test-support/zip-writer.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';
import { registerVexCommands } from './vex.js';

const modules = [registerVexCommands];
const files = ['openvex', 'cyclonedx', 'csaf'].flatMap((dir) =>
  readdirSync(sharedData('vex', dir)).map((f) => sharedData('vex', dir, f)),
);
const zip = sharedData('vex', 'openvex', 'docker-hardened-images_vex.zip');
const csaf = sharedData('vex', 'csaf', 'oasis-csaf2.0_2022-evd-uc-03-ms-001.json');

interface Listed {
  format: string;
  statements: number;
  byStatus: Record<string, number>;
  source: string;
}

describe.each(STORES)('vigil vex add/list: $kind', ({ kind, create }) => {
  let t: TestDatabase;
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    t = await create();
    env = t.env;
    dir = t.env.VIGIL_HOME ?? (await import('node:os')).tmpdir();
    // the CLI opens the store itself: the embedded one can have one opener only
    if (kind === 'embedded') await t.db.close();
  });
  afterAll(async () => {
    await t?.dispose();
  });
  const cli = (...argv: string[]) => runCli(argv, { env, modules });

  it('prints the format and the statements by status of a document', async () => {
    const r = await cli('vex', 'add', csaf);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    // uc-03 lists 19 CVEs: 5 under investigation, 6 not affected, 5 affected, 3 fixed
    expect(r.stdout).toBe(
      `new       ${csaf}: csaf, 19 statements (not_affected 6, affected 5, fixed 3, under_investigation 5)\n`,
    );
  });

  it('ingests every shared VEX file, one line per document, and says unchanged on re-ingest', async () => {
    const first = await cli('vex', 'add', '--json', ...files);
    expect(first.code).toBe(0);
    const results = JSON.parse(first.stdout) as { name: string; status: string }[];
    expect(results.filter((x) => x.name.startsWith(`${zip}!`)).length).toBeGreaterThan(50);
    expect(results.find((x) => x.name === csaf)?.status).toBe('unchanged');
    const again = await cli('vex', 'add', ...files);
    expect(again.code).toBe(0);
    const lines = again.stdout.trim().split('\n');
    expect(lines).toHaveLength(results.length);
    expect(lines.every((l) => l.startsWith('unchanged '))).toBe(true);
  });

  it('lists the stored documents', async () => {
    const rows = JSON.parse((await cli('vex', 'list', '--json')).stdout) as Listed[];
    expect(new Set(rows.map((d) => d.format))).toEqual(new Set(['openvex', 'cyclonedx', 'csaf']));
    const one = rows.find((d) => d.source === csaf);
    expect(one).toMatchObject({
      statements: 19,
      byStatus: { not_affected: 6, affected: 5, fixed: 3, under_investigation: 5 },
    });
    const text = await cli('vex', 'list');
    expect(text.stdout.split('\n')[0]).toMatch(
      /^ID +FORMAT +DOCUMENTID +AUTHOR +TIMESTAMP +STATEMENTS +BYSTATUS +SOURCE$/,
    );
    expect(text.stdout).toContain('not_affected 6, affected 5, fixed 3, under_investigation 5');
  });

  it('refuses bad input with exit 2, naming file, field and what was expected, and stores nothing of it', async () => {
    const before = (await cli('vex', 'list', '--json')).stdout;
    const noStatus = join(dir, 'no-status.json');
    writeFileSync(
      noStatus,
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'x',
        statements: [{ vulnerability: { name: 'CVE-1' }, products: ['pkg:npm/a'] }],
      }),
    );
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, 'hello');
    const unknown = join(dir, 'spdx.json');
    writeFileSync(unknown, '{"spdxVersion":"SPDX-2.3"}');
    const mixedZip = join(dir, 'mixed.zip');
    writeFileSync(
      mixedZip,
      writeTestZip([
        {
          name: 'good.json',
          data: JSON.stringify({
            '@context': 'https://openvex.dev/ns',
            '@id': 'good-in-zip',
            statements: [],
          }),
        },
        {
          name: 'bad.json',
          data: '{"bomFormat":"CycloneDX","vulnerabilities":[{"id":"CVE-1","affects":[{"ref":"a"}]}]}',
        },
      ]),
    );
    const r = await cli('vex', 'add', noStatus, notJson, unknown, mixedZip, csaf);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `error: ${noStatus}: statements[0].status: missing: expected one of not_affected, affected, fixed, under_investigation [VEX_INVALID]`,
    );
    expect(r.stderr).toMatch(
      new RegExp(`error: ${notJson}: not JSON .*; expected a VEX document in JSON \\[VEX_NOT_JSON\\]`),
    );
    expect(r.stderr).toContain(
      `error: ${unknown}: an object with keys "spdxVersion" is not VEX; expected OpenVEX`,
    );
    expect(r.stderr).toContain(
      `error: ${mixedZip}!bad.json: vulnerabilities[0].analysis: missing: expected an analysis with a state`,
    );
    expect(r.stdout).toBe(
      `unchanged ${csaf}: csaf, 19 statements (not_affected 6, affected 5, fixed 3, under_investigation 5)\n`,
    );
    expect((await cli('vex', 'list', '--json')).stdout).toBe(before);
  });

  it('refuses an unsafe zip and a bad --max-bytes', async () => {
    const slip = join(dir, 'slip.zip');
    writeFileSync(slip, writeTestZip([{ name: '../../etc/vex.json', data: '{}' }]));
    const r = await cli('vex', 'add', slip);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: ${slip}: entry "../../etc/vex.json" climbs out of the archive`);
    const big = await cli('vex', 'add', '--max-bytes', '100', csaf);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/VEX_TOO_LARGE/);
    const bad = await cli('vex', 'add', '--max-bytes', 'lots', csaf);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'error: --max-bytes: "lots" is not a positive whole number of bytes [OPTION_INVALID]',
    );
  });
});
