-- PressDesk schema 9: this profile as a desk of an office server.
-- sync_state exists once the profile joined an office. Articles and revisions remember the
-- server version they are (0: not on the server yet); comments carry a dirty flag like the
-- rest. What the server refused, and what conflicts wait, are kept until someone looks.

CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server_url TEXT NOT NULL,
    user_name TEXT NOT NULL,
    desk_id TEXT NOT NULL,
    epoch TEXT NOT NULL DEFAULT '',
    -- Where the pull stands, per kind of row: a JSON object the server's positions (opaque).
    cursors TEXT NOT NULL DEFAULT '{}',
    -- The newest local audit entry sent (entries are sent in order).
    audit_sent INTEGER NOT NULL DEFAULT 0,
    -- 1 until the first pass after a supervisor joined with this profile's own work
    -- (`sync join --import`) has sent it: its articles keep the state they have here.
    importing INTEGER NOT NULL DEFAULT 0,
    last_sync TEXT,
    last_attempt TEXT,
    online INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);

-- Rows that stay on this desk: the demo article of a profile that joined an office later.
CREATE TABLE sync_local_only (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;

ALTER TABLE articles ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0;
ALTER TABLE revisions ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE revisions ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit';
ALTER TABLE comments ADD COLUMN dirty INTEGER NOT NULL DEFAULT 1;
ALTER TABLE comments ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;
-- Images go up once (the server keeps each by its SHA-256, like the profile).
ALTER TABLE images ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;

-- Two desks edited the same article between passes: both versions are kept as revisions
-- (theirs here, ours on the server) until someone decides.
CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision_id TEXT NOT NULL,
    login TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, article_id);

-- Changes the server refused, with its reason, for the notices panel.
CREATE TABLE sync_rejections (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    article_id TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL,
    reason TEXT NOT NULL
);

INSERT INTO change_counters (topic) VALUES ('sync');

CREATE TRIGGER change_sync_state_insert AFTER INSERT ON sync_state
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'sync';
END;

CREATE TRIGGER change_sync_state_update AFTER UPDATE ON sync_state
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'sync';
END;

CREATE TRIGGER change_sync_conflicts_insert AFTER INSERT ON sync_conflicts
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'sync';
END;

CREATE TRIGGER change_sync_conflicts_update AFTER UPDATE ON sync_conflicts
BEGIN
    UPDATE change_counters SET n = n + 1 WHERE topic = 'sync';
END;
