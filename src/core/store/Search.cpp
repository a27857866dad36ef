#include "store/Search.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "text/HtmlSanitizer.h"
#include "text/TextFold.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace PressDesk {

namespace {

using Text::searchTokens;

QString quoted(const QString &s)
{
    QString escaped = s;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

namespace {

// Words and quoted phrases of a query already in its search form (folded or exact).
void parseTerms(const QString &text, QStringList *wordsOut, QStringList *phrasesOut)
{
    int i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'"') {
            int end = text.indexOf(u'"', i + 1);
            if (end < 0)
                end = text.size();
            const QStringList words = searchTokens(text.mid(i + 1, end - i - 1));
            if (words.size() == 1)
                *wordsOut << words.first();
            else if (words.size() > 1)
                *phrasesOut << words.join(u' ');
            i = end + 1;
            continue;
        }
        int end = i;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'"')
            ++end;
        const QStringList words = searchTokens(text.mid(i, end - i));
        if (words.size() == 1)
            *wordsOut << words.first();
        else if (words.size() > 1)
            *phrasesOut << words.join(u' '); // "65/KH-UBND" is one phrase of three tokens
        i = end == i ? i + 1 : end;
    }
    wordsOut->removeDuplicates();
    phrasesOut->removeDuplicates();
}

// Every term required; the last bare word also matches as a prefix, or, with lastWordAs,
// any of those words.
QString ftsOf(const QStringList &words, const QStringList &phrases,
              const QStringList &lastWordAs = {})
{
    QStringList parts;
    for (const QString &p : phrases)
        parts << quoted(p);
    for (int i = 0; i < words.size(); ++i) {
        if (i < words.size() - 1) {
            parts << quoted(words.at(i));
        } else if (lastWordAs.isEmpty()) {
            // The last word also matches as a prefix, so results appear while typing.
            parts << quoted(words.at(i)) + u'*';
        } else {
            QStringList any;
            for (const QString &w : lastWordAs)
                any << quoted(w);
            parts << u'(' + any.join(QLatin1String(" OR ")) + u')';
        }
    }
    return parts.join(QLatin1String(" AND "));
}

} // namespace

SearchQuery SearchQuery::parse(const QString &userText)
{
    SearchQuery q;
    parseTerms(Text::fold(userText), &q.words, &q.phrases);
    if (Text::hasDiacritics(userText)) {
        parseTerms(Text::exactSearchForm(userText), &q.exactWords, &q.exactPhrases);
        // Diacritics outside any word (a lone accent) change nothing.
        q.hasDiacritics = !q.exactWords.isEmpty() || !q.exactPhrases.isEmpty();
    }
    return q;
}

QString SearchQuery::toFts(const QStringList &lastWordAs) const
{
    return ftsOf(words, phrases, lastWordAs);
}

QString SearchQuery::toExactFts(const QStringList &lastWordAs) const
{
    return ftsOf(exactWords, exactPhrases, lastWordAs);
}

QStringList SearchQuery::highlightTerms() const
{
    return phrases + words;
}

namespace {

QString excerpt(const QString &lead, const QString &bodyHtml, const QStringList &terms)
{
    const QString text = lead + u'\n' + Html::toPlainText(bodyHtml);
    return Search::highlight(text.simplified(), terms, 180);
}

} // namespace

QString Search::highlight(const QString &originalText, const QStringList &foldedTerms, int maxChars)
{
    const QString original = Text::toNfc(originalText);
    const QString folded = Text::fold(original); // same length, position for position
    QList<std::pair<int, int>> ranges;
    for (const QString &term : foldedTerms) {
        if (term.isEmpty())
            continue;
        for (int pos = folded.indexOf(term); pos >= 0; pos = folded.indexOf(term, pos + 1)) {
            if (pos > 0 && isWordChar(folded.at(pos - 1)))
                continue;
            int end = pos + int(term.size());
            while (end < folded.size() && isWordChar(folded.at(end)))
                ++end; // a prefix match highlights the whole word
            ranges << std::make_pair(pos, end);
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    // Overlapping matches merge, and so do matches separated only by spaces: "<b>cải cách</b>".
    const auto onlySpaces = [&folded](int from, int to) {
        for (int i = from; i < to; ++i) {
            if (folded.at(i) != u' ')
                return false;
        }
        return true;
    };
    for (const auto &r : ranges) {
        if (!merged.isEmpty() &&
            (r.first <= merged.last().second || onlySpaces(merged.last().second, r.first)))
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged << r;
    }

    int from = 0;
    int to = int(original.size());
    if (maxChars > 0 && original.size() > maxChars) {
        const int first = merged.isEmpty() ? 0 : merged.first().first;
        from = std::max(0, first - maxChars / 3);
        while (from > 0 && isWordChar(original.at(from - 1)))
            --from;
        to = std::min(int(original.size()), from + maxChars);
        while (to < original.size() && isWordChar(original.at(to)))
            ++to;
    }

    QString out;
    if (from > 0)
        out += QStringLiteral("…");
    int cursor = from;
    for (const auto &[start, end] : std::as_const(merged)) {
        if (end <= from || start >= to)
            continue;
        const int s = std::max(start, from);
        const int e = std::min(end, to);
        out += original.mid(cursor, s - cursor).toHtmlEscaped();
        out +=
            QStringLiteral("<b>") + original.mid(s, e - s).toHtmlEscaped() + QStringLiteral("</b>");
        cursor = e;
    }
    out += original.mid(cursor, to - cursor).toHtmlEscaped();
    if (to < original.size())
        out += QStringLiteral("…");
    return out;
}

QString Search::filterSql(const ArticleFilter &filter, QVariantList *binds)
{
    QString sql;
    if (filter.status) {
        sql += QStringLiteral(" AND a.status = ?");
        *binds << statusKey(*filter.status);
    }
    if (!filter.categoryId.isEmpty()) {
        sql += QStringLiteral(" AND a.category_id = ?");
        *binds << filter.categoryId;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND a.updated_at >= ?");
        *binds << Sql::iso(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND a.updated_at < ?");
        *binds << Sql::iso(filter.to.addDays(1).startOfDay());
    }
    return sql;
}

namespace {

// The full-text indexes: everything (title, lead, body) and titles alone, folded, and the same
// two in the exact search form (Text::exactSearchForm, since migration 20).
enum class Index { All, Titles, Exact, ExactTitles };

QString indexName(Index index)
{
    switch (index) {
    case Index::All:
        return QStringLiteral("article_fts");
    case Index::Titles:
        return QStringLiteral("article_title_fts");
    case Index::Exact:
        return QStringLiteral("article_exact_fts");
    case Index::ExactTitles:
        break;
    }
    return QStringLiteral("article_exact_title_fts");
}

// "FROM <index> WHERE <index> MATCH ?" plus the filter's conditions. The indexes hold only
// live (not deleted) articles, so without a filter the articles table is not touched at all.
QString matchFrom(const QString &filterWhere, Index index = Index::All)
{
    const QString t = indexName(index);
    if (filterWhere.isEmpty())
        return QStringLiteral(" FROM %1 WHERE %1 MATCH ?").arg(t);
    return QStringLiteral(" FROM %1 JOIN articles a ON a.local_id = %1.rowid "
                          "WHERE %1 MATCH ? AND a.deleted = 0")
               .arg(t) +
           filterWhere;
}

} // namespace

// Up to rankedLimit() matches, results are ranked by relevance (bm25 over title, lead and
// body costs about 5 µs a match). Broader queries (a word found in most articles) list title
// matches first and then the rest, each newest-added first, which FTS5 answers from the end
// of its lists without touching every match.
Result<SearchResult> Search::find(const QString &queryText, int limit, int offset,
                                  const ArticleFilter &filter, bool snippets) const
{
    SearchResult result;
    const SearchQuery query = SearchQuery::parse(queryText);
    if (query.isEmpty() || limit <= 0)
        return result;
    auto expanded = ftsFor(query);
    if (!expanded)
        return expanded.error();
    const QString fts = expanded.value();
    const int cap = rankedLimit();

    // Rowids matching an FTS5 expression under the filter, newest added first.
    const auto newestIds = [&](const QString &match, int n, int skip,
                               Index index = Index::All) -> Result<QList<qint64>> {
        QVariantList binds{match};
        const QString where = filterSql(filter, &binds);
        binds << n << skip;
        auto q = Sql::exec(
            m_db,
            QStringLiteral("SELECT %1.rowid").arg(indexName(index)) + matchFrom(where, index) +
                QStringLiteral(" ORDER BY %1.rowid DESC LIMIT ? OFFSET ?").arg(indexName(index)),
            binds);
        if (!q)
            return q.error();
        QList<qint64> ids;
        while (q->next())
            ids << q->value(0).toLongLong();
        return ids;
    };

    // One pass from the newest end tells whether the query is narrow enough to rank.
    auto newest = newestIds(fts, cap + 1, 0);
    if (!newest)
        return newest.error();
    result.totalIsLowerBound = newest->size() > cap;
    result.total = std::min(int(newest->size()), cap);

    QList<std::pair<qint64, bool>> rows; // (rowid, title match) in display order
    if (query.hasDiacritics) {
        auto exactFts = ftsFor(query, /*exact=*/true);
        if (!exactFts)
            return exactFts.error();
        auto exactRows = exactFirstRows(fts, exactFts.value(), filter, limit, offset,
                                        /*ranked=*/!result.totalIsLowerBound);
        if (!exactRows)
            return exactRows.error();
        rows = std::move(exactRows).value();
    } else if (!result.totalIsLowerBound) {
        // Few matches: rank them all, title matches first.
        QVariantList binds{fts, fts};
        const QString where = filterSql(filter, &binds);
        binds << limit << offset;
        auto q = Sql::exec(
            m_db,
            QStringLiteral("SELECT article_fts.rowid, article_fts.rowid IN (SELECT rowid "
                           "FROM article_title_fts WHERE article_title_fts MATCH ?) AS tm") +
                matchFrom(where) +
                QStringLiteral(" ORDER BY tm DESC, bm25(article_fts, 10.0, 4.0, 1.0) "
                               "LIMIT ? OFFSET ?"),
            binds);
        if (!q)
            return q.error();
        while (q->next())
            rows << std::make_pair(q->value(0).toLongLong(), q->value(1).toBool());
    } else {
        auto titles = newestIds(fts, cap + 1, 0, Index::Titles);
        if (!titles)
            return titles.error();
        if (titles->size() <= cap) {
            // Title matches, then every other match; the other matches come from the pass
            // above, read further only when the user scrolls that far.
            const QSet<qint64> inTitle(titles->cbegin(), titles->cend());
            const int end = offset + limit;
            QList<qint64> rest;
            const auto collectRest = [&](const QList<qint64> &ids) {
                rest.clear();
                for (qint64 id : ids) {
                    if (!inTitle.contains(id))
                        rest << id;
                }
            };
            collectRest(newest.value());
            const int restNeeded = end - int(titles->size());
            if (restNeeded > rest.size()) {
                auto more = newestIds(fts, restNeeded + int(titles->size()), 0);
                if (!more)
                    return more.error();
                collectRest(more.value());
            }
            for (int i = offset; i < end; ++i) {
                if (i < titles->size())
                    rows << std::make_pair(titles->at(i), true);
                else if (i - titles->size() < rest.size())
                    rows << std::make_pair(rest.at(i - titles->size()), false);
            }
        } else {
            // Even the titles match broadly: page through both parts in the index.
            auto titleCount = countFts(fts, filter, -1, /*titlesOnly=*/true);
            if (!titleCount)
                return titleCount.error();
            if (offset < titleCount.value()) {
                auto page = newestIds(fts, limit, offset, Index::Titles);
                if (!page)
                    return page.error();
                for (qint64 id : page.value())
                    rows << std::make_pair(id, true);
            }
            const int remaining = limit - int(rows.size());
            if (remaining > 0) {
                const QString titleFts = QStringLiteral("{title} : (") + fts + u')';
                const QString restFts = u'(' + fts + QStringLiteral(") NOT ") + titleFts;
                auto page = newestIds(restFts, remaining, std::max(0, offset - titleCount.value()));
                if (!page)
                    return page.error();
                for (qint64 id : page.value())
                    rows << std::make_pair(id, false);
            }
        }
    }
    auto hits = hitsFor(rows, query.highlightTerms(), snippets);
    if (!hits)
        return hits.error();
    result.hits = std::move(hits).value();
    return result;
}

// With diacritics in the query, the matches fall into two groups: those that match the query
// as typed (the exact index: diacritics kept, either tone style) and those that match only once
// folded. The first group comes first whatever bm25 says; inside it the articles whose title
// matches as typed come first, inside the second today's title matches (folded) first.
// Every row returned is a folded match: the exact index holds the same articles as the folded
// one, and what matches as typed matches folded (Text::exactSearchForm folds to the same words).
Result<QList<std::pair<qint64, bool>>>
Search::exactFirstRows(const QString &fts, const QString &exact, const ArticleFilter &filter,
                       int limit, int offset, bool ranked) const
{
    const auto in = [](Index index) {
        return QStringLiteral("IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(indexName(index));
    };
    QList<std::pair<qint64, bool>> rows;
    if (ranked) {
        // Few matches: rank them all: exact first, then title matches, then bm25.
        QVariantList binds{exact, exact, fts, fts};
        const QString where = filterSql(filter, &binds);
        binds << limit << offset;
        auto q = Sql::exec(
            m_db,
            QStringLiteral("SELECT article_fts.rowid, article_fts.rowid ") + in(Index::Exact) +
                QStringLiteral(" AS em, article_fts.rowid ") + in(Index::ExactTitles) +
                QStringLiteral(" AS etm, article_fts.rowid ") + in(Index::Titles) +
                QStringLiteral(" AS tm") + matchFrom(where) +
                QStringLiteral(" ORDER BY em DESC, CASE WHEN em THEN etm ELSE tm END DESC, "
                               "bm25(article_fts, 10.0, 4.0, 1.0) LIMIT ? OFFSET ?"),
            binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const bool em = q->value(1).toBool();
            rows << std::make_pair(q->value(0).toLongLong(),
                                   em ? q->value(2).toBool() : q->value(3).toBool());
        }
        return rows;
    }

    // Many matches: four parts one after the other, each newest added first and read from its
    // index only as far as the page needs: exact title matches, other exact matches,
    // folded-only title matches, other folded-only matches. "Other than the title matches"
    // leaves out the title index's matches when they are few, else it is FTS5's NOT on the
    // title column (which reads ahead to the next title match: cheap only when they are many).
    const int cap = rankedLimit();
    struct Part
    {
        Index index;
        QString match;
        QStringList notIn; // leave out rowid IN (SELECT rowid FROM index MATCH ?), index : match
        QList<Index> notInIndex;
        bool title;
    };
    // Whether the title index's matches are few enough to leave out as a set (counted without
    // the filter: the set left out is not filtered either).
    const auto fewTitles = [&](Index titles, const QString &match) -> Result<bool> {
        auto n = Sql::value(m_db,
                            QStringLiteral("SELECT count(*) FROM (SELECT 1") +
                                matchFrom(QString(), titles) + QStringLiteral(" LIMIT ?)"),
                            {match, cap + 1});
        if (!n)
            return n.error();
        return n->toInt() <= cap;
    };
    const auto notTitle = [](const QString &match) -> QString {
        return u'(' + match + QStringLiteral(") NOT {title} : (") + match + u')';
    };
    const auto from = [&](const Part &part, QVariantList *binds) {
        *binds << part.match;
        QString sql = matchFrom(filterSql(filter, binds), part.index);
        for (int i = 0; i < part.notIn.size(); ++i) {
            sql += QStringLiteral(" AND %1.rowid NOT ").arg(indexName(part.index)) +
                   in(part.notInIndex.at(i));
            *binds << part.notIn.at(i);
        }
        return sql;
    };

    int skip = offset;
    int need = limit;
    for (int p = 0; p < 4 && need > 0; ++p) {
        Part part;
        switch (p) {
        case 0:
            part = {Index::ExactTitles, exact, {}, {}, true};
            break;
        case 1: {
            auto few = fewTitles(Index::ExactTitles, exact);
            if (!few)
                return few.error();
            part = few.value() ? Part{Index::Exact, exact, {exact}, {Index::ExactTitles}, false}
                               : Part{Index::Exact, notTitle(exact), {}, {}, false};
            break;
        }
        case 2:
            part = {Index::Titles, fts, {exact}, {Index::Exact}, true};
            break;
        default: {
            auto few = fewTitles(Index::Titles, fts);
            if (!few)
                return few.error();
            part = few.value()
                       ? Part{Index::All, fts, {exact, fts}, {Index::Exact, Index::Titles}, false}
                       : Part{Index::All, notTitle(fts), {exact}, {Index::Exact}, false};
            break;
        }
        }
        if (skip > 0) {
            // Does this part reach the page at all? Count it as far as the page starts.
            QVariantList binds;
            const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1") +
                                from(part, &binds) + QStringLiteral(" LIMIT ?)");
            binds << skip;
            auto n = Sql::value(m_db, sql, binds);
            if (!n)
                return n.error();
            if (n->toInt() < skip) {
                skip -= n->toInt();
                continue;
            }
        }
        QVariantList binds;
        const QString t = indexName(part.index);
        const QString sql = QStringLiteral("SELECT %1.rowid").arg(t) + from(part, &binds) +
                            QStringLiteral(" ORDER BY %1.rowid DESC LIMIT ? OFFSET ?").arg(t);
        binds << need << skip;
        auto q = Sql::exec(m_db, sql, binds);
        if (!q)
            return q.error();
        while (q->next()) {
            rows << std::make_pair(q->value(0).toLongLong(), part.title);
            --need;
        }
        skip = 0;
    }
    return rows;
}

Result<QList<SearchHit>> Search::search(const QString &queryText, int limit, int offset,
                                        const ArticleFilter &filter, bool snippets) const
{
    auto found = find(queryText, limit, offset, filter, snippets);
    if (!found)
        return found.error();
    return std::move(found).value().hits;
}

Result<QList<SearchHit>> Search::hitsFor(const QList<std::pair<qint64, bool>> &rows,
                                         const QStringList &terms, bool snippets) const
{
    QList<SearchHit> hits;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.title, a.updated_at, c.name, ") +
              (snippets ? QStringLiteral("a.lead, a.body_html ") : QStringLiteral("'', '' ")) +
              QStringLiteral("FROM articles a LEFT JOIN categories c ON c.id = a.category_id "
                             "WHERE a.local_id = ?"));
    for (const auto &[rowid, titleMatch] : rows) {
        q.addBindValue(rowid);
        if (!q.exec())
            return Database::sqlError(q.lastError());
        if (!q.next())
            continue;
        SearchHit h;
        h.articleId = q.value(0).toString();
        h.title = q.value(1).toString();
        h.titleHtml = highlight(h.title, terms);
        h.updatedAt = Sql::fromIso(q.value(2).toString());
        h.categoryName = q.value(3).toString();
        h.titleMatch = titleMatch;
        if (snippets)
            h.snippetHtml = excerpt(q.value(4).toString(), q.value(5).toString(), terms);
        hits << h;
        q.finish();
    }
    return hits;
}

Result<QString> Search::snippetFor(const QString &articleId, const QString &queryText) const
{
    auto row = Sql::one(m_db, QStringLiteral("SELECT lead, body_html FROM articles WHERE id = ?"),
                        {articleId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return QString();
    return excerpt((*row)->value(0).toString(), (*row)->value(1).toString(),
                   SearchQuery::parse(queryText).highlightTerms());
}

Result<int> Search::countMatches(const QString &queryText, const ArticleFilter &filter,
                                 int cap) const
{
    const SearchQuery query = SearchQuery::parse(queryText);
    if (query.isEmpty())
        return 0;
    auto fts = ftsFor(query);
    if (!fts)
        return fts.error();
    return countFts(fts.value(), filter, cap, false);
}

Result<QString> Search::ftsFor(const SearchQuery &query, bool exact) const
{
    const QStringList &queryWords = exact ? query.exactWords : query.words;
    const auto fts = [&](const QStringList &lastWordAs = {}) {
        return exact ? query.toExactFts(lastWordAs) : query.toFts(lastWordAs);
    };
    if (queryWords.isEmpty())
        return fts();
    // Prefixes of up to 3 characters have their own index (prefix = '2 3'). A longer one
    // would make FTS5 merge the lists of every word it covers in memory before returning
    // the first row; the same words joined by OR are read lazily, newest first.
    const QString last = queryWords.last();
    constexpr int kMaxWords = 16;
    if (last.size() <= 3)
        return fts();
    auto q = Sql::exec(
        m_db,
        QStringLiteral("SELECT term FROM %1 WHERE term >= ? AND term < ? "
                       "ORDER BY term LIMIT ?")
            .arg(exact ? QLatin1String("search_terms_exact") : QLatin1String("search_terms")),
        {last, QString(last + QStringView(QChar::fromUcs4(0x10FFFF))), // above
         kMaxWords + 1});                                              // any word
    if (!q)
        return q.error();
    QStringList words;
    while (q->next())
        words << q->value(0).toString();
    // No word (nothing can match) or too many to list: FTS5's own prefix query.
    if (words.isEmpty() || words.size() > kMaxWords)
        return fts();
    return fts(words);
}

Result<int> Search::countFts(const QString &fts, const ArticleFilter &filter, int cap,
                             bool titlesOnly) const
{
    QVariantList binds{fts};
    const QString where = filterSql(filter, &binds);
    QString sql =
        QStringLiteral("SELECT 1") + matchFrom(where, titlesOnly ? Index::Titles : Index::All);
    if (cap > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << cap;
    }
    auto n = Sql::value(m_db, QStringLiteral("SELECT count(*) FROM (") + sql + u')', binds);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<QString>> Search::scanLike(const QString &queryText, int limit) const
{
    // What a naive implementation does: every word as a LIKE over the original columns,
    // reading every match (the list needs the count) and keeping the first page.
    const QStringList words = queryText.simplified().remove(u'"').split(u' ', Qt::SkipEmptyParts);
    QString where;
    for (int i = 0; i < words.size(); ++i)
        where += QStringLiteral(" AND (title LIKE ? OR lead LIKE ? OR body_html LIKE ?)");
    QVariantList binds;
    for (const QString &w : words) {
        const QString pattern = u'%' + w + u'%';
        binds << pattern << pattern << pattern;
    }
    auto q =
        Sql::exec(m_db, QStringLiteral("SELECT id FROM articles WHERE deleted = 0") + where, binds);
    if (!q)
        return q.error();
    QList<QString> ids;
    while (q->next()) {
        if (ids.size() < limit)
            ids << q->value(0).toString();
    }
    return ids;
}

} // namespace PressDesk
