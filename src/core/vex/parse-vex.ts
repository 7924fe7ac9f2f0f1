import { fail, type ParseResult, quoteValue } from '../input/index.js';
import { parseCsafVex } from './parse-csaf-vex.js';
import { parseCycloneDxVex } from './parse-cyclone-dx-vex.js';
import { parseOpenVex } from './parse-open-vex.js';
import type { VexDocument, VexFormat } from './vex-statement.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Which VEX format a parsed JSON value is in, from its markers: `bomFormat: "CycloneDX"`, `document.csaf_version`,
 * or an `@context` with `statements` (OpenVEX; some producers leave the context empty). Undefined when none.
 */
export function detectVexFormat(json: unknown): VexFormat | undefined {
  if (!isObject(json)) return undefined;
  if (json.bomFormat === 'CycloneDX') return 'cyclonedx';
  if (isObject(json.document) && typeof json.document.csaf_version === 'string') return 'csaf';
  if ('@context' in json && Array.isArray(json.statements)) return 'openvex';
  return undefined;
}

const PARSERS: Record<VexFormat, (json: unknown) => ParseResult<VexDocument>> = {
  openvex: parseOpenVex,
  cyclonedx: parseCycloneDxVex,
  csaf: parseCsafVex,
};

/**
 * Parses a VEX document in whichever format it is in (`detectVexFormat`).
 * An unrecognised value gives one `VEX_FORMAT_UNKNOWN` issue saying what each format looks like.
 */
export function parseVex(json: unknown): ParseResult<VexDocument> {
  const format = detectVexFormat(json);
  if (format) return PARSERS[format](json);
  const what = isObject(json)
    ? `an object with keys ${quoteValue(Object.keys(json).slice(0, 6).join(', '))}`
    : quoteValue(json, 40);
  return fail({
    code: 'VEX_FORMAT_UNKNOWN',
    path: '',
    message: `${what} is not VEX; expected OpenVEX ("@context": "https://openvex.dev/ns/…", "statements"), a CycloneDX BOM ("bomFormat": "CycloneDX") or CSAF ("document": { "csaf_version" })`,
  });
}

/** Parses VEX from JSON text (a leading byte-order mark is allowed); text that is not JSON gives `VEX_NOT_JSON`. */
export function parseVexText(text: string): ParseResult<VexDocument> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return fail({
      code: 'VEX_NOT_JSON',
      path: '',
      message: `not JSON (${quoteValue(why, 100)}); expected a VEX document in JSON`,
    });
  }
  return parseVex(json);
}
