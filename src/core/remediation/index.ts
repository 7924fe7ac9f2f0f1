export * from './smallest-fix.js';
