import { describe, expect, it } from 'vitest';
import { formatWorkloadRef, parseWorkloadRef } from './workload-ref.js';

describe('parseWorkloadRef', () => {
  it.each([
    ['payments/checkout', { namespace: 'payments', name: 'checkout' }],
    ['checkout', { namespace: '', name: 'checkout' }],
    ['kube-system/coredns', { namespace: 'kube-system', name: 'coredns' }],
  ])('%s', (text, ref) => {
    expect(parseWorkloadRef(text, '--workload')).toEqual({ ok: true, value: ref });
    expect(formatWorkloadRef(ref)).toBe(text);
  });

  it.each(['', 'a/b/c', '/x', 'x/', 'a b', '-x'])('refuses %j', (text) => {
    const r = parseWorkloadRef(text, '--workload');
    expect(r.ok === false && r.issues[0]?.code).toBe('WORKLOAD_INVALID');
  });
});
