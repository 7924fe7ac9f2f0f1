import type { LabelSelector } from './kubernetes-object.js';

export type Labels = Readonly<Record<string, string>>;

/**
 * Whether labels match a Kubernetes label selector (matchLabels and matchExpressions with In, NotIn,
 * Exists, DoesNotExist). An empty selector matches everything, as in NetworkPolicy `podSelector: {}`.
 */
export function matchesSelector(selector: LabelSelector, labels: Labels): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const values = e.values ?? [];
    const value = labels[e.key];
    const ok =
      e.operator === 'In'
        ? has && value !== undefined && values.includes(value)
        : e.operator === 'NotIn'
          ? !has || (value !== undefined && !values.includes(value))
          : e.operator === 'Exists'
            ? has
            : e.operator === 'DoesNotExist'
              ? !has
              : false; // an unknown operator selects nothing, as the API server would refuse it
    if (!ok) return false;
  }
  return true;
}

/** Whether a Service-style selector (a plain map) selects the labels; an empty or absent map selects nothing. */
export function matchesServiceSelector(selector: Labels | null | undefined, labels: Labels): boolean {
  const entries = Object.entries(selector ?? {});
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}
