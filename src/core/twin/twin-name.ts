import { fail, ok, type ParseResult, quoteValue } from '../input/index.js';

const NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;

/**
 * Checks the name of an environment or cluster: 1–63 letters, digits, `.`, `_` or `-`, starting and
 * ending with a letter or digit (what Kubernetes contexts and CI variables commonly allow).
 * @example parseTwinName('prod-eu', '--env', 'an environment') // ok('prod-eu')
 */
export function parseTwinName(text: string, path: string, what: string): ParseResult<string> {
  const value = text.trim();
  if (NAME.test(value)) return ok(value);
  return fail({
    code: 'NAME_INVALID',
    path,
    message: `${quoteValue(text)} is not ${what} name; expected 1-63 letters, digits, ".", "_" or "-"`,
  });
}
