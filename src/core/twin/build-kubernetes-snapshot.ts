import { type ImageReference, parseImageReference } from '../artifact/image-reference.js';
import { fail, type InputIssue, ok, type ParseResult } from '../input/index.js';
import { readImageId } from './image-id.js';
import type { KindObject } from './kubernetes-kinds.js';
import type { PodSpec, PodStatus } from './kubernetes-object.js';
import type { Labels } from './label-selector.js';
import { serviceExposure } from './network-exposure.js';
import { isIngressIsolated } from './network-isolation.js';
import { podPrivileges, specContainers } from './pod-facts.js';
import { createRbacLookup } from './rbac-power.js';
import type { KubernetesObjectSet, KubernetesRecord } from './read-kubernetes-objects.js';
import type {
  ArtifactEvidence,
  KubernetesSnapshot,
  WorkloadContainer,
  WorkloadFacts,
} from './workload-attributes.js';
import { createOwnerResolver, OWNER_KINDS, ownable, type WorkloadKey } from './workload-identity.js';

type TemplateKind = (typeof OWNER_KINDS)[number];
const TEMPLATE_KINDS: readonly TemplateKind[] = OWNER_KINDS;

interface Draft {
  key: WorkloadKey;
  labels: Labels | undefined;
  labelSets: Labels[];
  templates: { spec: PodSpec; live: boolean; where: string }[];
  pods: { spec: PodSpec; status: PodStatus | undefined; where: string }[];
}

/**
 * Turns the objects of one cluster snapshot into twin facts: one entry per workload (found through owner
 * chains) with its exposure and privilege attributes, the digests its pods ran (observed) or, when no pod
 * ran, the digests its spec pins (declared). Images given by tag only stay in `attributes.containers`
 * without a digest (docs/adr/041). Image references Kubernetes would refuse are reported as issues.
 */
export function buildKubernetesSnapshot(set: KubernetesObjectSet): ParseResult<KubernetesSnapshot> {
  const resolve = createOwnerResolver(set);
  const drafts = new Map<string, Draft>();
  const draftFor = (key: WorkloadKey): Draft => {
    const id = `${key.namespace}/${key.name}`;
    const found = drafts.get(id);
    if (found) return found;
    const d: Draft = { key, labels: undefined, labelSets: [], templates: [], pods: [] };
    drafts.set(id, d);
    return d;
  };
  for (const kind of TEMPLATE_KINDS) {
    for (const r of set.byKind[kind] as readonly KubernetesRecord<TemplateKind>[]) {
      const meta = r.object.metadata;
      const key = resolve(ownable(kind, r.namespace, meta));
      const isTop = key.kind === kind && key.name === meta.name;
      // an owner in the snapshot has its own template; an old ReplicaSet revision runs nothing
      if (!isTop && (inSnapshot(set, key) || replicasOf(r) === 0)) continue;
      const template =
        r.kind === 'CronJob'
          ? (r.object as KindObject<'CronJob'>).spec.jobTemplate.spec.template
          : (r.object as KindObject<'Deployment'>).spec.template;
      const d = draftFor(key);
      if (isTop) d.labels = meta.labels ?? {};
      d.labelSets.push(template.metadata?.labels ?? {});
      d.templates.push({ spec: template.spec, live: r.live, where: r.where });
    }
  }
  for (const r of set.byKind.Pod) {
    const d = draftFor(resolve(ownable('Pod', r.namespace, r.object.metadata)));
    d.labels ??= r.object.metadata.labels ?? {};
    d.labelSets.push(r.object.metadata.labels ?? {});
    const phase = r.object.status?.phase;
    const finished = phase === 'Succeeded' || phase === 'Failed';
    d.pods.push({
      spec: r.object.spec,
      status: finished ? undefined : (r.object.status ?? undefined),
      where: r.where,
    });
  }
  const rbac = createRbacLookup(set);
  const issues: InputIssue[] = [];
  const workloads: WorkloadFacts[] = [];
  for (const d of [...drafts.values()].sort((a, b) => compareKeys(a.key, b.key))) {
    const { containers, artifacts } = containerEvidence(d, issues);
    const specs = [...d.templates.map((t) => t.spec), ...d.pods.map((p) => p.spec)];
    const priv = podPrivileges(specs);
    const exposure = [
      ...serviceExposure(set, d.key.namespace, d.labelSets),
      ...(priv.hostNetwork ? ['hostNetwork'] : []),
      ...priv.hostPorts,
    ];
    const reasons = rbac(d.key.namespace, priv.serviceAccount);
    workloads.push({
      namespace: d.key.namespace,
      name: d.key.name,
      kind: d.key.kind,
      labels: d.labels ?? {},
      attributes: {
        internetFacing: exposure.length > 0,
        exposure,
        networkPolicyIsolated: isIngressIsolated(set, d.key.namespace, d.labelSets),
        privileged: priv.privileged,
        hostNetwork: priv.hostNetwork,
        hostPID: priv.hostPID,
        serviceAccount: priv.serviceAccount,
        powerfulServiceAccount: reasons.length > 0,
        rbac: reasons,
        containers,
      },
      artifacts,
    });
  }
  if (issues.length > 0) return fail(...issues);
  const namespaces = [...new Set(workloads.map((w) => w.namespace))].sort();
  return ok({ workloads, namespaces, ignored: set.ignored });
}

/**
 * The containers of a workload and the artifacts behind them: from its pods' statuses when any pod ran a
 * known digest (observed), else from what its specs pin (declared).
 */
function containerEvidence(
  d: Draft,
  issues: InputIssue[],
): { containers: WorkloadContainer[]; artifacts: ArtifactEvidence[] } {
  const containers = new Map<string, WorkloadContainer>();
  const artifacts = new Map<string, ArtifactEvidence>();
  const running = d.pods.filter((p) =>
    statusesOf(p.status).some((s) => readImageId(s.imageID ?? undefined).kind === 'digest'),
  );
  const observed = running.length > 0;
  const sources = observed
    ? running.map((p) => ({ spec: p.spec, status: p.status, where: p.where, live: true }))
    : [...d.templates, ...d.pods.map((p) => ({ ...p, live: false }))].map((s) => ({
        ...s,
        status: undefined,
      }));
  const source = d.templates.some((t) => t.live) ? 'kubernetes' : 'manifest';
  for (const s of sources) {
    const statuses = new Map(statusesOf(s.status).map((st) => [st.name, st.imageID ?? undefined]));
    specContainers(s.spec).forEach(({ container, init, ephemeral }) => {
      const ref = parseImageReference(container.image, `${s.where}: container ${container.name} image`);
      if (!ref.ok) {
        issues.push(...ref.issues);
        return;
      }
      const seen = readImageId(statuses.get(container.name));
      const digest = seen.kind === 'digest' ? seen.digest : observed ? undefined : ref.value.digest;
      const entry: WorkloadContainer = {
        name: container.name,
        image: container.image,
        ...(digest ? { imageDigest: digest } : {}),
        ...(init ? { init } : {}),
        ...(ephemeral ? { ephemeral } : {}),
      };
      containers.set(JSON.stringify(entry), entry);
      if (!digest) return;
      const since = observed ? validTime(s.status?.startTime) : undefined;
      addArtifact(
        artifacts,
        digest,
        ref.value,
        container.name,
        since,
        observed,
        observed ? 'kubernetes' : source,
      );
    });
  }
  return { containers: [...containers.values()], artifacts: [...artifacts.values()] };
}

function addArtifact(
  into: Map<string, ArtifactEvidence>,
  digest: string,
  ref: ImageReference,
  container: string,
  since: string | undefined,
  observed: boolean,
  source: ArtifactEvidence['source'],
): void {
  const before = into.get(digest);
  // a tag names this digest only when the reference pins nothing else
  const tag = ref.tag && (!ref.digest || ref.digest === digest) ? ref.tag : undefined;
  const earliest = [before?.since, since].filter((t): t is string => t !== undefined).sort()[0];
  const knownTag = before?.tag ?? tag;
  into.set(digest, {
    digest,
    repository: before?.repository ?? ref.repository,
    ...(knownTag ? { tag: knownTag } : {}),
    observed,
    source,
    ...(earliest ? { since: earliest } : {}),
    containers: [...new Set([...(before?.containers ?? []), container])],
  });
}

const statusesOf = (s: PodStatus | undefined) => [
  ...(s?.containerStatuses ?? []),
  ...(s?.initContainerStatuses ?? []),
  ...(s?.ephemeralContainerStatuses ?? []),
];

const validTime = (t: string | null | undefined): string | undefined =>
  t && !Number.isNaN(Date.parse(t)) ? new Date(Date.parse(t)).toISOString() : undefined;

const replicasOf = (r: KubernetesRecord<TemplateKind>): number | undefined =>
  r.kind === 'CronJob' ? undefined : ((r.object as KindObject<'ReplicaSet'>).spec.replicas ?? undefined);

function inSnapshot(set: KubernetesObjectSet, key: WorkloadKey): boolean {
  const records = (set.byKind as Record<string, readonly KubernetesRecord[] | undefined>)[key.kind] ?? [];
  return records.some((r) => r.namespace === key.namespace && r.object.metadata.name === key.name);
}

const compareKeys = (a: WorkloadKey, b: WorkloadKey): number =>
  a.namespace === b.namespace
    ? a.name < b.name
      ? -1
      : a.name > b.name
        ? 1
        : 0
    : a.namespace < b.namespace
      ? -1
      : 1;
