import { createHash } from 'node:crypto';
import type { CredentialLookup } from './registry-credentials.js';
import type { RegistryEndpoint } from './registry-endpoint.js';
import { parseChallenge } from './www-authenticate.js';

export interface RegistryClientOptions {
  readonly credentials: CredentialLookup;
  /** Per request, body included (default 30 s). */
  readonly timeoutMs?: number;
}

export interface Fetched {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
}

/**
 * The HTTP side of the OCI distribution API: one `get` that authenticates as the registry asks — a Bearer
 * challenge is answered with a token from its realm (anonymous, or with Basic credentials), a Basic
 * challenge with the credentials — and caps the time and the size of every answer.
 * 404 and other 4xx answers are returned for the caller to judge; a timeout, an unreachable registry or a
 * 5xx is an Error (with cause), refused credentials an Error naming the registry.
 */
export function createRegistryClient(opts: RegistryClientOptions) {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const tokens = new Map<string, string>();
  /** Every credential this client sent (Basic pairs, their base64, tokens): never in an error it raises. */
  const sent = new Set<string>();
  const remember = (auth: string) => {
    sent.add(auth);
    const [, value = ''] = auth.split(' ');
    sent.add(value);
    if (auth.startsWith('Basic ')) {
      const pair = Buffer.from(value, 'base64').toString('utf8');
      sent.add(pair);
      sent.add(pair.slice(pair.indexOf(':') + 1));
    }
  };

  async function send(
    ep: RegistryEndpoint,
    url: string,
    init: { method: string; accept?: string; auth?: string },
  ): Promise<Response> {
    const headers: Record<string, string> = { 'user-agent': 'vigil' };
    if (init.accept) headers.accept = init.accept;
    if (init.auth) {
      headers.authorization = init.auth;
      remember(init.auth);
    }
    try {
      return await fetch(url, {
        method: init.method,
        headers,
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new Error(
        timedOut
          ? `registry ${ep.registry} did not answer ${init.method} ${new URL(url).pathname} within ${timeoutMs / 1000} s`
          : `cannot reach registry ${ep.registry} (${url})`,
        { cause: error },
      );
    }
  }

  async function authorize(ep: RegistryEndpoint, response: Response): Promise<string> {
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    const credentials = opts.credentials(ep.registry);
    const basic =
      credentials &&
      `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    if (challenge?.scheme === 'basic' || !challenge) {
      if (!basic)
        throw new Error(
          `registry ${ep.registry} requires credentials; give --username and --password (or VIGIL_REGISTRY_USERNAME/PASSWORD, or docker login)`,
        );
      return basic;
    }
    const realm = challenge.params.realm;
    if (!realm) throw new Error(`registry ${ep.registry} asked for a Bearer token without naming a realm`);
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', challenge.params.scope ?? `repository:${ep.name}:pull`);
    const answer = await send(ep, url.toString(), { method: 'GET', ...(basic ? { auth: basic } : {}) });
    if (!answer.ok) {
      throw new Error(
        `registry ${ep.registry}: the token service ${url.origin} answered ${answer.status}${basic ? ' (credentials refused?)' : ''}`,
      );
    }
    const body = (await answer.json().catch(() => ({}))) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new Error(`registry ${ep.registry}: the token service ${url.origin} gave no token`);
    return `Bearer ${token}`;
  }

  /**
   * GETs (or HEADs) a path of the registry's API, authenticating when challenged. An error it raises holds no
   * credential it sent, however the registry (or a proxy) reflected it.
   */
  async function get(
    ep: RegistryEndpoint,
    path: string,
    init: { method?: 'GET' | 'HEAD'; accept?: string; maxBytes: number },
  ): Promise<Fetched> {
    try {
      return await getting(ep, path, init);
    } catch (error) {
      throw withoutSecrets(error, sent);
    }
  }

  async function getting(
    ep: RegistryEndpoint,
    path: string,
    init: { method?: 'GET' | 'HEAD'; accept?: string; maxBytes: number },
  ): Promise<Fetched> {
    const method = init.method ?? 'GET';
    const url = `${ep.baseUrl}${path}`;
    const key = `${ep.baseUrl}/${ep.name}`;
    const cached = tokens.get(key);
    let response = await send(ep, url, {
      method,
      ...(init.accept ? { accept: init.accept } : {}),
      ...(cached ? { auth: cached } : {}),
    });
    if (response.status === 401) {
      await response.body?.cancel();
      const auth = await authorize(ep, response);
      tokens.set(key, auth);
      response = await send(ep, url, { method, ...(init.accept ? { accept: init.accept } : {}), auth });
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel();
        throw new Error(
          `registry ${ep.registry} refused access to ${ep.name} (${response.status}); check the credentials`,
        );
      }
    }
    if (response.status >= 500) {
      await response.body?.cancel();
      throw new Error(
        // not the status text: it is the remote's words, and a proxy may reflect the request in it
        `registry ${ep.registry} failed: ${method} ${path} answered ${response.status}`,
      );
    }
    const bytes = method === 'HEAD' ? new Uint8Array() : await readCapped(ep, response, init.maxBytes, path);
    return { status: response.status, headers: response.headers, bytes };
  }

  return { get };
}

/** Shown in place of a secret. */
const MASK = '***';

/**
 * The error with every one of `secrets` masked in its message and its causes' (a few deep). Secrets shorter than 4
 * characters are not masked: they would mask ordinary words.
 */
export function withoutSecrets(error: unknown, secrets: ReadonlySet<string>, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 4) return error;
  let message = error.message;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length))
    if (secret.length >= 4) message = message.split(secret).join(MASK);
  const cause = error.cause === undefined ? undefined : withoutSecrets(error.cause, secrets, depth + 1);
  if (message === error.message && cause === error.cause) return error;
  const clean = new Error(message, cause === undefined ? undefined : { cause });
  clean.name = error.name;
  return clean;
}

export type RegistryClient = ReturnType<typeof createRegistryClient>;

async function readCapped(
  ep: RegistryEndpoint,
  response: Response,
  maxBytes: number,
  path: string,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`registry ${ep.registry}: ${path} is ${declared} bytes; the cap is ${maxBytes}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      throw new Error(`registry ${ep.registry}: ${path} is more than ${maxBytes} bytes; the cap`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** `sha256:<hex>` of bytes. */
export const sha256Digest = (bytes: Uint8Array): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
