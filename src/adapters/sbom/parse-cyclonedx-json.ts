import { fail, ok, type ParseResult } from '../../core/input/index.js';
import type { SbomDocument } from '../../core/sbom/sbom-document.js';
import type { CdxBom } from './cyclonedx-bom.js';
import { CYCLONEDX_VERSIONS, isCycloneDxVersion, validateCycloneDx } from './cyclonedx-schema.js';
import { mapCycloneDx } from './map-cyclonedx.js';
import { unsupportedSpecVersion } from './unsupported-spec-version.js';

/** A parsed JSON object with `bomFormat: "CycloneDX"` → SbomDocument, after the official schema of its version. */
export function parseCycloneDxJson(data: Readonly<Record<string, unknown>>): ParseResult<SbomDocument> {
  const version = data.specVersion;
  if (!isCycloneDxVersion(version)) {
    return fail(unsupportedSpecVersion('CycloneDX', version, CYCLONEDX_VERSIONS, 'specVersion'));
  }
  const issues = validateCycloneDx(data, version);
  if (issues.length > 0) return fail(...issues);
  return ok(mapCycloneDx(data as unknown as CdxBom, 'json'));
}
