export * from './add-vex.js';
export * from './ports.js';
