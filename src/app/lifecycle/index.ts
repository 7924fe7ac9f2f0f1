export * from './exposure-history.js';
export * from './mttr.js';
export * from './ports.js';
export * from './track-exposures.js';
export * from './transitions.js';
