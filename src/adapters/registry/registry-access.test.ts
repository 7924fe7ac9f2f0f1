import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInputError } from '../../core/input/index.js';
import { createRegistryAccess } from './registry-access.js';
import { credentialLookup } from './registry-credentials.js';
import { type DockerRegistry, startDockerRegistry } from './test-support/docker-registry-process.js';
import { FakeOciRegistry } from './test-support/fake-oci-registry.js';
import { type Content, CYCLONEDX, pushAttachedSboms, SPDX } from './test-support/oci-fixtures.js';

/** A bcrypt hash (cost 4) of "s3cret-test", made once with Python's crypt: the registry's htpasswd wants bcrypt. */
const HTPASSWD = 'vigil:$2b$04$2XiM8UZeT.GhK0pO.xqCO.c/UCsK0r8v4laIfgrDVgskHWrj6zTc6\n';
const anonymous = credentialLookup({ env: {} });
const vigil = credentialLookup({ env: {}, username: 'vigil', password: 's3cret-test' });
const documentOf = (bytes: Uint8Array) => JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;

describe('Debian docker-registry: no referrers API, so the tag schema and cosign tags', () => {
  let registry: DockerRegistry;
  let image: Content;
  beforeAll(async () => {
    registry = await startDockerRegistry();
    ({ image } = await pushAttachedSboms(registry, 'shop/web', { tagIndex: true }));
  });
  afterAll(() => registry?.stop());

  it('resolves a tag to its digest', async () => {
    const { tags } = createRegistryAccess({ credentials: anonymous });
    expect(await tags.resolveDigest({ repository: `${registry.host}/shop/web`, tag: 'v1' })).toBe(
      image.digest,
    );
  });

  it('finds the SBOMs through the sha256-<hex> index and the .att/.sbom tags, each document once', async () => {
    const { sboms } = createRegistryAccess({ credentials: anonymous });
    const found = await sboms.discover({ repository: `${registry.host}/shop/web`, tag: 'v1' });
    expect(found.digest).toBe(image.digest);
    expect(found.referrersApi).toBe(false);
    expect(found.sboms.map((s) => [s.via, /\.(cdx|spdx)\.json$/.exec(s.fileName)?.[0]])).toEqual([
      ['referrers-tag', '.cdx.json'],
      ['cosign-attestation', '.spdx.json'],
    ]);
    expect(found.sboms.map((s) => documentOf(s.bytes))).toEqual([CYCLONEDX, SPDX]);
    expect(found.skipped).toEqual([
      expect.stringMatching(/predicate type https:\/\/slsa\.dev\/provenance\/v1 is not an SBOM$/),
      expect.stringMatching(/attestation subjects do not include sha256:/),
    ]);
  });

  it('refuses a tag the registry does not have as bad input', async () => {
    const { tags } = createRegistryAccess({ credentials: anonymous });
    await expect(
      tags.resolveDigest({ repository: `${registry.host}/shop/web`, tag: 'nope' }),
    ).rejects.toSatisfy((e) => isInputError(e) && e.issues[0]?.code === 'TAG_NOT_FOUND');
  });
});

describe('Debian docker-registry with htpasswd: Basic authentication', () => {
  let registry: DockerRegistry;
  let image: Content;
  beforeAll(async () => {
    registry = await startDockerRegistry({
      htpasswd: HTPASSWD,
      user: { name: 'vigil', password: 's3cret-test' },
    });
    ({ image } = await pushAttachedSboms(registry, 'team/app', { tagIndex: false }));
  });
  afterAll(() => registry?.stop());

  it.each([
    ['no credentials', anonymous, /requires credentials; give --username and --password/],
    [
      'a wrong password',
      credentialLookup({ env: {}, username: 'vigil', password: 'wrong' }),
      /refused access to team\/app \(401\)/,
    ],
  ])('fails clearly with %s', async (_what, credentials, message) => {
    await expect(
      createRegistryAccess({ credentials }).tags.resolveDigest({
        repository: `${registry.host}/team/app`,
        tag: 'v1',
      }),
    ).rejects.toThrow(message);
  });

  it('reads with the credentials from flags, environment or docker config', async () => {
    const found = await createRegistryAccess({ credentials: vigil }).sboms.discover({
      repository: `${registry.host}/team/app`,
      tag: 'v1',
    });
    expect([found.digest, found.sboms.map((s) => s.via)]).toEqual([
      image.digest,
      ['cosign-attestation', 'cosign-sbom'],
    ]);
  });
});

describe('a registry with the referrers API and Bearer tokens (in-test server)', () => {
  let registry: FakeOciRegistry;
  let image: Content;
  beforeAll(async () => {
    registry = await new FakeOciRegistry().start();
    ({ image } = await pushAttachedSboms(registry, 'shop/web', { tagIndex: false }));
  });
  afterAll(() => registry?.close());

  it('uses the referrers API, with an anonymous token scoped to the repository', async () => {
    registry.mode = 'ok';
    const found = await createRegistryAccess({ credentials: anonymous }).sboms.discover({
      repository: `${registry.host}/shop/web`,
      digest: image.digest,
    });
    expect(found.referrersApi).toBe(true);
    expect(found.sboms.map((s) => s.via)).toEqual(['referrers-api', 'cosign-attestation']);
    expect(registry.tokenRequests.at(-1)).toEqual({
      scope: 'repository:shop/web:pull',
      service: 'fake-registry',
    });
    expect(registry.requests.filter((r) => r.includes('/referrers/'))).toHaveLength(1);
    expect(registry.requests.some((r) => r.includes(`/manifests/sha256-${image.digest.slice(7)} `))).toBe(
      false,
    );
  });

  it('sends Basic credentials to the token realm when it wants them', async () => {
    registry.credentials = { name: 'vigil', password: 's3cret-test' };
    try {
      await createRegistryAccess({ credentials: vigil }).tags.resolveDigest({
        repository: `${registry.host}/shop/web`,
        tag: 'v1',
      });
      expect(registry.tokenRequests.at(-1)?.basic).toBe('vigil:s3cret-test');
      await expect(
        createRegistryAccess({ credentials: anonymous }).tags.resolveDigest({
          repository: `${registry.host}/shop/web`,
          tag: 'v1',
        }),
      ).rejects.toThrow(/the token service http:\/\/127\.0\.0\.1:\d+ answered 401/);
    } finally {
      delete registry.credentials;
    }
  });

  it.each([
    ['fail', /registry 127\.0\.0\.1:\d+ failed: HEAD \/v2\/shop\/web\/manifests\/v1 answered 500/],
    ['hang', /registry 127\.0\.0\.1:\d+ did not answer HEAD \/v2\/shop\/web\/manifests\/v1 within 0\.3 s/],
  ] as const)('reports a registry that answers %s as a failure', async (mode, message) => {
    registry.mode = mode;
    try {
      const access = createRegistryAccess({ credentials: anonymous, timeoutMs: 300 });
      const error = await access.sboms
        .discover({ repository: `${registry.host}/shop/web`, tag: 'v1' })
        .catch((e: unknown) => e);
      expect(isInputError(error)).toBe(false);
      expect(String((error as Error).message)).toMatch(message);
    } finally {
      registry.mode = 'ok';
    }
  });
});
