import { fail, ok, type ParseResult } from '../../core/input/index.js';

/**
 * Bytes → text: UTF-8 (the encoding of JSON, and of nearly all XML and tag-value), or UTF-16 when a byte
 * order mark says so. A leading byte order mark is dropped; bytes that are not UTF-8 give an issue.
 */
export function decodeSbomText(input: Uint8Array | string): ParseResult<string> {
  if (typeof input === 'string') return ok(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const encoding =
    input[0] === 0xff && input[1] === 0xfe
      ? 'utf-16le'
      : input[0] === 0xfe && input[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    return ok(new TextDecoder(encoding, { fatal: true }).decode(input));
  } catch {
    return fail({
      code: 'SBOM_ENCODING',
      path: '',
      message: `the bytes are not valid ${encoding.toUpperCase()} text; expected a UTF-8 JSON, XML or tag-value document`,
    });
  }
}
