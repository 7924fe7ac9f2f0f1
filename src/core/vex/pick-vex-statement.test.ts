import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Purl, parsePurl } from '../purl/index.js';
import { indexVexStatements, pickVexMatch, pickVexStatement } from './pick-vex-statement.js';
import { VEX_STATUSES, type VexScope, type VexStatement } from './vex-statement.js';
import type { VexTarget } from './vex-statement-applies.js';

const purl = (text: string): Purl => {
  const r = parsePurl(text);
  if (!r.ok) throw new Error(text);
  return r.value;
};
const DIGEST = `sha256:${'a'.repeat(64)}`;
const COMPONENT = 'pkg:npm/lodash@4.17.20';
const target: VexTarget = {
  ids: ['CVE-2021-23337', 'GHSA-35jh-r3h4-6jhm'],
  artifactDigest: DIGEST,
  component: purl(COMPONENT),
};

type Named = VexStatement & { name: string };
const s = (name: string, products: VexScope[], over: Partial<VexStatement> = {}): Named => ({
  name,
  vulnerability: 'CVE-2021-23337',
  aliases: [],
  status: 'not_affected',
  products,
  ...over,
});
const component = (text: string): VexScope => ({ purl: purl(text), subcomponents: [] });
const artifact = (...subs: string[]): VexScope => ({ digest: DIGEST, subcomponents: subs.map(purl) });

describe('pickVexStatement', () => {
  it.each<[string, Named[], string | undefined]>([
    ['nothing applies', [s('other', [component('pkg:npm/react')])], undefined],
    [
      'the only one that applies',
      [s('a', [component('pkg:npm/lodash')]), s('b', [component('pkg:npm/react')])],
      'a',
    ],
    [
      'a later timestamp wins at equal specificity',
      [
        s('new', [component('pkg:npm/lodash')], { timestamp: '2024-02-01T00:00:00.000Z' }),
        s('old', [component('pkg:npm/lodash')], { timestamp: '2024-01-01T00:00:00.000Z' }),
      ],
      'new',
    ],
    [
      'a statement without timestamp counts as the oldest',
      [
        s('dated', [component('pkg:npm/lodash')], { timestamp: '2020-01-01T00:00:00.000Z' }),
        s('undated', [component('pkg:npm/lodash')]),
      ],
      'dated',
    ],
    [
      'the later in the list wins a full tie',
      [s('first', [component('pkg:npm/lodash')]), s('second', [component('pkg:npm/lodash')])],
      'second',
    ],
    [
      'a versioned product beats an unversioned newer one',
      [
        s('versioned', [component(COMPONENT)], { timestamp: '2020-01-01T00:00:00.000Z' }),
        s('any', [component('pkg:npm/lodash')], { timestamp: '2024-01-01T00:00:00.000Z' }),
      ],
      'versioned',
    ],
    [
      'a subcomponent of the artifact beats the artifact as a whole',
      [
        s('sub', [artifact('pkg:npm/lodash')], { status: 'affected' }),
        s('whole', [artifact()], { timestamp: '2030-01-01T00:00:00.000Z' }),
      ],
      'sub',
    ],
    [
      'the artifact beats a package statement',
      [
        s('artifact', [artifact()]),
        s('package', [component(COMPONENT)], { timestamp: '2030-01-01T00:00:00.000Z' }),
      ],
      'artifact',
    ],
    [
      'an alias of the advisory is enough',
      [s('alias', [component('pkg:npm/lodash')], { vulnerability: 'GHSA-35JH-R3H4-6JHM' })],
      'alias',
    ],
  ])('%s', (_what, statements, expected) => {
    expect(pickVexStatement(statements, target)?.name).toBe(expected);
  });

  it('says through which scope the statement applies', () => {
    const pick = pickVexMatch(
      [s('a', [component('pkg:npm/react'), artifact('pkg:npm/lodash@4.17.20')])],
      target,
    );
    expect(pick).toMatchObject({ specificity: 7, scope: { digest: DIGEST } });
  });
});

describe('indexVexStatements', () => {
  const ids = ['CVE-1', 'CVE-2', 'GHSA-a', 'ghsa-A'];
  const purls = ['pkg:npm/a@1', 'pkg:npm/a', 'pkg:npm/b@1', `pkg:oci/x@${DIGEST}`];
  const arbitraryStatement = fc.record({
    name: fc.string({ maxLength: 3 }),
    vulnerability: fc.constantFrom(...ids),
    aliases: fc.array(fc.constantFrom(...ids), { maxLength: 2 }),
    status: fc.constantFrom(...VEX_STATUSES),
    products: fc.array(
      fc.record({
        purl: fc.constantFrom(...purls).map(purl),
        subcomponents: fc.array(fc.constantFrom(...purls).map(purl), { maxLength: 1 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    timestamp: fc.constantFrom('2024-01-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z'),
  });

  it('picks what pickVexMatch picks (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryStatement, { maxLength: 12 }),
        fc.subarray(ids),
        fc.constantFrom('pkg:npm/a@1', 'pkg:npm/b@1'),
        (statements, advisoryIds, componentPurl) => {
          const t: VexTarget = { ids: advisoryIds, artifactDigest: DIGEST, component: purl(componentPurl) };
          expect(indexVexStatements(statements)(t)).toEqual(pickVexMatch(statements, t));
        },
      ),
      { numRuns: 300 },
    );
  });
});
