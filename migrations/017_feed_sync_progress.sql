-- When a running feed sync last showed it is alive (its start, each committed batch, and a heartbeat while it
-- runs): `feeds status` shows a running sync whose process died as interrupted instead of running forever.
ALTER TABLE feed_syncs ADD COLUMN progress_at timestamptz;
