-- PressDesk schema 10: plans sync with the office server (src/core/sync/PlanSync).
-- Every desk must name a row the same way: a manual entry gets a UUID (uid) besides its local
-- integer key, which stays for the order of entry. Links and manual entries carry the sync's
-- marks like plans and activities (local_rev, dirty, deleted), and all four remember the server
-- version they are (0: not on the server yet). Removing is marking deleted (a tombstone that
-- syncs); readers skip deleted rows. A plan's document goes up again only when it changed.

ALTER TABLE plans ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plans ADD COLUMN document_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan_activities ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;

ALTER TABLE activity_articles ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE activity_articles ADD COLUMN local_rev INTEGER NOT NULL DEFAULT 1;
ALTER TABLE activity_articles ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity_articles ADD COLUMN dirty INTEGER NOT NULL DEFAULT 1;
ALTER TABLE activity_articles ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
UPDATE activity_articles SET updated_at = linked_at;

ALTER TABLE activity_manual_entries ADD COLUMN uid TEXT;
ALTER TABLE activity_manual_entries ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE activity_manual_entries ADD COLUMN local_rev INTEGER NOT NULL DEFAULT 1;
ALTER TABLE activity_manual_entries ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity_manual_entries ADD COLUMN dirty INTEGER NOT NULL DEFAULT 1;
ALTER TABLE activity_manual_entries ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
-- A random (version 4) UUID per existing entry.
UPDATE activity_manual_entries SET updated_at = created_at,
    uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-'
        || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
        || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX activity_manual_entries_uid ON activity_manual_entries (uid);

-- What waits to be sent, found without reading every link or entry.
CREATE INDEX activity_articles_dirty ON activity_articles (activity_id) WHERE dirty = 1;
CREATE INDEX activity_manual_entries_dirty ON activity_manual_entries (activity_id)
    WHERE dirty = 1;
