import { z } from 'zod';
import { quoteValue } from '../input/index.js';

// RFC 3339 date-time (ISO 8601 profile); a date alone is accepted too, as CSAF and CycloneDX producers write them.
const RFC3339 = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([Zz]|[+-]\d{2}:?\d{2})?)?$/;
const EXPECTED = 'expected an RFC 3339 date-time such as 2024-05-01T12:00:00Z';

/**
 * Parses an RFC 3339 timestamp to ISO 8601 UTC (`2024-05-01T12:00:00.000Z`); undefined if it is not one.
 * Date.parse alone is too lenient ("May 1" parses) and reads a time without offset as local time, which
 * would make the result depend on the machine: such a time is read as UTC. Fractions beyond ms are cut.
 */
export function isoTimestamp(text: string): string | undefined {
  const m = RFC3339.exec(text.trim());
  if (!m) return undefined;
  const [, day = '', time, zone] = m;
  // Date rolls 2022-02-30 over to March 2nd: the calendar day must survive a round trip.
  const midnight = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(midnight.getTime()) || midnight.toISOString().slice(0, 10) !== day) return undefined;
  const date = new Date(time ? `${day}T${time}${zone ?? 'Z'}` : `${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A timestamp field, normalised with `isoTimestamp`. */
export const VexTimestamp = z.string({ error: EXPECTED }).transform((text, ctx) => {
  const iso = isoTimestamp(text);
  if (iso === undefined) {
    ctx.issues.push({
      code: 'custom',
      message: `${quoteValue(text)} is not a date-time; ${EXPECTED}`,
      input: text,
    });
    return z.NEVER;
  }
  return iso;
});
