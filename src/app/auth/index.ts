export * from './permissions.js';
export * from './ports.js';
export * from './tokens.js';
