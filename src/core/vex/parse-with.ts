import { z } from 'zod';
import { fail, ok, type ParseResult, quoteValue } from '../input/index.js';

/** The first issues say enough; a broken 2 MB document would otherwise print thousands of lines. */
const MAX_ISSUES = 5;

/** `['statements', 3, 'products', 0]` → `statements[3].products[0]`; keys that are not identifiers are quoted. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$@][\w$@-]*$/.test(String(part))) out += out ? `.${String(part)}` : String(part);
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/**
 * Parses with a schema of this folder, turning its issues into input issues at the path of the field. Schema
 * messages here are worded `expected …` and get the value as found in front (zod's `reportInput`); custom
 * issues, raised by transforms, are complete sentences.
 */
export function parseWith<T>(schema: z.ZodType<T>, json: unknown, code = 'VEX_INVALID'): ParseResult<T> {
  const parsed = schema.safeParse(json, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return fail(
    ...parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => {
      if (issue.code === 'custom') return { code, path: jsonPath(issue.path), message: issue.message };
      const shown = issue.input === undefined ? 'missing' : quoteValue(issue.input, 60);
      return { code, path: jsonPath(issue.path), message: `${shown}: ${issue.message}` };
    }),
  );
}

/** A string field: `expected a string` rather than zod's wording. */
export const Text = z.string({ error: 'expected a string' });

/** A list of strings, as ids and product ids are given. */
export const Texts = z.array(Text, { error: 'expected an array of strings' });
