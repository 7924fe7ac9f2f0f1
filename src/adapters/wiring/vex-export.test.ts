import { afterEach, describe, expect, it } from 'vitest';
import { openVexErrors } from '../../../test/support/openvex-schema.js';
import type { Exposure } from '../../app/exposures/index.js';
import { validateCycloneDx } from '../sbom/cyclonedx-schema.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import type { Vigil } from './open-vigil.js';
import { deployFrontend, ingestFrontend, openWithExampleFeeds } from './test-support/example-feeds.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const WORKLOADS = ['shop/frontend', 'shop/frontend-canary'];
const ALICE = { actor: 'cli:alice' };

interface OpenVexStatement {
  vulnerability: { name: string };
  products: { '@id': string; subcomponents: { '@id': string }[] }[];
  status: string;
  justification?: string;
  status_notes: string;
}

const firstOf = (doc: { statements: OpenVexStatement[] }): OpenVexStatement => {
  const [first] = doc.statements;
  if (!first) throw new Error('an empty document');
  return first;
};

/** What a document says, independent of its ids and times: vulnerability, product, component, status. */
const claims = (doc: { statements: OpenVexStatement[] }) =>
  doc.statements
    .map(
      (s) =>
        `${s.vulnerability.name} ${s.products[0]?.['@id']} ${s.products[0]?.subcomponents[0]?.['@id']} ${s.status} ${s.justification ?? ''}`,
    )
    .sort();

/**
 * VEX out on the example estate (OWASP Juice Shop's real SBOM, the real OSV records of examples/feeds): triage
 * decisions exported as OpenVEX and CycloneDX, each valid against its schema, each re-imported into a second
 * store with the same estate and no triage, giving the same suppressions and the same document again.
 */
describe.each(STORES)('vex export on the $kind store', (store) => {
  const opened: { t: TestDatabase; v: Vigil }[] = [];
  afterEach(async () => {
    for (const { t, v } of opened.splice(0)) {
      await v.close().catch(() => {});
      await t.dispose();
    }
  });
  const estate = async (): Promise<Vigil> => {
    const t = await store.create();
    const v = await openWithExampleFeeds(t);
    opened.push({ t, v });
    await ingestFrontend(v, DIGEST);
    for (const w of WORKLOADS) await deployFrontend(v, DIGEST, w);
    await v.exposures.evaluate();
    return v;
  };

  it('exports triage as valid OpenVEX and CycloneDX that re-import to the same state', async () => {
    const a = await estate();
    const all = await a.exposures.list();
    const [first, second, third] = [...new Map(all.map((e) => [e.vulnerability, e])).values()];
    if (!first || !second || !third) throw new Error('the estate has too few vulnerabilities');
    // one not_affected for the whole package (both workloads), one false positive, one accepted risk
    await a.triage.set(
      {
        vulnerability: first.vulnerability,
        package: first.component.purl,
        state: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        reason: 'never given user input',
      },
      ALICE,
    );
    await a.triage.set(
      { vulnerability: second.vulnerability, state: 'false_positive', reason: 'backported' },
      ALICE,
    );
    const until = new Date(Date.now() + 86_400_000).toISOString();
    await a.triage.set(
      { vulnerability: third.vulnerability, state: 'accepted_risk', reason: 'demo only', expires: until },
      ALICE,
    );
    const decided = await a.exposures.list();
    const suppressedIn = (list: readonly Exposure[]) =>
      list
        .filter((e) => e.suppressed && e.triage?.state !== 'accepted_risk')
        .map((e) => e.key)
        .sort();
    expect(suppressedIn(decided).length).toBeGreaterThan(0);

    // OpenVEX: valid, one statement per vulnerability × artifact × component, with provenance
    const open = (await a.vex.export({ environment: 'production', format: 'openvex', author: 'alice' }))
      .document as {
      author: string;
      statements: OpenVexStatement[];
    };
    expect(openVexErrors(open)).toEqual([]);
    // the schema can fail: an affected statement without an action statement breaks it
    const broken = {
      ...open,
      statements: [{ ...firstOf(open), status: 'affected', justification: undefined }],
    };
    expect(openVexErrors(JSON.parse(JSON.stringify(broken)))).not.toEqual([]);
    expect(open.author).toBe('alice');
    const units = new Set(all.map((e) => `${e.vulnerability}|${e.component.purl}`));
    expect(open.statements).toHaveLength(units.size);
    const firstStatement = open.statements.find((s) => s.vulnerability.name === first.vulnerability);
    expect(firstStatement).toMatchObject({
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
    });
    expect(firstStatement?.status_notes).toMatch(
      /^triage #\d+ not_affected by cli:alice at .*: never given user input$/,
    );
    expect(open.statements.find((s) => s.vulnerability.name === third.vulnerability)?.status).toBe(
      'affected',
    );
    const untriaged = open.statements.filter((s) => s.status_notes.includes('not triaged yet'));
    expect(untriaged.length).toBeGreaterThan(0);
    expect(untriaged.every((s) => s.status === 'under_investigation')).toBe(true);

    // CycloneDX 1.6: valid against the official schema
    const cdx = (await a.vex.export({ environment: 'production', format: 'cyclonedx' })).document as {
      vulnerabilities: { id: string; analysis: { state: string; justification?: string } }[];
    };
    expect(validateCycloneDx(cdx, '1.6')).toEqual([]);
    expect(cdx.vulnerabilities.find((v) => v.id === first.vulnerability)?.analysis).toMatchObject({
      state: 'not_affected',
      justification: 'code_not_reachable',
    });
    expect(cdx.vulnerabilities.find((v) => v.id === second.vulnerability)?.analysis.state).toBe(
      'false_positive',
    );

    // re-imported into another store with the same estate and no triage: the same exposures are suppressed, and
    // its own export makes the same claims
    for (const [format, document] of [
      ['openvex', open],
      ['cyclonedx', cdx],
    ] as const) {
      const b = await estate();
      expect((await b.exposures.list()).filter((e) => e.suppressed)).toEqual([]);
      await b.vex.add([{ name: `exported.${format}.json`, bytes: Buffer.from(JSON.stringify(document)) }]);
      const after = await b.exposures.list();
      expect(suppressedIn(after), format).toEqual(suppressedIn(decided));
      const again = (await b.vex.export({ environment: 'production', format: 'openvex' })).document as {
        statements: OpenVexStatement[];
      };
      expect(claims(again), format).toEqual(claims(open));
    }
  }, 300_000);

  it('refuses an unknown format or environment, naming the field', async () => {
    const a = await estate();
    await expect(a.vex.export({ environment: 'production', format: 'spdx' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'OPTION_INVALID', path: 'format' })],
    });
    await expect(a.vex.export({ environment: 'nowhere' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'ENVIRONMENT_UNKNOWN', path: 'environment' })],
    });
    await expect(a.vex.export({})).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'environment' })],
    });
  }, 120_000);
});
