import { InputError } from '../../core/input/index.js';
import { parseTwinName, parseWorkloadRef } from '../../core/twin/index.js';
import type { HistoryRow, TwinStore } from './ports.js';

/**
 * Every deployment of a workload over time, oldest first.
 * @throws InputError for a workload that is not `namespace/name` or `name`.
 */
export async function twinHistory(
  store: TwinStore,
  query: { readonly workload: string; readonly environment?: string },
): Promise<HistoryRow[]> {
  const workload = parseWorkloadRef(query.workload, 'workload');
  const env =
    query.environment === undefined
      ? undefined
      : parseTwinName(query.environment, 'environment', 'an environment');
  if (!workload.ok || (env && !env.ok)) {
    throw new InputError([...(workload.ok ? [] : workload.issues), ...(env && !env.ok ? env.issues : [])]);
  }
  return store.workloadHistory({ workload: workload.value, ...(env ? { environment: env.value } : {}) });
}
