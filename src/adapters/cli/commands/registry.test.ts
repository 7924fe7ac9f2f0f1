import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DockerRegistry,
  startDockerRegistry,
} from '../../registry/test-support/docker-registry-process.js';
import { FakeOciRegistry } from '../../registry/test-support/fake-oci-registry.js';
import { type Content, pushAttachedSboms } from '../../registry/test-support/oci-fixtures.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';

describe.each(STORES)('vigil registry sbom and deploy record by tag on $kind', ({ create }) => {
  let t: TestDatabase;
  let registry: DockerRegistry;
  let broken: FakeOciRegistry;
  let image: Content;
  const cli = (...argv: string[]) => runCli(argv, { env: t.env });
  const gaps = async () => JSON.parse((await cli('twin', 'gaps', '--json')).stdout) as { kind: string }[];
  beforeAll(async () => {
    t = await create();
    await t.db.close(); // the CLI opens the store itself
    registry = await startDockerRegistry();
    ({ image } = await pushAttachedSboms(registry, 'shop/web', { tagIndex: true }));
    broken = await new FakeOciRegistry().start();
  });
  afterAll(async () => {
    await registry?.stop();
    await broken?.close();
    await t?.dispose();
  });

  it('ingests the SBOMs attached to an image, once', async () => {
    const first = await cli('registry', 'sbom', `${registry.host}/shop/web:v1`, '--json');
    expect(first.code, first.stderr).toBe(0);
    const outcome = JSON.parse(first.stdout) as {
      digest: string;
      referrersApi: boolean;
      results: { via: string; status: string }[];
    };
    expect(outcome).toMatchObject({ digest: image.digest, referrersApi: false });
    expect(outcome.results.map((r) => [r.via, r.status])).toEqual([
      ['referrers-tag', 'new'],
      ['cosign-attestation', 'new'],
    ]);
    const again = await cli('registry', 'sbom', `${registry.host}/shop/web@${image.digest}`);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(
      `${registry.host}/shop/web@${image.digest}: 2 SBOMs found (no referrers API: tag schema, cosign tags)`,
    );
    expect(again.stdout.match(/unchanged|history/g)).toHaveLength(2);
    expect(await gaps()).toContainEqual(
      expect.objectContaining({ kind: 'sbom-not-running', digest: image.digest, declared: false }),
    );
  });

  it('resolves a deploy event image given by tag through the registry', async () => {
    const r = await cli(
      'deploy',
      'record',
      '--env',
      'prod',
      '--create-env',
      '--workload',
      'shop/web',
      '--image',
      `${registry.host}/shop/web:v1`,
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'new', digest: image.digest, workload: 'shop/web' });
    expect(await gaps()).toContainEqual({
      kind: 'coverage',
      environment: 'prod',
      runningDigests: 1,
      withSbom: 1,
      coveragePercent: 100,
    });
  });

  it.each([
    ['a tag the registry lacks', () => `${registry.host}/shop/web:nope`, 'ok', [], 2, /TAG_NOT_FOUND/],
    ['a registry answering 500', () => `${broken.host}/shop/web:v1`, 'fail', [], 1, /answered 500/],
    [
      'a registry that does not answer',
      () => `${broken.host}/shop/web:v1`,
      'hang',
      ['--timeout', '0.5'],
      1,
      /did not answer .* within 0\.5 s/,
    ],
  ] as const)('fails on %s, the twin unchanged', async (_what, ref, mode, flags, code, message) => {
    broken.mode = mode;
    const before = await cli('twin', 'gaps', '--json');
    const r = await cli('registry', 'sbom', ref(), ...flags);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect((await cli('twin', 'gaps', '--json')).stdout).toBe(before.stdout);
  });
});
