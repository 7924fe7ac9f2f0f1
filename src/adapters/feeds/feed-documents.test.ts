import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { isInputError } from '../../core/input/index.js';
import { epssSources, kevSource } from './feed-documents.js';
import { FeedError } from './feed-error.js';

describe('kevSource and epssSources', () => {
  it('read a mirror folder: the KEV catalog, every EPSS day oldest first with its day', async () => {
    const kev = kevSource(sharedData('kev'), '/');
    expect(kev.location).toBe(sharedData('kev', 'known_exploited_vulnerabilities.json'));
    expect((await kev.load()).text).toMatch(/"catalogVersion": "2025\.08\.25"/);
    const days = epssSources(sharedData('epss'), '/');
    expect(days.map((d) => d.day)).toEqual(['2026-08-09', '2026-08-16']);
    expect((await days[0]?.load())?.text.slice(0, 40)).toBe('#model_version:unknown,score_date:2026-0');
  });

  it('read a file relative to the working folder, inflating gzip by its magic bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-docs-'));
    writeFileSync(join(dir, 'scores.bin'), gzipSync('hello'));
    const [source] = epssSources('scores.bin', dir);
    expect(await source?.load()).toMatchObject({ location: join(dir, 'scores.bin'), text: 'hello' });
    expect(source?.day).toBeUndefined();
  });

  it('take a URL as a URL', () => {
    expect(kevSource('https://example.org/kev.json', '/').location).toBe('https://example.org/kev.json');
  });

  it.each([
    [
      'a missing path',
      () => kevSource('nope.json', '/tmp'),
      /^kev: "nope\.json" does not exist; expected a file, a mirror folder or an https URL/,
    ],
    [
      'a folder without a catalog',
      () => kevSource(sharedData('epss'), '/'),
      /^kev: .* holds no known_exploited_vulnerabilities\.json/,
    ],
    [
      'a folder without EPSS files',
      () => epssSources(sharedData('kev'), '/'),
      /^epss: .* holds no epss_scores-YYYY-MM-DD\.csv\.gz/,
    ],
  ])('refuse %s as bad input', (_what, call, message) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(message);
  });

  it('refuse a truncated gzip file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-docs-'));
    const gz = gzipSync('x'.repeat(10_000));
    writeFileSync(join(dir, 'epss_scores-2025-01-01.csv.gz'), gz.subarray(0, gz.length - 10));
    const [source] = epssSources(dir, '/');
    const error = await source?.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).code).toBe('FEED_TRUNCATED');
  });
});
