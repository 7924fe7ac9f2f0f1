import { inferTier, type Tier } from '../../../core/twin/index.js';
import type { SqlClient } from '../sql-client.js';
import { unnestQuery } from '../unnest.js';

/** A timestamptz column as ISO 8601 (both drivers return Date; text is passed through). */
export const iso = (v: Date | string | null | undefined): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : new Date(v).toISOString();

export interface EnsuredEnvironment {
  readonly id: number;
  readonly created?: { readonly tier: Tier; readonly inferred: boolean };
}

/** The environment's id; when it is missing and `create` is set, creates it with a tier inferred from its name. */
export async function ensureEnvironment(
  tx: SqlClient,
  name: string,
  create: boolean,
): Promise<EnsuredEnvironment | undefined> {
  const select = () => tx.query<{ id: number }>('SELECT id FROM environments WHERE name = $1', [name]);
  const [found] = await select();
  if (found) return { id: found.id };
  if (!create) return undefined;
  const { tier, inferred } = inferTier(name);
  const [inserted] = await tx.query<{ id: number }>(
    'INSERT INTO environments (name, tier) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id',
    [name, tier],
  );
  // another process created it between our select and insert
  if (!inserted) return { id: (await select())[0]!.id };
  return { id: inserted.id, created: { tier, inferred } };
}

export interface ArtifactSighting {
  readonly digest: string;
  readonly repository: string;
  readonly tag?: string | undefined;
}

/**
 * Upserts artifacts by digest and records the image names they were seen under; returns digest → id.
 * Digests are written in sorted order so that concurrent writers lock rows in the same order.
 */
export async function ensureArtifacts(
  tx: SqlClient,
  sightings: readonly ArtifactSighting[],
): Promise<Map<string, number>> {
  const names = new Map<string, string>();
  for (const s of sightings) if (!names.has(s.digest)) names.set(s.digest, s.repository);
  const digests = [...names.keys()].sort();
  const rows = await unnestQuery<{ id: number; digest: string }>(
    tx,
    (u) => `INSERT INTO artifacts (digest, name) SELECT * FROM ${u}
      ON CONFLICT (digest) DO UPDATE SET name = CASE WHEN artifacts.name = '' THEN EXCLUDED.name ELSE artifacts.name END
      RETURNING id, digest`,
    ['text', 'text'],
    [digests, digests.map((d) => names.get(d) ?? '')],
  );
  const ids = new Map(rows.map((r) => [r.digest, r.id]));
  const aliases = new Map<string, [number, string, string]>();
  for (const s of sightings) {
    const id = ids.get(s.digest)!;
    aliases.set(JSON.stringify([id, s.repository, s.tag ?? '']), [id, s.repository, s.tag ?? '']);
  }
  const list = [...aliases.values()];
  await unnestQuery(
    tx,
    (u) =>
      `INSERT INTO artifact_aliases (artifact_id, repository, tag) SELECT * FROM ${u} ON CONFLICT DO NOTHING`,
    ['int8', 'text', 'text'],
    [list.map((a) => a[0]), list.map((a) => a[1]), list.map((a) => a[2])],
  );
  return ids;
}

/** `repository[:tag]` for display. */
export const imageName = (s: { repository: string; tag?: string | undefined }): string =>
  s.tag ? `${s.repository}:${s.tag}` : s.repository;
