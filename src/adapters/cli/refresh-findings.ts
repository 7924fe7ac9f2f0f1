import type { EvaluationSummary } from '../../app/exposures/index.js';
import type { Vigil } from '../wiring/index.js';
import type { CliStreams } from './cli-context.js';
import { createStepLine } from './step-line.js';

/** The progress callback that shows an evaluation's step on one terminal line; `clear` removes it. */
export function evaluationLine(io: Pick<CliStreams, 'stderr'>) {
  const line = createStepLine(io);
  return {
    progress: (step: string, done?: number, total?: number) =>
      line.show(`evaluating: ${step}${total ? ` ${done ?? 0}/${total} package versions` : ''}`),
    clear: () => line.clear(),
  };
}

/** Says what an evaluation did, when it did any work (or was full). */
export function printEvaluated(io: Pick<CliStreams, 'stderr'>, summary: EvaluationSummary): void {
  if (summary.mode === 'full' || summary.packageVersions > 0 || summary.advisories > 0)
    io.stderr.write(
      `evaluated (${summary.mode}): ${summary.packageVersions} package versions, ${summary.advisories} changed advisories → ` +
        `${summary.affected} affected, ${summary.unknown} not evaluable, ${summary.unmatchable} unmatchable versions (${summary.millis} ms)\n`,
    );
}

/**
 * Brings findings up to date (incremental) before anything is read, says so when it did work, and records what
 * changed in the exposures' lives (detected, remediated, reopened: ADR 079).
 */
export async function refreshFindings(
  io: Pick<CliStreams, 'stderr'>,
  vigil: Vigil,
  full = false,
): Promise<EvaluationSummary> {
  const line = evaluationLine(io);
  const summary = await vigil.exposures
    .evaluate({ full, progress: line.progress })
    .finally(() => line.clear());
  printEvaluated(io, summary);
  await vigil.lifecycle.track();
  return summary;
}
