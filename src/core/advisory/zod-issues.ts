import type { z } from 'zod';
import { type InputIssue, quoteValue } from '../input/index.js';

/** At most this many issues are reported per document: the first ones say enough. */
const MAX_ISSUES = 5;

/**
 * Turns zod issues into input issues: path `<where>: <field>`, message `<value>: <what was expected>`.
 */
export function issuesFromZod(
  code: string,
  where: string,
  root: unknown,
  issues: readonly z.core.$ZodIssue[],
): InputIssue[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => {
    const field = formatPath(issue.path);
    const found = valueAt(root, issue.path);
    const shown = found === undefined ? 'missing' : quoteValue(found, 60);
    return { code, path: field ? `${where}: ${field}` : where, message: `${shown}: ${issue.message}` };
  });
}

/** `['affected', 0, 'ranges', 1]` → `affected[0].ranges[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}
