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

SearchQuery SearchQuery::parse(const QString &userText)
{
    SearchQuery q;
    const QString text = Text::fold(userText);
    int i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'"') {
            int end = text.indexOf(u'"', i + 1);
            if (end < 0)
                end = text.size();
            const QStringList words = searchTokens(text.mid(i + 1, end - i - 1));
            if (words.size() == 1)
                q.words << words.first();
            else if (words.size() > 1)
                q.phrases << words.join(u' ');
            i = end + 1;
            continue;
        }
        int end = i;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'"')
            ++end;
        const QStringList words = searchTokens(text.mid(i, end - i));
        if (words.size() == 1)
            q.words << words.first();
        else if (words.size() > 1)
            q.phrases << words.join(u' '); // "65/KH-UBND" is one phrase of three tokens
        i = end == i ? i + 1 : end;
    }
    q.words.removeDuplicates();
    q.phrases.removeDuplicates();
    return q;
}

QString SearchQuery::toFts(const QStringList &lastWordAs) const
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

// The two full-text indexes: everything (title, lead, body) and titles alone.
enum class Index { All, Titles };

QString indexName(Index index)
{
    return index == Index::All ? QStringLiteral("article_fts")
                               : QStringLiteral("article_title_fts");
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
    if (!result.totalIsLowerBound) {
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

Result<QString> Search::ftsFor(const SearchQuery &query) const
{
    if (query.words.isEmpty())
        return query.toFts();
    // Prefixes of up to 3 characters have their own index (prefix = '2 3'). A longer one
    // would make FTS5 merge the lists of every word it covers in memory before returning
    // the first row; the same words joined by OR are read lazily, newest first.
    const QString last = query.words.last();
    constexpr int kMaxWords = 16;
    if (last.size() <= 3)
        return query.toFts();
    auto q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"),
        {last, QString(last + QStringView(QChar::fromUcs4(0x10FFFF))), // above any word
         kMaxWords + 1});
    if (!q)
        return q.error();
    QStringList words;
    while (q->next())
        words << q->value(0).toString();
    // No word (nothing can match) or too many to list: FTS5's own prefix query.
    if (words.isEmpty() || words.size() > kMaxWords)
        return query.toFts();
    return query.toFts(words);
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
