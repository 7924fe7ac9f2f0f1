// biome-ignore lint/style/noRestrictedImports: the conformance vectors are files in ../shared/data
import { readdirSync, readFileSync } from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: the conformance vectors are files in ../shared/data
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { SCHEMES } from './schemes.js';
import { opOf } from './test-support/order.js';
import type { SchemeId } from './version-scheme.js';

// Each vector file and the scheme it checks.
const FILES: Record<string, SchemeId> = {
  'alpine-versions.txt': 'apk',
  'cran-versions.txt': 'cran',
  'debian-versions.txt': 'dpkg',
  'hackage-versions.txt': 'hackage',
  'maven-versions.txt': 'maven',
  'nuget-versions.txt': 'nuget',
  'packagist-versions.txt': 'packagist',
  'pub-versions.txt': 'pub',
  'pypi-versions.txt': 'pep440',
  'redhat-versions.txt': 'rpm',
  'rubygems-versions.txt': 'rubygems',
  'semver-versions.txt': 'semver',
};

const PHP_PLACEHOLDER =
  '"#" is PHP\'s internal "any number" placeholder, equal to every number (1.2.3.# = 1.2.3 and = 1.2.3.1): not a total order, and Composer rejects it';

/**
 * Lines whose versions the scheme rejects on purpose, each with the reason (see the scheme READMEs). The test
 * checks that they are rejected, and fails on any other line that does not hold, or on a stale entry here.
 */
const REJECTED: Record<string, Record<string, string>> = {
  'packagist-versions.txt': Object.fromEntries(
    [
      '1.2.3.# = 1.2.3',
      '1.2.3.# = 1.2.3.#',
      '1.2.3.# = 1.2.3.1',
      '1.2.3.#.1 > 1.2.3',
      '1.2.3.#.p3 > 1.2.3',
      '1.2.3.#.beta < 1.2.3',
    ].map((line) => [line, PHP_PLACEHOLDER]),
  ),
};

interface Vector {
  readonly line: number;
  readonly text: string;
  readonly a: string;
  readonly op: string;
  readonly b: string;
}

function readVectors(file: string): Vector[] {
  const vectors: Vector[] = [];
  for (const [i, raw] of readFileSync(join(sharedData('version-vectors'), file), 'utf8')
    .split('\n')
    .entries()) {
    const text = raw.trim();
    if (text === '' || text.startsWith('#') || text.startsWith('//')) continue;
    const m = /^(\S+) ([<=>]) (\S+)$/.exec(text);
    if (!m) throw new Error(`${file}:${i + 1}: not "a < b", "a = b" or "a > b": ${text}`);
    vectors.push({ line: i + 1, text, a: m[1] as string, op: m[2] as string, b: m[3] as string });
  }
  return vectors;
}

describe('version vectors (../shared/data/version-vectors)', () => {
  it('maps every vector file to a scheme', () => {
    expect(readdirSync(sharedData('version-vectors')).sort()).toEqual(Object.keys(FILES).sort());
  });

  describe.each(Object.entries(FILES))('%s', (file, id) => {
    const scheme = SCHEMES[id];
    const vectors = readVectors(file);
    const rejected = REJECTED[file] ?? {};

    it(`holds every line under ${scheme.title}`, () => {
      expect(vectors.length).toBeGreaterThan(10);
      const failures: string[] = [];
      for (const v of vectors) {
        if (rejected[v.text] !== undefined) continue;
        let got: string;
        try {
          got = opOf(scheme.compare(v.a, v.b));
        } catch (error) {
          got = `error: ${(error as Error).message}`;
        }
        if (got !== v.op) failures.push(`${file}:${v.line} ${v.text} → ${got}`);
      }
      expect(failures).toEqual([]);
    });

    it('rejects the versions of the lines listed as rejected, and lists no line that is not in the file', () => {
      const lines = new Set(vectors.map((v) => v.text));
      for (const text of Object.keys(rejected)) {
        expect(lines.has(text), `${text} is not in ${file}`).toBe(true);
        const [a, , b] = text.split(' ') as [string, string, string];
        expect(scheme.isValid(a) && scheme.isValid(b), `${text} should have an invalid version`).toBe(false);
      }
    });
  });
});
