import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly data: T }
  | { readonly state: 'error'; readonly error: ApiError };

const LOADING = { state: 'loading' } as const;

/**
 * Runs `load` when `deps` (strings and numbers: what the URL asked) change, aborting the previous run, and keeps
 * its outcome; `reload` runs it again. An outcome of earlier deps is never shown: the page reads as loading until
 * the new one is in. Errors that are not the API's become ApiError `CLIENT`, so every failure shows the same way.
 */
export function useApi<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly (string | number)[],
): Loaded<T> & { reload: () => void } {
  const key = JSON.stringify(deps);
  const [loaded, setLoaded] = useState<{ key: string; outcome: Loaded<T> }>({ key, outcome: LOADING });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for what `load` depends on
  useEffect(() => {
    const abort = new AbortController();
    const settle = (outcome: Loaded<T>) => {
      if (!abort.signal.aborted) setLoaded({ key, outcome });
    };
    setLoaded({ key, outcome: LOADING });
    load(abort.signal).then(
      (data) => settle({ state: 'ok', data }),
      (error: unknown) =>
        settle({
          state: 'error',
          error:
            error instanceof ApiError
              ? error
              : new ApiError(0, 'CLIENT', error instanceof Error ? error.message : String(error)),
        }),
    );
    return () => abort.abort();
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...(loaded.key === key ? loaded.outcome : LOADING), reload };
}
