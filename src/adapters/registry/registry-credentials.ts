import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RegistryCredentials {
  readonly username: string;
  readonly password: string;
}

/** The credentials for a registry (as references name it: `docker.io`, `ghcr.io:443`…), if any. */
export type CredentialLookup = (registry: string) => RegistryCredentials | undefined;

interface DockerAuth {
  auth?: string;
  username?: string;
  password?: string;
}

interface DockerConfig {
  auths?: Record<string, DockerAuth>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/** How long a credential helper may take before the registry is asked anonymously. */
const HELPER_TIMEOUT_MS = 10_000;

/**
 * Credentials in this order: the username and password given (flags, else `VIGIL_REGISTRY_USERNAME/PASSWORD`,
 * resolved by the caller), then Docker's `config.json` in `dockerConfigDir` (`$DOCKER_CONFIG` or
 * `~/.docker`): the registry's `credHelpers` entry,
 * else its `auths` entry, else the `credsStore`. A helper is run as Docker runs it
 * (`docker-credential-<name> get`, the server on stdin, `{"Username","Secret"}` on stdout); one that fails or
 * knows no credentials leaves the request anonymous. Answers are kept per registry for the process's life.
 */
export function credentialLookup(opts: {
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  readonly dockerConfigDir?: string | undefined;
  /** The environment credential helpers run with. */
  readonly env: Readonly<Record<string, string | undefined>>;
}): CredentialLookup {
  const { username, password } = opts;
  if (username !== undefined && password !== undefined) return () => ({ username, password });
  const config = opts.dockerConfigDir ? readDockerConfig(join(opts.dockerConfigDir, 'config.json')) : {};
  const auths = config.auths ?? {};
  const helped = new Map<string, RegistryCredentials | undefined>();
  const fromHelper = (helper: string, server: string): RegistryCredentials | undefined => {
    const key = `${helper}\0${server}`;
    if (!helped.has(key)) helped.set(key, runCredentialHelper(helper, server, opts.env));
    return helped.get(key);
  };
  return (registry) => {
    const keys =
      registry === 'docker.io'
        ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io']
        : [registry, `https://${registry}`, `http://${registry}`];
    for (const key of keys) {
      const helper = config.credHelpers?.[key];
      if (helper) return fromHelper(helper, key);
    }
    for (const key of keys) {
      const entry = auths[key];
      const found = entry && decodeDockerAuth(entry);
      if (found) return found;
    }
    return config.credsStore ? fromHelper(config.credsStore, keys[0] ?? registry) : undefined;
  };
}

function readDockerConfig(file: string): DockerConfig {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DockerConfig;
  } catch {
    return {}; // no Docker configuration (or an unreadable one): anonymous
  }
}

function runCredentialHelper(
  helper: string,
  server: string,
  env: Readonly<Record<string, string | undefined>>,
): RegistryCredentials | undefined {
  // A helper name is a suffix, never a path: `credsStore: "../../x"` must not run an arbitrary program.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(helper)) return undefined;
  try {
    const out = execFileSync(`docker-credential-${helper}`, ['get'], {
      input: server,
      timeout: HELPER_TIMEOUT_MS,
      stdio: ['pipe', 'pipe', 'ignore'],
      env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
    });
    const parsed = JSON.parse(out.toString('utf8')) as { Username?: unknown; Secret?: unknown };
    if (typeof parsed.Username === 'string' && typeof parsed.Secret === 'string' && parsed.Secret !== '')
      return { username: parsed.Username, password: parsed.Secret };
    return undefined;
  } catch {
    return undefined; // not installed, no credentials for this server, or a broken answer: anonymous
  }
}

function decodeDockerAuth(entry: DockerAuth): RegistryCredentials | undefined {
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  if (!entry.auth) return undefined;
  const text = Buffer.from(entry.auth, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon > 0 ? { username: text.slice(0, colon), password: text.slice(colon + 1) } : undefined;
}
