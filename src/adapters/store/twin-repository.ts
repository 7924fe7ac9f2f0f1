import type { TwinStore } from '../../app/evidence/index.js';
import type { SqlDatabase } from './sql-client.js';
import { queryTwinGaps } from './twin/query-twin-gaps.js';
import { recordPipelineDeployment } from './twin/record-pipeline-deployment.js';
import { queryTwin, queryWorkloadHistory } from './twin/twin-queries.js';
import { writeKubernetesSnapshot } from './twin/write-kubernetes-snapshot.js';

/** The twin's store on either database (embedded or PostgreSQL): deployment evidence and its queries. */
export function createTwinRepository(db: SqlDatabase): TwinStore {
  return {
    writeKubernetesSnapshot: (input) => writeKubernetesSnapshot(db, input),
    recordPipelineDeployment: (input) => recordPipelineDeployment(db, input),
    showTwin: (query) => queryTwin(db, query),
    workloadHistory: (query) => queryWorkloadHistory(db, query),
    twinGaps: () => queryTwinGaps(db),
  };
}
