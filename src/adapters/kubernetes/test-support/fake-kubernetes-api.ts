import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type KubeObject = { metadata: { name: string; namespace?: string; resourceVersion?: string } } & Record<
  string,
  unknown
>;

interface Collection {
  readonly kind: string;
  readonly apiVersion: string;
  readonly objects: Map<string, KubeObject>;
  readonly events: { rv: number; type: string; object: KubeObject }[];
  /** Watches from a resourceVersion older than this get 410 Gone, as after etcd compaction. */
  compactedAt: number;
  readonly watchers: Set<ServerResponse>;
}

/**
 * A Kubernetes-API-compatible server on 127.0.0.1 for tests: lists with resourceVersion, watch streams of
 * JSON lines, and the failures a client must survive (dropped connections, 410 Gone). Collections not
 * served answer 404 like an API server without that resource.
 */
export class FakeKubernetesApi {
  readonly requests: string[] = [];
  readonly tokens = new Set<string>();
  private readonly collections = new Map<string, Collection>();
  private readonly sockets = new Set<Socket>();
  private rv = 100;
  private failures = new Map<string, { count: number; status: number }>();
  private server = createServer((req, res) => this.handle(req, res));
  url = '';

  /** Serves a collection at `path` (e.g. `/api/v1/pods`), holding objects of `kind`. */
  serve(path: string, kind: string, apiVersion: string, objects: KubeObject[] = []): this {
    const c: Collection = {
      kind,
      apiVersion,
      objects: new Map(),
      events: [],
      compactedAt: 0,
      watchers: new Set(),
    };
    for (const o of objects) c.objects.set(key(o), this.stamp(o));
    this.collections.set(path, c);
    return this;
  }

  async start(): Promise<this> {
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Writes a kubeconfig for this server, as a user would have (bearer token, plain HTTP). */
  writeKubeconfig(): string {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-kube-')), 'config');
    writeFileSync(
      file,
      `apiVersion: v1\nkind: Config\ncurrent-context: fake\nclusters:\n- name: fake-cluster\n  cluster:\n    server: ${this.url}\n    insecure-skip-tls-verify: true\n` +
        'contexts:\n- name: fake\n  context:\n    cluster: fake-cluster\n    user: fake-user\nusers:\n- name: fake-user\n  user:\n    token: test-token\n',
    );
    return file;
  }

  /** Adds or replaces an object, streaming ADDED or MODIFIED to open watches. */
  put(path: string, object: KubeObject): void {
    const c = this.collection(path);
    const type = c.objects.has(key(object)) ? 'MODIFIED' : 'ADDED';
    this.emit(c, type, object);
  }

  /** Deletes an object; `silently` leaves no event, so only a new list shows it (a compacted history). */
  remove(path: string, namespace: string, name: string, opts: { silently?: boolean } = {}): void {
    const c = this.collection(path);
    const object = c.objects.get(`${namespace}/${name}`);
    if (!object) throw new Error(`no ${namespace}/${name} in ${path}`);
    if (opts.silently) {
      c.objects.delete(key(object));
      this.rv++;
    } else this.emit(c, 'DELETED', object);
  }

  /** Cuts the open watch connections of a collection mid-stream. */
  dropWatches(path: string): void {
    for (const res of this.collection(path).watchers) res.socket?.destroy();
  }

  /** Compacts a collection's history: open watches get an ERROR 410 event and end; old resourceVersions are gone. */
  expire(path: string): void {
    const c = this.collection(path);
    c.compactedAt = ++this.rv;
    for (const res of c.watchers) gone(res);
  }

  /** Answers the next `count` requests to `path` (list or watch) with `status`. */
  failNext(path: string, count: number, status = 500): void {
    this.failures.set(path, { count, status });
  }

  count(method: string, path: string, watch: boolean): number {
    return this.requests.filter(
      (r) => r.startsWith(`${method} ${path}`) && r.includes('watch=true') === watch,
    ).length;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private collection(path: string): Collection {
    const c = this.collections.get(path);
    if (!c) throw new Error(`not served: ${path}`);
    return c;
  }

  private stamp(object: KubeObject): KubeObject {
    return { ...object, metadata: { ...object.metadata, resourceVersion: String(++this.rv) } };
  }

  private emit(c: Collection, type: string, object: KubeObject): void {
    const stamped = this.stamp(object);
    if (type === 'DELETED') c.objects.delete(key(stamped));
    else c.objects.set(key(stamped), stamped);
    const event = { rv: this.rv, type, object: { kind: c.kind, apiVersion: c.apiVersion, ...stamped } };
    c.events.push(event);
    for (const res of c.watchers) res.write(`${JSON.stringify({ type, object: event.object })}\n`);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.requests.push(`${req.method} ${req.url}`);
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) this.tokens.add(auth.slice(7));
    const url = new URL(req.url ?? '/', this.url);
    const failure = this.failures.get(url.pathname);
    if (failure && failure.count > 0) {
      failure.count--;
      res.writeHead(failure.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code: failure.status }));
      return;
    }
    const c = this.collections.get(url.pathname);
    if (!c) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'NotFound',
          code: 404,
        }),
      );
      return;
    }
    if (url.searchParams.get('watch') !== 'true') {
      res.writeHead(200, { 'content-type': 'application/json' });
      // as the API server does, list items carry neither kind nor apiVersion
      res.end(
        JSON.stringify({
          kind: `${c.kind}List`,
          apiVersion: c.apiVersion,
          metadata: { resourceVersion: String(this.rv) },
          items: [...c.objects.values()],
        }),
      );
      return;
    }
    const from = Number(url.searchParams.get('resourceVersion') ?? '0');
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    if (from < c.compactedAt) {
      gone(res);
      return;
    }
    for (const e of c.events.filter((x) => x.rv > from))
      res.write(`${JSON.stringify({ type: e.type, object: e.object })}\n`);
    c.watchers.add(res);
    res.on('close', () => c.watchers.delete(res));
  }
}

function gone(res: ServerResponse): void {
  res.end(
    `${JSON.stringify({ type: 'ERROR', object: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Expired', message: 'too old resource version', code: 410 } })}\n`,
  );
}

const key = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
