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

/**
 * Credentials in this order: `--username/--password`, `VIGIL_REGISTRY_USERNAME/PASSWORD`, then the `auths`
 * of Docker's `config.json` (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`). Credential helpers
 * (`credsStore`, `credHelpers`) are not run. Without any, requests are anonymous.
 */
export function credentialLookup(opts: {
  username?: string;
  password?: string;
  env: Readonly<Record<string, string | undefined>>;
}): CredentialLookup {
  const username = opts.username ?? opts.env.VIGIL_REGISTRY_USERNAME;
  const password = opts.password ?? opts.env.VIGIL_REGISTRY_PASSWORD;
  if (username !== undefined && password !== undefined) return () => ({ username, password });
  const home = opts.env.DOCKER_CONFIG ?? (opts.env.HOME ? join(opts.env.HOME, '.docker') : undefined);
  const auths = home ? readDockerAuths(join(home, 'config.json')) : {};
  return (registry) => {
    const keys =
      registry === 'docker.io'
        ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io']
        : [registry, `https://${registry}`, `http://${registry}`];
    for (const key of keys) {
      const entry = auths[key];
      const found = entry && decodeDockerAuth(entry);
      if (found) return found;
    }
    return undefined;
  };
}

function readDockerAuths(file: string): Record<string, DockerAuth> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { auths?: Record<string, DockerAuth> };
    return parsed.auths ?? {};
  } catch {
    return {}; // no Docker configuration (or an unreadable one): anonymous
  }
}

function decodeDockerAuth(entry: DockerAuth): RegistryCredentials | undefined {
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  if (!entry.auth) return undefined;
  const text = Buffer.from(entry.auth, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon > 0 ? { username: text.slice(0, colon), password: text.slice(colon + 1) } : undefined;
}
