export { CYCLONEDX_JUSTIFICATIONS, CYCLONEDX_STATES } from './cyclone-dx-analysis.js';
export { CSAF_PRODUCT_STATUSES, parseCsafVex } from './parse-csaf-vex.js';
export { parseCycloneDxVex } from './parse-cyclone-dx-vex.js';
export { parseOpenVex } from './parse-open-vex.js';
export { detectVexFormat, parseVex, parseVexText } from './parse-vex.js';
export { indexVexStatements, pickVexMatch, pickVexStatement, type VexPick } from './pick-vex-statement.js';
export {
  SUPPRESSING_STATUSES,
  VEX_FORMATS,
  VEX_JUSTIFICATIONS,
  VEX_STATUSES,
  type VexDocument,
  type VexFormat,
  type VexJustification,
  type VexScope,
  type VexStatement,
  type VexStatus,
} from './vex-statement.js';
export {
  matchVexStatement,
  purlMatches,
  type VexMatch,
  type VexTarget,
  vexStatementApplies,
} from './vex-statement-applies.js';
