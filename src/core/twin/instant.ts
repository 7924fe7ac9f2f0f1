import { fail, ok, type ParseResult, quoteValue } from '../input/index.js';

// RFC 3339 date-time, or a plain date (taken as midnight UTC); a zone is required on date-times so that
// the same text means the same instant on every machine.
const RFC3339 = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2}))?$/;

/**
 * Parses a point in time given by a user (`--at`) or a document into an ISO 8601 UTC string.
 * @example parseInstant('2024-05-01T10:00:00+02:00', '--at') // ok('2024-05-01T08:00:00.000Z')
 */
export function parseInstant(text: string, path: string): ParseResult<string> {
  const value = text.trim();
  const time = RFC3339.test(value) ? Date.parse(value.replace(' ', 'T')) : Number.NaN;
  if (Number.isNaN(time)) {
    return fail({
      code: 'TIME_INVALID',
      path,
      message: `${quoteValue(text)} is not a time; expected RFC 3339 such as 2024-05-01T10:00:00Z or a date 2024-05-01`,
    });
  }
  return ok(new Date(time).toISOString());
}
