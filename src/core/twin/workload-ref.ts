import { fail, ok, type ParseResult, quoteValue } from '../input/index.js';

/** How users name a workload: `namespace/name`, or `name` for workloads outside any namespace. */
export interface WorkloadRef {
  readonly namespace: string;
  readonly name: string;
}

const PART = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,251}[A-Za-z0-9])?$/;

/**
 * Parses `payments/checkout` into namespace and name (`checkout` alone has the namespace '').
 * @example parseWorkloadRef('payments/checkout', '--workload') // ok({ namespace: 'payments', name: 'checkout' })
 */
export function parseWorkloadRef(text: string, path: string): ParseResult<WorkloadRef> {
  const parts = text.trim().split('/');
  const [namespace, name] = parts.length === 1 ? ['', parts[0] ?? ''] : parts;
  if (
    parts.length > 2 ||
    name === undefined ||
    !PART.test(name) ||
    (parts.length === 2 && !PART.test(namespace ?? ''))
  ) {
    return fail({
      code: 'WORKLOAD_INVALID',
      path,
      message: `${quoteValue(text)} is not a workload; expected namespace/name or name (letters, digits, . _ -)`,
    });
  }
  return ok({ namespace: namespace ?? '', name });
}

/** `namespace/name`, or `name` when the namespace is ''. */
export const formatWorkloadRef = (ref: WorkloadRef): string =>
  ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
