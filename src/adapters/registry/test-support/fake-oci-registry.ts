import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { MEDIA } from '../oci-media-types.js';
import type { Content, OciTarget } from './oci-fixtures.js';

/**
 * A small OCI distribution 1.1 registry on 127.0.0.1 with what Debian's registry lacks: the referrers API
 * (`GET /v2/<name>/referrers/<digest>`) and Bearer-token authentication through a token realm. It can also
 * fail on purpose: every request answered 500, or left hanging (for timeouts).
 */
export class FakeOciRegistry implements OciTarget {
  readonly requests: string[] = [];
  /** What the token realm was asked: scope, service, and whether Basic credentials came along. */
  readonly tokenRequests: { scope: string; service: string; basic?: string }[] = [];
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  /** When set, the token realm wants these Basic credentials. */
  credentials?: { name: string; password: string };
  host = '';
  private readonly blobs = new Map<string, Content>();
  private readonly manifests = new Map<string, Map<string, Content>>();
  private readonly tokens = new Set<string>();
  private readonly sockets = new Set<Socket>();
  private readonly server = createServer((req, res) => this.handle(req, res));

  async start(): Promise<this> {
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.host = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async putBlob(_name: string, blob: Content): Promise<void> {
    this.blobs.set(blob.digest, blob);
  }

  async putManifest(name: string, reference: string, manifest: Content): Promise<void> {
    const repo = this.manifests.get(name) ?? new Map<string, Content>();
    repo.set(reference, manifest);
    repo.set(manifest.digest, manifest);
    this.manifests.set(name, repo);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.requests.push(`${req.method} ${req.url}`);
    if (this.mode === 'hang') return;
    if (this.mode === 'fail') {
      res.writeHead(500).end('internal error');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${this.host}`);
    if (url.pathname === '/token') {
      this.token(req, url, res);
      return;
    }
    const route = /^\/v2\/(.+)\/(manifests|blobs|referrers)\/([^/]+)$/.exec(url.pathname);
    const name = route?.[1] ?? '';
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    if (!token || !this.tokens.has(token)) {
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="http://${this.host}/token",service="fake-registry",scope="repository:${name}:pull"`,
        'content-type': 'application/json',
      });
      res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    if (url.pathname === '/v2/') {
      res.writeHead(200).end('{}');
      return;
    }
    const [, , what, ref = ''] = route ?? [];
    const repo = this.manifests.get(name);
    if (what === 'manifests' && repo?.has(ref)) {
      send(res, req.method === 'HEAD', repo.get(ref)!);
      return;
    }
    if (what === 'blobs' && this.blobs.has(ref)) {
      send(res, req.method === 'HEAD', this.blobs.get(ref)!);
      return;
    }
    if (what === 'referrers') {
      const referrers = [...new Set(repo?.values() ?? [])].filter((m) => subjectOf(m) === ref);
      const index = {
        schemaVersion: 2,
        mediaType: MEDIA.ociIndex,
        manifests: referrers.map((m) => ({
          mediaType: m.mediaType,
          digest: m.digest,
          size: m.size,
          ...(m.artifactType ? { artifactType: m.artifactType } : {}),
        })),
      };
      res.writeHead(200, { 'content-type': MEDIA.ociIndex });
      res.end(JSON.stringify(index));
      return;
    }
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
  }

  private token(req: IncomingMessage, url: URL, res: ServerResponse): void {
    const basic = req.headers.authorization?.startsWith('Basic ')
      ? Buffer.from(req.headers.authorization.slice(6), 'base64').toString('utf8')
      : undefined;
    this.tokenRequests.push({
      scope: url.searchParams.get('scope') ?? '',
      service: url.searchParams.get('service') ?? '',
      ...(basic ? { basic } : {}),
    });
    if (this.credentials && basic !== `${this.credentials.name}:${this.credentials.password}`) {
      res.writeHead(401).end('{"details":"bad credentials"}');
      return;
    }
    const token = `token-${this.tokens.size + 1}`;
    this.tokens.add(token);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
  }
}

function send(res: ServerResponse, head: boolean, c: Content): void {
  res.writeHead(200, {
    'content-type': c.mediaType,
    'docker-content-digest': c.digest,
    'content-length': String(c.size),
  });
  res.end(head ? undefined : c.bytes);
}

function subjectOf(m: Content): string | undefined {
  try {
    return (JSON.parse(Buffer.from(m.bytes).toString('utf8')) as { subject?: { digest?: string } }).subject
      ?.digest;
  } catch {
    return undefined;
  }
}
