export { CYCLONEDX_VERSIONS } from './cyclonedx-schema.js';
export { type ParseSbomOptions, parseSbom } from './parse-sbom.js';
export { DEFAULT_MAX_SBOM_BYTES, DEFAULT_MAX_SBOM_DEPTH } from './sbom-limits.js';
export { SPDX_VERSIONS, SpdxDocument } from './spdx-document.js';
