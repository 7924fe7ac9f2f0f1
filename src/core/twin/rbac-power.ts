import type { KubernetesObjectSet } from './read-kubernetes-objects.js';

interface Rule {
  readonly verbs: readonly string[];
  readonly resources?: readonly string[] | null | undefined;
}

// The built-in user-facing roles, described for when the snapshot does not include their rules.
const BUILT_IN: Readonly<Record<string, string>> = {
  'cluster-admin': 'every verb on every resource',
  admin: 'reads secrets, creates pods, manages roles in its scope',
  edit: 'reads secrets, creates pods',
};

/**
 * What makes a set of RBAC rules powerful: wildcards, reading secrets, creating pods or exec-ing into
 * them, and the verbs that get around RBAC itself (escalate, bind, impersonate).
 */
export function powerfulRules(rules: readonly Rule[]): string[] {
  const found = new Set<string>();
  for (const r of rules) {
    const verbs = new Set(r.verbs);
    const resources = new Set(r.resources ?? []);
    const any = (...vs: string[]) => verbs.has('*') || vs.some((v) => verbs.has(v));
    if (verbs.has('*')) found.add('wildcard verbs');
    if (resources.has('*')) found.add('wildcard resources');
    if ((resources.has('secrets') || resources.has('*')) && any('get', 'list', 'watch'))
      found.add('reads secrets');
    if ((resources.has('pods') || resources.has('*')) && any('create')) found.add('creates pods');
    if ((resources.has('pods/exec') || resources.has('pods/attach')) && any('create', 'get'))
      found.add('execs into pods');
    for (const v of ['escalate', 'bind', 'impersonate']) if (verbs.has(v)) found.add(`${v} verb`);
  }
  return [...found];
}

/**
 * Builds the lookup of why a service account is powerful, from the RoleBindings and ClusterRoleBindings of
 * a snapshot (subjects: the ServiceAccount itself, or the groups `system:serviceaccounts[:<namespace>]`).
 */
export function createRbacLookup(
  set: KubernetesObjectSet,
): (namespace: string, serviceAccount: string) => string[] {
  const roles = new Map<string, readonly Rule[]>();
  for (const { object, namespace } of set.byKind.Role)
    roles.set(`Role/${namespace}/${object.metadata.name}`, object.rules ?? []);
  for (const { object } of set.byKind.ClusterRole)
    roles.set(`ClusterRole//${object.metadata.name}`, object.rules ?? []);
  const reasons = new Map<string, string[]>();
  const bindings = [...set.byKind.RoleBinding, ...set.byKind.ClusterRoleBinding];
  for (const { kind, object: b, namespace } of bindings) {
    const { roleRef } = b;
    const rules = roles.get(`${roleRef.kind}/${roleRef.kind === 'Role' ? namespace : ''}/${roleRef.name}`);
    const why = rules
      ? powerfulRules(rules).join(', ')
      : roleRef.kind === 'ClusterRole'
        ? BUILT_IN[roleRef.name]
        : undefined;
    if (!why) continue;
    const scope = kind === 'ClusterRoleBinding' ? 'cluster-wide' : `in namespace ${namespace}`;
    const reason = `${kind} ${b.metadata.name} binds ${roleRef.kind} ${roleRef.name} (${why}; ${scope})`;
    for (const s of b.subjects ?? []) {
      const key =
        s.kind === 'ServiceAccount'
          ? `${s.namespace || namespace}/${s.name}`
          : s.kind === 'Group' && s.name === 'system:serviceaccounts'
            ? '*'
            : s.kind === 'Group' && s.name.startsWith('system:serviceaccounts:')
              ? `${s.name.slice('system:serviceaccounts:'.length)}/*`
              : undefined;
      if (key) reasons.set(key, [...(reasons.get(key) ?? []), reason]);
    }
  }
  return (namespace, serviceAccount) => [
    ...new Set([
      ...(reasons.get(`${namespace}/${serviceAccount}`) ?? []),
      ...(reasons.get(`${namespace}/*`) ?? []),
      ...(reasons.get('*') ?? []),
    ]),
  ];
}
