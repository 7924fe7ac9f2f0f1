// biome-ignore lint/style/noRestrictedImports: the test runs dpkg itself as the reference
import { spawn } from 'node:child_process';
// biome-ignore lint/style/noRestrictedImports: the test reads SBOMs from ../shared/data
import { readdirSync, readFileSync } from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: the test reads SBOMs from ../shared/data
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../../test/support/shared-data.js';
import { realVersions } from '../../osv-range/test-support/osv-corpus.js';
import { compareKeys } from '../version-scheme.js';
import { dpkg } from './index.js';

/** Debian package versions in the SBOMs of ../shared/data (from `pkg:deb/…@version` purls). */
function sbomDebVersions(): string[] {
  const versions: string[] = [];
  for (const kind of ['cyclonedx', 'spdx'])
    for (const file of readdirSync(sharedData('sbom', kind))) {
      const text = readFileSync(join(sharedData('sbom', kind), file), 'utf8');
      for (const m of text.matchAll(/pkg:deb\/[^"@]+@([^"?#\\]+)/g))
        versions.push(decodeURIComponent(m[1] as string));
    }
  return versions;
}

/** Runs `dpkg --compare-versions a op b` for each triple in one shell; resolves to the exit codes. */
function dpkgConfirms(triples: readonly (readonly [string, string, string])[]): Promise<number[]> {
  const script = triples
    .map(([a, op, b]) => `dpkg --compare-versions '${a}' ${op} '${b}'; echo $?`)
    .join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-s'], { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', () => resolve(out.trim().split('\n').map(Number)));
    child.stdin.end(script);
  });
}

describe('dpkg against `dpkg --compare-versions`', () => {
  it('agrees on 3000 pairs of real Debian and Ubuntu versions', async () => {
    const corpus = await realVersions();
    const distinct = [
      ...new Set([...(corpus.get('Debian') ?? []), ...(corpus.get('Ubuntu') ?? []), ...sbomDebVersions()]),
    ].filter((v) => dpkg.isValid(v) && /^[A-Za-z0-9.+~:-]+$/.test(v));
    expect(distinct.length).toBeGreaterThan(5000);
    const keyed = distinct
      .map((v) => {
        const parsed = dpkg.parse(v);
        if (!parsed.ok) throw new Error(v);
        return { v, key: parsed.key };
      })
      .sort((x, y) => compareKeys(x.key, y.key));
    // Neighbours in Vigil's order (the hardest pairs), then pseudo-random pairs across the whole range.
    const pairs: [string, string][] = [];
    const step = Math.floor(keyed.length / 1500);
    for (let i = 0; i + 1 < keyed.length && pairs.length < 1500; i += step)
      pairs.push([(keyed[i] as { v: string }).v, (keyed[i + 1] as { v: string }).v]);
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % keyed.length;
    };
    while (pairs.length < 3000)
      pairs.push([(keyed[next()] as { v: string }).v, (keyed[next()] as { v: string }).v]);

    // Ask dpkg to confirm the relation Vigil computes: one dpkg call per pair, two shells in parallel.
    const triples = pairs.map(([a, b]) => {
      const order = dpkg.compare(a, b);
      return [a, order < 0 ? 'lt' : order > 0 ? 'gt' : 'eq', b] as const;
    });
    const half = triples.length / 2;
    const codes = (
      await Promise.all([dpkgConfirms(triples.slice(0, half)), dpkgConfirms(triples.slice(half))])
    ).flat();
    expect(codes.length).toBe(triples.length);
    const disagreements = triples.filter((_, i) => codes[i] !== 0).map(([a, op, b]) => `${a} ${op} ${b}`);
    expect(disagreements).toEqual([]);
  }, 120_000);
});
