import { describe, expect, it } from 'vitest';
import { formatImageReference, parseImageReference } from './image-reference.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  it.each([
    ['nginx', { repository: 'docker.io/library/nginx', tag: 'latest' }],
    ['nginx:1.25', { repository: 'docker.io/library/nginx', tag: '1.25' }],
    ['bitnami/redis:7', { repository: 'docker.io/bitnami/redis', tag: '7' }],
    [`ghcr.io/acme/api@${D}`, { repository: 'ghcr.io/acme/api', digest: D }],
    [`localhost:5000/x/y:v1@${D}`, { repository: 'localhost:5000/x/y', tag: 'v1', digest: D }],
    ['Registry.Example.com/team/app:2.0', { repository: 'registry.example.com/team/app', tag: '2.0' }],
    ['localhost/app', { repository: 'localhost/app', tag: 'latest' }],
    // a registry port is part of the repository, never a tag
    ['localhost:5000/app:1.2', { repository: 'localhost:5000/app', tag: '1.2' }],
    [`localhost:5000/app@${D}`, { repository: 'localhost:5000/app', digest: D }],
    ['localhost:5000/app', { repository: 'localhost:5000/app', tag: 'latest' }],
    [
      'Registry.Example.com:8443/team/app:2.0',
      { repository: 'registry.example.com:8443/team/app', tag: '2.0' },
    ],
    ['10.0.0.7:5000/app', { repository: '10.0.0.7:5000/app', tag: 'latest' }],
  ])('%s', (text, expected) => {
    const r = parseImageReference(text);
    expect(r).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['nginx@sha256:abc', 'DIGEST_INVALID'],
    [`nginx@sha512:${'a'.repeat(128)}`, 'DIGEST_INVALID'],
    [`nginx@sha256:${'A'.repeat(64)}`, 'DIGEST_INVALID'],
    ['', 'IMAGE_REF_INVALID'],
    ['has space', 'IMAGE_REF_INVALID'],
    ['nginx:', 'IMAGE_REF_INVALID'],
    ['/nginx', 'IMAGE_REF_INVALID'],
  ])('refuses %j', (text, code) => {
    const r = parseImageReference(text, '--image');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe(code);
      expect(r.issues[0]?.path).toBe('--image');
    }
  });

  it.each([`ghcr.io/acme/api:1.0@${D}`, 'localhost:5000/app:1.2', `localhost:5000/app@${D}`])(
    'round-trips %s through formatImageReference',
    (text) => {
      const r = parseImageReference(text);
      expect(r.ok && formatImageReference(r.value)).toBe(text);
    },
  );
});
