import { describe, expect, it } from 'vitest';
import { diffKevCatalog, type StoredKevEntry } from './diff-kev-catalog.js';
import { type KevEntry, parseKevCatalog } from './kev-catalog.js';

const entry = (cveID: string, fields: Partial<KevEntry> = {}): KevEntry => ({
  cveID,
  vendorProject: 'Acme',
  product: 'Widget',
  vulnerabilityName: 'Widget RCE',
  dateAdded: '2024-01-02',
  shortDescription: 'bad',
  requiredAction: 'patch',
  dueDate: '2024-01-23',
  knownRansomwareCampaignUse: 'Unknown',
  notes: '',
  cwes: ['CWE-78'],
  ...fields,
});
const catalog = (vulnerabilities: unknown[]) =>
  JSON.stringify({
    catalogVersion: '2024.01.02',
    dateReleased: '2024-01-02T10:00:00.000Z',
    count: vulnerabilities.length,
    vulnerabilities,
  });

describe('parseKevCatalog', () => {
  it('reads a catalog', () => {
    const result = parseKevCatalog(catalog([entry('CVE-2024-0001')]), 'kev.json');
    expect(result.ok && result.value.vulnerabilities[0]?.cveID).toBe('CVE-2024-0001');
  });

  it.each<[string, string, string, RegExp]>([
    ['not JSON', '<html>', 'kev.json', /not JSON .*expected the KEV catalog/],
    [
      'a bad CVE id',
      catalog([entry('CVE-24-1')]),
      'kev.json: vulnerabilities[0].cveID',
      /"CVE-24-1": expected a CVE id/,
    ],
    [
      'a bad date',
      catalog([entry('CVE-2024-0001', { dateAdded: '2024-13-01' })]),
      'kev.json: vulnerabilities[0].dateAdded',
      /YYYY-MM-DD/,
    ],
    [
      'a CVE listed twice',
      catalog([entry('CVE-2024-0001'), entry('CVE-2024-0001')]),
      'kev.json: vulnerabilities[1].cveID',
      /listed twice/,
    ],
  ])('fails the whole catalog on %s', (_what, text, path, message) => {
    const result = parseKevCatalog(text, 'kev.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.path).toBe(path);
      expect(result.issues[0]?.message).toMatch(message);
    }
  });
});

describe('diffKevCatalog', () => {
  it('tells added, changed, restored, removed and unchanged entries apart', () => {
    const stored = new Map<string, StoredKevEntry>([
      ['CVE-1', { entry: entry('CVE-1'), listed: true }],
      ['CVE-2', { entry: entry('CVE-2'), listed: true }],
      ['CVE-3', { entry: entry('CVE-3'), listed: false }],
      ['CVE-4', { entry: entry('CVE-4'), listed: true }],
    ]);
    // key order differs, as it does when read back from jsonb: still unchanged
    const reordered = Object.fromEntries(Object.entries(entry('CVE-1')).reverse()) as KevEntry;
    const next = {
      catalogVersion: '2',
      dateReleased: '2024-02-01T00:00:00Z',
      count: 4,
      vulnerabilities: [
        reordered,
        entry('CVE-2', { knownRansomwareCampaignUse: 'Known' }),
        entry('CVE-3'),
        entry('CVE-5'),
      ],
    };
    const changes = diffKevCatalog(stored, next);
    expect(changes.unchanged).toBe(1);
    expect(changes.changed.map((e) => e.cveID)).toEqual(['CVE-2']);
    expect(changes.restored.map((e) => e.cveID)).toEqual(['CVE-3']);
    expect(changes.added.map((e) => e.cveID)).toEqual(['CVE-5']);
    expect(changes.removed).toEqual(['CVE-4']);
  });
});
