/** An OSV ecosystem string split into its base and suffix. */
export interface OsvEcosystem {
  readonly raw: string;
  /** `Debian`, `Ubuntu`, `Red Hat`, `npm`… */
  readonly base: string;
  /** The distro release as OSV writes it: `12`, `v3.18`, `22.04`, `9`, `enterprise_linux:9::appstream`. */
  readonly release?: string;
  /** Ubuntu `:LTS`. */
  readonly lts?: true;
  /** Ubuntu `:Pro:` (Expanded Security Maintenance). */
  readonly pro?: true;
  /** The repository URL suffix of Maven, Packagist and VSCode (`Maven:https://maven.google.com`). */
  readonly repository?: string;
}

// Ecosystems whose suffix is a repository URL, not a release (osv-schema ecosystems.json).
const REPOSITORY_SUFFIX = new Set(['Maven', 'Packagist', 'VSCode']);

/**
 * Splits an OSV ecosystem string: `Debian:12` → `{ base: 'Debian', release: '12' }`,
 * `Ubuntu:Pro:18.04:LTS` → `{ base: 'Ubuntu', release: '18.04', pro: true, lts: true }`,
 * `Maven:https://maven.google.com` → `{ base: 'Maven', repository: 'https://maven.google.com' }`.
 * Whitespace around the string is ignored; an empty suffix is no suffix.
 */
export function parseOsvEcosystem(ecosystem: string): OsvEcosystem {
  const raw = ecosystem.trim();
  const colon = raw.indexOf(':');
  const base = colon < 0 ? raw : raw.slice(0, colon);
  const suffix = colon < 0 ? '' : raw.slice(colon + 1);
  if (suffix === '') return { raw, base };
  if (REPOSITORY_SUFFIX.has(base)) return { raw, base, repository: suffix };
  if (base === 'Ubuntu') {
    const parts = suffix.split(':');
    const release =
      parts.find((p) => /^\d+\.\d+$/.test(p)) ?? parts.filter((p) => p !== 'Pro' && p !== 'LTS').join(':');
    return {
      raw,
      base,
      ...(release ? { release } : {}),
      ...(parts.includes('LTS') ? { lts: true as const } : {}),
      ...(parts.includes('Pro') ? { pro: true as const } : {}),
    };
  }
  return { raw, base, release: suffix };
}
