export { openEmbeddedDatabase } from './embedded-database.js';
export { StoreLockedError } from './folder-lock.js';
export { migrate, readMigrations } from './migrate.js';
export { migrated } from './open-database.js';
export {
  connectPostgresDatabase,
  createPostgresPool,
  openPostgresDatabase,
  redactUrl,
} from './postgres-database.js';
export type { SqlClient, SqlDatabase } from './sql-client.js';
