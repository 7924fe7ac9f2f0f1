import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdvisoryWrite } from '../../app/feeds/index.js';
import { diffKevCatalog, indexAdvisory, type OsvRecord } from '../../core/advisory/index.js';
import { createExposureRepository } from './exposure-repository.js';
import { createFeedRepositories } from './feed-repositories.js';
import { STORES, type TestDatabase } from './test-support/databases.js';

const record = (id: string, fields: Partial<OsvRecord> = {}): OsvRecord => ({
  id,
  modified: '2024-01-01T00:00:00Z',
  summary: `summary of ${id}`,
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'Demo_Pkg' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }],
    },
  ],
  ...fields,
});
const write = (r: OsvRecord): AdvisoryWrite => ({
  record: r,
  text: JSON.stringify(r),
  index: indexAdvisory(r),
});

describe.each(STORES)('advisory, KEV and EPSS repositories on the $kind store', ({ create }) => {
  let t: TestDatabase;
  let repos: ReturnType<typeof createFeedRepositories>;
  let syncId: number;
  const batch = (records: OsvRecord[], cursor = 'z') =>
    repos.advisories.writeBatch({ syncId, source: 'test', records: records.map(write), cursor, rejected: 0 });

  beforeAll(async () => {
    t = await create();
    repos = createFeedRepositories(t.db);
    syncId = (
      await repos.syncs.start({ feed: 'osv', scope: 'PyPI', location: 'test', mode: 'full', sha256: 'abc' })
    ).id;
  });
  afterAll(() => t.dispose());

  it('writes new records only when their modified is newer, and moves the cursor with the batch', async () => {
    expect(await batch([record('A-1'), record('A-2')], 'A-2.json')).toMatchObject({
      new: 2,
      modified: 0,
      unchanged: 0,
    });
    expect(await batch([record('A-1'), record('A-2', { modified: '2023-06-01T00:00:00Z' })])).toMatchObject({
      new: 0,
      unchanged: 2,
    });
    expect(
      await batch([record('A-1', { modified: '2024-01-01T00:00:00.000001Z', summary: 'new' })], 'A-3.json'),
    ).toMatchObject({
      modified: 1,
      unchanged: 0,
    });
    expect((await repos.advisories.findGroup('A-1'))?.advisories[0]?.record.summary).toBe('new');
    const resumable = await repos.syncs.resumable('osv', 'PyPI', 'abc');
    expect(resumable?.cursor).toBe('A-3.json');
    expect(resumable?.counts).toMatchObject({ new: 2, modified: 1, unchanged: 2 });
  });

  it('finds records by package as the matcher names it, and drops withdrawn ones', async () => {
    expect((await repos.advisories.forPackage('PyPI', 'demo-pkg')).map((a) => a.id)).toEqual(['A-1', 'A-2']);
    const counts = await batch([
      record('A-2', { modified: '2024-03-01T00:00:00Z', withdrawn: '2024-03-01T00:00:00Z' }),
    ]);
    expect(counts).toMatchObject({ modified: 1, withdrawn: 1 });
    expect((await repos.advisories.forPackage('PyPI', 'demo-pkg')).map((a) => a.id)).toEqual(['A-1']);
    expect((await repos.advisories.findGroup('A-2'))?.advisories[0]?.withdrawn).toBeInstanceOf(Date);
  });

  it('groups records linked by aliases into one vulnerability, found by any id in any case', async () => {
    await batch([record('GHSA-aaaa', { aliases: ['CVE-2021-0001'] })]);
    await batch([record('PYSEC-2021-1', { aliases: ['GHSA-aaaa', 'CVE-2021-0001'] }), record('OTHER-1')]);
    const group = await repos.advisories.findGroup('cve-2021-0001');
    expect(group?.vulnerabilityId).toBe('CVE-2021-0001');
    expect(group?.ids).toEqual(['CVE-2021-0001', 'GHSA-aaaa', 'PYSEC-2021-1']);
    expect(group?.advisories.map((a) => a.id)).toEqual(['GHSA-aaaa', 'PYSEC-2021-1']);
    expect((await repos.advisories.findGroup('OTHER-1'))?.ids).toEqual(['OTHER-1']);
    expect(await repos.advisories.findGroup('CVE-1999-9999')).toBeUndefined();
  });

  it('regroups records outside the batch when a change splits their component', async () => {
    await batch([record('B-2', { aliases: ['B-1'] }), record('B-1', { aliases: ['CVE-2022-0001'] })]);
    expect((await repos.advisories.findGroup('B-2'))?.vulnerabilityId).toBe('CVE-2022-0001');
    await batch([record('B-1', { modified: '2024-06-01T00:00:00Z' })]);
    expect((await repos.advisories.findGroup('B-2'))?.vulnerabilityId).toBe('B-1');
    expect((await repos.advisories.findGroup('B-1'))?.ids).toEqual(['B-1', 'B-2']);
    expect(await repos.advisories.findGroup('CVE-2022-0001')).toBeUndefined();
  });

  it('counts advisories per ecosystem', async () => {
    const counts = await repos.advisories.countsByEcosystem();
    expect(counts).toEqual([{ ecosystem: 'PyPI', advisories: 7, withdrawn: 1 }]);
  });

  it('keeps KEV history: the first dateAdded, changes and removals', async () => {
    const entry = (cveID: string, dateAdded: string, ransomware = 'Unknown') => ({
      cveID,
      vendorProject: 'Acme',
      product: 'Widget',
      vulnerabilityName: 'RCE',
      dateAdded,
      shortDescription: 'bad',
      requiredAction: 'patch',
      dueDate: '2024-02-01',
      knownRansomwareCampaignUse: ransomware,
    });
    const apply = async (version: string, released: string, vulnerabilities: ReturnType<typeof entry>[]) => {
      const catalog = {
        catalogVersion: version,
        dateReleased: released,
        count: vulnerabilities.length,
        vulnerabilities,
      };
      await repos.kev.apply(catalog, diffKevCatalog(await repos.kev.entries(), catalog), 'kev.json');
    };
    await apply('2024.01.01', '2024-01-01T00:00:00Z', [
      entry('CVE-2021-0001', '2024-01-01'),
      entry('CVE-2021-0002', '2024-01-01'),
    ]);
    await apply('2024.02.01', '2024-02-01T00:00:00Z', [entry('CVE-2021-0001', '2024-01-15', 'Known')]);
    expect((await repos.kev.latestCatalog())?.catalogVersion).toBe('2024.02.01');
    const [first, second] = await repos.kev.listings(['CVE-2021-0001', 'CVE-2021-0002']);
    expect(first).toMatchObject({
      firstDateAdded: '2024-01-01',
      entry: { dateAdded: '2024-01-15', knownRansomwareCampaignUse: 'Known' },
    });
    expect(first?.history).toEqual([
      { catalogVersion: '2024.01.01', change: 'added' },
      { catalogVersion: '2024.02.01', change: 'changed' },
    ]);
    expect(second).toMatchObject({ removedIn: '2024.02.01' });
  });

  it('keeps EPSS days: the score of a CVE on a day, and the newest', async () => {
    const day = (scoreDate: string, epss: string) => ({
      modelVersion: 'v2025.03.14',
      scoreDate,
      cves: ['CVE-2021-0001', 'CVE-2021-0002'],
      epss: [epss, '0.5'],
      percentiles: ['0.9', '0.95'],
    });
    await repos.epss.replaceDay(day('2025-08-01', '0.1'), 'a.csv');
    await repos.epss.replaceDay(day('2025-08-08', '0.2'), 'b.csv');
    await repos.epss.replaceDay(day('2025-08-08', '0.25'), 'b2.csv');
    expect((await repos.epss.days()).map((d) => [d.scoreDate, d.rows])).toEqual([
      ['2025-08-01', 2],
      ['2025-08-08', 2],
    ]);
    expect(await repos.epss.scores(['CVE-2021-0001'])).toEqual([
      {
        cveId: 'CVE-2021-0001',
        scoreDate: '2025-08-08',
        epss: 0.25,
        percentile: 0.9,
        modelVersion: 'v2025.03.14',
      },
    ]);
    expect((await repos.epss.scores(['CVE-2021-0001'], '2025-08-05'))[0]).toMatchObject({
      scoreDate: '2025-08-01',
      epss: 0.1,
    });
    expect(await repos.epss.scores(['CVE-2021-0001'], '2025-07-01')).toEqual([]);
  });

  it('gives advisory show and the ranking one EPSS rule: a CVE missing from the newest day keeps its last score', async () => {
    await repos.epss.replaceDay(
      {
        modelVersion: 'v2025.03.14',
        scoreDate: '2025-09-01',
        cves: ['CVE-2021-0003'],
        epss: ['0.3'],
        percentiles: ['0.7'],
      },
      'c.csv',
    );
    await repos.epss.replaceDay(
      {
        modelVersion: 'v2025.03.14',
        scoreDate: '2025-09-02',
        cves: ['CVE-2021-0004'],
        epss: ['0.4'],
        percentiles: ['0.8'],
      },
      'd.csv',
    );
    const cves = ['CVE-2021-0003', 'CVE-2021-0004'];
    const shown = (await repos.epss.scores(cves)).map((s) => [s.cveId, s.scoreDate, s.epss]);
    const ranked = (await createExposureRepository(t.db).epss(cves)).map((s) => [
      s.cve,
      s.date,
      s.probability,
    ]);
    expect(shown).toEqual([
      ['CVE-2021-0003', '2025-09-01', expect.closeTo(0.3, 5)],
      ['CVE-2021-0004', '2025-09-02', expect.closeTo(0.4, 5)],
    ]);
    expect(ranked).toEqual(shown);
  });
});
