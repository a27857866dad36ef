-- PressDesk schema 7: the district's plans (Kế hoạch số 65/KH-UBND …), their activities per
-- channel with targets, the articles that serve each activity, and output counted by hand.
-- Calendar dates (issue date, period, start, due, a manual entry's day) are 'yyyy-MM-dd' text,
-- '' when unknown; times are UTC ISO 8601 as elsewhere.

CREATE TABLE plans (
    id TEXT PRIMARY KEY NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    issuing_body TEXT NOT NULL DEFAULT '',
    issue_date TEXT NOT NULL DEFAULT '',
    period_start TEXT NOT NULL DEFAULT '',
    period_end TEXT NOT NULL DEFAULT '',
    theme TEXT NOT NULL DEFAULT '',
    focus_topics TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'done')),
    -- The original document as issued (PDF, DOC, DOCX or ODT), kept whole.
    document_name TEXT NOT NULL DEFAULT '',
    document_mime TEXT NOT NULL DEFAULT '',
    document BLOB,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plans_number ON plans (number COLLATE NOCASE);

CREATE TABLE plan_activities (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    channel TEXT NOT NULL CHECK (channel IN ('portal', 'radio', 'visual', 'press', 'meetings', 'other')),
    focus_topic TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    responsible_unit TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL DEFAULT '',
    target INTEGER NOT NULL DEFAULT 0 CHECK (target >= 0),
    unit TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    behind_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_rev INTEGER NOT NULL DEFAULT 1,
    server_seq INTEGER NOT NULL DEFAULT 0,
    dirty INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_activities_plan ON plan_activities (plan_id, position);

-- Which articles serve which activities (an article may serve several, of several plans).
CREATE TABLE activity_articles (
    activity_id TEXT NOT NULL REFERENCES plan_activities(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    linked_at TEXT NOT NULL,
    linked_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX activity_articles_article ON activity_articles (article_id, activity_id);
-- Counting progress reads an article's status and dates by id from this index alone: the
-- dates added by migration 3 sit after the body in the row, in its overflow pages.
CREATE INDEX articles_progress ON articles (id, status, deleted, status_changed_at, approved_at);

-- Output PressDesk does not hold (a conference held, banners hung), counted by hand.
CREATE TABLE activity_manual_entries (
    id INTEGER PRIMARY KEY,
    activity_id TEXT NOT NULL REFERENCES plan_activities(id) ON DELETE CASCADE,
    entry_date TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX activity_manual_entries_activity ON activity_manual_entries (activity_id, entry_date);
