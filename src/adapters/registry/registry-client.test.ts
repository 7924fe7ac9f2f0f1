import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ociContent } from './oci-content.js';
import { createRegistryClient } from './registry-client.js';
import { registryEndpoint } from './registry-endpoint.js';

const USER = 'robot';
const PASSWORD = 'pa55-w0rd-9f1c';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');

/** Everything an error may print: its message and its causes'. */
const printed = (error: unknown): string => {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join('\n');
};

describe('registry errors never carry the credentials Vigil sent', () => {
  let server: Server;
  let host = '';
  beforeAll(async () => {
    // a registry (or a proxy before it) that reflects the request's Authorization header wherever it can
    server = createServer((req, res) => {
      const auth = req.headers.authorization;
      if (!auth) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
      if (req.url?.includes('/manifests/body'))
        return void res.writeHead(200).end(`echo: ${auth} ${PASSWORD}`);
      if (req.url?.includes('/manifests/status')) {
        res.statusMessage = `Bad ${auth}`;
        return void res.writeHead(502).end(auth);
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['a manifest body that is not JSON but the echoed header', 'body'],
    ['a 5xx whose status text is the echoed header', 'status'],
  ])('%s', async (_what, tag) => {
    const client = createRegistryClient({ credentials: () => ({ username: USER, password: PASSWORD }) });
    const content = ociContent(client, registryEndpoint(`${host}/app`));
    const error = await content.fetchManifest(tag).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const text = printed(error);
    expect(text).toMatch(/registry 127\.0\.0\.1:\d+/); // it still says what failed
    expect(text).not.toContain(BASIC);
    expect(text).not.toContain(PASSWORD);
  });
});
