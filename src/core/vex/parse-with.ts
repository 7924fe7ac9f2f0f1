import { z } from 'zod';
import { fail, type IssueCode, issuesFromZod, ok, type ParseResult } from '../input/index.js';

/** The first issues say enough; a broken 2 MB document would otherwise print thousands of lines. */
const MAX_ISSUES = 5;

/**
 * Parses with a schema of this folder, turning its issues into input issues at the path of the field. Schema
 * messages here are worded `expected …` and get the value as found in front (zod's `reportInput`); custom
 * issues, raised by transforms, are complete sentences.
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  json: unknown,
  code: IssueCode = 'VEX_INVALID',
): ParseResult<T> {
  const parsed = schema.safeParse(json, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return fail(...issuesFromZod(parsed.error.issues, { code, limit: MAX_ISSUES, sentences: true }));
}

/** A string field: `expected a string` rather than zod's wording. */
export const Text = z.string({ error: 'expected a string' });

/** A list of strings, as ids and product ids are given. */
export const Texts = z.array(Text, { error: 'expected an array of strings' });
