export * from './add-vex.js';
export {
  type ExportedVexStatement,
  exportVex,
  VEX_EXPORT_FORMATS,
  type VexExportDeps,
  type VexExportFormat,
  vexStatementsOf,
} from './export-vex.js';
export * from './ports.js';
