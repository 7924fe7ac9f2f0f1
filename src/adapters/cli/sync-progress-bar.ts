import { SingleBar } from 'cli-progress';
import type { SyncProgress } from '../../app/feeds/index.js';
import type { Cli } from './cli-context.js';

/**
 * Sync progress on stderr: a bar with records/s and ETA on a terminal, nothing otherwise (the summary says
 * the rest). `VIGIL_SYNC_LOG_BATCHES=1` prints one line per committed batch, which tests use to know when
 * a sync has durable progress.
 */
export function createSyncProgressBar(io: Cli): SyncProgress {
  const logBatches = io.config.syncLogBatches;
  let bar: SingleBar | undefined;
  let started = 0;
  let first = 0;
  return {
    begin(label, total, done) {
      started = Date.now();
      first = done;
      if (!io.stderr.isTTY) return;
      bar = new SingleBar({
        format: '{label} [{bar}] {value}/{total} records | {rate} records/s | ETA {eta_formatted}',
        stream: io.stderr as NodeJS.WritableStream,
        hideCursor: true,
      });
      bar.start(total, done, { label, rate: 0 });
    },
    advance(done) {
      const seconds = (Date.now() - started) / 1000;
      bar?.update(done, { rate: seconds > 0 ? Math.round((done - first) / seconds) : 0 });
    },
    committed(label, cursor) {
      if (logBatches) io.stderr.write(`committed ${label} ${cursor}\n`);
    },
    end() {
      bar?.stop();
      bar = undefined;
    },
    note(message) {
      io.stderr.write(`${message}\n`);
    },
  };
}
