/**
 * The little of a SQL database Vigil needs, owned here so that PGlite (embedded) and `pg` (PostgreSQL)
 * stay behind it. One SQL dialect: PostgreSQL 15 (PGlite runs 18; write SQL that 15 accepts).
 */
export interface SqlClient {
  /** Runs one statement with `$1…$n` parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
   * Inside, use the `tx` client only; transactions do not nest.
   */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/** A store's connection, with what it is and how to close it. */
export interface SqlDatabase extends SqlClient {
  readonly kind: 'embedded' | 'postgres';
  /** Where the data lives: the embedded folder or the database URL without its password. */
  readonly location: string;
  close(): Promise<void>;
}

/** The `transaction` of a client already inside one: PostgreSQL transactions do not nest. */
export const rejectNestedTransaction = (): Promise<never> =>
  Promise.reject(new Error('transactions do not nest'));
