import type { SqlClient, SqlDatabase } from './sql-client.js';

/**
 * Fault injection for the crash tests (issue #16, `VIGIL_CRASH_AT_STATEMENT`): the process kills itself with
 * SIGKILL just before its `at`-th SQL statement after the store was opened and migrated — inside a transaction
 * or not — as a power cut or an OOM kill would. `count` instead writes `vigil: N SQL statements` to stderr at
 * exit, so a test can pick points within an operation. Never set in normal use.
 */
export function withCrashPoint(db: SqlDatabase, setting: string): SqlDatabase {
  const at = setting === 'count' ? Number.POSITIVE_INFINITY : Number(setting);
  let statements = 0;
  if (setting === 'count')
    process.on('exit', () => process.stderr.write(`vigil: ${statements} SQL statements\n`));
  const before = () => {
    statements += 1;
    if (statements >= at) process.kill(process.pid, 'SIGKILL');
  };
  const wrap = (client: SqlClient): SqlClient => ({
    query: (sql, params) => {
      before();
      return client.query(sql, params);
    },
    exec: (sql) => {
      before();
      return client.exec(sql);
    },
    transaction: (work) => client.transaction((tx) => work(wrap(tx))),
  });
  return { ...db, ...wrap(db), close: () => db.close() };
}
