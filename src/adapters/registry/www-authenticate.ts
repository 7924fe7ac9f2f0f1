/** A registry's authentication challenge: `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
export interface AuthChallenge {
  readonly scheme: 'bearer' | 'basic';
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Parses a `WWW-Authenticate` header (RFC 7235 auth-params, quoted or not); undefined when the scheme is
 * neither Bearer nor Basic.
 * @example parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io"')
 */
export function parseChallenge(header: string | null): AuthChallenge | undefined {
  const match = header ? /^\s*(\w+)\s*(.*)$/s.exec(header) : null;
  const scheme = match?.[1]?.toLowerCase();
  if (!match || (scheme !== 'bearer' && scheme !== 'basic')) return undefined;
  const params: Record<string, string> = {};
  for (const m of (match[2] ?? '').matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[(m[1] ?? '').toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return { scheme, params };
}
