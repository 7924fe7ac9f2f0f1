import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { runCli } from '../../src/adapters/cli/test-support/run-cli.js';
import type { Exposure } from '../../src/app/exposures/index.js';
import { sharedData } from '../support/shared-data.js';

// A newcomer's first run, with no cluster: real image SBOMs deployed into the real online-boutique topology
// (its manifests, ingress and network policies, plus the pods `kubectl get pods -o json` would list), real
// OSV (a mirror folder of four ecosystems), KEV and EPSS — through `vigil scan`, the README's main job.

const digestOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const ALPINE = 'sha256:cbaa390ec61abd889dfa5146a411c11717c19ef9e5e18458dbdc06439076ffe7';
const MONGO = 'sha256:fd73df9425bd48f25d7e913422af8124a6eadbd5d99f67bbd4a8b121f59b1187';
// Keycloak 10.0.2's real dependency SBOM, presented as the image it ships in: the document is kept whole and
// only its subject says which image (as an image scanner's SBOM would).
const KEYCLOAK = digestOf('registry.example.com/shop/keycloak:10.0.2');
const KEYCLOAK_IMAGE = `registry.example.com/shop/keycloak@${KEYCLOAK}`;

const IMAGES: Record<string, string> = {
  frontend: KEYCLOAK_IMAGE,
  'redis-cart': `docker.io/library/alpine@${ALPINE}`,
};
const imageFor = (workload: string): string => IMAGES[workload] ?? `docker.io/library/mongo@${MONGO}`;

let root: string;
let env: Record<string, string | undefined>;
let exposures: Exposure[];
let prodScan: { code: number; stdout: string; stderr: string };

function writeEvidence(): { prod: string; staging: string; mirror: string } {
  const prod = join(root, 'evidence', 'prod');
  const staging = join(root, 'evidence', 'staging');
  const mirror = join(root, 'osv-mirror');
  for (const d of [prod, staging, mirror]) mkdirSync(d, { recursive: true });
  for (const eco of ['Maven', 'Alpine', 'Ubuntu', 'Go']) {
    mkdirSync(join(mirror, eco));
    symlinkSync(sharedData('osv', eco, 'all.zip'), join(mirror, eco, 'all.zip'));
  }
  // SBOMs
  for (const f of ['cdx-1.4_image_alpine-latest_syft.json', 'cdx-1.4_image_mongo_syft.json']) {
    writeFileSync(join(prod, f), readFileSync(sharedData('sbom', 'cyclonedx', f)));
  }
  const keycloak = JSON.parse(
    readFileSync(sharedData('sbom', 'cyclonedx', 'cdx-1.2_maven_keycloak-10.0.2.json'), 'utf8'),
  );
  keycloak.metadata.component = {
    type: 'container',
    name: 'registry.example.com/shop/keycloak',
    version: '10.0.2',
    hashes: [{ alg: 'SHA-256', content: KEYCLOAK.slice('sha256:'.length) }],
  };
  writeFileSync(join(prod, 'keycloak-image.cdx.json'), JSON.stringify(keycloak));

  // The online-boutique manifests, with each image pinned to the digest of an SBOM above.
  const docs = parseAllDocuments(
    readFileSync(sharedData('k8s', 'manifests', 'online-boutique', 'kubernetes-manifests.yaml'), 'utf8'),
  )
    .map((d) => d.toJS())
    .filter((d) => d);
  const deployments = docs.filter((d) => d.kind === 'Deployment');
  for (const d of deployments)
    for (const c of d.spec.template.spec.containers) c.image = imageFor(d.metadata.name);
  writeFileSync(join(prod, 'kubernetes-manifests.yaml'), docs.map((d) => stringify(d)).join('---\n'));
  writeFileSync(
    join(prod, 'frontend-ingress.yaml'),
    readFileSync(sharedData('k8s', 'manifests', 'online-boutique', 'frontend-ingress.yaml')),
  );
  mkdirSync(join(prod, 'network-policies'));
  for (const f of [
    'network-policy-deny-all.yaml',
    'network-policy-frontend.yaml',
    'network-policy-redis.yaml',
    'network-policy-cartservice.yaml',
  ]) {
    writeFileSync(
      join(prod, 'network-policies', f),
      readFileSync(sharedData('k8s', 'manifests', 'online-boutique', 'network-policies', f)),
    );
  }
  // The running pods, as `kubectl get pods -o json` lists them.
  const pods = deployments.map((d) => {
    const name = d.metadata.name as string;
    const image = imageFor(name);
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${name}-5d8c9f7b6-x7k2p`,
        namespace: 'default',
        labels: { ...d.spec.template.metadata.labels, 'pod-template-hash': '5d8c9f7b6' },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${name}-5d8c9f7b6`, controller: true },
        ],
      },
      spec: d.spec.template.spec,
      status: {
        phase: 'Running',
        containerStatuses: d.spec.template.spec.containers.map((c: { name: string }) => ({
          name: c.name,
          image,
          imageID: image,
          ready: true,
        })),
        // init containers keep the image the manifest pins (loadgenerator's busybox: no SBOM for it)
        initContainerStatuses: (d.spec.template.spec.initContainers ?? []).map(
          (c: { name: string; image: string }) => ({
            name: c.name,
            image: c.image,
            imageID: c.image,
            ready: true,
          }),
        ),
      },
    };
  });
  writeFileSync(join(prod, 'pods.json'), JSON.stringify({ apiVersion: 'v1', kind: 'List', items: pods }));

  // Staging: an internal batch job running the same keycloak image, no Service, no Ingress.
  writeFileSync(
    join(staging, 'report-export.yaml'),
    stringify({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'report-export', namespace: 'batch' },
      spec: {
        schedule: '0 3 * * *',
        jobTemplate: {
          spec: {
            template: {
              spec: { restartPolicy: 'OnFailure', containers: [{ name: 'export', image: KEYCLOAK_IMAGE }] },
            },
          },
        },
      },
    }),
  );
  return { prod, staging, mirror };
}

describe('first run: vigil scan on real data', () => {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
    const { prod, staging, mirror } = writeEvidence();
    env = { VIGIL_HOME: join(root, 'home'), VIGIL_OSV_MIRROR: mirror, HOME: root, KUBECONFIG: undefined };
    const feeds = [
      '--kev',
      sharedData('kev', 'known_exploited_vulnerabilities.json'),
      '--epss',
      sharedData('epss'),
    ];
    prodScan = await runCli(
      ['scan', prod, '--env', 'production', '--cluster', 'prod-eu', ...feeds, '--limit', '20'],
      { env },
    );
    const stagingScan = await runCli(['scan', staging, '--env', 'staging', '--no-sync', '--format', 'json'], {
      env,
    });
    expect(stagingScan.code, stagingScan.stderr).toBe(0);
    exposures = JSON.parse(stagingScan.stdout) as Exposure[];
  }, 600_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('ingests the evidence, syncs the feeds and prints ranked exposures', () => {
    expect(prodScan.code, prodScan.stderr).toBe(0);
    expect(prodScan.stderr).toMatch(/evidence: 3 SBOMs, \d+ Kubernetes files, 0 VEX documents/);
    expect(prodScan.stdout).toMatch(/^DECISION\s+SCORE\s+VULNERABILITY/m);
    expect(prodScan.stdout).toMatch(/\d+ of \d+ exposures/);
  });

  it('ranks an internet-facing, KEV-listed exposure in production above the same finding in an internal staging batch job', () => {
    const kev = new Set(
      (
        JSON.parse(readFileSync(sharedData('kev', 'known_exploited_vulnerabilities.json'), 'utf8')) as {
          vulnerabilities: { cveID: string }[];
        }
      ).vulnerabilities.map((v) => v.cveID),
    );
    const prodKev = exposures.filter(
      (e) =>
        e.environment === 'production' &&
        e.workload === 'default/frontend' &&
        e.ids.some((id) => kev.has(id)),
    );
    expect(prodKev.length).toBeGreaterThan(0);
    const top = prodKev[0]!;
    expect(top.running).toBe(true);
    expect(top.reasons.map((r) => r.text).join('\n')).toMatch(/internet-facing/);
    expect(top.reasons.map((r) => r.text).join('\n')).toMatch(/in CISA KEV since/);
    const same = exposures.find(
      (e) =>
        e.environment === 'staging' &&
        e.vulnerability === top.vulnerability &&
        e.component.purl === top.component.purl,
    );
    expect(same, 'the same finding in the staging batch job').toBeDefined();
    expect(same!.workload).toBe('batch/report-export');
    expect(exposures.indexOf(top)).toBeLessThan(exposures.indexOf(same!));
    expect(top.decision).toBe('Act');
    expect(['Attend', 'Track*', 'Track']).toContain(same!.decision);
  });

  it('answers where an advisory runs, by any of its ids', async () => {
    const kevHit = exposures.find(
      (e) => e.environment === 'production' && e.reasons.some((r) => r.text.startsWith('in CISA KEV')),
    )!;
    const alias = kevHit.ids.find((id) => id.startsWith('GHSA-')) ?? kevHit.ids[0]!;
    const r = await runCli(['impact', alias, '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const impact = JSON.parse(r.stdout) as {
      exposures: { environment: string; workload: string; path: string[] }[];
    };
    const where = impact.exposures.map((e) => `${e.environment}/${e.workload}`);
    expect(where).toContain('production/default/frontend');
    expect(where).toContain('staging/batch/report-export');
    expect(impact.exposures[0]?.path[0]).toBe('registry.example.com/shop/keycloak');
  });

  it('counts by decision and environment, with SBOM coverage', async () => {
    const r = await runCli(['status', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const status = JSON.parse(r.stdout) as {
      byEnvironment: { environment: string }[];
      coverage: { environment: string; percent: number }[];
    };
    expect(status.byEnvironment.map((e) => e.environment)).toEqual(['production', 'staging']);
    // loadgenerator's busybox init container has no SBOM: production coverage is below 100%
    const prod = status.coverage.find((c) => c.environment === 'production');
    expect(prod?.percent).toBeGreaterThan(0);
    expect(prod?.percent).toBeLessThan(100);
  });
});
