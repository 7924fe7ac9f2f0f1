import type { Purl } from './purl.js';

// purl-spec PURL-TYPES: the types whose namespace / name are case-insensitive, canonically lower case.
const LOWER_NAMESPACE = new Set([
  'alpm',
  'apk',
  'bitbucket',
  'composer',
  'deb',
  'github',
  'gitlab',
  'hex',
  'npm',
  'qpkg',
  'rpm',
]);
const LOWER_NAME = new Set([
  'alpm',
  'apk',
  'bitbucket',
  'bitnami',
  'composer',
  'deb',
  'github',
  'gitlab',
  'hex',
  'npm',
  'oci',
  'pub',
  'pypi',
]);
// The version is a digest (oci) or a commit hash (huggingface): lower case per their type definitions.
const LOWER_VERSION = new Set(['huggingface', 'oci']);

/**
 * Puts a purl into Vigil's canonical form, per the purl-spec type rules:
 * - type lower case; qualifier keys lower case and sorted, empty values dropped; subpath without empty,
 *   `.` and `..` segments; namespace without leading/trailing slashes;
 * - pypi: name per PEP 503 (lower case, runs of `-`, `_`, `.` become one `-`);
 * - npm: scope (namespace, with its `@`) and name lower case;
 * - deb / apk / alpm / rpm: namespace (the vendor: debian, ubuntu, alpine, redhat…) lower case; deb, apk and
 *   alpm names lower case, rpm names case-sensitive; `distro`, `arch`, `epoch` qualifiers are kept;
 * - github / bitbucket / gitlab / composer / hex: namespace and name lower case;
 * - legacy `pkg:alpine/<name>` (older syft) becomes `pkg:apk/alpine/<name>`;
 * - maven (groupId / artifactId), golang (module path, case-sensitive in go.mod), nuget, cargo, gem: as written.
 *   NuGet ids are case-insensitive but the spec keeps their case: `purlPackageKey` compares them lower-cased.
 */
export function normalizePurl(p: Purl): Purl {
  let type = p.type.toLowerCase();
  let namespace = trimSlashes(p.namespace);
  // Older syft wrote Alpine packages as `pkg:alpine/<name>`; the registered type is `pkg:apk/alpine/<name>`.
  if (type === 'alpine' && namespace === '') [type, namespace] = ['apk', 'alpine'];
  let name = trimSlashes(p.name);
  let version = p.version;
  if (LOWER_NAMESPACE.has(type)) namespace = namespace.toLowerCase();
  if (LOWER_NAME.has(type)) name = name.toLowerCase();
  if (type === 'pypi') name = name.replace(/[-_.]+/g, '-');
  if (LOWER_VERSION.has(type)) version = version.toLowerCase();
  return {
    type,
    namespace,
    name,
    version,
    qualifiers: normalizeQualifiers(p.qualifiers),
    subpath: normalizeSubpath(p.subpath),
  };
}

function trimSlashes(text: string): string {
  return text.replace(/^\/+|\/+$/g, '');
}

function normalizeQualifiers(qualifiers: Readonly<Record<string, string>>): Record<string, string> {
  const keys = Object.keys(qualifiers);
  if (keys.length === 0) return {};
  if (
    keys.every(
      (key, i) =>
        /^[a-z0-9._-]+$/.test(key) && qualifiers[key] !== '' && (i === 0 || (keys[i - 1] ?? '') < key),
    )
  ) {
    return qualifiers;
  }
  const entries = Object.entries(qualifiers)
    .map(([key, value]): [string, string] => [key.toLowerCase(), value])
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

function normalizeSubpath(subpath: string): string {
  if (subpath === '') return subpath;
  return subpath
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .join('/');
}
