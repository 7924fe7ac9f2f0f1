import { expect } from 'vitest';
import type { SbomDocument } from '../../../core/sbom/sbom-document.js';
import { parseSbom } from '../parse-sbom.js';

/** parseSbom's document, or a failed test listing the issues. */
export function parsedSbom(bytes: Uint8Array | string, fileName: string): SbomDocument {
  const result = parseSbom(bytes, { fileName });
  if (!result.ok) expect.fail(`${fileName}: ${JSON.stringify(result.issues.slice(0, 5))}`);
  return result.value;
}
