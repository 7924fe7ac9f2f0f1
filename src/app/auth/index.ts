export * from './permissions.js';
export * from './ports.js';
export * from './secret-digest.js';
export * from './sessions.js';
export * from './tokens.js';
export * from './user-access.js';
