import { fail, type ParseResult, quoteValue } from '../../core/input/index.js';
import type { SbomDocument } from '../../core/sbom/sbom-document.js';
import { decodeSbomText } from './decode-sbom-text.js';
import { parseCycloneDxJson } from './parse-cyclonedx-json.js';
import { parseCycloneDxXml } from './parse-cyclonedx-xml.js';
import { parseJsonDocument } from './parse-json-document.js';
import { parseSpdxTagValue } from './parse-spdx-tag-value.js';
import { parseSpdxValue } from './parse-spdx-value.js';
import { DEFAULT_MAX_SBOM_BYTES, DEFAULT_MAX_SBOM_DEPTH, formatByteSize } from './sbom-limits.js';
import { scanXml } from './scan-xml.js';
import { unsupportedSpecVersion } from './unsupported-spec-version.js';

export interface ParseSbomOptions {
  /** Names the document; issues are not prefixed with it (use `locateIssues(fileName, issues)`). */
  readonly fileName: string;
  /** Size cap in bytes; default 512 MiB. */
  readonly maxBytes?: number;
  /** Nesting cap (JSON objects/arrays, XML elements); default 64. */
  readonly maxDepth?: number;
}

const EXPECTED = 'expected CycloneDX 1.2–1.6 (JSON or XML) or SPDX 2.2–2.3 (JSON or tag-value)';

/**
 * Reads an SBOM of any supported format into one SbomDocument. Before any parser runs, the size cap, the
 * nesting cap and (XML) the DOCTYPE/ENTITY refusal apply; CycloneDX JSON is validated by the official schema,
 * SPDX by the `SpdxDocument` schema. Bad input gives issues (code, field path, what was expected) and no
 * document; things kept despite being wrong are in `document.warnings`.
 * @example parseSbom(readFileSync('bom.json'), { fileName: 'bom.json' })
 */
export function parseSbom(input: Uint8Array | string, opts: ParseSbomOptions): ParseResult<SbomDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_SBOM_BYTES;
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_SBOM_DEPTH;
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) {
    return fail({
      code: 'SBOM_TOO_LARGE',
      path: '',
      message: `file is ${formatByteSize(size)}; the cap is ${formatByteSize(maxBytes)} (VIGIL_MAX_SBOM_BYTES)`,
    });
  }
  const decoded = decodeSbomText(input);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  const first = /\S/.exec(text.slice(0, 4096))?.[0];
  if (first === '{' || first === '[') {
    const json = parseJsonDocument(text, maxDepth);
    return json.ok ? parseJsonSbom(json.value) : json;
  }
  if (first === '<') {
    const root = scanXml(text, maxDepth);
    return root.ok ? parseCycloneDxXml(text, root.value, maxDepth) : root;
  }
  if (/^[ \t]*SPDXVersion[ \t]*:/m.test(text.slice(0, 65536))) return parseSpdxTagValue(text);
  return fail({
    code: 'SBOM_FORMAT',
    path: '',
    message: `neither JSON, XML nor SPDX tag-value; ${EXPECTED}`,
  });
}

function parseJsonSbom(data: unknown): ParseResult<SbomDocument> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail({ code: 'SBOM_FORMAT', path: '', message: `the JSON is not an object; ${EXPECTED}` });
  }
  const doc = data as Record<string, unknown>;
  if (doc.bomFormat === 'CycloneDX') return parseCycloneDxJson(doc);
  if ('spdxVersion' in doc) return parseSpdxValue(doc, 'json');
  // SPDX 3 is JSON-LD: no spdxVersion, a @context naming spdx.org
  if (JSON.stringify(doc['@context'] ?? '').includes('spdx.org')) {
    return fail(unsupportedSpecVersion('SPDX', '3', ['2.2', '2.3'], '@context'));
  }
  if ('bomFormat' in doc) {
    return fail({
      code: 'SBOM_FORMAT',
      path: 'bomFormat',
      message: `${quoteValue(doc.bomFormat)} is not a known bomFormat; expected "CycloneDX"`,
    });
  }
  return fail({
    code: 'SBOM_FORMAT',
    path: '',
    message: `a JSON object with neither bomFormat nor spdxVersion; ${EXPECTED}`,
  });
}
