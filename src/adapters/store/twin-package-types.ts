import type { TwinPackageTypes } from '../../app/feeds/index.js';
import type { SqlClient } from './sql-client.js';

/** The purl (type, namespace) pairs of the packages in the twin. */
export function createTwinPackageTypes(db: SqlClient): TwinPackageTypes {
  return {
    packageTypes: () =>
      db.query<{ type: string; namespace: string }>(
        'SELECT DISTINCT type, namespace FROM packages ORDER BY type, namespace',
      ),
  };
}
