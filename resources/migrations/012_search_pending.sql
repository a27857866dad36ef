-- PressDesk schema 12: articles saved without their search index yet (a desk joining an office
-- saves the office's articles first and indexes them right after: ArticleRepository::
-- indexPending). A profile closed in between indexes them at its next sync pass.

CREATE TABLE search_pending (
    local_id INTEGER PRIMARY KEY
);
