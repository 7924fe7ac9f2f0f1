import parseSpdxExpression from 'spdx-expression-parse';
import { quoteValue } from '../../core/input/index.js';
import { parsePurl } from '../../core/purl/index.js';
import type { SbomComponent, SbomHash } from '../../core/sbom/sbom-document.js';
import type { SbomWarnings } from './sbom-warnings.js';

type PurlFields = Pick<SbomComponent, 'purl' | 'purlText'>;

/**
 * A component's purl: parsed and normalised, with the text as written. An unparseable purl keeps the text,
 * drops the parsed form and adds a warning: the component is kept (and counted as one without a purl).
 */
export function readPurlFields(text: string | undefined, path: string, warnings: SbomWarnings): PurlFields {
  const written = text?.trim();
  if (!written) return {};
  const parsed = parsePurl(written, path);
  if (parsed.ok) return { purl: parsed.value, purlText: written };
  for (const issue of parsed.issues) warnings.add(issue);
  return { purlText: written };
}

const NO_LICENSE = new Set(['NOASSERTION', 'NONE', '']);

/**
 * Licence texts in document order without duplicates; NOASSERTION / NONE skipped. Expressions are checked
 * leniently with spdx-expression-parse: one that does not parse is kept as written, with a warning.
 */
export function readLicenses(
  entries: readonly { text: string | undefined; path: string; expression: boolean }[],
  warnings: SbomWarnings,
): string[] {
  const licenses: string[] = [];
  for (const { text, path, expression } of entries) {
    const value = text?.trim() ?? '';
    if (NO_LICENSE.has(value) || licenses.includes(value)) continue;
    licenses.push(value);
    if (expression && !isSpdxExpression(value)) {
      warnings.add({
        code: 'SBOM_LICENSE_EXPRESSION',
        path,
        message: `${quoteValue(value)} is not an SPDX licence expression (kept as written); expected e.g. "MIT OR Apache-2.0"`,
      });
    }
  }
  return licenses;
}

function isSpdxExpression(text: string): boolean {
  try {
    parseSpdxExpression(text);
    return true;
  } catch {
    return false;
  }
}

// SPDX writes SHA256, SHA3-256, BLAKE2b-256; CycloneDX writes SHA-256, SHA3-256, BLAKE2b-256.
const SPDX_SHA = /^SHA(1|224|256|384|512)$/i;

/** One hash with its algorithm in CycloneDX spelling, lower case (`sha-256`), and its value lower case. */
export function readHash(algorithm: string, value: string): SbomHash {
  const alg = algorithm.trim().replace(SPDX_SHA, 'SHA-$1').toLowerCase();
  return { alg, value: value.trim().toLowerCase() };
}
