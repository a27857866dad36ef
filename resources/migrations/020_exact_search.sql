-- PressDesk schema 20: the exact search index. Diacritics carry meaning ("cải cách" reform,
-- "cái cách" the way): a query typed with diacritics lists first the articles that hold its
-- words as typed, then those that match only once folded (Search::find). Same columns,
-- tokenizer and prefix indexes as article_fts / article_title_fts, over Text::exactSearchForm
-- of the text: NFC, lower case, diacritics kept, the tone of oa/oe/uy syllables in one style
-- (hòa = hoà). rowid = articles.local_id. search_terms_exact is its vocabulary, for long
-- prefixes (as search_terms, migration 2).
-- The rows of existing articles are written after this script by
-- ArticleRepository::fillExactIndex (Database::migrate): SQL cannot compute that form.

CREATE VIRTUAL TABLE article_exact_fts USING fts5(title, lead, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
CREATE VIRTUAL TABLE article_exact_title_fts USING fts5(title, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');

CREATE TABLE search_terms_exact (
    term TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;
