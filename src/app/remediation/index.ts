export * from './plan-remediation.js';
