import type { Purl } from './purl.js';

// ECMA-427 "Character encoding": letters, digits and `.-_~` are never encoded, nor is `:`.
const CANONICAL = /^[A-Za-z0-9.\-_~:]*$/;

/**
 * Percent-encodes every UTF-8 octet outside the purl allowed set (upper-case hex), keeping `keep` (`+` or `/`).
 * Versions keep `+` (the purl-spec test suite round-trips `1.2.3-alpha.1+build.456` unchanged) and qualifier
 * values keep `/` (it round-trips `vcs_url=git://host.com/path/to/repo.git%40…`).
 */
function encode(text: string, keep: '' | '+' | '/' = ''): string {
  if (CANONICAL.test(text)) return text;
  // encodeURIComponent also leaves !'()* alone, which purl encodes; a lone surrogate would make it throw.
  let out = encodeURIComponent(text.replace(/\p{Surrogate}/gu, '\uFFFD'))
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, ':');
  if (keep === '+') out = out.replace(/%2B/g, '+');
  if (keep === '/') out = out.replace(/%2F/g, '/');
  return out;
}

const encodeSegments = (path: string): string =>
  path
    .split('/')
    .map((segment) => encode(segment))
    .join('/');

/**
 * The canonical purl string of a (normalised) purl: `pkg:type/namespace/name@version?qualifiers#subpath`,
 * with qualifiers in key order. Pass the output of `normalizePurl` / `parsePurl` for a canonical result.
 * @example formatPurl({ type: 'npm', namespace: '@babel', name: 'core', version: '7.0.0', qualifiers: {}, subpath: '' })
 * // 'pkg:npm/%40babel/core@7.0.0'
 */
export function formatPurl(p: Purl): string {
  let text = `pkg:${p.type}/`;
  if (p.namespace) text += `${encodeSegments(p.namespace)}/`;
  text += encode(p.name);
  if (p.version) text += `@${encode(p.version, '+')}`;
  const qualifiers = Object.keys(p.qualifiers)
    .sort()
    .flatMap((key) => {
      const value = p.qualifiers[key];
      return value ? [`${key}=${encode(value, '/')}`] : [];
    });
  if (qualifiers.length > 0) text += `?${qualifiers.join('&')}`;
  if (p.subpath) text += `#${encodeSegments(p.subpath)}`;
  return text;
}

// NuGet package ids are case-insensitive (nuget.org resolves any casing) but purl keeps their case.
const CASE_INSENSITIVE_NAME = new Set(['nuget']);

/**
 * The identity of a package, whatever its version: `${type}/${namespace}/${name}` of a normalised purl.
 * Advisories and components meet on this key; NuGet names are compared lower-cased.
 * @example purlPackageKey(parsed('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1'))
 * // 'maven/org.apache.logging.log4j/log4j-core'
 */
export function purlPackageKey(p: Purl): string {
  const name = CASE_INSENSITIVE_NAME.has(p.type) ? p.name.toLowerCase() : p.name;
  const namespace = CASE_INSENSITIVE_NAME.has(p.type) ? p.namespace.toLowerCase() : p.namespace;
  return `${p.type}/${namespace}/${name}`;
}
