import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVigilConfig, registryCredentials } from '../wiring/index.js';

// Through the wiring, as the CLI and the server reach it: the environment is read once into the config.
const credentialLookup = (opts: {
  env: Record<string, string | undefined>;
  username?: string;
  password?: string;
}) => registryCredentials(readVigilConfig(opts.env, '/'), opts);

const dockerConfig = mkdtempSync(join(tmpdir(), 'vigil-docker-'));
writeFileSync(
  join(dockerConfig, 'config.json'),
  JSON.stringify({
    auths: {
      'https://index.docker.io/v1/': { auth: Buffer.from('hub-user:hub-pass').toString('base64') },
      'ghcr.io': { username: 'gh-user', password: 'gh-token' },
      'registry.lan:5000': { auth: Buffer.from('lan:p:w').toString('base64') },
    },
  }),
);

describe('credentialLookup', () => {
  it.each([
    ['docker.io', { username: 'hub-user', password: 'hub-pass' }],
    ['ghcr.io', { username: 'gh-user', password: 'gh-token' }],
    ['registry.lan:5000', { username: 'lan', password: 'p:w' }],
    ['quay.io', undefined],
  ])('reads %s from Docker config.json', (registry, expected) => {
    expect(credentialLookup({ env: { DOCKER_CONFIG: dockerConfig } })(registry)).toEqual(expected);
  });

  it('prefers flags, then VIGIL_REGISTRY_USERNAME/PASSWORD, to the Docker config', () => {
    const env = {
      DOCKER_CONFIG: dockerConfig,
      VIGIL_REGISTRY_USERNAME: 'env-user',
      VIGIL_REGISTRY_PASSWORD: 'env-pass',
    };
    expect(credentialLookup({ env })('ghcr.io')).toEqual({ username: 'env-user', password: 'env-pass' });
    expect(credentialLookup({ env, username: 'flag', password: 'x' })('ghcr.io')).toEqual({
      username: 'flag',
      password: 'x',
    });
  });

  it('is anonymous without any configuration', () => {
    expect(credentialLookup({ env: { HOME: '/nonexistent' } })('ghcr.io')).toBeUndefined();
  });
});

describe('credentialLookup runs Docker credential helpers', () => {
  // A real helper program on PATH, speaking Docker's protocol: the server on stdin, JSON on stdout. It counts
  // its runs in a file, so the cache can be seen.
  const bin = mkdtempSync(join(tmpdir(), 'vigil-helper-'));
  const runs = join(bin, 'runs');
  writeFileSync(
    join(bin, 'docker-credential-vigiltest'),
    `#!/bin/sh\nread server\necho "$server" >> ${runs}\ncase "$server" in\n  registry.corp:5000) printf '{"ServerURL":"%s","Username":"corp-bot","Secret":"s3cret"}' "$server" ;;\n  https://index.docker.io/v1/) printf '{"Username":"store-user","Secret":"store-pass"}' ;;\n  *) echo "credentials not found in native keychain"; exit 1 ;;\nesac\n`,
    { mode: 0o755 },
  );
  const config = mkdtempSync(join(tmpdir(), 'vigil-docker-helpers-'));
  writeFileSync(
    join(config, 'config.json'),
    JSON.stringify({
      auths: { 'ghcr.io': { username: 'gh-user', password: 'gh-token' } },
      credHelpers: { 'registry.corp:5000': 'vigiltest', 'evil.example': '../../bin/sh' },
      credsStore: 'vigiltest',
    }),
  );
  const env = { DOCKER_CONFIG: config, PATH: `${bin}:${process.env.PATH ?? ''}` };

  it.each<[string, { username: string; password: string } | undefined, string]>([
    ['registry.corp:5000', { username: 'corp-bot', password: 's3cret' }, 'its credHelpers entry'],
    ['ghcr.io', { username: 'gh-user', password: 'gh-token' }, 'auths before the credsStore'],
    ['docker.io', { username: 'store-user', password: 'store-pass' }, 'the credsStore, asked for Docker Hub'],
    ['quay.io', undefined, 'a helper that knows nothing: anonymous'],
    ['evil.example', undefined, 'a helper name that is a path is never run'],
  ])('%s: %j (%s)', (registry, expected, _why) => {
    expect(credentialLookup({ env })(registry)).toEqual(expected);
  });

  it('asks a helper once per registry', () => {
    writeFileSync(runs, '');
    const lookup = credentialLookup({ env });
    for (let i = 0; i < 3; i++) lookup('registry.corp:5000');
    expect(readFileSync(runs, 'utf8')).toBe('registry.corp:5000\n');
  });

  it('a helper that is not installed leaves the request anonymous', () => {
    expect(credentialLookup({ env: { ...env, PATH: '/nonexistent' } })('registry.corp:5000')).toBeUndefined();
  });
});
