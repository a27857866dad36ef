-- PressDesk schema 3: users and roles, approvals bound to a content hash, revision authorship
-- and state, editorial comments, what each user has seen, and the append-only, hash-chained
-- audit log.

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('staff', 'supervisor', 'admin')),
    created_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- Per-profile settings that travel with the file (the current user).
CREATE TABLE profile_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE articles ADD COLUMN status_changed_at TEXT;
ALTER TABLE articles ADD COLUMN approved_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN approved_at TEXT;
CREATE INDEX articles_queue ON articles (deleted, status, status_changed_at, local_id);

ALTER TABLE revisions ADD COLUMN saved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE revisions ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- Editorial comments on an article, optionally anchored to a quoted passage of the body.
CREATE TABLE comments (
    id TEXT PRIMARY KEY NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL,
    quote TEXT NOT NULL DEFAULT '',
    resolved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX comments_article ON comments (article_id, created_at);

-- What each user last saw of an article: the revision (for "changed since you saw it") and
-- when they read its comments (for the unread badge).
CREATE TABLE article_views (
    user_name TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL DEFAULT 0,
    comments_read_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (user_name, article_id)
) WITHOUT ROWID;

-- Every state change, approval, return, restore and (later) publication. entry_hash is the
-- SHA-256 of the entry's fields and prev_hash (the previous entry's entry_hash), so changing,
-- deleting or reordering a row breaks the chain; audit_head holds the newest entry, so
-- cutting entries off the end is noticed too. The triggers keep the app from rewriting it.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    article_id TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status TEXT NOT NULL DEFAULT '',
    hash_before TEXT NOT NULL DEFAULT '',
    hash_after TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL
);
CREATE INDEX audit_log_article ON audit_log (article_id, seq);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    entry_hash TEXT NOT NULL
);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
