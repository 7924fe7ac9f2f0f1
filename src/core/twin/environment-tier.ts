/** Environment tiers, as the schema's `environments.tier` check allows them. */
export const TIERS = ['production', 'staging', 'development', 'test'] as const;
export type Tier = (typeof TIERS)[number];

// Checked in this order, so that a name mixing words (`prod-test-mirror`) gets the more exposed tier.
const RULES: readonly (readonly [RegExp, Tier])[] = [
  [/^(prod|prd|live)/, 'production'],
  [/^(stag|stg|preprod|uat)/, 'staging'],
  [/^(dev|sandbox)/, 'development'],
  [/^(test|qa)/, 'test'],
];

/**
 * Infers an environment's tier from the words of its name: prod… → production, stag… → staging,
 * dev… → development, test/qa → test (`eu-prod`, `staging2`, `qa` all count). A name that says nothing is
 * taken as production — a risk tool assumes the worst until told otherwise — and `inferred` is false.
 * @example inferTier('staging-eu') // { tier: 'staging', inferred: true }
 */
export function inferTier(name: string): { tier: Tier; inferred: boolean } {
  const words = name.toLowerCase().split(/[^a-z0-9]+/);
  for (const [pattern, tier] of RULES) {
    if (words.some((w) => pattern.test(w))) return { tier, inferred: true };
  }
  return { tier: 'production', inferred: false };
}
