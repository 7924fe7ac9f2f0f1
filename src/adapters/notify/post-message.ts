import http from 'node:http';
import https from 'node:https';
import type { CheckedDestination } from './destination.js';

/**
 * POSTs a body to a checked destination, connecting to its checked address (TLS still verifies the host name).
 * Redirects are not followed (a 3xx is a failure), the answer's body is read and dropped, never logged.
 * @throws Error on a non-2xx answer, a timeout or a network failure.
 */
export function postMessage(
  to: CheckedDestination,
  body: string,
  headers: Readonly<Record<string, string>>,
  timeoutMs = 10_000,
): Promise<number> {
  const client = to.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      to.url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
        timeout: timeoutMs,
        // the checked address, whatever a second resolution would say; `all` when Node races families
        lookup: ((_host: string, opts: { all?: boolean }, done: (...args: unknown[]) => void) =>
          opts.all
            ? done(null, [{ address: to.address, family: to.family }])
            : done(null, to.address, to.family)) as never,
      },
      (response) => {
        response.resume(); // drop the body
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(status);
          else
            reject(
              new Error(
                `answered ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`,
              ),
            );
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
