import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresDatabase, redactUrl } from './postgres-database.js';

describe('PostgreSQL connection URLs in messages', () => {
  it.each([
    ['postgres://u:hunter2@db:5432/vigil', 'postgres://u:***@db:5432/vigil'],
    ['postgres://u@127.0.0.1:1/db?password=hunter2', 'postgres://u@127.0.0.1:1/db?password=***'],
    [
      'postgresql://u@db/v?sslmode=require&sslpassword=hunter2&application_name=vigil',
      'postgresql://u@db/v?sslmode=require&sslpassword=***&application_name=vigil',
    ],
    ['postgres://db/v', 'postgres://db/v'],
  ])('%s is shown as %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
    expect(redactUrl(url)).not.toContain('hunter2');
  });
});

describe('connecting to something that is not PostgreSQL', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    // accepts the connection and never answers: the handshake would wait forever without a timeout
    server = createServer((socket) => socket.on('data', () => {}));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gives up within the connect timeout, naming the URL without its password', async () => {
    const started = Date.now();
    const error = await openPostgresDatabase(
      `postgres://u@127.0.0.1:${port}/db?connect_timeout=1&password=hunter2`,
    ).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      `cannot connect to PostgreSQL at postgres://u@127.0.0.1:${port}/db?connect_timeout=1&password=***`,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
