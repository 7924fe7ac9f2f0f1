export * from './advisory-impact.js';
export * from './artifact-findings.js';
export * from './changed-impact.js';
export * from './evaluate-findings.js';
export * from './exposure-status.js';
export * from './list-exposures.js';
export * from './ports.js';
export * from './select-exposures.js';
