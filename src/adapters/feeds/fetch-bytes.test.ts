import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError } from './feed-error.js';
import { fetchBytes } from './fetch-bytes.js';
import { serveBytes, serveTruncated, startTestServer } from './test-support/test-server.js';

const body = Buffer.from('x'.repeat(100_000));
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer({
    '/ok': serveBytes(body),
    '/truncated': serveTruncated(body, 40_000),
    '/short': serveTruncated(Buffer.alloc(100), 60),
    '/broken': (_req, res) => res.writeHead(503, 'Service Unavailable').end(),
  });
});
afterAll(() => server.close());

const limits = { maxBytes: 200_000, timeoutMs: 10_000 };

describe('fetchBytes', () => {
  it('returns the whole body', async () => {
    expect((await fetchBytes(`${server.url}/ok`, limits)).equals(body)).toBe(true);
  });

  it.each([
    ['/truncated', 'FEED_TRUNCATED', /broke off after \d+ bytes|truncated: \d+ of 100000 bytes/],
    ['/short', 'FEED_TRUNCATED', /broke off|truncated: 60 of 100 bytes/],
    ['/missing', 'FEED_NOT_FOUND', /answered 404 Not Found/],
    ['/broken', 'FEED_UNREACHABLE', /answered 503; expected 200/],
  ])('fails clearly on %s', async (path, code, message) => {
    const error = await fetchBytes(`${server.url}${path}`, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).code).toBe(code);
    expect((error as FeedError).message).toMatch(message);
    expect((error as FeedError).message).toContain(server.url);
  });

  it('refuses a body over the cap', async () => {
    const error = await fetchBytes(`${server.url}/ok`, { maxBytes: 1000, timeoutMs: 10_000 }).catch(
      (e: unknown) => e,
    );
    expect((error as FeedError).code).toBe('FEED_TOO_LARGE');
  });

  it('reports an unreachable host', async () => {
    const error = await fetchBytes('http://127.0.0.1:1/nothing', limits).catch((e: unknown) => e);
    expect((error as FeedError).code).toBe('FEED_UNREACHABLE');
    expect((error as FeedError).message).toBe('cannot reach http://127.0.0.1:1/nothing');
  });
});
