import type { ErrorObject } from 'ajv';
import { type InputIssue, quoteValue } from '../../core/input/index.js';
import { describeValue, withArticle } from './describe-value.js';
import { jsonPointerToPath, valueAtPointer } from './json-path.js';

const COMBINATORS = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'then', 'else', 'not']);

/**
 * Turns ajv errors into issues that name the field (`components[3].purl`), the value and what was expected.
 * Errors of combinators (`oneOf`…) are dropped when a precise error exists; duplicates are merged.
 */
export function ajvIssues(
  errors: readonly ErrorObject[],
  data: unknown,
  schemaLabel: string,
  limit: number,
): InputIssue[] {
  const precise = errors.filter((e) => !COMBINATORS.has(e.keyword));
  const chosen = precise.length > 0 ? precise : errors;
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  for (const error of chosen) {
    const issue = toIssue(error, data, schemaLabel);
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
    if (issues.length >= limit) break;
  }
  return issues;
}

function toIssue(error: ErrorObject, data: unknown, schemaLabel: string): InputIssue {
  const base = jsonPointerToPath(error.instancePath);
  const value = valueAtPointer(data, error.instancePath);
  const params = error.params as Record<string, unknown>;
  const at = (child: string) => (base ? `${base}.${child}` : child);
  const code = 'SBOM_SCHEMA';
  switch (error.keyword) {
    case 'type':
      return {
        code,
        path: base,
        message: `${describeValue(value)}; expected ${withArticle(String(params.type))} (${schemaLabel})`,
      };
    case 'required':
      return {
        code,
        path: at(String(params.missingProperty)),
        message: `missing; expected a ${quoteValue(String(params.missingProperty))} property (required by ${schemaLabel})`,
      };
    case 'additionalProperties':
      return {
        code,
        path: at(String(params.additionalProperty)),
        message: `is not a property ${schemaLabel} defines here; expected only the properties of the schema`,
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const list = allowed
        .slice(0, 10)
        .map((v) => quoteValue(v))
        .join(', ');
      const more = allowed.length > 10 ? `, … (${allowed.length} values)` : '';
      return {
        code,
        path: base,
        message: `${quoteValue(value)} is not allowed; expected one of ${list}${more} (${schemaLabel})`,
      };
    }
    case 'const':
      return {
        code,
        path: base,
        message: `${quoteValue(value)} is not allowed; expected ${quoteValue(params.allowedValue)}`,
      };
    case 'format':
      return {
        code,
        path: base,
        message: `${quoteValue(value)} is not a valid ${String(params.format)}; expected a ${String(params.format)} (${schemaLabel})`,
      };
    case 'pattern':
      return {
        code,
        path: base,
        message: `${quoteValue(value)} has the wrong form; expected a match of ${String(params.pattern)}`,
      };
    default:
      return {
        code,
        path: base,
        message: `${quoteValue(value)} is not valid; expected it to ${String(error.message ?? 'match the schema').replace(/^must /, '')} (${schemaLabel})`,
      };
  }
}
