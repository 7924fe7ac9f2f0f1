import { describe, expect, it } from 'vitest';
import { registryEndpoint } from './registry-endpoint.js';

describe('registryEndpoint', () => {
  it.each([
    [
      'docker.io/library/nginx',
      {},
      { registry: 'docker.io', baseUrl: 'https://registry-1.docker.io', name: 'library/nginx' },
    ],
    ['ghcr.io/acme/api', {}, { registry: 'ghcr.io', baseUrl: 'https://ghcr.io', name: 'acme/api' }],
    [
      '127.0.0.1:5000/shop/web',
      {},
      { registry: '127.0.0.1:5000', baseUrl: 'http://127.0.0.1:5000', name: 'shop/web' },
    ],
    ['localhost:5000/x', {}, { registry: 'localhost:5000', baseUrl: 'http://localhost:5000', name: 'x' }],
    [
      'registry.lan:5000/x/y',
      { plainHttp: true },
      { registry: 'registry.lan:5000', baseUrl: 'http://registry.lan:5000', name: 'x/y' },
    ],
  ])('%s %j', (repository, opts, expected) => {
    expect(registryEndpoint(repository, opts)).toEqual(expected);
  });
});
