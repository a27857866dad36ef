-- PressDesk schema 4: the portals the office publishes to. Passwords are never stored here
-- (the system keychain holds them, or the user types them per session).

CREATE TABLE portals (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL DEFAULT 'wordpress',
    site_url TEXT NOT NULL,
    user_name TEXT NOT NULL,
    rest_root TEXT NOT NULL DEFAULT '',
    trusted_cert_sha256 TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- Where an article lives on a portal: the post, its address, and what we last sent.
CREATE TABLE article_posts (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    portal_id TEXT NOT NULL REFERENCES portals(id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    link TEXT NOT NULL DEFAULT '',
    slug TEXT NOT NULL DEFAULT '',
    remote_status TEXT NOT NULL DEFAULT '',
    modified_gmt TEXT NOT NULL DEFAULT '',
    pushed_hash TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, portal_id)
) WITHOUT ROWID;

-- Images uploaded to a portal's media library, reused on republish.
CREATE TABLE portal_media (
    image_hash TEXT NOT NULL,
    portal_id TEXT NOT NULL REFERENCES portals(id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (image_hash, portal_id)
) WITHOUT ROWID;

-- Local category -> portal category, chosen once per portal.
CREATE TABLE portal_categories (
    category_id TEXT NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    portal_id TEXT NOT NULL REFERENCES portals(id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    PRIMARY KEY (category_id, portal_id)
) WITHOUT ROWID;

-- The outbox: every request to a portal is an entry, so work queued offline or left when
-- the app closed is sent later. state: queued, done, failed (permanent), cancelled.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    portal_id TEXT NOT NULL REFERENCES portals(id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('publish', 'withdraw', 'trash')),
    publish_at TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    done_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id);
