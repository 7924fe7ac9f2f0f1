import type { GapRow, TwinStore } from './ports.js';

/**
 * The twin's blind spots: coverage of running digests by SBOMs per environment, running digests without an
 * SBOM, images known by tag only, drift between the last pipeline deployment and what runs, and SBOMs of
 * artifacts never seen running.
 */
export const twinGaps = (store: TwinStore): Promise<GapRow[]> => store.twinGaps();
