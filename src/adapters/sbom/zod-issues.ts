import type { z } from 'zod';
import { type InputIssue, issuesFromZod, quoteValue } from '../../core/input/index.js';
import { describeValue, withArticle } from './describe-value.js';

/** zod issues → issues naming the field (`packages[3].SPDXID`), the value and what was expected. */
export function zodIssues(issues: readonly z.core.$ZodIssue[], label: string, limit = 20): InputIssue[] {
  return issuesFromZod(issues, {
    code: 'SBOM_SCHEMA',
    limit,
    message: (issue, input) => {
      if (issue.code === 'invalid_type')
        return `${describeValue(input)}; expected ${withArticle(issue.expected)} (${label})`;
      if (issue.code === 'invalid_value')
        return `${quoteValue(input)} is not allowed; expected one of ${issue.values.map((v) => quoteValue(v)).join(', ')} (${label})`;
      return `${quoteValue(input)} is not valid; ${issue.message.replace(/^[^:]*: /, '')} (${label})`;
    },
  });
}
