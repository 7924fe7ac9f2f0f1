import { DECISIONS, type Decision, type RiskConfig } from '../../core/risk/index.js';
import type { EvaluationState, ExposureRepository } from './ports.js';
import { forEachExposureChunk } from './scan-exposures.js';

export interface ExposureStatus {
  /** Exposures not suppressed (by triage or VEX), by environment and decision. */
  readonly byEnvironment: readonly {
    readonly environment: string;
    readonly counts: Readonly<Record<Decision, number>>;
    readonly suppressed: number;
    /** Not suppressed and past their SLA due date (breaches). */
    readonly overdue: number;
  }[];
  readonly totals: Readonly<Record<Decision, number>> & {
    readonly suppressed: number;
    readonly overdue: number;
  };
  /** SBOM coverage of the artifacts seen running, per environment. */
  readonly coverage: readonly {
    readonly environment: string;
    readonly runningArtifacts: number;
    readonly withSbom: number;
    readonly percent: number;
  }[];
  /** Findings that could not be evaluated (never guessed), and how the findings were last brought up to date. */
  readonly unknownFindings: number;
  /** Vulnerable package versions in artifacts built but not seen running or declared anywhere. */
  readonly notDeployed: { readonly artifacts: number; readonly packageVersions: number };
  readonly evaluation: EvaluationState;
}

const zero = (): Record<Decision, number> =>
  Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;

/** Counts by decision and environment, and SBOM coverage of running artifacts. */
export async function exposureStatus(
  repo: ExposureRepository,
  config: RiskConfig,
  evaluation: EvaluationState,
  /** Only these environments (a team's); absent: all. Unknown and not-deployed counts stay store-wide. */
  environments?: readonly string[],
  now: Date = new Date(),
): Promise<ExposureStatus> {
  const envs = new Map<string, { counts: Record<Decision, number>; suppressed: number; overdue: number }>();
  const totals = { ...zero(), suppressed: 0, overdue: 0 };
  const nowIso = now.toISOString();
  // counted chunk by chunk: the estate's exposures are never all held at once
  await forEachExposureChunk(repo, config, environments ? { environments } : {}, (chunk) => {
    for (const { exposure: e } of chunk) {
      const env = envs.get(e.environment) ?? { counts: zero(), suppressed: 0, overdue: 0 };
      envs.set(e.environment, env);
      if (e.suppressed) {
        env.suppressed++;
        totals.suppressed++;
      } else {
        env.counts[e.decision]++;
        totals[e.decision]++;
        if (e.dueAt !== null && e.dueAt < nowIso) {
          env.overdue++;
          totals.overdue++;
        }
      }
    }
  });
  const coverage = (await repo.twinCoverage())
    .filter((c) => !environments || environments.includes(c.environment))
    .map((c) => ({
      ...c,
      percent: c.runningArtifacts === 0 ? 100 : Math.round((1000 * c.withSbom) / c.runningArtifacts) / 10,
    }));
  return {
    byEnvironment: [...envs]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([environment, v]) => ({ environment, ...v })),
    totals,
    coverage,
    unknownFindings: await repo.unknownFindings(),
    notDeployed: await repo.unplacedFindings(),
    evaluation,
  };
}
