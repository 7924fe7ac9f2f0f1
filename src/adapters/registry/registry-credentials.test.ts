import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialLookup } from './registry-credentials.js';

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
