import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { isInputError } from '../../core/input/index.js';
import { buildKubernetesSnapshot, readKubernetesObjects } from '../../core/twin/index.js';
import { parseKubernetesText, readKubernetesFiles } from './read-kubernetes-files.js';

const root = sharedData('k8s');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)],
  );
const files = walk(root).filter((f) => /\.(json|ya?ml)$/.test(f));

async function snapshotOf(...paths: string[]) {
  const set = readKubernetesObjects(await readKubernetesFiles(paths), { defaultNamespace: 'default' });
  if (!set.ok) throw new Error(JSON.stringify(set.issues));
  const built = buildKubernetesSnapshot(set.value);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}

describe('the shared Kubernetes data', () => {
  it('holds the files this suite expects', () => {
    expect(files.length).toBeGreaterThanOrEqual(35);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s reads without issues', async (_name, file) => {
    const s = await snapshotOf(file);
    expect(s.workloads.length + Object.keys(s.ignored).length + s.namespaces.length).toBeGreaterThanOrEqual(
      0,
    );
  });

  it('finds the workloads behind the API objects, by owner chains and naming conventions', async () => {
    const s = await snapshotOf(...files.filter((f) => f.includes('/objects/')));
    const rows = s.workloads.map(
      (w) => `${w.namespace}/${w.kind}/${w.name}/${w.artifacts.filter((a) => a.observed).length}`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        'default/Deployment/nginx/3', // two ReplicaSet pods (pod-template-hash) and the bare pod nginx: one name
        'default/CronJob/hello/0', // Job hello-1567179180 is owned by CronJob hello
        'icx/Deployment/icx-db/0', // ReplicaSet icx-db-7d4b578979 → Deployment icx-db
        'kube-system/Deployment/cilium-operator/1',
        'kube-system/DaemonSet/fluentd-gcp-v3.2.0/0',
        'default/StatefulSet/nginx-sts/0',
      ]),
    );
    const cilium = s.workloads.find((w) => w.name === 'cilium-operator');
    expect(cilium?.attributes).toMatchObject({
      hostNetwork: true,
      internetFacing: true,
      serviceAccount: 'cilium-operator',
    });
    expect(s.ignored).toEqual({ EndpointSlice: 1, Node: 2 });
  });

  it('reads the digests that ran from imageID, whatever the runtime wrote', async () => {
    const s = await snapshotOf(sharedData('k8s', 'pods-list.derived.json'));
    const digests = s.workloads.flatMap((w) =>
      w.artifacts.map((a) => `${w.name} ${a.repository} ${a.digest.slice(0, 14)}`),
    );
    expect(digests).toEqual(
      expect.arrayContaining([
        'hurry-up-and-wait docker.io/library/busybox sha256:6915be4',
        'nginx docker.io/library/nginx sha256:86e53c4',
        'nginx k8s.gcr.io/nginx-slim sha256:8b4501f',
        'cilium-operator docker.io/cilium/operator sha256:bcf273e',
      ]),
    );
  });
});

describe('parseKubernetesText', () => {
  it('splits YAML documents and skips empty ones', () => {
    const r = parseKubernetesText(
      '# comment\n---\napiVersion: v1\nkind: Pod\n---\n---\nkind: Service\n',
      'm.yaml',
    );
    expect(r.ok && r.value.map((d) => d.where)).toEqual(['m.yaml#1', 'm.yaml#3']);
  });

  it.each([
    ['{"kind": "Pod",', 'list.json', 'K8S_JSON_INVALID', 'list.json', /not valid JSON: .*line 1/],
    ['kind: Pod\n  bad: [indent\n', 'm.yaml', 'K8S_YAML_INVALID', 'm.yaml:1:7', /not valid YAML/],
    ['a: 1\na: 2\n', 'dup.yaml', 'K8S_YAML_INVALID', 'dup.yaml:2:1', /keys must be unique/],
  ])('reports malformed input %j with its place', (text, name, code, path, message) => {
    const r = parseKubernetesText(text, name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe(code);
    expect(r.issues[0]?.path.startsWith(path)).toBe(true);
    expect(r.issues[0]?.message).toMatch(message);
  });

  it('reports an unreadable file as bad input', async () => {
    await expect(readKubernetesFiles(['/nonexistent/x.yaml'])).rejects.toSatisfy(
      (e) => isInputError(e) && e.issues[0]?.code === 'FILE_UNREADABLE',
    );
  });
});
