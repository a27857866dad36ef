-- PressDesk schema 11: which post each article became on each portal site, as the office
-- server holds it (its pd.article_post; src/core/sync/PostSync). Portal accounts are the desk's
-- own (article_posts names them); the site is what desks share. The sync fills this table from
-- article_posts and from the server, and a desk that publishes an article another desk already
-- published updates that post instead of making a second one.

CREATE TABLE office_posts (
    article_id TEXT NOT NULL,
    site TEXT NOT NULL, -- PortalAccount::siteKey(): "https://cong.example.gov.vn"
    remote_id INTEGER NOT NULL,
    link TEXT NOT NULL DEFAULT '',
    slug TEXT NOT NULL DEFAULT '',
    remote_status TEXT NOT NULL DEFAULT '',
    modified_gmt TEXT NOT NULL DEFAULT '',
    pushed_hash TEXT NOT NULL DEFAULT '',
    dirty INTEGER NOT NULL DEFAULT 0, -- 1: learnt here, not yet on the server
    PRIMARY KEY (article_id, site)
) WITHOUT ROWID;
CREATE INDEX office_posts_dirty ON office_posts (dirty) WHERE dirty = 1;
