import { describe, expect, it } from 'vitest';
import { readImageId } from './image-id.js';
import { digest } from './test-support/kubernetes-fixtures.js';

describe('readImageId', () => {
  it.each([
    [`docker-pullable://nginx@${digest('a')}`, { kind: 'digest', digest: digest('a'), repository: 'nginx' }],
    [
      `docker.io/library/nginx@${digest('b')}`,
      { kind: 'digest', digest: digest('b'), repository: 'docker.io/library/nginx' },
    ],
    [
      `localhost:5000/x/y@${digest('c')}`,
      { kind: 'digest', digest: digest('c'), repository: 'localhost:5000/x/y' },
    ],
    [`docker://${digest('d')}`, { kind: 'image-id', id: digest('d') }],
    [digest('e'), { kind: 'image-id', id: digest('e') }],
    ['nginx@sha256:abc', { kind: 'none' }],
    [`nginx@sha256:${'A'.repeat(64)}`, { kind: 'none' }],
    ['', { kind: 'none' }],
    [undefined, { kind: 'none' }],
  ])('%s', (imageId, expected) => {
    expect(readImageId(imageId)).toEqual(expected);
  });
});
