export * from './ingest-sbom.js';
export * from './ports.js';
