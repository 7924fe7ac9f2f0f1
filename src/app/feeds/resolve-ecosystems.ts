import { inputError } from '../../core/input/index.js';
import { ecosystemForPurl } from '../../core/osv-range/index.js';
import type { OsvFeed, TwinPackageTypes } from './ports.js';

/**
 * The ecosystems a sync covers: those asked for; else every ecosystem the source lists (a mirror); else,
 * from the network, those of the packages in the twin.
 * @throws InputError when an asked ecosystem is not in the mirror, or nothing is left to sync.
 */
export async function resolveEcosystems(
  feed: OsvFeed,
  twin: TwinPackageTypes,
  asked: readonly string[] | undefined,
): Promise<string[]> {
  const listed = await feed.ecosystems();
  if (asked && asked.length > 0) {
    const unknown = listed ? asked.filter((e) => !listed.includes(e)) : [];
    if (unknown.length > 0)
      throw inputError(
        'ECOSYSTEM_UNKNOWN',
        'ecosystems',
        `${unknown.map((e) => JSON.stringify(e)).join(', ')} not in ${feed.location}; expected one of ${listed?.join(', ')}`,
      );
    return [...new Set(asked)];
  }
  if (listed) return [...listed];
  const fromTwin = new Set<string>();
  for (const t of await twin.packageTypes()) {
    const found = ecosystemForPurl(t);
    if (found) fromTwin.add(found.ecosystem);
  }
  if (fromTwin.size === 0)
    throw inputError(
      'ECOSYSTEM_NONE',
      'ecosystems',
      'the twin holds no packages to choose ecosystems from; expected the ecosystems to be named (e.g. PyPI, npm)',
    );
  return [...fromTwin].sort();
}
