export { InputError, inputError, isInputError } from './input-error.js';
export {
  escapeControls,
  fail,
  type InputIssue,
  locateIssues,
  ok,
  type ParseResult,
  quoteValue,
  safeIssues,
} from './input-issue.js';
export { ISSUE_CODES, type IssueCode } from './issue-codes.js';
export { formatPath, issuesFromZod, type ZodIssueOptions } from './zod-issues.js';
