import { describe, expect, it } from 'vitest';
import { checkJsonDepth } from './check-json-depth.js';
import { describeOffset } from './json-path.js';
import { locateJsonError } from './locate-json-error.js';

describe('locateJsonError', () => {
  it.each([
    ['{"a":}', 'line 1, column 6', '"}"', 'a value'],
    ['{"a":1,}', 'line 1, column 8', '"}"', 'a double-quoted property name'],
    ['{\n  "a": 1\n  "b": 2\n}', 'line 3, column 3', '"\\""', "',' or '}'"],
    ['[1, 2', 'line 1, column 6', 'the end of the file', "',' or ']'"],
    ['{"a": tru}', 'line 1, column 7', '"t"', 'a value'],
    ['{"a": "x\ny"}', 'line 1, column 9', 'a control character', 'escaped'],
    ['{"a": "\\x"}', 'line 1, column 8', '"\\\\x"', 'a valid escape'],
    ['{"a": "open', 'line 1, column 12', 'the end of the file', "a closing '\"'"],
    ['{"a" 1}', 'line 1, column 6', '"1"', "':' after the property name"],
    ['{} x', 'line 1, column 4', '"x"', 'nothing after the JSON value'],
    ['{a: 1}', 'line 1, column 2', '"a"', "a double-quoted property name or '}'"],
    ['[01]', 'line 1, column 3', '"1"', "',' or ']'"],
    ['', 'line 1, column 1', 'the end of the file', 'a value'],
  ])('%j fails at %s', (text, where, found, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = locateJsonError(text);
    expect(error && describeOffset(text, error.offset)).toBe(where);
    expect(error?.found).toBe(found);
    expect(error?.expected).toContain(expected);
  });

  it.each(['{}', '[]', '{"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"], "b": {"c": {}}}', ' \n[ ]\n '])(
    'finds nothing wrong in %j',
    (text) => {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(locateJsonError(text)).toBeUndefined();
    },
  );
});

describe('checkJsonDepth', () => {
  it.each([
    ['{"a": {"b": [[{"c": 1}]]}}', 4, 'a.b[0][0]'],
    ['[[1], [[2]]]', 2, '[1][0]'],
    ['{"weird key": {"x": {}}}', 2, '["weird key"].x'],
    ['{"k\\"q": [{}]}', 2, '["k\\"q"][0]'],
  ])('%s with cap %i is too deep at %s', (text, cap, path) => {
    expect(checkJsonDepth(text, cap)).toMatchObject({ code: 'SBOM_TOO_DEEP', path });
  });

  it.each([
    ['{"a": {"b": [[{"c": 1}]]}}', 5],
    ['{"a": "[[[[{{{{"}', 1],
    ['[1, [2], "]]]]"]', 2],
  ])('%s fits in %i levels', (text, cap) => {
    expect(checkJsonDepth(text, cap)).toBeUndefined();
  });
});
