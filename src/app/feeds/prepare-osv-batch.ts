import { indexAdvisory, parseOsvRecord } from '../../core/advisory/index.js';
import { fail, type InputIssue, type ParseResult } from '../../core/input/index.js';
import type { AdvisoryWrite, OsvEntry } from './ports.js';

/** A batch ready for the store: valid records (one per id, the newest) and the problems of the others. */
export interface PreparedBatch {
  readonly records: readonly AdvisoryWrite[];
  readonly rejects: readonly InputIssue[];
  /** Entries rejected (a record with several problems counts once). */
  readonly rejected: number;
}

/** Validates and indexes a batch of OSV entries; an invalid one is reported, not thrown. */
export function prepareOsvBatch(entries: readonly OsvEntry[], ecosystem: string): PreparedBatch {
  const records = new Map<string, AdvisoryWrite>();
  const rejects: InputIssue[] = [];
  let rejected = 0;
  for (const entry of entries) {
    const parsed = storable(entry) ?? parseOsvRecord(entry.json, `${ecosystem}/${entry.name}`);
    if (!parsed.ok) {
      rejected++;
      rejects.push(...parsed.issues);
      continue;
    }
    const before = records.get(parsed.value.id);
    if (!before || Date.parse(before.record.modified) < Date.parse(parsed.value.modified))
      records.set(parsed.value.id, {
        record: parsed.value,
        text: entry.text,
        index: indexAdvisory(parsed.value),
      });
  }
  return { records: [...records.values()], rejects, rejected };
}

// PostgreSQL text and jsonb cannot hold U+0000: such a record would fail its whole batch.
const NUL = /\\u0000/i;

function storable(entry: OsvEntry): ParseResult<never> | undefined {
  if (!NUL.test(entry.text)) return undefined;
  return fail({
    code: 'OSV_UNSTORABLE',
    path: entry.name,
    message: 'contains \\u0000, which the store cannot hold; expected text without NUL',
  });
}
