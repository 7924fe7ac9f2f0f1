import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKubernetesText } from '../../src/adapters/kubernetes/read-kubernetes-files.js';
import { parseSbom } from '../../src/adapters/sbom/parse-sbom.js';
import { parseEpssCsv } from '../../src/core/advisory/epss-csv.js';
import { parseKevCatalog } from '../../src/core/advisory/kev-catalog.js';
import { parseOsvRecord } from '../../src/core/advisory/parse-osv-record.js';
import { ISSUE_CODES } from '../../src/core/input/index.js';
import { parsePurl } from '../../src/core/purl/index.js';
import { buildKubernetesSnapshot, readKubernetesObjects } from '../../src/core/twin/index.js';
import { SCHEMES } from '../../src/core/version/schemes.js';
import { VersionError } from '../../src/core/version/version-error.js';
import { parseVexText } from '../../src/core/vex/parse-vex.js';
import { repoRoot, sharedData } from '../support/shared-data.js';

// Seeded, bounded fuzzing of every parser (#16): whatever the input, a parser answers with issues whose codes are
// in the catalogue (exit 2 / HTTP 400), never another exception, never touches Object.prototype, and answers
// quickly. Inputs: random text, and mutations of real documents (a node replaced by hostile JSON, a key dropped,
// bytes spliced into the text).

const SEED = Number(process.env.VIGIL_FUZZ_SEED ?? 20261204);
const RUNS = Number(process.env.VIGIL_FUZZ_RUNS ?? 150);
/** Per input; generous for a loaded 2-core machine: a parser that hangs or backtracks takes far longer. */
const TIME_CAP_MS = 3_000;

type Result = { ok: true } | { ok: false; issues: readonly { code: string }[] };

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',');
const PROTOTYPE = prototypeKeys();

/** Runs one parse of one input and checks what it answered. */
function check(what: string, input: unknown, parse: () => Result | undefined): void {
  const started = performance.now();
  let result: Result | undefined;
  try {
    result = parse();
  } catch (error) {
    throw new Error(`${what} threw on ${JSON.stringify(input)?.slice(0, 400)}: ${(error as Error).stack}`);
  }
  const took = performance.now() - started;
  expect(took, `${what} took ${took} ms`).toBeLessThan(TIME_CAP_MS);
  if (result && !result.ok) {
    expect(result.issues.length, `${what}: a refusal says why`).toBeGreaterThan(0);
    for (const issue of result.issues) expect(Object.hasOwn(ISSUE_CODES, issue.code), issue.code).toBe(true);
  }
  expect(prototypeKeys()).toBe(PROTOTYPE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** JSON values an attacker would send: prototype keys, NUL, long and odd strings, numbers that are not ints. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    { __proto__: { polluted: 1 } },
    JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
    'a\u0000b',
    '\uFEFF',
    '\uD800',
    'x'.repeat(20_000),
    -0,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '../../../../etc/passwd',
    'pkg:npm/%00@1',
    `1.0.0-${'0'.repeat(5000)}`,
    '((((((((((((((((((((((((((((((a',
    [],
    {},
    null,
  ),
);

/** A document with `edits` applied: each walks down by the numbers given and replaces, drops or doubles a node. */
function mutate(doc: unknown, edits: readonly (readonly [readonly number[], number, unknown])[]): unknown {
  const copy = structuredClone(doc);
  for (const [path, op, value] of edits) {
    let node: unknown = copy;
    for (const step of path) {
      const children = node !== null && typeof node === 'object' ? Object.keys(node) : [];
      if (children.length === 0) break;
      const key = children[step % children.length] as string;
      const child = (node as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object' || step % 3 === 0) {
        const parent = node as Record<string, unknown>;
        if (op % 3 === 0) parent[key] = value;
        else if (op % 3 === 1 && !Array.isArray(parent)) delete parent[key];
        else parent[key] = [child, child];
        break;
      }
      node = child;
    }
  }
  return copy;
}
const edits = fc.array(fc.tuple(fc.array(fc.nat(), { maxLength: 8 }), fc.nat(), hostileJson), {
  minLength: 1,
  maxLength: 4,
});

/** Text with bytes spliced in or cut out at random places. */
const spliced = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((cuts) =>
      cuts.reduce((t, [at, drop, insert]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + insert + t.slice(i + drop);
      }, text),
    );

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const junk = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));
const options = { numRuns: RUNS, seed: SEED } as const;

describe('fuzzing every parser (seeded, bounded)', () => {
  const sboms = {
    cyclonedxJson: readJson(
      sharedData('sbom', 'cyclonedx', 'cdx-1.4_image_distroless-static-nonroot_syft.json'),
    ),
    spdxJson: readJson(sharedData('sbom', 'spdx', 'spdx-2.3_julia_trivy.json')),
  };
  const fixtures = join(repoRoot, 'src/adapters/sbom/fixtures');

  it.each(Object.entries(sboms))('SBOM parser on mutated %s', (name, doc) => {
    fc.assert(
      fc.property(edits, (e) => {
        const text = JSON.stringify(mutate(doc, e));
        check(`parseSbom(${name})`, text, () => parseSbom(text, { fileName: `${name}.json` }));
      }),
      { ...options, numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it.each([
    ['CycloneDX XML', readFileSync(join(fixtures, 'cdx-1.6-node-service.xml'), 'utf8')],
    ['SPDX tag-value', readFileSync(join(fixtures, 'spdx-2.3-python-app.spdx'), 'utf8')],
  ])('SBOM parser on spliced %s, and on junk', (name, text) => {
    fc.assert(
      fc.property(fc.oneof(spliced(text), junk), (t) =>
        check(`parseSbom(${name})`, t, () => parseSbom(t, { fileName: 'fuzzed' })),
      ),
      options,
    );
  });

  it('Kubernetes reader on mutated objects, spliced YAML and junk', () => {
    const object = readJson(sharedData('k8s', 'objects', 'deployment_icx_icx-db.json'));
    const yaml = readFileSync(
      sharedData('k8s', 'manifests', 'online-boutique', 'kubernetes-manifests.yaml'),
      'utf8',
    ).slice(0, 4000);
    const read = (text: string) => () => {
      const docs = parseKubernetesText(text, 'fuzzed.yaml');
      if (!docs.ok) return docs;
      const set = readKubernetesObjects(docs.value, { defaultNamespace: 'default' });
      return set.ok ? buildKubernetesSnapshot(set.value) : set;
    };
    fc.assert(
      fc.property(
        fc.oneof(
          edits.map((e) => JSON.stringify(mutate(object, e))),
          spliced(yaml),
          junk,
        ),
        (text) => check('kubernetes', text, read(text)),
      ),
      options,
    );
  });

  it.each([
    ['OpenVEX', sharedData('vex', 'openvex', 'go-vex_v020-1.vex.json')],
    ['CycloneDX VEX', sharedData('vex', 'cyclonedx', 'cisa-case-2_vex.json')],
    ['CSAF', sharedData('vex', 'csaf', 'oasis-csaf2.0_2022-evd-uc-01-a-001.json')],
  ])('VEX parser on mutated %s', (name, path) => {
    const doc = readJson(path);
    fc.assert(
      fc.property(
        fc.oneof(
          edits.map((e) => JSON.stringify(mutate(doc, e))),
          junk,
        ),
        (text) => check(`parseVexText(${name})`, text, () => parseVexText(text)),
      ),
      options,
    );
  });

  it('OSV, KEV and EPSS parsers on mutated records and junk', () => {
    const osv = {
      schema_version: '1.6.0',
      id: 'GHSA-xxxx-yyyy-zzzz',
      modified: '2024-01-02T00:00:00Z',
      published: '2024-01-01T00:00:00Z',
      aliases: ['CVE-2024-0001'],
      summary: 'a flaw',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'lodash', purl: 'pkg:npm/lodash' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
          versions: ['4.17.20'],
        },
      ],
    };
    const kev = JSON.stringify({
      title: 'CISA Catalog of Known Exploited Vulnerabilities',
      catalogVersion: '2024.01.01',
      dateReleased: '2024-01-01T00:00:00.000Z',
      count: 1,
      vulnerabilities: [
        {
          cveID: 'CVE-2024-0001',
          vendorProject: 'v',
          product: 'p',
          vulnerabilityName: 'n',
          dateAdded: '2024-01-01',
          shortDescription: 'd',
          requiredAction: 'a',
          dueDate: '2024-01-21',
          knownRansomwareCampaignUse: 'Unknown',
          notes: '',
        },
      ],
    });
    const epss =
      '#model_version:v2023.03.01,score_date:2024-01-01T00:00:00+0000\ncve,epss,percentile\nCVE-2024-0001,0.5,0.9\n';
    fc.assert(
      fc.property(edits, fc.oneof(spliced(kev), junk), fc.oneof(spliced(epss), junk), (e, k, s) => {
        const record = mutate(osv, e);
        check('parseOsvRecord', record, () => parseOsvRecord(record, 'fuzzed.json'));
        check('parseKevCatalog', k, () => parseKevCatalog(k, 'kev.json'));
        check('parseEpssCsv', s, () => parseEpssCsv(s, 'epss.csv'));
      }),
      options,
    );
  });

  it('purls and every version scheme on junk: issues or keys, and comparisons that only refuse invalid versions', () => {
    const versionish = fc.oneof(
      junk,
      fc.stringMatching(/^[0-9a-zA-Z.+~^:_-]{0,40}$/),
      fc.constantFrom(`1.0.0-${'0'.repeat(5000)}`, `${'1.'.repeat(3000)}1`, '1'.repeat(400), '~~~~^^^^'),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          junk,
          versionish.map((v) => `pkg:npm/x@${v}`),
        ),
        versionish,
        versionish,
        (p, a, b) => {
          check('parsePurl', p, () => parsePurl(p));
          for (const scheme of Object.values(SCHEMES)) {
            check(`${scheme.id}.parse`, a, () => {
              scheme.parse(a);
              scheme.isValid(b);
              return undefined;
            });
            try {
              scheme.compare(a, b);
            } catch (error) {
              expect(
                error,
                `${scheme.id}.compare(${JSON.stringify(a)}, ${JSON.stringify(b)})`,
              ).toBeInstanceOf(VersionError);
            }
          }
        },
      ),
      options,
    );
  });
});

describe('what the fuzzing found, kept as cases', () => {
  it('a YAML alias without its anchor is a YAML issue naming the document, not a ReferenceError', () => {
    expect(parseKubernetesText('*!', 'x.yaml')).toMatchObject({
      ok: false,
      issues: [{ code: 'K8S_YAML_INVALID', path: 'x.yaml#1', message: expect.stringMatching(/alias/) }],
    });
  });

  it('an unclosed XML processing instruction is malformed XML, not a thrown error', () => {
    const text =
      '<?xml 1.0" encoding="UTF-8"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1"></bom>';
    expect(parseSbom(text, { fileName: 'bom.xml' })).toMatchObject({
      ok: false,
      issues: [{ code: 'SBOM_XML_MALFORMED' }],
    });
  });
});
