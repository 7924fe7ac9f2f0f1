/**
 * Version comparison speed (run: npx tsx bench/version-compare.bench.ts): parse throughput per scheme, then
 * comparisons of parsed keys, then compiled-range matching, on the real versions of ../shared/data/osv.
 * Prints figures; it asserts nothing (correctness is tested beside the code).
 */
import { ComponentVersion, compileAffected } from '../src/core/osv-range/index.js';
import { realVersions } from '../src/core/osv-range/test-support/osv-corpus.js';
import {
  compareKeys,
  lookupEcosystem,
  SCHEMES,
  type SchemeId,
  type VersionKey,
} from '../src/core/version/index.js';

const COMPARES = 20_000_000;
// Keys compared per scheme: a fixed-size sample, so that every scheme's table fits the same caches.
const TABLE = 4096;

function best<T>(runs: number, work: () => T): { ms: number; result: T } {
  let ms = Number.POSITIVE_INFINITY;
  let result = work();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, result };
}

const perSecond = (n: number, ms: number): string => `${(((n / ms) * 1000) / 1e6).toFixed(1)} M/s`;

const byScheme = new Map<SchemeId, string[]>();
for (const [ecosystem, versions] of await realVersions()) {
  const scheme = lookupEcosystem(ecosystem)?.scheme;
  if (scheme)
    byScheme.set(scheme.id, [
      ...(byScheme.get(scheme.id) ?? []),
      ...versions.filter((v) => scheme.isValid(v)),
    ]);
}

console.log(
  `node ${process.version}; per scheme: parse all its OSV versions, then ${COMPARES / 1e6}M comparisons of random pairs among ${TABLE} keys (best of 3)\n`,
);
console.log(
  `${'scheme'.padEnd(10)} ${'versions'.padStart(9)} ${'parse'.padStart(12)} ${'compareKeys'.padStart(14)}`,
);
let allKeys: VersionKey[] = [];
for (const [id, versions] of [...byScheme].sort((a, b) => b[1].length - a[1].length)) {
  const scheme = SCHEMES[id];
  const parsed = best(3, () => versions.map((v) => scheme.parse(v)));
  const keys = parsed.result.flatMap((p) => (p.ok ? [p.key] : []));
  // A table of keys in pseudo-random order, compared pairwise by index arithmetic.
  const table = Array.from({ length: TABLE }, (_, i) => keys[(i * 2654435761) % keys.length] as VersionKey);
  const mask = TABLE - 1;
  const compared = best(3, () => {
    let sum = 0;
    for (let i = 0; i < COMPARES; i++)
      sum += compareKeys(table[i & mask] as VersionKey, table[(i * 7 + 13) & mask] as VersionKey);
    return sum;
  });
  allKeys = allKeys.concat(keys);
  console.log(
    `${id.padEnd(10)} ${String(versions.length).padStart(9)} ${perSecond(versions.length, parsed.ms).padStart(12)} ${perSecond(COMPARES, compared.ms).padStart(14)}`,
  );
}

// Matching: one compiled Debian advisory entry against many parsed component versions.
const entry = {
  package: { ecosystem: 'Debian:12', name: 'openssl' },
  ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u2' }] }],
};
const compiled = compileAffected(entry);
const components = (byScheme.get('dpkg') ?? []).map((v) => new ComponentVersion(v));
for (const c of components) compiled.matches(c);
const MATCHES = 20_000_000;
const matched = best(3, () => {
  let hits = 0;
  for (let i = 0; i < MATCHES; i++)
    if (compiled.matches(components[i % components.length] as ComponentVersion)) hits++;
  return hits;
});
console.log(`\ncompiled range matches (Debian, keys cached): ${perSecond(MATCHES, matched.ms)}`);
console.log(
  `keys in total: ${allKeys.length}, mean key length ${(allKeys.reduce((n, k) => n + k.length, 0) / allKeys.length).toFixed(1)} code units`,
);
