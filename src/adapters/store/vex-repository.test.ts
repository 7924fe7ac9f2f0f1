import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addVex } from '../../app/vex/index.js';
import { parsePurl } from '../../core/purl/index.js';
import type { VexDocument, VexStatement } from '../../core/vex/index.js';
import { STORES, type TestDatabase } from './test-support/databases.js';
import { createVexRepository } from './vex-repository.js';

const purl = (text: string) => {
  const r = parsePurl(text);
  if (!r.ok) throw new Error(text);
  return r.value;
};

const statement = (vulnerability: string, over: Partial<VexStatement> = {}): VexStatement => ({
  vulnerability,
  aliases: ['GHSA-aaaa-bbbb-cccc'],
  status: 'not_affected',
  justification: 'vulnerable_code_not_in_execute_path',
  originalJustification: 'code_not_reachable',
  impactStatement: 'never called',
  actionStatement: 'none',
  detail: 'reviewed',
  timestamp: '2024-05-01T10:00:00.123Z',
  products: [
    {
      purl: purl('pkg:oci/app?repository_url=ghcr.io/acme/app'),
      subcomponents: [purl('pkg:npm/lodash@4.17.20')],
      unresolvedSubcomponents: ['libfoo'],
    },
    {
      name: 'Acme App',
      version: '2.4',
      cpe: 'cpe:/a:acme:app:2.4',
      note: 'bom-ref not found',
      subcomponents: [],
    },
  ],
  ...over,
});

const document = (statements: VexStatement[], over: Partial<VexDocument> = {}): VexDocument => ({
  format: 'openvex',
  id: 'https://example.com/vex/1',
  author: 'Acme PSIRT',
  timestamp: '2024-05-02T00:00:00.000Z',
  statements,
  ...over,
});

const openVexBytes = (id: string, status: string) =>
  new TextEncoder().encode(
    JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': id,
      author: 'a',
      timestamp: '2024-01-01T00:00:00Z',
      statements: [{ vulnerability: { name: 'CVE-2024-9' }, products: ['pkg:npm/a@1'], status }],
    }),
  );

describe.each(STORES)('VEX store: $kind', ({ create }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t?.dispose();
  });
  const count = async (table: string) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;

  it('stores a document and gives its statements back as they were parsed', async () => {
    const repo = createVexRepository(t.db);
    const statements = [statement('CVE-2024-1'), statement('CVE-2024-2', { status: 'fixed', aliases: [] })];
    const stored = await repo.storeVexDocument({
      document: document(statements),
      sha256: 'doc-1',
      source: 'one.json',
    });
    expect(stored.status).toBe('new');
    const loaded = await repo.loadStatements();
    const origin = {
      id: stored.id,
      format: 'openvex',
      documentId: 'https://example.com/vex/1',
      author: 'Acme PSIRT',
      source: 'one.json',
    };
    expect(loaded.map(({ statementId: _, ...rest }) => rest)).toEqual(
      statements.map((s) => ({ ...s, origin })),
    );
  });

  it('omits absent optional fields rather than returning nulls', async () => {
    const repo = createVexRepository(t.db);
    const bare: VexStatement = {
      vulnerability: 'CVE-2024-3',
      aliases: [],
      status: 'under_investigation',
      products: [{ subcomponents: [], name: 'x' }],
    };
    const anonymous: VexDocument = { format: 'cyclonedx', id: '', statements: [bare] };
    await repo.storeVexDocument({ document: anonymous, sha256: 'doc-bare', source: 'bare.json' });
    const loaded = (await repo.loadStatements()).find((s) => s.vulnerability === 'CVE-2024-3');
    expect(loaded && Object.keys(loaded).sort()).toEqual([
      'aliases',
      'origin',
      'products',
      'statementId',
      'status',
      'vulnerability',
    ]);
  });

  it('stores the same bytes once: a re-ingest is unchanged and writes nothing', async () => {
    const repo = createVexRepository(t.db);
    const input = { name: 'again.json', bytes: openVexBytes('again', 'fixed') };
    const [first] = await addVex(repo, [input]);
    const before = [await count('vex_documents'), await count('vex_statements')];
    const [second] = await addVex(repo, [input]);
    expect(first?.status).toBe('new');
    expect(second).toMatchObject({
      status: 'unchanged',
      id: first?.id,
      statements: 1,
      byStatus: { fixed: 1 },
    });
    expect([await count('vex_documents'), await count('vex_statements')]).toEqual(before);
  });

  it('stores each document in one transaction: a statement the store refuses leaves nothing behind', async () => {
    const repo = createVexRepository(t.db);
    const bad = document([statement('CVE-2024-4'), statement('CVE-2024-5', { status: 'bogus' as 'fixed' })]);
    const before = [await count('vex_documents'), await count('vex_statements')];
    await expect(
      repo.storeVexDocument({ document: bad, sha256: 'doc-bad', source: 'bad.json' }),
    ).rejects.toThrow();
    expect([await count('vex_documents'), await count('vex_statements')]).toEqual(before);
  });

  it('stores nothing of a group of documents when one of them is bad', async () => {
    const repo = createVexRepository(t.db);
    const before = await count('vex_documents');
    await expect(
      addVex(repo, [
        { name: 'x.zip!good.json', bytes: openVexBytes('good', 'fixed') },
        { name: 'x.zip!bad.json', bytes: openVexBytes('bad', 'exploitable') },
      ]),
    ).rejects.toMatchObject({
      issues: [{ code: 'VEX_INVALID', path: 'x.zip!bad.json: statements[0].status' }],
    });
    expect(await count('vex_documents')).toBe(before);
  });

  it('lists documents with their statements by status', async () => {
    const repo = createVexRepository(t.db);
    const list = await repo.listVexDocuments();
    expect(list[0]).toMatchObject({
      format: 'openvex',
      documentId: 'https://example.com/vex/1',
      author: 'Acme PSIRT',
      timestamp: '2024-05-02T00:00:00.000Z',
      source: 'one.json',
      sha256: 'doc-1',
      statements: 2,
      byStatus: { not_affected: 1, fixed: 1 },
    });
    expect(list.map((d) => d.source)).toEqual(['one.json', 'bare.json', 'again.json']);
    expect(Object.keys(list[1] ?? {})).not.toContain('author');
    expect(Object.keys(list[1] ?? {})).not.toContain('timestamp');
  });

  it('loads statements in ingest order: document, then position', async () => {
    const repo = createVexRepository(t.db);
    const many = Array.from({ length: 30 }, (_, i) => statement(`CVE-2030-${1000 + i}`));
    await repo.storeVexDocument({ document: document(many), sha256: 'doc-many', source: 'many.json' });
    const loaded = (await repo.loadStatements()).map((s) => s.vulnerability);
    expect(loaded.slice(-30)).toEqual(many.map((s) => s.vulnerability));
    expect(loaded.slice(0, 2)).toEqual(['CVE-2024-1', 'CVE-2024-2']);
  });
});
