import type { z } from 'zod';
import { fail, type InputIssue, issuesFromZod, ok, type ParseResult, quoteValue } from '../input/index.js';
import {
  CLUSTER_SCOPED,
  KIND_GROUPS,
  KIND_SCHEMAS,
  type KindObject,
  type KnownKind,
} from './kubernetes-kinds.js';
import { KubernetesEnvelope } from './kubernetes-object.js';

/** One parsed document (or List item) and where it came from, for messages: `file.yaml#3`, `list.json items[2]`. */
export interface KubernetesDocument {
  readonly value: unknown;
  readonly where: string;
}

export interface KubernetesRecord<K extends KnownKind = KnownKind> {
  readonly kind: K;
  readonly object: KindObject<K>;
  /** The object's namespace, or the default one for namespaced objects that name none; '' when cluster-scoped. */
  readonly namespace: string;
  /** Read from a live cluster (it has a uid or a status) rather than from a manifest. */
  readonly live: boolean;
  readonly where: string;
}

/** The understood objects of a snapshot by kind, and how many of each other kind were skipped. */
export interface KubernetesObjectSet {
  readonly byKind: { readonly [K in KnownKind]: readonly KubernetesRecord<K>[] };
  readonly ignored: Readonly<Record<string, number>>;
}

const emptyByKind = () =>
  Object.fromEntries(Object.keys(KIND_SCHEMAS).map((k) => [k, []])) as unknown as {
    [K in KnownKind]: KubernetesRecord<K>[];
  };

/**
 * Validates Kubernetes objects (from `kubectl get -o json`, API lists or manifests): Lists are flattened,
 * each understood kind is checked against its schema, other kinds are counted. Any invalid object makes the
 * whole set invalid, with one issue per problem naming the document, the field and what was expected.
 */
export function readKubernetesObjects(
  docs: readonly KubernetesDocument[],
  opts: { defaultNamespace: string },
): ParseResult<KubernetesObjectSet> {
  const byKind = emptyByKind();
  const ignored: Record<string, number> = {};
  const issues: InputIssue[] = [];
  const visit = (value: unknown, where: string): void => {
    const envelope = KubernetesEnvelope.safeParse(value);
    if (!envelope.success) {
      issues.push({
        code: 'K8S_OBJECT_INVALID',
        path: where,
        message: `${quoteValue(value)} is not a Kubernetes object; expected a mapping with apiVersion and kind`,
      });
      return;
    }
    const { kind, apiVersion } = envelope.data;
    const items = (value as { items?: unknown }).items;
    if (kind === 'List' || (kind.endsWith('List') && Array.isArray(items))) {
      if (!Array.isArray(items)) {
        issues.push({
          code: 'K8S_LIST_INVALID',
          path: `${where}.items`,
          message: `a ${kind} needs an items array`,
        });
        return;
      }
      for (const [i, item] of items.entries()) visit(item, `${where}.items[${i}]`);
      return;
    }
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    if (!isUnderstood(kind) || (KIND_GROUPS[kind] !== undefined && KIND_GROUPS[kind] !== group)) {
      ignored[kind] = (ignored[kind] ?? 0) + 1;
      return;
    }
    const parsed = (KIND_SCHEMAS[kind] as z.ZodType).safeParse(value);
    if (!parsed.success) {
      const name = (value as { metadata?: { name?: unknown } }).metadata?.name;
      const label = `${kind} ${typeof name === 'string' ? name : '(unnamed)'}`;
      for (const issue of issuesFromZod(parsed.error.issues, {
        code: 'K8S_OBJECT_INVALID',
        limit: Number.POSITIVE_INFINITY,
        message: (i) => `${label}: ${i.message}`,
      }))
        issues.push({ ...issue, path: `${where}.${issue.path || '(object)'}` });
      return;
    }
    const object = parsed.data as KindObject<typeof kind> & {
      metadata: { namespace?: string; uid?: string };
      status?: unknown;
    };
    const namespace = CLUSTER_SCOPED.has(kind) ? '' : object.metadata.namespace || opts.defaultNamespace;
    // `kubectl create --dry-run -o yaml` writes `status: {}`: only a status with content means a live object
    const live = Boolean(object.metadata.uid) || hasContent(object.status);
    (byKind[kind] as KubernetesRecord[]).push({ kind, object, namespace, live, where });
  };
  for (const d of docs) visit(d.value, d.where);
  return issues.length > 0 ? fail(...issues) : ok({ byKind, ignored });
}

const hasContent = (v: unknown): boolean => typeof v === 'object' && v !== null && Object.keys(v).length > 0;

const isUnderstood = (kind: string): kind is KnownKind => Object.hasOwn(KIND_SCHEMAS, kind);

const byNamespace = new WeakMap<readonly KubernetesRecord[], Map<string, KubernetesRecord[]>>();

/** The records of one kind in one namespace, indexed on first use (workloads × Services would be quadratic). */
export function recordsIn<K extends KnownKind>(
  set: KubernetesObjectSet,
  kind: K,
  namespace: string,
): readonly KubernetesRecord<K>[] {
  const records = set.byKind[kind] as readonly KubernetesRecord[];
  let index = byNamespace.get(records);
  if (!index) {
    index = new Map();
    for (const r of records) index.set(r.namespace, [...(index.get(r.namespace) ?? []), r]);
    byNamespace.set(records, index);
  }
  return (index.get(namespace) ?? []) as unknown as readonly KubernetesRecord<K>[];
}
