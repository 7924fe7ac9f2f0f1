/** Where a repository's registry answers, and the repository's name on it. */
export interface RegistryEndpoint {
  /** The registry as image references write it: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  readonly registry: string;
  /** `https://registry-1.docker.io`, `http://127.0.0.1:5000`. */
  readonly baseUrl: string;
  /** The repository's path on the registry: `library/nginx`. */
  readonly name: string;
}

// Docker Hub's API host differs from the name references use.
const API_HOSTS: Readonly<Record<string, string>> = { 'docker.io': 'registry-1.docker.io' };

/**
 * The endpoint of a full repository name (`docker.io/library/nginx`, as `parseImageReference` gives it).
 * HTTPS, except for loopback registries (as Docker treats them) or when `plainHttp` is set.
 */
export function registryEndpoint(repository: string, opts: { plainHttp?: boolean } = {}): RegistryEndpoint {
  const slash = repository.indexOf('/');
  const registry = repository.slice(0, slash);
  const host = API_HOSTS[registry] ?? registry;
  const hostname = host.replace(/:\d+$/, '');
  const loopback = hostname === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]';
  return {
    registry,
    baseUrl: `${opts.plainHttp || loopback ? 'http' : 'https'}://${host}`,
    name: repository.slice(slash + 1),
  };
}
