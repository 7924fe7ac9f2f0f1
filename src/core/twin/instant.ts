import { fail, ok, type ParseResult, quoteValue } from '../input/index.js';

// RFC 3339 date-time, or a plain date (taken as midnight UTC); a zone is required on date-times so that
// the same text means the same instant on every machine.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-](\d{2}):?(\d{2})))?$/;

/** The earliest instant Vigil takes: nothing it tracks (deployments, advisories, SBOMs) is older. */
const EARLIEST = Date.UTC(1970, 0, 1);
/** How far ahead of this machine's clock evidence may be dated: other machines' clocks drift. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const expected = 'expected RFC 3339 such as 2024-05-01T10:00:00Z or a date 2024-05-01';

/**
 * Parses a point in time given by a user (`--at`) or a document into an ISO 8601 UTC string. Calendar dates are
 * checked, not rolled over (2024-02-30 is refused, not March 1st), and nothing before 1970 is taken.
 * @example parseInstant('2024-05-01T10:00:00+02:00', '--at') // ok('2024-05-01T08:00:00.000Z')
 */
export function parseInstant(text: string, path: string): ParseResult<string> {
  const value = text.trim();
  const m = RFC3339.exec(value);
  const refuse = (why: string) =>
    fail({ code: 'TIME_INVALID', path, message: `${quoteValue(text)} is not a time${why}; ${expected}` });
  if (!m) return refuse('');
  const n = (i: number): number => Number(m[i] ?? 0);
  if (n(1) < 1970) return refuse(': before 1970');
  const day = new Date(Date.UTC(n(1), n(2) - 1, n(3)));
  if (day.getUTCFullYear() !== n(1) || day.getUTCMonth() !== n(2) - 1 || day.getUTCDate() !== n(3))
    return refuse(': no such calendar date');
  if (n(4) > 23 || n(5) > 59 || n(6) > 59 || n(9) > 23 || n(10) > 59) return refuse(': no such time of day');
  const time = Date.parse(value.replace(' ', 'T'));
  if (Number.isNaN(time)) return refuse('');
  if (time < EARLIEST) return refuse(': before 1970');
  return ok(new Date(time).toISOString());
}

/**
 * When a piece of evidence (a deployment, a cluster snapshot) happened: an instant as `parseInstant` takes it,
 * and not in the future beyond a small clock skew — a deployment dated 9999 would stay "current" forever.
 */
export function parseEvidenceInstant(text: string, path: string, now: Date): ParseResult<string> {
  const parsed = parseInstant(text, path);
  if (!parsed.ok) return parsed;
  if (Date.parse(parsed.value) > now.getTime() + MAX_CLOCK_SKEW_MS)
    return fail({
      code: 'TIME_INVALID',
      path,
      message: `${quoteValue(text)} is in the future (this machine's clock says ${now.toISOString()}); evidence may be dated at most ${MAX_CLOCK_SKEW_MS / 60_000} minutes ahead`,
    });
  return parsed;
}
