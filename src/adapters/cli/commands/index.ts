import type { RegisterCommands } from '../cli-context.js';
import { registerAdvisoryCommands } from './advisory.js';
import { registerArtifactCommands } from './artifact.js';
import { registerDeployCommands } from './deploy.js';
import { registerExposureCommands } from './exposures.js';
import { registerFeedsCommands } from './feeds.js';
import { registerJobCommands } from './jobs.js';
import { registerK8sCommands } from './k8s.js';
import { registerNotifyCommands } from './notify.js';
import { registerRegistryCommands } from './registry.js';
import { registerSbomCommands } from './sbom.js';
import { registerScanCommands } from './scan.js';
import { registerServeCommands } from './serve.js';
import { registerTokenCommands } from './token.js';
import { registerTriageCommands } from './triage.js';
import { registerTwinCommands } from './twin.js';
import { registerVersionCommands } from './version.js';
import { registerVexCommands } from './vex.js';

/** Every command family, in the order `vigil --help` lists them. */
export const commandModules: readonly RegisterCommands[] = [
  registerScanCommands,
  registerSbomCommands,
  registerArtifactCommands,
  registerFeedsCommands,
  registerAdvisoryCommands,
  registerDeployCommands,
  registerK8sCommands,
  registerRegistryCommands,
  registerTwinCommands,
  registerVexCommands,
  registerExposureCommands,
  registerTriageCommands,
  registerNotifyCommands,
  registerVersionCommands,
  registerServeCommands,
  registerJobCommands,
  registerTokenCommands,
];
