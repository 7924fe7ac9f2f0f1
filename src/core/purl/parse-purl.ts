import { PackageURL } from 'packageurl-js';
import { fail, ok, type ParseResult, quoteValue } from '../input/index.js';
import { normalizePurl } from './normalize-purl.js';
import type { Purl } from './purl.js';

const EXPECTED = 'expected pkg:<type>/[<namespace>/]<name>[@<version>][?<key>=<value>…][#<subpath>]';
// ECMA-427: a type starts with a letter and holds letters, digits, `.` and `-`; qualifier keys likewise with `_`.
const TYPE = /^[A-Za-z][A-Za-z0-9.-]*$/;
const QUALIFIER_KEY = /^[A-Za-z][A-Za-z0-9._-]*$/;

/**
 * Parses a package URL and normalises it (`normalizePurl`). packageurl-js splits the string; the qualifiers
 * are decoded here because it reads them as a form query (`+` would become a space, which purl does not say).
 * Bad input gives one `PURL_INVALID` issue at `path` naming the value and what was expected.
 * @example parsePurl('pkg:PyPI/Django_Rest@3.0') // ok: { type: 'pypi', name: 'django-rest', version: '3.0', … }
 */
export function parsePurl(text: string, path = 'purl'): ParseResult<Purl> {
  const invalid = (why: string) =>
    fail({
      code: 'PURL_INVALID',
      path,
      message: `${quoteValue(text)} is not a package URL (${why}); ${EXPECTED}`,
    });
  const value = text.trim();
  if (!/^pkg:/i.test(value)) return invalid('no pkg: scheme');
  let parts: ReturnType<typeof PackageURL.parseString>;
  try {
    // without its qualifiers, which packageurl-js decodes twice (a `%25` in a value fails there): they are read below
    parts = PackageURL.parseString(withoutQualifiers(value));
  } catch (error) {
    return invalid(error instanceof Error ? error.message : String(error));
  }
  const [type, namespace, name, version, , subpath] = parts;
  // packageurl-js reads `pkg:maven/@1.3.4` as a name "@1.3.4": a name is required before the version.
  if (!name || name.startsWith('@')) return invalid('no name');
  if (!type || !TYPE.test(type)) return invalid(type ? `type ${quoteValue(type)} is not valid` : 'no type');
  if (version === '') return invalid("empty version after '@'");
  const qualifiers = parseQualifiers(value);
  if (typeof qualifiers === 'string') return invalid(qualifiers);
  const purl = normalizePurl({
    type,
    namespace: namespace ?? '',
    name,
    version: version ?? '',
    qualifiers,
    subpath: subpath ?? '',
  });
  const rule = checkTypeRules(purl);
  return rule ? invalid(rule) : ok(purl);
}

/** The purl with its `?k=v&…` part cut out (the subpath kept). */
function withoutQualifiers(text: string): string {
  const hash = text.indexOf('#');
  const head = hash >= 0 ? text.slice(0, hash) : text;
  const question = head.indexOf('?');
  return question < 0 ? text : head.slice(0, question) + (hash >= 0 ? text.slice(hash) : '');
}

/** The `?k=v&…` part, percent-decoded without form rules; a string says what is wrong. */
function parseQualifiers(text: string): Record<string, string> | string {
  const hash = text.indexOf('#');
  const head = hash >= 0 ? text.slice(0, hash) : text;
  const question = head.indexOf('?');
  const qualifiers: Record<string, string> = {};
  if (question < 0) return qualifiers;
  for (const pair of head.slice(question + 1).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = (eq >= 0 ? pair.slice(0, eq) : pair).toLowerCase();
    if (!QUALIFIER_KEY.test(key)) return `qualifier key ${quoteValue(key)} is not valid`;
    if (Object.hasOwn(qualifiers, key)) return `qualifier ${quoteValue(key)} appears twice`;
    try {
      qualifiers[key] = decodeURIComponent(eq >= 0 ? pair.slice(eq + 1) : '');
    } catch {
      return `qualifier ${quoteValue(key)} has a broken percent-encoding`;
    }
  }
  return qualifiers;
}

/** The few type rules purl-spec states as requirements (PURL-TYPES); undefined when they hold. */
function checkTypeRules(p: Purl): string | undefined {
  switch (p.type) {
    case 'maven':
      return p.namespace ? undefined : 'maven needs a namespace (the groupId)';
    case 'swift':
      return p.namespace && p.version
        ? undefined
        : 'swift needs a namespace (source host/owner) and a version';
    case 'cran':
      return p.version ? undefined : 'cran needs a version';
    case 'conan':
      if (p.namespace && !p.qualifiers.channel)
        return 'conan with a namespace (user) needs a channel qualifier';
      if (!p.namespace && p.qualifiers.channel)
        return 'conan with a channel qualifier needs a namespace (user)';
      return undefined;
    default:
      return undefined;
  }
}
