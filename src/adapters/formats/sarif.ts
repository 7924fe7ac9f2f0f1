import type { Exposure } from '../../app/exposures/index.js';
import type { Decision } from '../../core/risk/index.js';

const LEVEL: Record<Decision, 'error' | 'warning' | 'note'> = {
  Act: 'error',
  Attend: 'warning',
  'Track*': 'note',
  Track: 'note',
};

/** SARIF 2.1.0: one rule per vulnerability, one result per exposure, the workload as a logical location. */
export function toSarif(exposures: readonly Exposure[], version: string): unknown {
  const rules = new Map<
    string,
    { id: string; shortDescription: { text: string }; properties: { aliases: readonly string[] } }
  >();
  for (const e of exposures) {
    if (!rules.has(e.vulnerability)) {
      rules.set(e.vulnerability, {
        id: e.vulnerability,
        shortDescription: { text: e.summary || e.vulnerability },
        properties: { aliases: e.ids },
      });
    }
  }
  const ruleIndex = new Map([...rules.keys()].map((id, i) => [id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vigil',
            version,
            informationUri: 'https://github.com/vigil-ctem/vigil',
            rules: [...rules.values()],
          },
        },
        results: exposures.map((e) => ({
          ruleId: e.vulnerability,
          ruleIndex: ruleIndex.get(e.vulnerability),
          level: e.suppressed ? 'none' : LEVEL[e.decision],
          ...(e.suppressed
            ? { suppressions: [{ kind: 'external', justification: e.reasons.at(-1)?.text ?? 'VEX' }] }
            : {}),
          message: {
            text: `${e.decision} (${e.score}): ${e.component.purl} in ${e.environment}/${e.workload} — ${e.reasons.map((r) => r.text).join('; ')}`,
          },
          locations: [
            {
              logicalLocations: [
                { name: e.workload, fullyQualifiedName: `${e.environment}/${e.workload}`, kind: 'module' },
                { name: e.component.purl, kind: 'package' },
              ],
            },
          ],
          // SARIF §3.27.17: a versioned name; v1 is the natural key of docs/adr/072
          partialFingerprints: { 'exposureKey/v1': e.key },
          properties: {
            decision: e.decision,
            score: e.score,
            environment: e.environment,
            artifact: e.artifact,
            fixedVersion: e.fixedVersion,
          },
        })),
      },
    ],
  };
}
