// biome-ignore lint/style/noRestrictedImports: the contract checks each scheme folder's files
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { realVersions } from '../osv-range/test-support/osv-corpus.js';
import { ECOSYSTEM_SCHEMES, lookupEcosystem, SCHEMES } from './schemes.js';
import { SCHEME_IDS, type SchemeId, type VersionScheme } from './version-scheme.js';

// Where each scheme lives (pub shares the semver folder).
const FOLDER: Record<SchemeId, string> = {
  semver: 'semver',
  pub: 'semver',
  julia: 'julia',
  go: 'go',
  pep440: 'pep440',
  maven: 'maven',
  rubygems: 'rubygems',
  nuget: 'nuget',
  packagist: 'packagist',
  dpkg: 'dpkg',
  apk: 'apk',
  rpm: 'rpm',
  cran: 'cran',
  hackage: 'hackage',
};

// Plausible versions per scheme, from small alphabets so that equal and near-equal versions are frequent.
const GENERATED: Record<SchemeId, RegExp> = {
  semver: /^v?\d{1,2}(\.\d{1,2}){0,2}(-[0-9a-c-]{1,2}(\.[0-9a-c-]{1,2}){0,2})?(\+[0-9a-c]{1,2})?$/,
  pub: /^\d{1,2}\.\d{1,2}\.\d{1,2}(-[0-9a-c]{1,2}(\.[0-9a-c]{1,2}){0,2})?(\+[0-9a-c]{1,2}(\.[0-9a-c]{1,2})?)?$/,
  julia: /^v?\d{1,2}(\.\d{1,2}){0,2}(-[0-9a-c]{1,2}(\.\d)?)?(\+[0-9a-c]{1,2})?$/,
  go: /^v?(0|[1-9]\d?)\.(0|[1-9])\.(0|[1-9])(-(0|[1-9]|[a-c]{1,2}|\d{14}-[0-9a-f]{3})(\.(0|[1-9]|[a-c]{1,2}))?)?(\+incompatible)?$/,
  pep440:
    /^((\d!)?\d{1,2}(\.\d{1,2}){0,3}((a|b|rc|c|alpha|pre)\d?)?(\.post\d?|-\d)?(\.dev\d?)?(\+[a-z0-9]{1,2}(\.[a-z0-9]{1,2})?)?|[0-9a-z.-]{1,6})$/,
  maven: /^\d{1,2}([.-]?(\d{1,2}|alpha|beta|rc|cr|m|a|b|sp|ga|final|snapshot|foo|x)){0,4}$/,
  rubygems: /^\d{1,2}(\.[0-9a-c]{1,2}){0,3}(-[0-9a-c]{1,2})?$/,
  nuget: /^\d{1,2}(\.\d{1,2}){0,3}(-[0-9A-Ca-c]{1,2}(\.[0-9A-Ca-c]{1,2}){0,2})?(\+[a-z]{1,2})?$/,
  packagist: /^v?\d{1,2}(\.\d{1,2}){0,3}([-._]?(dev|alpha|a|beta|b|RC|rc|pl|p|patch|stable|x)\d?)?$/,
  dpkg: /^(\d:)?\d[0-9a-c.+~]{0,5}(-[0-9a-c.+~]{1,3})?$/,
  apk: /^\d{1,2}(\.\d{1,2}){0,3}[a-c]?(_(alpha|beta|pre|rc|cvs|svn|git|hg|p)\d?){0,2}(~[0-9a-f]{1,2})?(-r\d{1,2})?$/,
  rpm: /^(\d:)?[0-9a-c.~^_+]{1,7}(-[0-9a-c.~^]{0,3})?$/,
  cran: /^\d{1,2}([.-]\d{1,2}){0,3}$/,
  hackage: /^\d{1,2}(\.\d{1,2}){0,3}$/,
};

// Real versions per scheme: range events and versions lists of every OSV record for its ecosystems.
const real = new Map<SchemeId, string[]>();
beforeAll(async () => {
  for (const [ecosystem, versions] of await realVersions()) {
    const scheme = lookupEcosystem(ecosystem)?.scheme;
    if (!scheme) continue;
    real.set(scheme.id, [...(real.get(scheme.id) ?? []), ...versions.filter((v) => scheme.isValid(v))]);
  }
});

describe('the registry', () => {
  it('registers every scheme id once, under its own id', () => {
    expect(Object.keys(SCHEMES).sort()).toEqual([...SCHEME_IDS].sort());
    for (const [id, scheme] of Object.entries(SCHEMES)) expect(scheme.id).toBe(id);
  });

  it('maps every ecosystem to a registered scheme or to "no order"', () => {
    for (const [ecosystem, id] of Object.entries(ECOSYSTEM_SCHEMES)) {
      const entry = lookupEcosystem(`${ecosystem}:suffix`);
      expect(entry?.ecosystem).toBe(ecosystem);
      expect(entry?.scheme?.id ?? null).toBe(id);
    }
    expect(lookupEcosystem('NoSuchEcosystem')).toBeUndefined();
    expect(lookupEcosystem('constructor')).toBeUndefined();
  });

  it.each(SCHEME_IDS)('%s has a README and tests beside it', (id) => {
    const folder = new URL(`./${FOLDER[id]}/`, import.meta.url);
    expect(existsSync(new URL('README.md', folder))).toBe(true);
    expect(existsSync(new URL('index.test.ts', folder))).toBe(true);
  });
});

describe.each(SCHEME_IDS)('scheme %s', (id) => {
  const scheme: VersionScheme = SCHEMES[id];
  const generated = fc.stringMatching(GENERATED[id]).filter((v) => scheme.isValid(v));
  const version = (): fc.Arbitrary<string> => {
    const sample = real.get(id) ?? [];
    return sample.length > 0 ? fc.oneof(generated, fc.constantFrom(...sample)) : generated;
  };

  it('generates mostly valid versions (the generator exercises the scheme)', () => {
    const all = fc.sample(fc.stringMatching(GENERATED[id]), 500);
    expect(all.filter((v) => scheme.isValid(v)).length).toBeGreaterThan(250);
  });

  it('never throws while parsing, and explains every rejection', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(GENERATED[id])), (text) => {
        const parsed = scheme.parse(text);
        if (!parsed.ok) expect(parsed.reason).not.toBe('');
        expect(scheme.isValid(text)).toBe(parsed.ok);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects invalid versions with VERSION_INVALID in compare', () => {
    expect(() => scheme.compare('', '1')).toThrow(expect.objectContaining({ code: 'VERSION_INVALID' }));
    expect(() => scheme.compare('1', 'x\u0000')).toThrow(
      expect.objectContaining({ code: 'VERSION_INVALID' }),
    );
  });

  it('is a total order: reflexive, antisymmetric, transitive, consistent with equality', () => {
    fc.assert(
      fc.property(version(), version(), version(), (a, b, c) => {
        expect(scheme.compare(a, a)).toBe(0);
        expect(scheme.compare(a, b) + scheme.compare(b, a)).toBe(0);
        if (scheme.compare(a, b) <= 0 && scheme.compare(b, c) <= 0)
          expect(scheme.compare(a, c)).toBeLessThanOrEqual(0);
        if (scheme.compare(a, b) === 0) expect(scheme.compare(a, c)).toBe(scheme.compare(b, c));
      }),
      { numRuns: 1500 },
    );
  });

  it('compares keys exactly as it compares versions, with storable keys', () => {
    fc.assert(
      fc.property(version(), version(), (a, b) => {
        const ka = scheme.parse(a);
        const kb = scheme.parse(b);
        if (!ka.ok || !kb.ok) throw new Error('generated an invalid version');
        expect(scheme.compareKeys(ka.key, kb.key)).toBe(scheme.compare(a, b));
        // no U+0000 and no lone surrogate: keys survive UTF-8 and PostgreSQL text
        // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is what must not occur
        expect(/[\u0000\ud800-\udfff]/.test(ka.key)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('sorts real versions consistently (every pair of a sorted sample is in order)', () => {
    const sample = real.get(id) ?? [];
    if (sample.length === 0) return;
    const step = Math.max(1, Math.floor(sample.length / 300));
    const picked = sample.filter((_, i) => i % step === 0);
    const sorted = [...picked].sort((x, y) => scheme.compare(x, y));
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++)
        if (scheme.compare(sorted[i] as string, sorted[j] as string) > 0)
          throw new Error(`${sorted[i]} sorts before ${sorted[j]} but compares greater`);
  });
});
