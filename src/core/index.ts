/** The pure core's public API: `import { … } from 'vigil/core'`. */
export * from './artifact/image-reference.js';
export * from './input/index.js';
export * from './matching/index.js';
export * from './osv-range/index.js';
export * from './purl/index.js';
export * from './risk/index.js';
export * from './sbom/sbom-document.js';
export * from './triage/index.js';
export * from './version/index.js';
export * from './vex/index.js';
