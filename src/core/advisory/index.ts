export { canonicalId, groupAliases } from './alias-groups.js';
export { type AliasLink, aliasLinks, cveOf } from './alias-links.js';
export { canonicalJson, diffKevCatalog, type KevChanges, type StoredKevEntry } from './diff-kev-catalog.js';
export { type EpssScores, parseEpssCsv } from './epss-csv.js';
export { type AdvisoryIndex, indexAdvisory } from './index-advisory.js';
export { KevCatalog, KevEntry, parseKevCatalog } from './kev-catalog.js';
export {
  EVENT_KINDS,
  OsvAffected,
  OsvEvent,
  OsvRange,
  OsvRecord,
  OsvSeverity,
  RANGE_TYPES,
  SEVERITY_TYPES,
} from './osv-record.js';
export { type PackageKey, packageKey } from './package-key.js';
export { parseOsvRecord } from './parse-osv-record.js';
