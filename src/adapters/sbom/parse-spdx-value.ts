import { fail, ok, type ParseResult } from '../../core/input/index.js';
import type { SbomDocument } from '../../core/sbom/sbom-document.js';
import { mapSpdx } from './map-spdx.js';
import { SPDX_VERSIONS, SpdxDocument } from './spdx-document.js';
import { unsupportedSpecVersion } from './unsupported-spec-version.js';
import { zodIssues } from './zod-issues.js';

/**
 * An SPDX document in its JSON shape (from JSON, or built from tag-value) → SbomDocument, after the version
 * check and the `SpdxDocument` schema. `where` prefixes each issue's path (tag-value gives line numbers).
 */
export function parseSpdxValue(
  data: Readonly<Record<string, unknown>>,
  encoding: 'json' | 'tag-value',
  where: (path: string) => string = (path) => path,
): ParseResult<SbomDocument> {
  if (!(SPDX_VERSIONS as readonly unknown[]).includes(data.spdxVersion)) {
    const versions = SPDX_VERSIONS.map((v) => v.replace('SPDX-', ''));
    return fail(unsupportedSpecVersion('SPDX', data.spdxVersion, versions, where('spdxVersion')));
  }
  const parsed = SpdxDocument.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const label = `SPDX ${String(data.spdxVersion).replace('SPDX-', '')}`;
    return fail(...zodIssues(parsed.error.issues, label).map((i) => ({ ...i, path: where(i.path) })));
  }
  return ok(mapSpdx(parsed.data, encoding));
}
