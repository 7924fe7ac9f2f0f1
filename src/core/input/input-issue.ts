/** One problem found in a piece of input: a code, where it was, and what was expected. */
export interface InputIssue {
  /** Upper snake case, e.g. `PURL_INVALID`, `SBOM_SPEC_VERSION`. */
  readonly code: string;
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
export const fail = (...issues: InputIssue[]): ParseResult<never> => ({ ok: false, issues });

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
  const escaped = text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const cut = escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
  return typeof value === 'string' ? JSON.stringify(cut).replace(/\\\\u/g, '\\u') : cut;
}

/** Prefixes every issue's path with a location such as a file name. */
export function locateIssues(where: string, issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((i) => ({ ...i, path: i.path ? `${where}: ${i.path}` : where }));
}
