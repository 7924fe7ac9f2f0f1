/** Where a JSON text stops being JSON, and what the grammar expected there. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly found: string;
  readonly expected: string;
}

type State = 'value' | 'firstValueOrEnd' | 'firstKeyOrEnd' | 'key' | 'colon' | 'after';

/**
 * Walks the JSON grammar (RFC 8259) without building values, to say where and why `JSON.parse` failed:
 * V8's messages carry no position for an unexpected token. Only called once a parse has failed.
 */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  const error = (expected: string): JsonSyntaxError => ({
    offset: i,
    found: i < text.length ? JSON.stringify(text.slice(i, i + 1)) : 'the end of the file',
    expected,
  });
  for (;;) {
    while (isWhitespace(text.charCodeAt(i))) i++;
    const c = text.charAt(i);
    if (state === 'after') {
      const top = stack.at(-1);
      if (top === undefined) return i < text.length ? error('nothing after the JSON value') : undefined;
      const close = top === '{' ? '}' : ']';
      if (c === ',') state = top === '{' ? 'key' : 'value';
      else if (c === close) stack.pop();
      else return error(`',' or '${close}'`);
      i++;
      continue;
    }
    if (state === 'colon') {
      if (c !== ':') return error("':' after the property name");
      i++;
      state = 'value';
      continue;
    }
    if ((state === 'firstKeyOrEnd' && c === '}') || (state === 'firstValueOrEnd' && c === ']')) {
      stack.pop();
      i++;
      state = 'after';
      continue;
    }
    if (state === 'key' || state === 'firstKeyOrEnd') {
      if (c !== '"')
        return error(
          state === 'key' ? 'a double-quoted property name' : "a double-quoted property name or '}'",
        );
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'colon';
      continue;
    }
    // a value
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      state = c === '{' ? 'firstKeyOrEnd' : 'firstValueOrEnd';
      continue;
    }
    const end = c === '"' ? scanString(text, i) : scanScalar(text, i);
    if (end === undefined) return error('a value (object, array, string, number, true, false or null)');
    if (typeof end !== 'number') return end;
    i = end;
    state = 'after';
  }
}

function scanString(text: string, open: number): number | JsonSyntaxError {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 0x20)
      return {
        offset: i,
        found: 'a control character',
        expected: 'it escaped (\\n, \\t, \\u00XX) inside a string',
      };
    if (c === 92) {
      const next = text.charAt(i + 1);
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if ('"\\/bfnrt'.includes(next) && next !== '') i += 1;
      else
        return {
          offset: i,
          found: JSON.stringify(text.slice(i, i + 2)),
          expected: 'a valid escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)',
        };
    }
  }
  return { offset: text.length, found: 'the end of the file', expected: "a closing '\"' for the string" };
}

const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

function scanScalar(text: string, at: number): number | undefined {
  SCALAR.lastIndex = at;
  return SCALAR.test(text) ? SCALAR.lastIndex : undefined;
}

// RFC 8259 whitespace: space, tab, line feed, carriage return.
const isWhitespace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
