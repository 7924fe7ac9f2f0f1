import type { RegisterCommands } from '../cli-context.js';
import { registerAdvisoryCommands } from './advisory.js';
import { registerFeedsCommands } from './feeds.js';
import { registerVersionCommands } from './version.js';
import { registerVexCommands } from './vex.js';

/** Every command family, in the order `vigil --help` lists them. */
export const commandModules: readonly RegisterCommands[] = [
  registerFeedsCommands,
  registerAdvisoryCommands,
  registerVexCommands,
  registerVersionCommands,
];
