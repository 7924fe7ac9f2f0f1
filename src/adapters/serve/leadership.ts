import pg from 'pg';

/** Whether this process runs the cluster-wide schedules now. */
export interface Leadership {
  isLeader(): boolean;
  close(): Promise<void>;
}

/** The embedded store is one process: it always leads. */
export const soleLeadership = (): Leadership => ({ isLeader: () => true, close: async () => {} });

/** The advisory lock every `vigil serve` on one database contends for (a fixed 64-bit key). */
const SCHEDULER_LOCK = 7_236_111_208_413_305n;

/**
 * Leadership among the `vigil serve` processes sharing a PostgreSQL database: a session-level advisory lock on a
 * dedicated connection. The leader holds it for its life; when it dies (or loses its connection), PostgreSQL
 * releases the lock and another process takes it on its next try, `retryMs` later at most.
 */
export function postgresLeadership(
  url: string,
  opts: { readonly retryMs: number; readonly onChange?: (leader: boolean) => void },
): Leadership {
  let client: pg.Client | undefined;
  let leader = false;
  let closed = false;
  const set = (value: boolean) => {
    if (value !== leader) {
      leader = value;
      opts.onChange?.(value);
    }
  };
  const drop = () => {
    set(false);
    const c = client;
    client = undefined;
    c?.end().catch(() => {});
  };
  const attempt = async () => {
    if (closed || leader) return;
    try {
      if (!client) {
        const c = new pg.Client({ connectionString: url });
        c.on('error', drop); // the connection died: the lock went with it
        c.on('end', () => {
          if (client === c) drop();
        });
        await c.connect();
        client = c;
      }
      const [row] = (
        await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [
          SCHEDULER_LOCK.toString(),
        ])
      ).rows;
      if (!closed) set(row?.ok === true);
    } catch {
      drop(); // the database is down: try again later
    }
  };
  const timer = setInterval(() => void attempt(), opts.retryMs);
  timer.unref();
  void attempt();
  return {
    isLeader: () => leader,
    async close() {
      closed = true;
      clearInterval(timer);
      const c = client;
      client = undefined;
      set(false);
      await c?.end().catch(() => {});
    },
  };
}
