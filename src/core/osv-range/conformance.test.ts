import { describe, expect, it } from 'vitest';
import { compileAffected } from './compile-affected.js';
import { ComponentVersion } from './component-version.js';
import { readAllRecords } from './test-support/osv-corpus.js';

/**
 * Records whose `versions` list and `ranges` disagree under the OSV schema's evaluation, each with the reason.
 * The test fails on any other disagreement, and on an entry here that no longer disagrees.
 */
const KNOWN_INCONSISTENT: Record<string, string> = {
  'PYSEC-2021-114':
    'overlapping intervals in one range ([2.11, 2.11.7) and [0, 2.11.6)): sorted evaluation closes at fixed 2.11.6, the list keeps 2.11.6',
  'PYSEC-2023-61':
    'lists 3.2a1, 3.2b1, 3.2rc1, 4.2a1, 4.2b1, 4.2rc1, which PEP 440 orders below "introduced: 3.2" / "4.2"',
  'PYSEC-2023-177':
    'lists 23.9.0 and 23.9.0.post1, at or above the ECOSYSTEM range\'s "fixed: 23.9.0"; only its GIT range (tags, not evaluable without the repository) could include them',
  'CVE-2017-12612': 'DHI: a SEMVER range without events',
  'CVE-2019-10172': 'DHI: a SEMVER range without events',
  'CVE-2019-20445': 'DHI: a SEMVER range without events',
  'CVE-2020-27218': 'DHI: a SEMVER range without events',
  'CVE-2020-27223': 'DHI: a SEMVER range without events',
  'CVE-2018-1334': 'DHI: lists 2.3.0, above the range\'s last "last_affected: 2.2.1"',
  'CVE-2018-8024': 'DHI: lists 2.3.0, above the range\'s last "last_affected: 2.2.1"',
  'CVE-2022-31777': 'DHI: lists 3.3.0, at or above "fixed: 3.2.2"',
  'CVE-2024-23945': 'DHI: lists 3.5.0, above the range\'s last "fixed: 3.4.2"',
  // Maven (3.8.7, 3.9.6 and Resolver alike: MNG-7644) orders `9.0.0.M1` = `9.0.0-M1` below `9.0.0-M11`,
  // and `6.0.0beta17` above `6.0.beta16`: the lists disagree with Maven, not only with Vigil (docs/adr/071).
  'GHSA-f4qf-m5gf-8jm8': 'lists 9.0.0.M1…M10, which Maven orders below "introduced: 9.0.0-M11"',
  'GHSA-wmwf-9ccg-fff5': 'lists 9.0.0.M1…M10, which Maven orders below "introduced: 9.0.0-M11"',
  'GHSA-qmgj-5h75-jr67': 'lists 6.0.0beta17…rc4, which Maven orders above "last_affected: 6.0.beta16"',
};

interface Entry {
  package?: { ecosystem?: string };
  ranges?: { type?: string }[];
  versions?: unknown[];
}

describe('OSV conformance: ranges agree with versions lists', () => {
  it('evaluates every listed version of every advisory that has both, by its ranges alone', async () => {
    let entries = 0;
    let checked = 0;
    let gitOnly = 0;
    const inconsistent = new Map<string, string>();
    for (const record of await readAllRecords()) {
      const text = record.text();
      if (!text.includes('"versions"') || !text.includes('"ranges"')) continue;
      const osv = JSON.parse(text) as { id: string; affected?: Entry[] };
      for (const entry of osv.affected ?? []) {
        const versions = (entry.versions ?? []).filter((v): v is string => typeof v === 'string');
        if (!entry.ranges?.length || versions.length === 0) continue;
        entries++;
        const compiled = compileAffected(entry);
        // GIT ranges place commits, not versions: OSV.dev derives these lists from tags, unverifiable here.
        const onlyGit = entry.ranges.every((r) => r.type === 'GIT');
        for (const version of versions) {
          const verdict = compiled.evaluateRanges(new ComponentVersion(version));
          if ('affected' in verdict && verdict.affected) checked++;
          else if (
            onlyGit &&
            'unknown' in verdict &&
            verdict.unknown.includes("needs the component's commit")
          )
            gitOnly++;
          else if (!inconsistent.has(osv.id))
            inconsistent.set(
              osv.id,
              `${entry.package?.ecosystem} ${version}: ${'unknown' in verdict ? verdict.unknown : verdict.reason}`,
            );
        }
      }
    }
    expect(entries).toBeGreaterThan(5000);
    expect(checked).toBeGreaterThan(180_000);
    expect(gitOnly).toBeGreaterThan(30_000);
    const unexpected = [...inconsistent]
      .filter(([id]) => KNOWN_INCONSISTENT[id] === undefined)
      .map(([id, why]) => `${id}: ${why}`);
    expect(unexpected).toEqual([]);
    const stale = Object.keys(KNOWN_INCONSISTENT).filter((id) => !inconsistent.has(id));
    expect(stale).toEqual([]);
  }, 120_000);
});
