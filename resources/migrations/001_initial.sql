-- PressDesk schema 1: categories, articles, tags, revisions, images, full-text search.
-- Dates are UTC ISO 8601 text. Synced rows carry local_rev, server_seq, dirty, deleted.

CREATE TABLE categories (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);

INSERT INTO categories (id, name, position) VALUES
    ('6ac50dee-efcb-5e8a-a095-6c58d2d8495b', 'Tin cải cách hành chính', 0),
    ('8d57a84e-8193-56ef-9df0-dfcdf2eb1b05', 'Tin hoạt động', 1),
    ('e641b0c5-fc98-5533-9707-6aa59db45d82', 'Kinh tế', 2),
    ('ab9e9420-ef60-5713-95c9-4478c07e441b', 'Văn hóa – Xã hội', 3),
    ('e9c51e94-4642-56b1-89e5-5792defef040', 'Quốc phòng – An ninh', 4),
    ('043ad30f-b92e-5f26-97cf-43c45a99904b', 'Thông báo', 5),
    ('476233fe-3590-564e-a3c6-b6ef4547e5d2', 'Xây dựng Đảng', 6),
    ('ea1e215c-5051-5eba-8af3-2acb91dfbf2a', 'Nông thôn mới', 7),
    ('1748d9d6-1f55-579c-8e75-c4dc92b7561d', 'Giáo dục – Y tế', 8),
    ('c9ff5ed3-ecd6-513c-a0e7-eaae6d8011fc', 'Gương người tốt việc tốt', 9);

-- local_id is the stable integer key the full-text index uses; id (UUID) is the identity.
-- Small columns first, the body last: listing and filtering never read a body's overflow pages.
CREATE TABLE articles (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'draft',
    deleted INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    category_id TEXT REFERENCES categories(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    word_count INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    lead TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_updated ON articles (deleted, updated_at, local_id);
CREATE INDEX articles_created ON articles (deleted, created_at, local_id);
CREATE INDEX articles_category ON articles (category_id, updated_at, local_id);
CREATE INDEX articles_status ON articles (status, updated_at, local_id);
CREATE INDEX articles_title ON articles (title COLLATE NOCASE, local_id);

CREATE TABLE article_tags (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX article_tags_tag ON article_tags (tag);

-- Every content change is a revision; autosaves of one editing session coalesce into one.
CREATE TABLE revisions (
    id TEXT PRIMARY KEY NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    lead TEXT NOT NULL,
    body_html TEXT NOT NULL,
    category_id TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    edit_session TEXT NOT NULL DEFAULT '',
    autosave INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (article_id, number)
);

-- Images are content-addressed (SHA-256 of the bytes) and stored once.
CREATE TABLE images (
    hash TEXT PRIMARY KEY NOT NULL,
    mime TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE article_images (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    hash TEXT NOT NULL REFERENCES images(hash),
    PRIMARY KEY (article_id, hash)
);

-- Folded copy (lower case, no diacritics, d for đ) of title, lead and body text;
-- rowid = articles.local_id.
-- prefix='2 3': short prefixes (the last word while typing) are answered from their own index.
CREATE VIRTUAL TABLE article_fts USING fts5(title, lead, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
-- Titles alone: "does the title match?" is answered from this small index instead of walking
-- the whole of article_fts's lists for common words. rowid = articles.local_id.
CREATE VIRTUAL TABLE article_title_fts USING fts5(title, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
