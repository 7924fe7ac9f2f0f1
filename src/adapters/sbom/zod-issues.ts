import type { z } from 'zod';
import { type InputIssue, quoteValue } from '../../core/input/index.js';
import { describeValue, withArticle } from './describe-value.js';
import { formatJsonPath } from './json-path.js';

/** zod issues → issues naming the field (`packages[3].SPDXID`), the value and what was expected. */
export function zodIssues(issues: readonly z.core.$ZodIssue[], label: string, limit = 20): InputIssue[] {
  return issues.slice(0, limit).map((issue) => {
    const path = formatJsonPath(issue.path);
    const input = (issue as { input?: unknown }).input;
    const code = 'SBOM_SCHEMA';
    if (issue.code === 'invalid_type') {
      return {
        code,
        path,
        message: `${describeValue(input)}; expected ${withArticle(issue.expected)} (${label})`,
      };
    }
    if (issue.code === 'invalid_value') {
      return {
        code,
        path,
        message: `${quoteValue(input)} is not allowed; expected one of ${issue.values.map((v) => quoteValue(v)).join(', ')} (${label})`,
      };
    }
    return {
      code,
      path,
      message: `${quoteValue(input)} is not valid; ${issue.message.replace(/^[^:]*: /, '')} (${label})`,
    };
  });
}
