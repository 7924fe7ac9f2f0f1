import { FeedError } from './feed-error.js';

export interface FetchLimits {
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

export const ARCHIVE_FETCH: FetchLimits = { maxBytes: 2048 * 1024 * 1024, timeoutMs: 30 * 60_000 };
export const DOCUMENT_FETCH: FetchLimits = { maxBytes: 256 * 1024 * 1024, timeoutMs: 10 * 60_000 };

/**
 * Downloads a URL into memory (global fetch). Fails with a FeedError — never returns part of a body:
 * `FEED_NOT_FOUND` on 404, `FEED_UNREACHABLE` on other statuses and network errors, `FEED_TOO_LARGE` over
 * `maxBytes`, `FEED_TRUNCATED` when the connection ends early or the length differs from Content-Length.
 */
export async function fetchBytes(url: string, limits: FetchLimits = DOCUMENT_FETCH): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: 'follow' });
  } catch (error) {
    throw new FeedError('FEED_UNREACHABLE', `cannot reach ${url}`, { cause: error });
  }
  if (response.status === 404) {
    await response.body?.cancel().catch(() => {});
    throw new FeedError('FEED_NOT_FOUND', `${url} answered 404 Not Found`);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => {});
    throw new FeedError('FEED_UNREACHABLE', `${url} answered ${response.status}; expected 200`);
  }
  const declared = response.headers.get('content-length');
  // With a Content-Encoding, fetch inflates the body and Content-Length counts the encoded bytes.
  const expected =
    declared !== null && !response.headers.get('content-encoding') ? Number(declared) : undefined;
  if (expected !== undefined && expected > limits.maxBytes) {
    await response.body.cancel().catch(() => {});
    throw new FeedError(
      'FEED_TOO_LARGE',
      `${url} is ${expected} bytes, over the ${limits.maxBytes}-byte cap`,
    );
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for await (const chunk of response.body) {
      received += chunk.byteLength;
      if (received > limits.maxBytes)
        throw new FeedError(
          'FEED_TOO_LARGE',
          `${url} sent over ${limits.maxBytes} bytes, the cap; nothing was imported`,
        );
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(
      'FEED_TRUNCATED',
      `the download of ${url} broke off after ${received} bytes; nothing was imported`,
      {
        cause: error,
      },
    );
  }
  if (expected !== undefined && received !== expected)
    throw new FeedError(
      'FEED_TRUNCATED',
      `the download of ${url} is truncated: ${received} of ${expected} bytes; nothing was imported`,
    );
  return Buffer.concat(chunks);
}
