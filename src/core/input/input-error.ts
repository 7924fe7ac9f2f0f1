import { type InputIssue, safeIssues } from './input-issue.js';
import type { IssueCode } from './issue-codes.js';

/**
 * Bad input turned into one error by a use case: the CLI prints one line per issue and exits 2,
 * HTTP answers 400 `{ error: { code, issues } }`.
 */
export class InputError extends Error {
  readonly code = 'INPUT_INVALID';
  readonly issues: readonly InputIssue[];

  /** Control characters in the issues' paths and messages are escaped, wherever the message ends up. */
  constructor(issues: readonly InputIssue[]) {
    const safe = safeIssues(issues);
    super(safe.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'InputError';
    this.issues = safe;
  }
}

/** Builds an InputError with one issue. */
export const inputError = (code: IssueCode, path: string, message: string): InputError =>
  new InputError([{ code, path, message }]);

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;
