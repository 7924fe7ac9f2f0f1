import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeCluster } from '../../kubernetes/test-support/fake-cluster.js';
import type { FakeKubernetesApi } from '../../kubernetes/test-support/fake-kubernetes-api.js';
import {
  type DockerRegistry,
  startDockerRegistry,
} from '../../registry/test-support/docker-registry-process.js';
import { pushAttachedSboms } from '../../registry/test-support/oci-fixtures.js';
import { runCli } from '../test-support/run-cli.js';

// A real estate, live: the in-test Kubernetes API lists two running pods, both images in Debian's real
// docker-registry on loopback; one has SBOMs attached, the other's digest is not in the registry at all.

type ApiObject = Parameters<FakeKubernetesApi['put']>[1];
const runningPod = (app: string, image: string, imageID: string): ApiObject =>
  ({
    metadata: {
      name: `${app}-5d8f9c-x1`,
      namespace: 'shop',
      uid: `uid-${app}`,
      labels: { app, 'pod-template-hash': '5d8f9c' },
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${app}-5d8f9c`, controller: true },
      ],
    },
    spec: { containers: [{ name: 'main', image }] },
    status: { phase: 'Running', containerStatuses: [{ name: 'main', image, imageID, ready: true }] },
  }) as unknown as ApiObject;

describe('scan --kubeconfig: the live cluster, then the registry for the SBOMs of running images', () => {
  let registry: DockerRegistry;
  let api: FakeKubernetesApi;
  let home: string;
  let digest: string;
  const ghost = `sha256:${'e'.repeat(64)}`;
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'vigil-scan-live-'));
    registry = await startDockerRegistry();
    digest = (await pushAttachedSboms(registry, 'shop/web', { tagIndex: true })).image.digest;
    api = await fakeCluster([
      runningPod('web', `${registry.host}/shop/web:v1`, `${registry.host}/shop/web@${digest}`),
      runningPod('api', `${registry.host}/shop/api:v1`, `${registry.host}/shop/api@${ghost}`),
    ]).start();
  });
  afterAll(async () => {
    await api?.close();
    await registry?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('stores the attached SBOMs of the running digest, reports the one the registry lacks, and says the coverage', async () => {
    const env = { VIGIL_HOME: join(home, 'store'), VIGIL_DATABASE_URL: undefined, HOME: home };
    const r = await runCli(['scan', '--kubeconfig', api.writeKubeconfig(), '--env', 'prod', '--no-sync'], {
      env,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^live cluster .*: 2 workloads \(2 observed\)$/m);
    expect(r.stderr).toMatch(/^registry: SBOMs found for 1 of 2 running images that had none$/m);
    expect(r.stderr).toMatch(new RegExp(`^registry: ${registry.host}/shop/api@${ghost}: .+$`, 'm'));
    expect(r.stderr).toMatch(/^coverage: 1 of 2 running images have an SBOM; the rest: `vigil twin gaps`$/m);
    const artifact = await runCli(['artifact', 'show', digest, '--json'], { env });
    expect(artifact.code, artifact.stderr).toBe(0);
    expect((JSON.parse(artifact.stdout) as { sboms: unknown[] }).sboms.length).toBeGreaterThan(0);

    // a second scan asks again only for what still has none
    const again = await runCli(
      ['scan', '--kubeconfig', api.writeKubeconfig(), '--env', 'prod', '--no-sync'],
      {
        env,
      },
    );
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/^registry: SBOMs found for 0 of 1 running images that had none$/m);
  });

  it('--no-registry asks no registry', async () => {
    const env = { VIGIL_HOME: join(home, 'store2'), VIGIL_DATABASE_URL: undefined, HOME: home };
    const r = await runCli(
      ['scan', '--kubeconfig', api.writeKubeconfig(), '--env', 'prod', '--no-sync', '--no-registry'],
      { env },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/^registry:/m);
    expect(r.stderr).toMatch(/^coverage: 0 of 2 running images have an SBOM/m);
  });
});
