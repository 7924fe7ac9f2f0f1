/** The pure core's public API: `import { … } from 'vigil/core'`. */
export * from './input/index.js';
