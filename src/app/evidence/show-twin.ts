import { InputError } from '../../core/input/index.js';
import { parseInstant, parseTwinName } from '../../core/twin/index.js';
import type { Clock, TwinRow, TwinStore } from './ports.js';

/**
 * What ran where at a time (default now): every deployment active then, and every workload present then
 * without one (its images known by tag only, or nothing running).
 * @throws InputError for a bad time or environment name.
 */
export async function showTwin(
  deps: { readonly store: TwinStore; readonly clock: Clock },
  query: { readonly environment?: string; readonly at?: string },
): Promise<TwinRow[]> {
  const at =
    query.at === undefined
      ? { ok: true as const, value: deps.clock().toISOString() }
      : parseInstant(query.at, 'at');
  const env =
    query.environment === undefined
      ? undefined
      : parseTwinName(query.environment, 'environment', 'an environment');
  const issues = [...(at.ok ? [] : at.issues), ...(env && !env.ok ? env.issues : [])];
  if (!at.ok || (env && !env.ok)) throw new InputError(issues);
  return deps.store.showTwin({ at: at.value, ...(env ? { environment: env.value } : {}) });
}
