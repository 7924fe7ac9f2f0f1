import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeedDocumentSource, OsvFeed, SyncFeedsRequest } from '../../app/feeds/index.js';
import { DEFAULT_OSV_SYNC } from '../../app/feeds/index.js';
import { inputError } from '../../core/input/index.js';
import {
  createOsvMirrorFeed,
  createOsvUrlFeed,
  EPSS_URL,
  epssSources,
  KEV_URL,
  kevSource,
  OSV_BUCKET_URL,
} from '../feeds/index.js';
import { positiveInteger, type VigilConfig } from './vigil-config.js';

/** Where to sync from, as a caller names it (flags, a request body); every field optional. */
export interface FeedLocations {
  readonly osvMirror?: string | undefined;
  readonly osvUrl?: string | undefined;
  readonly ecosystems?: readonly string[] | undefined;
  readonly kev?: string | undefined;
  readonly epss?: readonly string[] | undefined;
}

/**
 * The sync request for these locations: with none named, all three feeds from the configured defaults
 * (mirrors when set, else the live feeds); otherwise only the feeds named.
 * @throws InputError for a mirror that is not a folder or a bad batch size.
 */
export function feedSyncRequest(config: VigilConfig, given: FeedLocations): SyncFeedsRequest {
  const named = given.osvMirror ?? given.osvUrl ?? given.ecosystems ?? given.kev ?? given.epss;
  const all = named === undefined;
  const wantsOsv = all || Boolean(given.osvMirror ?? given.osvUrl ?? given.ecosystems);
  // Each location is named, in messages, by where it came from: the caller's field, or the setting.
  const kev = given.kev
    ? { value: given.kev, from: 'kev' }
    : all
      ? { value: config.feeds.kev ?? KEV_URL, from: 'VIGIL_KEV' }
      : undefined;
  const epss = given.epss
    ? given.epss.map((value) => ({ value, from: 'epss' }))
    : all
      ? [{ value: config.feeds.epss ?? EPSS_URL, from: 'VIGIL_EPSS' }]
      : undefined;
  return {
    ...(wantsOsv
      ? {
          osv: {
            feed: osvFeed(config, given),
            ...(given.ecosystems ? { ecosystems: given.ecosystems } : {}),
            options: {
              ...DEFAULT_OSV_SYNC,
              batchSize: positiveInteger(
                { value: undefined, name: '' },
                config.feeds.syncBatchSize,
                DEFAULT_OSV_SYNC.batchSize,
              ),
            },
          },
        }
      : {}),
    ...(kev ? { kev: kevSource(kev.value, config.cwd, kev.from) } : {}),
    ...(epss
      ? { epss: epss.flatMap((e): FeedDocumentSource[] => epssSources(e.value, config.cwd, e.from)) }
      : {}),
  };
}

/**
 * `scan`'s request: the feeds named there, and every other feed from its default — `scan` always syncs all
 * three.
 */
export function scanSyncRequest(config: VigilConfig, given: FeedLocations): SyncFeedsRequest {
  return { ...feedSyncRequest(config, {}), ...feedSyncRequest(config, given) };
}

function osvFeed(config: VigilConfig, given: FeedLocations): OsvFeed {
  if (given.osvUrl) return createOsvUrlFeed(given.osvUrl);
  const mirror = given.osvMirror ? { value: given.osvMirror, from: 'osvMirror' } : config.feeds.osvMirror;
  if (!mirror) return createOsvUrlFeed(config.feeds.osvUrl ?? OSV_BUCKET_URL);
  const dir = resolve(config.cwd, mirror.value);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw inputError(
      'FEED_LOCATION',
      mirror.from,
      `${JSON.stringify(mirror.value)} is not a folder; expected an OSV mirror holding <Ecosystem>/all.zip`,
    );
  return createOsvMirrorFeed(dir);
}
