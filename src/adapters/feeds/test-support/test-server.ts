import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** An HTTP server on 127.0.0.1 for one test; `routes` maps paths to handlers (404 otherwise). */
export async function startTestServer(
  routes: Record<string, Handler>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const handler = routes[decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)];
    if (handler) handler(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves bytes with their length. */
export const serveBytes =
  (bytes: Buffer | string): Handler =>
  (_req, res) => {
    const body = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
    res.writeHead(200, { 'content-length': body.length }).end(body);
  };

/** Announces the full length, sends `sent` bytes, then drops the connection: a truncated download. */
export const serveTruncated =
  (bytes: Buffer, sent: number): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-length': bytes.length });
    res.write(bytes.subarray(0, sent), () => res.socket?.destroy());
  };
