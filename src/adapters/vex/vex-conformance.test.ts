import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { parseVexText, type VexDocument, type VexStatus } from '../../core/vex/index.js';
import { readVexFile } from './read-vex-file.js';

// Every file under ../shared/data/vex, each checked against counts taken straight from its raw JSON.
const root = sharedData('vex');
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name))
  .sort();

// biome-ignore lint/suspicious/noExplicitAny: raw documents are walked as the specs describe them
type Raw = Record<string, any>;

// The status each format's own words mean, written out here independently of the parsers' tables.
const CYCLONEDX: Record<string, VexStatus> = {
  not_affected: 'not_affected',
  false_positive: 'not_affected',
  exploitable: 'affected',
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  in_triage: 'under_investigation',
};
const CSAF: Record<string, VexStatus> = {
  known_not_affected: 'not_affected',
  known_affected: 'affected',
  first_affected: 'affected',
  last_affected: 'affected',
  fixed: 'fixed',
  first_fixed: 'fixed',
  under_investigation: 'under_investigation',
};

interface Expected {
  format: VexDocument['format'];
  /** Products per status, summed over statements. */
  products: Partial<Record<VexStatus, number>>;
  /** Statements per status, where statements are one per source entry (OpenVEX, CycloneDX). */
  statements?: Partial<Record<VexStatus, number>>;
  vulnerabilities: string[];
}

const add = (counts: Partial<Record<VexStatus, number>>, status: VexStatus, n = 1) => {
  counts[status] = (counts[status] ?? 0) + n;
};

function expectedOf(raw: Raw): Expected {
  const products: Partial<Record<VexStatus, number>> = {};
  const statements: Partial<Record<VexStatus, number>> = {};
  if (raw.bomFormat === 'CycloneDX') {
    for (const v of raw.vulnerabilities ?? []) {
      const status = CYCLONEDX[v.analysis.state] as VexStatus;
      add(statements, status);
      for (const a of v.affects) add(products, status, a.versions?.length || 1);
    }
    return {
      format: 'cyclonedx',
      products,
      statements,
      vulnerabilities: (raw.vulnerabilities ?? []).map((v: Raw) => v.id),
    };
  }
  if (raw.document?.csaf_version) {
    for (const v of raw.vulnerabilities ?? [])
      for (const [list, ids] of Object.entries(v.product_status ?? {}))
        if (CSAF[list]) add(products, CSAF[list] as VexStatus, (ids as string[]).length);
    return { format: 'csaf', products, vulnerabilities: (raw.vulnerabilities ?? []).map((v: Raw) => v.cve) };
  }
  for (const s of raw.statements) {
    add(statements, s.status);
    add(products, s.status, s.products.length);
  }
  const names = raw.statements.map((s: Raw) =>
    typeof s.vulnerability === 'string' ? s.vulnerability : s.vulnerability.name,
  );
  return { format: 'openvex', products, statements, vulnerabilities: names };
}

function actualOf(doc: VexDocument): Expected {
  const products: Partial<Record<VexStatus, number>> = {};
  const statements: Partial<Record<VexStatus, number>> = {};
  for (const s of doc.statements) {
    add(statements, s.status);
    add(products, s.status, s.products.length);
  }
  return {
    format: doc.format,
    products,
    ...(doc.format === 'csaf' ? {} : { statements }),
    vulnerabilities: doc.statements.map((s) => s.vulnerability),
  };
}

describe('VEX conformance: every file under shared/data/vex', () => {
  it('finds the three formats and the zip', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(new Set(files.map((f) => relative(root, f).split('/')[0]))).toEqual(
      new Set(['openvex', 'cyclonedx', 'csaf']),
    );
    expect(files.some((f) => f.endsWith('.zip'))).toBe(true);
  });

  it.each(files.map((f) => [relative(root, f), f]))(
    '%s parses, with the statuses its raw JSON holds',
    async (_name, file) => {
      const documents = await readVexFile(file);
      expect(documents.length).toBeGreaterThan(0);
      for (const { name, bytes } of documents) {
        const text = Buffer.from(bytes).toString('utf8');
        const parsed = parseVexText(text);
        if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
        const expected = expectedOf(JSON.parse(text));
        expect(expected.format).toBe(relative(root, file).split('/')[0]);
        const actual = actualOf(parsed.value);
        expect({ name, ...actual, vulnerabilities: [...new Set(actual.vulnerabilities)].sort() }).toEqual({
          name,
          ...expected,
          vulnerabilities: [...new Set(expected.vulnerabilities)].sort(),
        });
      }
    },
  );

  it('reads every entry of the Docker Hardened Images zip as its own document', async () => {
    const zip = files.find((f) => f.endsWith('docker-hardened-images_vex.zip'))!;
    const documents = await readVexFile(zip);
    expect(documents.length).toBeGreaterThan(50);
    expect(documents.every((d) => d.name.startsWith(`${zip}!vex/`) && d.name.endsWith('.json'))).toBe(true);
  });
});
