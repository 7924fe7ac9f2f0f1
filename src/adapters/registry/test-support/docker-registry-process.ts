import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Content, OciTarget } from './oci-fixtures.js';

/** Debian's docker-registry (the CNCF distribution registry 2.8), which has no referrers API. */
export const DOCKER_REGISTRY = '/usr/bin/docker-registry';

export interface DockerRegistry extends OciTarget {
  /** `127.0.0.1:<port>`, as image references name it. */
  readonly host: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts a real registry on 127.0.0.1 with filesystem storage in a temporary folder, optionally with
 * htpasswd (Basic) authentication, and pushes through its HTTP API. Fails loudly when the binary is missing
 * (apt-get install docker-registry).
 */
export async function startDockerRegistry(
  o: { htpasswd?: string; user?: { name: string; password: string } } = {},
): Promise<DockerRegistry> {
  if (!existsSync(DOCKER_REGISTRY))
    throw new Error(`${DOCKER_REGISTRY} is missing: apt-get install docker-registry`);
  const dir = mkdtempSync(join(tmpdir(), 'vigil-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  if (o.htpasswd) writeFileSync(join(dir, 'htpasswd'), o.htpasswd);
  writeFileSync(
    join(dir, 'config.yml'),
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n` +
      `  delete:\n    enabled: true\nhttp:\n  addr: ${host}\n  secret: vigil-test\n` +
      (o.htpasswd ? `auth:\n  htpasswd:\n    realm: vigil-test\n    path: ${join(dir, 'htpasswd')}\n` : ''),
  );
  const child: ChildProcess = spawn(DOCKER_REGISTRY, ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const auth = o.user
    ? `Basic ${Buffer.from(`${o.user.name}:${o.user.password}`).toString('base64')}`
    : undefined;
  const headers = (extra: Record<string, string> = {}) => ({
    ...extra,
    ...(auth ? { authorization: auth } : {}),
  });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const up = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (up === 200 || up === 401) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`docker-registry did not start on ${host}: ${stderr.slice(0, 500)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const expect = async (r: Response, what: string) => {
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${await r.text()}`);
  };
  return {
    host,
    async putBlob(name, blob: Content) {
      const start = await fetch(`http://${host}/v2/${name}/blobs/uploads/`, {
        method: 'POST',
        headers: headers(),
        signal: AbortSignal.timeout(10_000),
      });
      await expect(start, `start upload to ${name}`);
      const location = new URL(start.headers.get('location') ?? '', `http://${host}`);
      location.searchParams.set('digest', blob.digest);
      const put = await fetch(location, {
        method: 'PUT',
        body: blob.bytes,
        headers: headers({ 'content-type': 'application/octet-stream' }),
        signal: AbortSignal.timeout(10_000),
      });
      await expect(put, `upload ${blob.digest}`);
    },
    async putManifest(name, reference, manifest: Content) {
      const put = await fetch(`http://${host}/v2/${name}/manifests/${reference}`, {
        method: 'PUT',
        body: manifest.bytes,
        headers: headers({ 'content-type': manifest.mediaType }),
        signal: AbortSignal.timeout(10_000),
      });
      await expect(put, `put manifest ${name}:${reference}`);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
