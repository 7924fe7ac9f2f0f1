import { type KubeConfig, type KubernetesObject, ListWatch, Watch } from '@kubernetes/client-node';
import type { KubernetesWatchSource } from '../../app/evidence/index.js';
import type { KubernetesDocument } from '../../core/twin/index.js';
import { type WatchedKind, watchedKinds } from './watched-kinds.js';

export interface WatchTuning {
  /** Quiet time after a change before the twin is updated, so that a rollout is one update (default 1 s). */
  readonly debounceMs?: number;
  /** Reconnection delays: doubled after each failure up to `maxMs`, reset by any success (0.5 s … 30 s). */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
}

interface KindState {
  readonly kind: WatchedKind;
  readonly informer: ListWatch<KubernetesObject>;
  listed: boolean;
  skipped: boolean;
  failures: number;
  retry?: NodeJS.Timeout;
}

/**
 * The live cluster as a source of snapshots, through the official client: each kind is listed, then
 * watched from the list's resourceVersion (ListWatch). A dropped connection is resumed after a backoff; a
 * 410 Gone (the resourceVersion expired) makes ListWatch list again. A kind the cluster does not serve
 * (404, e.g. the Gateway API) or does not let us list (403) is skipped with a problem reported.
 */
export function createKubernetesWatchSource(
  kc: KubeConfig,
  clusterName: string,
  tuning: WatchTuning = {},
): KubernetesWatchSource {
  const debounceMs = tuning.debounceMs ?? 1000;
  const { initialMs, maxMs } = tuning.backoff ?? { initialMs: 500, maxMs: 30_000 };
  return {
    clusterName,
    run: ({ onChange, onProblem, signal }) =>
      new Promise<void>((resolve) => {
        const watch = new Watch(kc);
        let stopped = false;
        let pending: NodeJS.Timeout | undefined;
        let applying = Promise.resolve();
        const states: KindState[] = [];
        const ready = () => states.every((s) => s.listed);
        const flush = () => {
          pending = undefined;
          applying = applying
            .then(() => onChange(states.flatMap(documentsOf)))
            .catch((error: unknown) => {
              onProblem(`cannot update the twin: ${describe(error)}`);
            });
        };
        const changed = () => {
          if (stopped || !ready()) return;
          clearTimeout(pending);
          pending = setTimeout(flush, debounceMs);
        };
        for (const kind of watchedKinds(kc)) {
          const state: KindState = {
            kind,
            informer: new ListWatch(
              kind.path,
              watch,
              async () => {
                const list = await kind.list();
                state.listed = true;
                state.failures = 0;
                setImmediate(changed); // ListWatch stores the items right after this returns
                return list;
              },
              false,
            ),
            listed: false,
            skipped: false,
            failures: 0,
          };
          for (const verb of ['add', 'update', 'delete'] as const) {
            state.informer.on(verb, () => {
              state.failures = 0;
              changed();
            });
          }
          state.informer.on('error', (error: unknown) => {
            if (stopped) return;
            const status = statusOf(error);
            if (!state.listed && (status === 404 || status === 403)) {
              state.skipped = true;
              state.listed = true;
              onProblem(
                `${kind.kind}: ${status === 404 ? 'not served by this cluster' : 'not permitted to list'}; skipped`,
              );
              void state.informer.stop();
              changed();
              return;
            }
            const delay = Math.min(maxMs, initialMs * 2 ** state.failures++);
            onProblem(`${kind.kind}: ${describe(error)}; reconnecting in ${delay} ms`);
            state.retry = setTimeout(() => void state.informer.start().catch(() => {}), delay);
          });
          states.push(state);
        }
        const stop = () => {
          stopped = true;
          for (const s of states) {
            clearTimeout(s.retry);
            void s.informer.stop();
          }
          // what was seen but not yet written is written before stopping
          if (pending) {
            clearTimeout(pending);
            flush();
          }
          void applying.then(() => resolve());
        };
        if (signal.aborted) return stop();
        signal.addEventListener('abort', stop, { once: true });
        for (const s of states) void s.informer.start().catch(() => {});
      }),
  };
}

/** The cached objects of a kind as documents, in plain JSON (the client's list gives typed objects with Dates). */
function documentsOf(state: KindState): KubernetesDocument[] {
  if (state.skipped) return [];
  return state.informer.list().map((object) => {
    const value = JSON.parse(JSON.stringify(object)) as Record<string, unknown> & KubernetesObject;
    // list items come without kind and apiVersion; watch events have them
    value.kind ??= state.kind.kind;
    value.apiVersion ??= state.kind.apiVersion;
    return {
      value,
      where: `${state.kind.kind} ${value.metadata?.namespace ?? ''}/${value.metadata?.name ?? ''}`,
    };
  });
}

function statusOf(error: unknown): number | undefined {
  const e = error as { code?: unknown; statusCode?: unknown } | null;
  const status =
    typeof e?.code === 'number' ? e.code : typeof e?.statusCode === 'number' ? e.statusCode : undefined;
  return status;
}

const describe = (error: unknown): string => {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return status ? `HTTP ${status} ${message}`.slice(0, 200) : message.slice(0, 200);
};
