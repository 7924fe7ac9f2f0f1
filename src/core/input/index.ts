export { InputError, inputError, isInputError } from './input-error.js';
export { fail, type InputIssue, locateIssues, ok, type ParseResult, quoteValue } from './input-issue.js';
export { formatPath, issuesFromZod, type ZodIssueOptions } from './zod-issues.js';
