-- PressDesk schema 14: conflicts are resolved. A conflict names both sides (the revision kept
-- as the conflict, and the head it conflicts with, "theirs" on this desk), the version both
-- were based on, and how it ended (by whom, with which revision; sent to the office server
-- or not yet).

ALTER TABLE sync_conflicts ADD COLUMN theirs_revision_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_conflicts ADD COLUMN base_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_conflicts ADD COLUMN resolved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_conflicts ADD COLUMN resolution_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_conflicts ADD COLUMN resolution_sent INTEGER NOT NULL DEFAULT 1;

