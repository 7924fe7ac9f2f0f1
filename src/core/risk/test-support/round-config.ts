import { RiskConfig } from '../risk-config.js';

/** A fixture risk config with round numbers, so that tests can add expected scores up by hand. */
export const ROUND_CONFIG = RiskConfig.parse({
  weights: {
    running: 10,
    tier: { production: 20, staging: 5, development: 2, test: 1 },
    internetFacing: 15,
    networkPolicyIsolated: -5,
    kev: 25,
    kevRansomware: 5,
    epss: 10,
    cvss: 10,
    attackVectorNetwork: 3,
    exploitMaturityAttacked: 5,
    fixAvailable: 2,
    criticality: { critical: 10, high: 6, medium: 3, low: 0 },
    dataClassification: { restricted: 6, confidential: 4, internal: 1, public: 0 },
    privileged: 4,
    powerfulServiceAccount: 4,
  },
  decision: { epssLikely: 0.1, cvssHigh: 9 },
  labels: { criticality: 'vigil.dev/criticality', dataClassification: 'vigil.dev/data-classification' },
});
