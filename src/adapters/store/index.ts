export { openEmbeddedDatabase } from './embedded-database.js';
export { StoreLockedError } from './folder-lock.js';
export { migrate, readMigrations } from './migrate.js';
export { openDatabase, vigilHome } from './open-database.js';
export { openPostgresDatabase, redactUrl } from './postgres-database.js';
export type { SqlClient, SqlDatabase } from './sql-client.js';
