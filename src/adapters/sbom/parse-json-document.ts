import { fail, type InputIssue, ok, type ParseResult } from '../../core/input/index.js';
import { checkJsonDepth } from './check-json-depth.js';
import { describeOffset } from './json-path.js';
import { locateJsonError } from './locate-json-error.js';

/**
 * JSON text → value, refusing nesting deeper than `maxDepth` before parsing. A syntax error becomes one
 * `SBOM_JSON_MALFORMED` issue at `line L, column C` saying what was found and what was expected.
 */
export function parseJsonDocument(text: string, maxDepth: number): ParseResult<unknown> {
  const deep = checkJsonDepth(text, maxDepth);
  if (deep) return fail(deep);
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    return fail(malformed(text, error));
  }
}

function malformed(text: string, error: unknown): InputIssue {
  const located = locateJsonError(text);
  if (located) {
    return {
      code: 'SBOM_JSON_MALFORMED',
      path: describeOffset(text, located.offset),
      message: `not valid JSON: found ${located.found}; expected ${located.expected}`,
    };
  }
  return {
    code: 'SBOM_JSON_MALFORMED',
    path: '',
    message: `not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : String(error)}); expected a JSON document`,
  };
}
