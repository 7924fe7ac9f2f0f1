import type { InputIssue } from '../../core/input/index.js';
import { formatPath } from '../../core/input/index.js';

const OPEN_OBJECT = 123; // {
const OPEN_ARRAY = 91; // [
const CLOSE_OBJECT = 125;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Finds objects/arrays nested deeper than `maxDepth` with one pass over the brackets outside strings, before
 * `JSON.parse` (recursive in V8) and schema validation see the document. Malformed JSON is left to the parser.
 * The issue names the path of the first container too deep, e.g. `components[0].components[0]…`.
 */
export function checkJsonDepth(text: string, maxDepth: number): InputIssue | undefined {
  const isArray: boolean[] = [];
  const index: number[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      i = endOfString(text, i);
      if (expectKey) {
        keyStart[depth - 1] = start;
        keyEnd[depth - 1] = i + 1;
        expectKey = false;
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth >= maxDepth) return tooDeep(text, maxDepth, depth, isArray, index, keyStart, keyEnd);
      isArray[depth] = c === OPEN_ARRAY;
      index[depth] = 0;
      keyStart[depth] = -1;
      depth += 1;
      expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth === 0) return undefined;
      depth -= 1;
      expectKey = false;
    } else if (c === COMMA && depth > 0) {
      if (isArray[depth - 1]) index[depth - 1] = (index[depth - 1] ?? 0) + 1;
      else expectKey = true;
    }
  }
  return undefined;
}

/** The index of the quote closing the string opened at `open` (or the end of the text). */
function endOfString(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  while (close !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return close;
    close = text.indexOf('"', close + 1);
  }
  return text.length;
}

function tooDeep(
  text: string,
  maxDepth: number,
  depth: number,
  isArray: readonly boolean[],
  index: readonly number[],
  keyStart: readonly number[],
  keyEnd: readonly number[],
): InputIssue {
  const segments: (string | number)[] = [];
  for (let level = 0; level < depth; level++) {
    if (isArray[level]) segments.push(index[level] ?? 0);
    else segments.push(readKey(text, keyStart[level] ?? -1, keyEnd[level] ?? -1));
  }
  const path = formatPath(segments);
  return {
    code: 'SBOM_TOO_DEEP',
    path: path.length > 240 ? `…${path.slice(-239)}` : path,
    message: `objects and arrays nest deeper than ${maxDepth} levels here; expected at most ${maxDepth} (the nesting cap)`,
  };
}

function readKey(text: string, start: number, end: number): string {
  if (start < 0) return '?';
  try {
    return String(JSON.parse(text.slice(start, end)));
  } catch {
    return text.slice(start + 1, end - 1);
  }
}
