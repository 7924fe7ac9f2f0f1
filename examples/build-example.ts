// Builds the shipped example estate (examples/estate, examples/feeds) from the real public data in
// ../shared/data. Run by a developer when the estate should change (`npx tsx examples/build-example.ts`); the
// product and its first run need only the files it writes. What is derived and how is in examples/README.md.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { stringify } from 'yaml';
import { rawRecords } from '../src/adapters/cli/commands/test-support/osv-fixtures.js';
import { osvZip } from '../src/adapters/feeds/test-support/zip-writer.js';
import { sharedData } from '../test/support/shared-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const estate = join(here, 'estate');
const feeds = join(here, 'feeds');
const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Each service: a real CC0 SBOM of CycloneDX/bom-examples, presented as the image it ships in. */
const SERVICES = [
  {
    workload: 'frontend',
    sbom: 'cdx-1.2_npm_juice-shop-11.1.2.json',
    image: 'registry.example.com/shop/juice-shop',
    tag: '11.1.2',
  },
  {
    workload: 'auth',
    sbom: 'cdx-1.2_maven_keycloak-10.0.2.json',
    image: 'registry.example.com/shop/keycloak',
    tag: '10.0.2',
  },
  {
    workload: 'bridge',
    sbom: 'cdx-1.2_golang_proton-bridge-1.8.0.json',
    image: 'registry.example.com/shop/proton-bridge',
    tag: 'v1.8.0',
  },
] as const;

rmSync(estate, { recursive: true, force: true });
rmSync(feeds, { recursive: true, force: true });
for (const d of ['sboms', 'kubernetes', 'vex']) mkdirSync(join(estate, d), { recursive: true });

const names = new Set<string>();
const images: Record<string, string> = {};
for (const s of SERVICES) {
  const bom = JSON.parse(readFileSync(sharedData('sbom', 'cyclonedx', s.sbom), 'utf8'));
  const digest = digestOf(`${s.image}:${s.tag}`);
  images[s.workload] = `${s.image}@sha256:${digest}`;
  // The document is kept whole; only its subject says which image, as an image scanner's SBOM would.
  bom.metadata.component = {
    type: 'container',
    name: s.image,
    version: s.tag,
    hashes: [{ alg: 'SHA-256', content: digest }],
  };
  writeFileSync(join(estate, 'sboms', `${s.workload}.cdx.json`), `${JSON.stringify(bom, null, 1)}\n`);
  for (const c of bom.components ?? []) for (const n of osvNamesOf(c.purl)) names.add(n);
}

/** The OSV names a purl may go by (Maven group:artifact, npm with scope, Go module path). */
function osvNamesOf(purl: unknown): string[] {
  if (typeof purl !== 'string') return [];
  const m = /^pkg:(maven|npm|golang)\/([^@?#]+)/.exec(purl);
  if (!m) return [];
  const path = decodeURIComponent(m[2] ?? '');
  if (m[1] === 'maven') return [path.replace('/', ':')];
  return [path.toLowerCase()];
}

// The topology: a namespace of three Deployments, an Ingress to the frontend, NetworkPolicies isolating the rest.
const deployment = (name: string) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'shop', labels: { app: name } },
  spec: {
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'server', image: images[name], ports: [{ containerPort: 8080 }] }] },
    },
  },
});
const service = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'shop' },
  spec: { selector: { app: name }, ports: [{ port: 80, targetPort: 8080 }] },
});
const ingress = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'frontend', namespace: 'shop' },
  spec: {
    rules: [
      {
        host: 'shop.example.com',
        http: {
          paths: [
            {
              path: '/',
              pathType: 'Prefix',
              backend: { service: { name: 'frontend', port: { number: 80 } } },
            },
            // the login server is reached from the internet too
            {
              path: '/auth',
              pathType: 'Prefix',
              backend: { service: { name: 'auth', port: { number: 80 } } },
            },
          ],
        },
      },
    ],
  },
};
const policies = [
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'deny-all', namespace: 'shop' },
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  },
  ...['bridge'].map((name) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: 'shop' },
    spec: {
      podSelector: { matchLabels: { app: name } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }] }],
    },
  })),
  ...['frontend', 'auth'].map((name) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: 'shop' },
    spec: { podSelector: { matchLabels: { app: name } }, policyTypes: ['Ingress'], ingress: [{}] },
  })),
];
const workloads = SERVICES.map((s) => s.workload);
writeFileSync(
  join(estate, 'kubernetes', 'shop.yaml'),
  [...workloads.flatMap((w) => [deployment(w), service(w)]), ingress, ...policies]
    .map((d) => stringify(d))
    .join('---\n'),
);
// The running pods, as `kubectl get pods -o json` lists them: they carry the digests, so the SBOMs are placed.
const pods = workloads.map((name) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: `${name}-6d4cf56db6-q8v2x`,
    namespace: 'shop',
    labels: { app: name, 'pod-template-hash': '6d4cf56db6' },
    ownerReferences: [
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${name}-6d4cf56db6`, controller: true },
    ],
  },
  spec: deployment(name).spec.template.spec,
  status: {
    phase: 'Running',
    containerStatuses: [{ name: 'server', image: images[name], imageID: images[name], ready: true }],
  },
}));
writeFileSync(
  join(estate, 'kubernetes', 'pods.json'),
  `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: pods }, null, 1)}\n`,
);

// One VEX statement, as the bridge's maintainers would publish it: the HTTP/2 rapid-reset flaw of x/net does
// not apply, since the bridge serves no HTTP/2.
const bridge = SERVICES.find((x) => x.workload === 'bridge');
if (!bridge) throw new Error('no bridge service');
writeFileSync(
  join(estate, 'vex', 'bridge.openvex.json'),
  `${JSON.stringify(
    {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/proton-bridge-2026-001',
      author: 'Example Shop platform team',
      timestamp: '2026-11-02T09:00:00Z',
      version: 1,
      statements: [
        {
          vulnerability: { name: 'CVE-2023-44487' },
          products: [
            {
              '@id': `pkg:oci/proton-bridge@sha256:${digestOf(`${bridge.image}:${bridge.tag}`)}?repository_url=registry.example.com/shop/proton-bridge`,
              subcomponents: [{ '@id': 'pkg:golang/golang.org/x/net' }],
            },
          ],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
          impact_statement: 'the bridge serves IMAP and SMTP only; no HTTP/2 server is started',
        },
      ],
    },
    null,
    1,
  )}\n`,
);

// The feeds: the OSV records (Maven, npm, Go) that name a package of the estate, and the KEV and EPSS rows of
// their CVEs.
const cves = new Set<string>();
for (const eco of ['Maven', 'npm', 'Go']) {
  const records = (await rawRecords(eco)).filter((r) =>
    ((r.affected ?? []) as { package?: { name?: string } }[]).some((a) => {
      const n = a.package?.name ?? '';
      return names.has(eco === 'Maven' ? n : n.toLowerCase());
    }),
  );
  for (const r of records)
    for (const id of [r.id, ...((r.aliases ?? []) as string[])])
      if (/^CVE-/.test(String(id))) cves.add(String(id));
  mkdirSync(join(feeds, 'osv', eco), { recursive: true });
  writeFileSync(
    join(feeds, 'osv', eco, 'all.zip'),
    osvZip(records.sort((a, b) => String(a.id).localeCompare(String(b.id)))),
  );
  console.log(`osv ${eco}: ${records.length} records`);
}
const kev = JSON.parse(readFileSync(sharedData('kev', 'known_exploited_vulnerabilities.json'), 'utf8'));
kev.vulnerabilities = kev.vulnerabilities.filter((v: { cveID: string }) => cves.has(v.cveID));
kev.count = kev.vulnerabilities.length;
writeFileSync(join(feeds, 'kev.json'), `${JSON.stringify(kev, null, 1)}\n`);
console.log(`kev: ${kev.count} entries`);
const epssFile = 'epss_scores-2026-08-16.csv.gz';
const lines = gunzipSync(readFileSync(sharedData('epss', epssFile)))
  .toString('utf8')
  .split('\n');
const kept = lines.filter((l, i) => i < 2 || cves.has(l.split(',')[0] ?? ''));
writeFileSync(join(feeds, epssFile.replace(/\.gz$/, '')), `${kept.join('\n')}\n`);
console.log(`epss: ${kept.length - 2} rows; ${cves.size} CVEs`);
