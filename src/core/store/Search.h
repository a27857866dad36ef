#pragma once

#include "Result.h"
#include "model/ArticleFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace PressDesk {

class Database;

struct SearchHit
{
    QString articleId;
    QString title;       // original text
    QString titleHtml;   // original text, HTML-escaped, matches in <b>…</b>
    QString snippetHtml; // excerpt of lead/body, HTML-escaped, matches in <b>…</b>
    QString categoryName;
    QDateTime updatedAt;
    bool titleMatch = false;
};

// One page of results and how many there are in all.
struct SearchResult
{
    QList<SearchHit> hits;
    int total = 0;                  // matches, at most Search::rankedLimit()
    bool totalIsLowerBound = false; // more than rankedLimit() matched ("1 000+")
};

// A parsed user query: folded words and quoted phrases, and the same as typed.
struct SearchQuery
{
    QStringList words;   // folded
    QStringList phrases; // folded, each several words
    // The same terms in Text::exactSearchForm (diacritics kept, lower case, one tone style);
    // only when hasDiacritics.
    QStringList exactWords;
    QStringList exactPhrases;
    // The query carries diacritics (Text::hasDiacritics): exact matches rank first.
    bool hasDiacritics = false;
    bool isEmpty() const { return words.isEmpty() && phrases.isEmpty(); }

    static SearchQuery parse(const QString &userText);
    // FTS5 MATCH expression (every term required; the last bare word also matches as a
    // prefix). With lastWordAs, the last bare word matches any of those words instead.
    QString toFts(const QStringList &lastWordAs = {}) const;
    // The same over the exact terms, for the exact indexes.
    QString toExactFts(const QStringList &lastWordAs = {}) const;
    // Folded terms to highlight (words and phrases).
    QStringList highlightTerms() const;
};

// Full-text search over the folded copy of title, lead and body (SQLite FTS5):
// diacritics, case and Unicode form do not matter; title matches rank first.
// When the query carries diacritics, the articles that match it as typed (the exact index:
// diacritics kept, either tone-mark style) come before those that match only once folded;
// title matches (as typed) first inside the exact group, today's order inside the other.
// The matches themselves are the folded ones either way.
class Search
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::Search)

public:
    explicit Search(Database &db) : m_db(db) {}

    // filter.query is ignored (query is the text searched); its status, category and dates apply.
    // One page of results with the (capped) number of matches.
    Result<SearchResult> find(const QString &query, int limit = 50, int offset = 0,
                              const ArticleFilter &filter = {}, bool snippets = true) const;
    // snippets = false leaves snippetHtml empty (the list computes it for visible rows only,
    // with snippetFor()).
    Result<QList<SearchHit>> search(const QString &query, int limit = 50, int offset = 0,
                                    const ArticleFilter &filter = {}, bool snippets = true) const;
    // Highlighted excerpt of an article's lead and body for query.
    Result<QString> snippetFor(const QString &articleId, const QString &query) const;
    // Matches of query under filter; with cap > 0, counting stops at cap.
    Result<int> countMatches(const QString &query, const ArticleFilter &filter = {},
                             int cap = -1) const;
    // Above this many matches, results are title matches then newest first, not bm25.
    static constexpr int rankedLimit() { return 1000; }

    // " AND …" conditions on articles aliased "a" for the filter's status, category and
    // dates; values appended to binds in order.
    static QString filterSql(const ArticleFilter &filter, QVariantList *binds);

    // Baseline for benchmarks: the same query as LIKE '%…%' scans over the original text.
    Result<QList<QString>> scanLike(const QString &query, int limit = 50) const;

    // original (NFC) text, HTML-escaped, with every occurrence of the folded terms in <b>;
    // maxChars > 0 cuts an excerpt around the first match.
    static QString highlight(const QString &original, const QStringList &foldedTerms,
                             int maxChars = 0);

private:
    // query.toFts() with the last word's prefix spelled out as the indexed words it covers;
    // with exact, query.toExactFts() and the exact index's words.
    Result<QString> ftsFor(const SearchQuery &query, bool exact = false) const;
    Result<int> countFts(const QString &fts, const ArticleFilter &filter, int cap,
                         bool titlesOnly) const;
    // The page [offset, offset + limit) of a query with diacritics: exact matches first, then
    // the folded-only ones. ranked: few enough matches to rank them all (else newest first).
    Result<QList<std::pair<qint64, bool>>> exactFirstRows(const QString &fts,
                                                          const QString &exactFts,
                                                          const ArticleFilter &filter, int limit,
                                                          int offset, bool ranked) const;
    Result<QList<SearchHit>> hitsFor(const QList<std::pair<qint64, bool>> &rows,
                                     const QStringList &terms, bool snippets) const;

    Database &m_db;
};

} // namespace PressDesk
