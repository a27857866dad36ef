#include "store/ArticleBulkWriter.h"

#include "model/Article.h"
#include "store/Database.h"

#include <QStringList>

namespace PressDesk {

namespace {

// The status the server sent when this desk knows it, else a draft (as statusFromKey's
// callers read an unknown one).
QByteArray knownStatus(int parameter)
{
    QStringList keys;
    for (ArticleStatus s : allStatuses())
        keys << QStringLiteral("'%1'").arg(statusKey(s));
    return QStringLiteral("CASE WHEN ?%1 IN (%2) THEN ?%1 ELSE 'draft' END")
        .arg(parameter)
        .arg(keys.join(u','))
        .toUtf8();
}

// The images an article's body shows: src="pdimg:<SHA-256 in hex>".
template <typename Fn> void forEachImage(QByteArrayView html, Fn fn)
{
    static constexpr QByteArrayView marker("src=\"pdimg:");
    constexpr qsizetype hashSize = 64;
    for (qsizetype at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 1)) {
        const qsizetype start = at + marker.size();
        if (start + hashSize >= html.size() || html.at(start + hashSize) != '"')
            continue;
        const QByteArrayView hash = html.sliced(start, hashSize);
        bool hex = true;
        for (char c : hash)
            hex = hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        if (hex)
            fn(hash);
    }
}

} // namespace

Result<std::unique_ptr<ArticleBulkWriter>> ArticleBulkWriter::open(const Database &db)
{
    std::unique_ptr<ArticleBulkWriter> self(new ArticleBulkWriter);
    auto bulk = SqliteBulk::open(db.path());
    if (!bulk)
        return bulk.error();
    self->m_db = std::move(bulk).value();
    const QByteArray article =
        "INSERT INTO articles (id, title, lead, body_html, category_id, source, author, status, "
        "word_count, created_at, updated_at, status_changed_at, approved_hash, approved_by, "
        "approved_at, server_version, local_rev, dirty) "
        "VALUES (?1, coalesce(?2, ''), coalesce(?3, ''), coalesce(?4, ''), nullif(?5, ''), "
        "coalesce(?6, ''), coalesce(?7, ''), " +
        knownStatus(8) +
        ", 0, coalesce(?9, ''), coalesce(?10, ''), coalesce(?11, ?10, ''), coalesce(?12, ''), "
        "coalesce(?13, ''), ?14, ?15, 1, 0) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, lead = excluded.lead, "
        "body_html = excluded.body_html, category_id = excluded.category_id, "
        "source = excluded.source, author = excluded.author, status = excluded.status, "
        "word_count = 0, updated_at = excluded.updated_at, "
        "status_changed_at = excluded.status_changed_at, "
        "approved_hash = excluded.approved_hash, approved_by = excluded.approved_by, "
        "approved_at = excluded.approved_at, server_version = excluded.server_version, "
        "dirty = 0, local_rev = articles.local_rev + 1 "
        "WHERE articles.dirty = 0 AND articles.conflict = 0 "
        "AND articles.server_version < excluded.server_version "
        "RETURNING local_id, local_rev";
    const QByteArray revision =
        "INSERT INTO revisions (id, article_id, number, title, lead, body_html, category_id, "
        "tags, source, author, edit_session, autosave, created_at, updated_at, saved_by, status, "
        "note, server_version, kind) "
        "SELECT ?1, ?2, (SELECT coalesce(max(number), 0) + 1 FROM revisions "
        "WHERE article_id = ?2), coalesce(?3, ''), coalesce(?4, ''), coalesce(?5, ''), "
        "nullif(?6, ''), coalesce(?7, '[]'), coalesce(?8, ''), coalesce(?9, ''), '', 0, "
        "coalesce(?10, ''), coalesce(?10, ''), coalesce(?11, ''), " +
        knownStatus(12) +
        ", coalesce(?13, ''), ?14, coalesce(?15, 'edit') "
        "WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?2) "
        "ON CONFLICT (id) DO UPDATE SET server_version = excluded.server_version";
    const std::pair<SqliteBulk::Statement **, QByteArray> statements[] = {
        {&self->m_article, article},
        {&self->m_clearTags, "DELETE FROM article_tags WHERE article_id = ?1"},
        {&self->m_tags, "INSERT OR IGNORE INTO article_tags (article_id, tag, position) "
                        "SELECT ?1, value, key FROM json_each(?2)"},
        {&self->m_clearImages, "DELETE FROM article_images WHERE article_id = ?1"},
        {&self->m_image, "INSERT OR IGNORE INTO article_images (article_id, hash) "
                         "SELECT ?1, hash FROM images WHERE hash = ?2"},
        {&self->m_pending, "INSERT OR IGNORE INTO search_pending (local_id) VALUES (?1)"},
        {&self->m_revision, revision},
    };
    for (const auto &[slot, sql] : statements) {
        auto prepared = self->m_db->prepare(sql.constData());
        if (!prepared)
            return prepared.error();
        *slot = prepared.value();
    }
    return self;
}

Result<bool> ArticleBulkWriter::article(const ArticleRow &r)
{
    SqliteBulk::Statement &s = *m_article;
    const Content &c = r.content;
    s.text(1, r.id).text(2, c.title).text(3, c.lead).text(4, c.bodyHtml).text(5, c.categoryId);
    s.text(6, c.source).text(7, c.author).text(8, r.status).text(9, r.createdAt);
    s.text(10, r.updatedAt).text(11, r.statusChangedAt).text(12, r.approvedHash);
    s.text(13, r.approvedBy).text(14, r.approvedAt).integer(15, r.version);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!row.value())
        return false; // this desk's copy stays
    const qint64 localId = s.column(0);
    const bool replaced = s.column(1) > 1;
    s.reset();

    const auto run = [](SqliteBulk::Statement &st) -> Status {
        auto done = st.step();
        if (!done)
            return done.error();
        return {};
    };
    if (replaced) {
        if (auto st = run(m_clearTags->text(1, r.id)); !st)
            return st.error();
        if (auto st = run(m_clearImages->text(1, r.id)); !st)
            return st.error();
    }
    if (!c.tagsJson.isEmpty() && c.tagsJson != QByteArrayView("[]")) {
        if (auto st = run(m_tags->text(1, r.id).text(2, c.tagsJson)); !st)
            return st.error();
    }
    Status images;
    forEachImage(c.bodyHtml, [&](QByteArrayView hash) {
        if (images)
            images = run(m_image->text(1, r.id).text(2, hash));
    });
    if (!images)
        return images.error();
    if (auto st = run(m_pending->integer(1, localId)); !st)
        return st.error();
    return true;
}

Status ArticleBulkWriter::revision(const RevisionRow &r)
{
    SqliteBulk::Statement &s = *m_revision;
    const Content &c = r.content;
    s.text(1, r.id).text(2, r.articleId).text(3, c.title).text(4, c.lead).text(5, c.bodyHtml);
    s.text(6, c.categoryId).text(7, c.tagsJson).text(8, c.source).text(9, c.author);
    s.text(10, r.savedAt).text(11, r.savedBy).text(12, r.status).text(13, r.note);
    s.integer(14, r.version).text(15, r.kind);
    auto done = s.step();
    if (!done)
        return done.error();
    return {};
}

} // namespace PressDesk
