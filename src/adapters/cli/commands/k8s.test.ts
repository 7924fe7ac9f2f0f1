import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { sharedData } from '../../../../test/support/shared-data.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';

const boutique = sharedData('k8s', 'manifests', 'online-boutique');
const manifests = join(boutique, 'kubernetes-manifests.yaml');
const policies = readdirSync(join(boutique, 'network-policies')).map((f) =>
  join(boutique, 'network-policies', f),
);

/** The Deployments the manifest file declares, read here independently of the code under test. */
const declaredDeployments = parseAllDocuments(readFileSync(manifests, 'utf8'))
  .map((d) => d.toJS() as { kind?: string; metadata?: { name?: string } } | null)
  .filter((o) => o?.kind === 'Deployment')
  .map((o) => o?.metadata?.name);

interface ShowRow {
  workload: string;
  kind: string;
  digest: string | null;
  internetFacing: boolean;
  exposure: string[];
  networkPolicyIsolated: boolean;
}

describe.each(STORES)('k8s import, deploy record and twin on $kind', ({ create }) => {
  let t: TestDatabase;
  const cli = (...argv: string[]) => runCli(argv, { env: t.env });
  const show = async (...argv: string[]) => {
    const r = await cli('twin', 'show', '--json', ...argv);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as ShowRow[];
  };
  beforeAll(async () => {
    t = await create();
    await t.db.close(); // the CLI opens the store itself (the embedded one admits one process)
  });
  afterAll(() => t?.dispose());

  it('imports online-boutique: every Deployment shows, frontend is internet-facing, the others isolated', async () => {
    const r = await cli(
      'k8s',
      'import',
      manifests,
      join(boutique, 'frontend-ingress.yaml'),
      ...policies,
      '--env',
      'prod',
      '--cluster',
      'boutique',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('created environment prod (tier production, inferred from its name)');
    expect(declaredDeployments).toHaveLength(12);
    const rows = await show('--env', 'prod');
    expect(rows.map((w) => w.workload).sort()).toEqual([...declaredDeployments].sort());
    expect(rows.every((w) => w.kind === 'Deployment')).toBe(true);
    const frontend = rows.find((w) => w.workload === 'frontend');
    expect(frontend).toMatchObject({ internetFacing: true, networkPolicyIsolated: false });
    expect(frontend?.exposure).toEqual([
      'Service frontend-external type LoadBalancer port 80/TCP',
      'Ingress frontend-ingress (any host)',
    ]);
    const others = rows.filter((w) => w.workload !== 'frontend');
    expect(others.filter((w) => w.internetFacing || !w.networkPolicyIsolated)).toEqual([]);
    // the loadgenerator's init container pins busybox by digest: a declared deployment; the rest are tags
    expect(rows.filter((w) => w.digest).map((w) => w.workload)).toEqual(['loadgenerator']);
  });

  it('imports the shared API objects, then a later snapshot ends what is gone while --at still shows it', async () => {
    const objects = readdirSync(sharedData('k8s', 'objects')).map((f) =>
      join(sharedData('k8s', 'objects'), f),
    );
    const first = await cli(
      'k8s',
      'import',
      ...objects,
      '--cluster',
      'lab',
      '--env',
      'dev-lab',
      '--at',
      '2024-01-01T00:00:00Z',
    );
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('created environment dev-lab (tier development, inferred from its name)');
    expect(first.stdout).toContain('ignored: 1 EndpointSlice, 2 Node');
    const second = await cli(
      'k8s',
      'import',
      sharedData('k8s', 'pods-list.derived.json'),
      '--cluster',
      'lab',
      '--at',
      '2024-02-01T00:00:00Z',
    );
    expect(second.code, second.stderr).toBe(0);
    const names = (rows: ShowRow[]) => [...new Set(rows.map((r) => r.workload))].sort();
    expect(names(await show('--env', 'dev-lab', '--at', '2024-01-15T00:00:00Z'))).toEqual([
      'cilium-operator',
      'fluentd-gcp-v3.2.0',
      'hello',
      'hurry-up-and-wait',
      'icx-db',
      'nginx',
      'nginx-sts',
      'sleep',
    ]);
    expect(names(await show('--env', 'dev-lab'))).toEqual([
      'cilium-operator',
      'hurry-up-and-wait',
      'nginx',
      'sleep',
    ]);
    const history = await cli('twin', 'history', 'kube-system/cilium-operator', '--json');
    expect(JSON.parse(history.stdout)).toMatchObject([
      {
        environment: 'dev-lab',
        cluster: 'lab',
        source: 'kubernetes',
        observed: true,
        firstSeen: '2020-01-21T00:07:39.000Z',
        lastSeen: '2024-02-01T00:00:00.000Z',
        endedAt: null,
      },
    ]);
  });

  it('records a deploy event twice as one deployment', async () => {
    const image = `registry.example.com/payments/checkout@sha256:${'a'.repeat(64)}`;
    const args = [
      'deploy',
      'record',
      '--env',
      'staging',
      '--workload',
      'payments/checkout',
      '--image',
      image,
      '--commit',
      'abc1234',
      '--pipeline-run',
      'https://ci.example.com/r/1',
      '--create-env',
    ];
    const first = await cli(...args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('created environment staging (tier staging)');
    const second = await cli(...args);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('unchanged (recorded before)');
    const history = await cli('twin', 'history', 'payments/checkout', '--json');
    expect(JSON.parse(history.stdout)).toMatchObject([
      { environment: 'staging', source: 'pipeline', commit: 'abc1234', endedAt: null },
    ]);
  });

  it.each([
    [
      'a malformed YAML file',
      ['k8s', 'import', '{bad}', '--env', 'prod', '--cluster', 'boutique'],
      'K8S_YAML_INVALID',
    ],
    [
      'a digest that is not sha256 + 64 hex',
      ['deploy', 'record', '--env', 'prod', '--workload', 'shop/web', '--image', 'nginx@sha256:1234'],
      'DIGEST_INVALID',
    ],
    [
      'an unknown environment',
      [
        'deploy',
        'record',
        '--env',
        'nowhere',
        '--workload',
        'shop/web',
        '--image',
        `nginx@sha256:${'b'.repeat(64)}`,
      ],
      'ENVIRONMENT_UNKNOWN',
    ],
    ['a bad time', ['twin', 'show', '--at', 'yesterday'], 'TIME_INVALID'],
    ...(['0000-01-01', '9999-12-31', '2024-02-30'] as const).map((at): [string, string[], string] => [
      `a deployment dated ${at}`,
      [
        'deploy',
        'record',
        '--env',
        'dev-lab',
        '--workload',
        'shop/web',
        '--image',
        `nginx@sha256:${'b'.repeat(64)}`,
        '--at',
        at,
      ],
      'TIME_INVALID',
    ]),
    [
      'a snapshot from the future',
      [
        'k8s',
        'import',
        '--env',
        'dev-lab',
        '--at',
        '2999-01-01',
        sharedData('k8s', 'pods-list.derived.json'),
      ],
      'TIME_INVALID',
    ],
  ])('refuses %s with exit 2, the twin unchanged', async (_what, argv, code) => {
    const bad = join(mkdtempSync(join(tmpdir(), 'vigil-k8s-')), 'bad.yaml');
    writeFileSync(bad, 'kind: Deployment\nmetadata:\n  name: x\n spec: [\n');
    const before = await show();
    const r = await cli(...argv.map((a) => (a === '{bad}' ? bad : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
    expect(await show()).toEqual(before);
  });
});
