-- PressDesk schema 2: the vocabulary of the search index.
-- A word typed last in the search box matches as a prefix ("thon" finds "thon" and "thong").
-- FTS5 answers a prefix query longer than its prefix indexes by merging the lists of every
-- matching word in memory (13 ms for a common syllable over 100 000 articles); expanding the
-- prefix to the words themselves ("thon" OR "thong") lets it read the lists lazily instead.
-- Words are only added (a word no article uses any more costs nothing in an OR).

CREATE TABLE search_terms (
    term TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.article_fts_terms USING fts5vocab(main, article_fts, 'row');

INSERT INTO search_terms (term) SELECT term FROM temp.article_fts_terms;

DROP TABLE temp.article_fts_terms;
