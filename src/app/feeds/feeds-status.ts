import type { AdvisoryRepository, EpssRepository, FeedSyncRepository, KevRepository } from './ports.js';

/** One line of `vigil feeds status`: a feed scope (an OSV ecosystem, KEV, EPSS) and what it holds. */
export interface FeedStatusRow {
  readonly feed: 'osv' | 'kev' | 'epss';
  readonly scope: string;
  readonly status: string;
  /** When the newest sync finished (or started, while running), ISO 8601. */
  readonly lastSync: string;
  /** When the newest successful sync finished, ISO 8601; absent: the scope never synced successfully. */
  readonly lastSuccess?: string;
  readonly records: number;
  readonly withdrawn?: number;
  readonly location: string;
  readonly detail: string;
}

/**
 * The state of every feed: per OSV ecosystem the newest sync and the records held (an ecosystem's records
 * include those another ecosystem's archive brought in), the KEV catalog, the EPSS days.
 */
export async function feedsStatus(deps: {
  advisories: AdvisoryRepository;
  syncs: FeedSyncRepository;
  kev: KevRepository;
  epss: EpssRepository;
}): Promise<FeedStatusRow[]> {
  const [syncs, counts, catalog, days] = await Promise.all([
    deps.syncs.latest(),
    deps.advisories.countsByEcosystem(),
    deps.kev.latestCatalog(),
    deps.epss.days(),
  ]);
  const held = new Map(counts.map((c) => [c.ecosystem, c]));
  const rows: FeedStatusRow[] = [];
  for (const s of syncs) {
    const base = {
      status: s.status,
      lastSync: (s.finishedAt ?? s.startedAt).toISOString(),
      ...(s.lastSuccessAt ? { lastSuccess: s.lastSuccessAt.toISOString() } : {}),
      location: s.location,
    };
    const c = s.counts;
    const last = `last sync: ${c.new} new, ${c.modified} modified, ${c.unchanged} unchanged, ${c.withdrawn} withdrawn, ${c.rejected} rejected`;
    if (s.feed === 'osv') {
      const h = held.get(s.scope);
      rows.push({
        feed: 'osv',
        scope: s.scope,
        ...base,
        records: h?.advisories ?? 0,
        withdrawn: h?.withdrawn ?? 0,
        detail: `${s.mode}; ${last}`,
      });
    } else if (s.feed === 'kev') {
      rows.push({
        feed: 'kev',
        scope: catalog?.catalogVersion ?? '',
        ...base,
        records: catalog?.entryCount ?? 0,
        detail: catalog
          ? `catalog ${catalog.catalogVersion} released ${catalog.dateReleased.toISOString()}`
          : '',
      });
    } else {
      const newest = days[days.length - 1];
      rows.push({
        feed: 'epss',
        scope: newest?.scoreDate ?? '',
        ...base,
        records: newest?.rows ?? 0,
        detail: `${days.length} day(s) held${newest ? `, newest ${newest.scoreDate} (model ${newest.modelVersion})` : ''}`,
      });
    }
  }
  return rows;
}
