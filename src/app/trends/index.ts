export * from './daily-counts.js';
export * from './ports.js';
