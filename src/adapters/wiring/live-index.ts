import { randomUUID } from 'node:crypto';
import type { TwinStore } from '../../app/evidence/index.js';
import {
  createLiveIndex,
  type FindingsRepository,
  type IndexChange,
  type IndexSnapshot,
  type LiveIndex,
} from '../../app/exposures/index.js';
import type { SbomRepository } from '../../app/sbom/index.js';
import type { VexRepository } from '../../app/vex/index.js';
import { createIndexChangeLog } from '../store/index-change-log.js';
import { createIndexSource } from '../store/index-source.js';
import type { SqlDatabase } from '../store/sql-client.js';

/** The repositories that write what the live index holds. */
export interface IndexedWriters {
  readonly sbom: SbomRepository;
  readonly twin: TwinStore;
  readonly findings: FindingsRepository;
  readonly vex: VexRepository;
}

/** The live index of a long-running process, and how its changes reach other processes. */
export interface LiveIndexHandle {
  readonly index: LiveIndex;
  /** Reads the whole index (after noting where the change log ends). */
  load(): Promise<void>;
  /** Applies every change noted so far, this process's and (on PostgreSQL) the others': before every read. */
  settle(): Promise<void>;
  /**
   * Told the advisories another process's evaluation re-matched (a feed change it synced), once this index has
   * applied them: so every process can push their impact to its own subscribers.
   */
  onRemoteAdvisories(listener: (advisoryIds: readonly string[]) => void): () => void;
  /** Drops old change-log entries (on PostgreSQL; one process does it, on a schedule). */
  prune(): Promise<void>;
  /** A new index read from the store as it is now: what the live one must equal once settled. */
  rebuilt(): Promise<IndexSnapshot>;
  /** Counts the changes noted (this process's and those applied from others): moves whenever exposures may. */
  generation(): number;
}

/**
 * The writers, each reporting what it changed to the live index once its transaction committed: the same
 * writes that make the store make the index. Without an index (one-shot CLI commands) the writers are
 * returned as they are.
 */
export function withLiveIndex(
  db: SqlDatabase,
  writers: IndexedWriters,
  enabled: boolean,
): IndexedWriters & { live?: LiveIndexHandle } {
  if (!enabled) return writers;
  const source = createIndexSource(db);
  const index = createLiveIndex(source);
  // Several processes on one database: each change goes in the change log before the write returns, so a read
  // in any process that starts after it catches up on it (docs/adr/077). One process alone needs no log.
  const log = db.kind === 'postgres' ? createIndexChangeLog(db, randomUUID()) : undefined;
  let unlogged = false;
  // Catching up is serial: two reads at once must not both take (and report) the same entries.
  let catchingUp: Promise<void> = Promise.resolve();
  const remoteListeners = new Set<(advisoryIds: readonly string[]) => void>();
  let generation = 0;
  const changed = async (change: IndexChange): Promise<void> => {
    generation++;
    index.enqueue(change);
    if (!log) return;
    try {
      // a change that could not be logged is lost to the others: they re-read everything instead
      if (unlogged) await log.append({ all: true });
      unlogged = false;
      await log.append(change);
    } catch (error) {
      unlogged = true;
      throw error;
    }
  };
  return {
    sbom: {
      ...writers.sbom,
      async storeSbom(input) {
        const result = await writers.sbom.storeSbom(input);
        await changed({ artifacts: [input.artifact.digest] });
        return result;
      },
    },
    twin: {
      ...writers.twin,
      async writeKubernetesSnapshot(input) {
        const result = await writers.twin.writeKubernetesSnapshot(input);
        if (!('refused' in result)) await changed({ environments: [result.environment] });
        return result;
      },
      async recordPipelineDeployment(input) {
        const result = await writers.twin.recordPipelineDeployment(input);
        if (!('refused' in result)) await changed({ environments: [result.environment] });
        return result;
      },
    },
    findings: {
      ...writers.findings,
      async saveFindings(write) {
        await writers.findings.saveFindings(write);
        // an evaluation with nothing to do only moved its watermark
        if (!write.full && write.evaluated.length === 0 && write.replaceAdvisories.length === 0) return;
        await changed(
          write.full
            ? { all: true }
            : {
                findings: {
                  packageVersions: write.evaluated.map((e) => e.id),
                  advisories: write.replaceAdvisories,
                },
              },
        );
      },
    },
    vex: {
      ...writers.vex,
      async storeVexDocument(input) {
        const result = await writers.vex.storeVexDocument(input);
        await changed({ vex: true });
        return result;
      },
    },
    live: {
      index,
      async load() {
        await log?.start();
        await index.load();
      },
      async settle() {
        if (log) {
          const from = log;
          catchingUp = catchingUp
            .catch(() => {})
            .then(async () => {
              const remote = await from.since();
              generation += remote.length;
              for (const change of remote) index.enqueue(change);
              await index.settle();
              const advisories = [...new Set(remote.flatMap((c) => c.findings?.advisories ?? []))];
              if (advisories.length > 0) for (const l of remoteListeners) l(advisories);
            });
          await catchingUp;
        }
        await index.settle();
      },
      onRemoteAdvisories(listener) {
        remoteListeners.add(listener);
        return () => remoteListeners.delete(listener);
      },
      prune: async () => log?.prune(),
      generation: () => generation,
      async rebuilt() {
        const fresh = createLiveIndex(source);
        await fresh.load();
        return fresh.snapshot();
      },
    },
  };
}
