import type { z } from 'zod';
import type { InputIssue } from './input-issue.js';
import { quoteValue } from './input-issue.js';
import type { IssueCode } from './issue-codes.js';

/**
 * A field path as every message shows it: `['components', 3, 'purl']` → `components[3].purl`; keys that are
 * not identifiers are quoted (`["@id"]` stays readable, `statements[0]["a b"]`).
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else {
      const key = String(segment);
      if (/^[A-Za-z_$@][\w$@-]*$/.test(key)) path += path ? `.${key}` : key;
      else path += `[${JSON.stringify(key)}]`;
    }
  }
  return path;
}

export interface ZodIssueOptions {
  readonly code: IssueCode;
  /** The document, prefixed to each path as `<where>: <field>` (a file name, a feed entry). */
  readonly where?: string;
  /** The parsed value, to show what was found when the schema did not report its input. */
  readonly root?: unknown;
  /** The first issues say enough: a broken 2 MB document would otherwise print thousands of lines. */
  readonly limit?: number;
  /** Custom issues (raised by refinements and transforms) are complete sentences: shown without the value. */
  readonly sentences?: boolean;
  /** The message of one issue, given the value found (undefined: missing); default `<value>: <zod message>`. */
  readonly message?: (issue: z.core.$ZodIssue, found: unknown) => string;
}

/**
 * The one translator from zod issues to input issues: the field's path (`formatPath`), the value found and
 * what was expected.
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], opts: ZodIssueOptions): InputIssue[] {
  return issues.slice(0, opts.limit ?? 5).map((issue) => {
    const field = formatPath(issue.path);
    const path = opts.where === undefined ? field : field ? `${opts.where}: ${field}` : opts.where;
    const input = (issue as { input?: unknown }).input;
    const found = input !== undefined ? input : valueAt(opts.root, issue.path);
    const message = opts.message
      ? opts.message(issue, found)
      : opts.sentences && issue.code === 'custom'
        ? issue.message
        : `${found === undefined ? 'missing' : quoteValue(found, 60)}: ${issue.message}`;
    return { code: opts.code, path, message };
  });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}
