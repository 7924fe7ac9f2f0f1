import { z } from 'zod';

const points = z.number().min(-100).max(100);

/** The risk model's weights, thresholds and label names: `config/risk.yaml`, documented there. */
export const RiskConfig = z.strictObject({
  weights: z.strictObject({
    running: points,
    tier: z.strictObject({ production: points, staging: points, development: points, test: points }),
    internetFacing: points,
    networkPolicyIsolated: points,
    kev: points,
    kevRansomware: points,
    epss: points,
    cvss: points,
    attackVectorNetwork: points,
    exploitMaturityAttacked: points,
    fixAvailable: points,
    criticality: z.strictObject({ critical: points, high: points, medium: points, low: points }),
    dataClassification: z.strictObject({
      restricted: points,
      confidential: points,
      internal: points,
      public: points,
    }),
    privileged: points,
    powerfulServiceAccount: points,
  }),
  decision: z.strictObject({
    epssLikely: z.number().min(0).max(1),
    cvssHigh: z.number().min(0).max(10),
  }),
  labels: z.strictObject({
    criticality: z.string().min(1),
    dataClassification: z.string().min(1),
  }),
});
export type RiskConfig = z.infer<typeof RiskConfig>;
