import { z } from 'zod';

const points = z.number().min(-100).max(100);
/** Days to fix; null: no deadline. */
const days = z.number().int().positive().max(3650).nullable();
const daysPerTier = z.strictObject({ production: days, staging: days, development: days, test: days });

/** Remediation deadlines per decision and tier (docs/adr/079), used when a risk file gives none. */
export const DEFAULT_SLA = {
  Act: { production: 7, staging: 14, development: 30, test: 30 },
  Attend: { production: 30, staging: 60, development: 90, test: 90 },
  'Track*': { production: 90, staging: 180, development: null, test: null },
  Track: { production: null, staging: null, development: null, test: null },
  kevDueDate: true,
} as const;

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
  /** Days from first detection to the fix; `kevDueDate`: a KEV entry's due date applies when earlier. */
  sla: z
    .strictObject({
      Act: daysPerTier,
      Attend: daysPerTier,
      'Track*': daysPerTier,
      Track: daysPerTier,
      kevDueDate: z.boolean(),
    })
    .default(DEFAULT_SLA),
});
export type RiskConfig = z.infer<typeof RiskConfig>;
