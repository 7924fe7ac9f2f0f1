import { isDigits, M1, M2, M3, natural } from '../sort-key.js';

const IDENTIFIER = /^[0-9A-Za-z-]+$/;

/**
 * Splits dot-separated SemVer identifiers (pre-release or build), or says why they are invalid.
 * SemVer 2.0 §9–10: identifiers are non-empty and hold only ASCII alphanumerics and hyphens.
 */
export function splitIdentifiers(text: string, what: string): string[] | string {
  const ids = text.split('.');
  for (const id of ids) {
    if (id === '') return `empty ${what} identifier`;
    if (!IDENTIFIER.test(id))
      return `${what} identifier ${JSON.stringify(id)} has characters other than [0-9A-Za-z-]`;
  }
  return ids;
}

/**
 * Key of an identifier list in SemVer precedence (§11.4): numeric identifiers compare numerically and sort
 * before alphanumeric ones, which compare in ASCII order; a shorter list sorts first when all before are equal.
 * `fold` lower-cases alphanumerics (NuGet compares labels case-insensitively).
 */
export function identifiersKey(ids: readonly string[], fold = false): string {
  let key = '';
  for (const id of ids) {
    if (isDigits(id)) key += M2 + natural(id);
    else key += M3 + (fold ? id.toLowerCase() : id) + M1;
  }
  return key + M1;
}
