import type { AdvisoryBatch, AdvisoryWrite, SyncCounts } from '../../app/feeds/index.js';
import { regroupAliases } from './regroup-aliases.js';
import type { SqlClient } from './sql-client.js';
import { unnestQuery } from './unnest.js';

/**
 * The body of `AdvisoryRepository.writeBatch`, inside its transaction: keeps only records that are new or
 * whose `modified` is newer (compared by PostgreSQL, to the microsecond); replaces their alias edges and
 * package rows; regroups the alias components they touch; writes the records with their grouping (so the
 * big rows are written once, not written and updated); moves the sync's cursor and counts.
 */
export async function writeAdvisoryBatch(tx: SqlClient, batch: AdvisoryBatch): Promise<SyncCounts> {
  const all = batch.records;
  const fresh = await unnestQuery<{ id: string; existed: boolean; was_withdrawn: boolean }>(
    tx,
    (u) => `SELECT c.id, a.id IS NOT NULL AS existed, a.withdrawn IS NOT NULL AS was_withdrawn
            FROM ${u} AS c(id, modified) LEFT JOIN advisories a ON a.id = c.id
            WHERE a.id IS NULL OR a.modified < c.modified`,
    ['text', 'timestamptz'],
    [all.map((r) => r.record.id), all.map((r) => r.record.modified)],
  );
  const before = new Map(fresh.map((f) => [f.id, f]));
  const writes = all.filter((r) => before.has(r.record.id));
  const ids = writes.map((w) => w.record.id);
  const rewritten = fresh.filter((f) => f.existed).map((f) => f.id);
  const seeds = new Set(ids);
  if (rewritten.length > 0) {
    const old = await tx.query<{ alias: string }>(
      'DELETE FROM advisory_aliases WHERE advisory_id = ANY($1::text[]) RETURNING alias',
      [rewritten],
    );
    for (const o of old) seeds.add(o.alias);
    await tx.query('DELETE FROM advisory_packages WHERE advisory_id = ANY($1::text[])', [rewritten]);
  }
  const links = writes.flatMap((w) => w.index.links.map((l) => [w.record.id, l.alias, l.kind] as const));
  for (const [, alias] of links) seeds.add(alias);
  await unnestQuery(
    tx,
    (u) => `INSERT INTO advisory_aliases (advisory_id, alias, kind) SELECT * FROM ${u}`,
    ['text', 'text', 'text'],
    [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
  );
  const packages = writes.flatMap((w) =>
    w.index.packages.map((p) => [p.ecosystem, p.name, w.record.id] as const),
  );
  await unnestQuery(
    tx,
    (u) => `INSERT INTO advisory_packages (ecosystem, name, advisory_id) SELECT * FROM ${u}`,
    ['text', 'text', 'text'],
    [packages.map((p) => p[0]), packages.map((p) => p[1]), packages.map((p) => p[2])],
  );
  const groups = await regroupAliases(tx, [...seeds], new Set(ids));
  await upsertAdvisories(tx, writes, groups, batch.source);
  const counts: SyncCounts = {
    new: fresh.length - rewritten.length,
    modified: rewritten.length,
    unchanged: all.length - fresh.length,
    withdrawn: writes.filter(
      (w) => w.record.withdrawn !== undefined && !before.get(w.record.id)?.was_withdrawn,
    ).length,
    rejected: batch.rejected,
  };
  await advanceSync(tx, batch, counts);
  return counts;
}

/**
 * Writes the records with their grouping. The records travel as one JSON array parsed once by PostgreSQL
 * (~30% faster than a text[] of documents, which is escaped into an array literal and parsed twice).
 */
async function upsertAdvisories(
  tx: SqlClient,
  writes: readonly AdvisoryWrite[],
  groups: ReadonlyMap<string, string>,
  source: string,
): Promise<void> {
  if (writes.length === 0) return;
  const ids = writes.map((w) => w.record.id);
  await tx.query(
    `INSERT INTO advisories AS a (id, modified, published, withdrawn, summary, severity, ecosystems,
       vulnerability_id, record, source)
     SELECT u.id, u.modified, u.published, u.withdrawn, u.summary, u.severity::jsonb,
       string_to_array(u.ecosystems, ','), u.vulnerability_id, r.record, $1
     FROM unnest($2::text[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[], $8::text[],
       $9::text[]) WITH ORDINALITY
       AS u(id, modified, published, withdrawn, summary, severity, ecosystems, vulnerability_id, n)
     JOIN jsonb_array_elements($10::jsonb) WITH ORDINALITY AS r(record, n) USING (n)
     ON CONFLICT (id) DO UPDATE SET modified = EXCLUDED.modified, published = EXCLUDED.published,
       withdrawn = EXCLUDED.withdrawn, summary = EXCLUDED.summary,
       severity = EXCLUDED.severity, ecosystems = EXCLUDED.ecosystems, vulnerability_id = EXCLUDED.vulnerability_id,
       record = EXCLUDED.record, source = EXCLUDED.source, imported_at = now()`,
    [
      source,
      ids,
      writes.map((w) => w.record.modified),
      writes.map((w) => w.record.published ?? null),
      writes.map((w) => w.record.withdrawn ?? null),
      writes.map((w) => w.record.summary ?? ''),
      writes.map((w) => JSON.stringify(w.index.severity)),
      writes.map((w) => w.index.ecosystems.join(',')),
      ids.map((id) => groups.get(id) ?? id),
      `[${writes.map((w) => w.text).join(',')}]`,
    ],
  );
}

async function advanceSync(tx: SqlClient, batch: AdvisoryBatch, counts: SyncCounts): Promise<void> {
  let newest: string | null = null;
  for (const r of batch.records)
    if (newest === null || Date.parse(r.record.modified) > Date.parse(newest)) newest = r.record.modified;
  await tx.query(
    `UPDATE feed_syncs SET cursor = $2, high_water = GREATEST(high_water, $3::timestamptz), progress_at = now(),
       counts = jsonb_build_object(
         'new', COALESCE((counts->>'new')::int, 0) + $4, 'modified', COALESCE((counts->>'modified')::int, 0) + $5,
         'unchanged', COALESCE((counts->>'unchanged')::int, 0) + $6, 'withdrawn', COALESCE((counts->>'withdrawn')::int, 0) + $7,
         'rejected', COALESCE((counts->>'rejected')::int, 0) + $8)
     WHERE id = $1`,
    [
      batch.syncId,
      batch.cursor,
      newest,
      counts.new,
      counts.modified,
      counts.unchanged,
      counts.withdrawn,
      counts.rejected,
    ],
  );
}
