-- Deployment evidence (docs/adr/040–043): when a workload was present, and which snapshot a cluster is at.

-- A workload's own presence, apart from its deployments: a workload whose images are known by tag only has
-- no deployment (docs/adr/041) but is still there, and a snapshot that no longer lists it removes it.
ALTER TABLE workloads
  ADD COLUMN first_seen timestamptz,
  ADD COLUMN last_seen  timestamptz,
  ADD COLUMN removed_at timestamptz;
CREATE INDEX workloads_cluster ON workloads (cluster_id) WHERE removed_at IS NULL;

-- Snapshots replace a cluster's state in time order; an older snapshot arriving late is refused.
ALTER TABLE clusters ADD COLUMN last_snapshot_at timestamptz;

-- The open deployments of a cluster, which each snapshot continues or ends.
CREATE INDEX deployments_cluster_open ON deployments (cluster_id) WHERE ended_at IS NULL;
-- The pipeline deployments of a workload in time order, for out-of-order events.
CREATE INDEX deployments_pipeline ON deployments (workload_id, first_seen) WHERE source = 'pipeline';
