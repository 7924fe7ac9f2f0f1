import type { InputIssue } from './input-issue.js';

/**
 * Bad input turned into one error by a use case: the CLI prints one line per issue and exits 2,
 * HTTP answers 400 `{ error: { code, issues } }`.
 */
export class InputError extends Error {
  readonly code = 'INPUT_INVALID';
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'InputError';
    this.issues = issues;
  }
}

/** Builds an InputError with one issue. */
export const inputError = (code: string, path: string, message: string): InputError =>
  new InputError([{ code, path, message }]);

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;
