import type { IssueCode } from './issue-codes.js';

/** One problem found in a piece of input: a code, where it was, and what was expected. */
export interface InputIssue {
  /** One of the catalogue's (`ISSUE_CODES`): `PURL_INVALID`, `SBOM_SPEC_VERSION`… */
  readonly code: IssueCode;
  /** Where in the input: a field path (`components[3].purl`), prefixed by the file when known. */
  readonly path: string;
  /** What was wrong and what was expected. */
  readonly message: string;
}

/** Bad input is data, not an exception: parsers return this. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
/** A failed parse; control characters in the issues' paths and messages are escaped (`escapeControls`). */
export const fail = (...issues: InputIssue[]): ParseResult<never> => ({
  ok: false,
  issues: safeIssues(issues),
});

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder a terminal line
// (Trojan Source): input must never be able to rewrite what a message shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text fit for a message line: every control character written as its `\uXXXX` escape.
 * @example escapeControls('a\u001b[2Jb') // 'a\\u001b[2Jb'
 */
export const escapeControls = (text: string): string =>
  text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Issues whose paths and messages hold no control character. */
export const safeIssues = (issues: readonly InputIssue[]): InputIssue[] =>
  issues.map((i) => ({ ...i, path: escapeControls(i.path), message: escapeControls(i.message) }));

/**
 * Renders a value for an error message: cut to ~80 characters, control characters escaped.
 * @example quoteValue('pkg:npm') // '"pkg:npm"'
 */
export function quoteValue(value: unknown, max = 80): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) return 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  const escaped = escapeControls(text);
  const cut = escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
  return typeof value === 'string' ? JSON.stringify(cut).replace(/\\\\u/g, '\\u') : cut;
}

/** Prefixes every issue's path with a location such as a file name. */
export function locateIssues(where: string, issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((i) => ({ ...i, path: i.path ? `${where}: ${i.path}` : where }));
}
