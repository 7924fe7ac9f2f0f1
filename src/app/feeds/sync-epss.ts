import { parseEpssCsv } from '../../core/advisory/index.js';
import { InputError } from '../../core/input/index.js';
import { type EpssRepository, type FeedDocument, type FeedSyncRepository, NO_COUNTS } from './ports.js';
import { attempt, finishFailed } from './sync-attempt.js';

export interface EpssSyncResult {
  readonly location: string;
  readonly scoreDate: string;
  readonly modelVersion: string;
  readonly rows: number;
  /** `kept`: that day was already stored and was left as it was. */
  readonly outcome: 'imported' | 'kept';
}

/**
 * Imports one EPSS day (a decompressed daily CSV) in one transaction. Days accumulate, which is the history
 * "EPSS of CVE-X on day D" is answered from; a day already stored is kept. A damaged file imports nothing.
 */
export async function syncEpssDay(
  deps: { epss: EpssRepository; syncs: FeedSyncRepository },
  doc: FeedDocument,
  storedDays: ReadonlySet<string>,
): Promise<EpssSyncResult> {
  const scores = await attempt(deps.syncs, { feed: 'epss', scope: '', location: doc.location }, async () => {
    const parsed = parseEpssCsv(doc.text, doc.location);
    if (!parsed.ok)
      throw new Error(`the EPSS file ${doc.location} is invalid; nothing was imported`, {
        cause: new InputError(parsed.issues),
      });
    return parsed.value;
  });
  const base = {
    location: doc.location,
    scoreDate: scores.scoreDate,
    modelVersion: scores.modelVersion,
    rows: scores.cves.length,
  };
  if (storedDays.has(scores.scoreDate)) return { ...base, outcome: 'kept' };
  const sync = await deps.syncs.start({
    feed: 'epss',
    scope: '',
    location: doc.location,
    mode: 'full',
    sha256: doc.sha256,
  });
  try {
    await deps.epss.replaceDay(scores, doc.location);
  } catch (error) {
    await finishFailed(deps.syncs, sync.id, NO_COUNTS, error);
    throw error;
  }
  await deps.syncs.finish(sync.id, 'done', {
    new: scores.cves.length,
    modified: 0,
    unchanged: 0,
    withdrawn: 0,
    rejected: 0,
  });
  return { ...base, outcome: 'imported' };
}
