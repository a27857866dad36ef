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
