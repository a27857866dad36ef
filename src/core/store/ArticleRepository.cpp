#include "store/ArticleRepository.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "text/HtmlSanitizer.h"
#include "text/TextFold.h"
#include "workflow/ContentHash.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace PressDesk {

using Sql::fromIso;
using Sql::iso;
using Sql::nullIfEmpty;

namespace {

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &json)
{
    QStringList out;
    const auto arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : arr)
        out << v.toString();
    return out;
}

const QString kArticleColumns = QStringLiteral(
    "a.local_id, a.id, a.title, a.lead, a.body_html, a.category_id, a.source, a.author, a.status, "
    "a.created_at, a.updated_at, a.local_rev, a.server_seq, a.dirty, a.deleted, "
    "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM article_tags t "
    " WHERE t.article_id = a.id ORDER BY position)), "
    "a.status_changed_at, a.approved_hash, a.approved_by, a.approved_at");

Article articleFromQuery(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(1).toString();
    a.title = q.value(2).toString();
    a.lead = q.value(3).toString();
    a.bodyHtml = q.value(4).toString();
    a.categoryId = q.value(5).toString();
    a.source = q.value(6).toString();
    a.author = q.value(7).toString();
    a.status = statusFromKey(q.value(8).toString()).value_or(ArticleStatus::Draft);
    a.createdAt = fromIso(q.value(9).toString());
    a.updatedAt = fromIso(q.value(10).toString());
    a.localRevision = q.value(11).toLongLong();
    a.serverSeq = q.value(12).toLongLong();
    a.dirty = q.value(13).toBool();
    a.deleted = q.value(14).toBool();
    const QString tags = q.value(15).toString();
    if (!tags.isEmpty())
        a.tags = tags.split(QChar(31));
    a.statusChangedAt = q.value(16).isNull() ? a.createdAt : fromIso(q.value(16).toString());
    a.approvedHash = q.value(17).toString();
    a.approvedBy = q.value(18).toString();
    if (!q.value(19).isNull())
        a.approvedAt = fromIso(q.value(19).toString());
    return a;
}

} // namespace

Article ArticleRepository::normalized(Article a)
{
    a.title = Text::toNfc(a.title).simplified();
    a.lead = Text::toNfc(a.lead).trimmed();
    a.source = Text::toNfc(a.source).simplified();
    a.author = Text::toNfc(a.author).simplified();
    a.bodyHtml = Html::sanitize(a.bodyHtml);
    QStringList tags;
    QSet<QString> seen;
    for (const QString &t : std::as_const(a.tags)) {
        const QString tag = Text::toNfc(t).simplified();
        if (!tag.isEmpty() && !seen.contains(Text::fold(tag))) {
            seen.insert(Text::fold(tag));
            tags << tag;
        }
    }
    a.tags = tags;
    return a;
}

Result<Article> ArticleRepository::create(Article article)
{
    Article a = normalized(std::move(article));
    if (a.id.isEmpty())
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!a.createdAt.isValid())
        a.createdAt = now;
    if (!a.updatedAt.isValid())
        a.updatedAt = a.createdAt;
    a.localRevision = 1;
    a.dirty = true;
    auto st = m_db.transaction([&] { return writeNew(a); });
    if (!st)
        return st.error();
    return get(a.id);
}

Status ArticleRepository::insertMany(const QList<Article> &articles)
{
    return m_db.transaction([&]() -> Status {
        for (const Article &raw : articles) {
            Article a = normalized(raw);
            if (a.id.isEmpty())
                a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!a.createdAt.isValid())
                a.createdAt = QDateTime::currentDateTimeUtc();
            if (!a.updatedAt.isValid())
                a.updatedAt = a.createdAt;
            if (auto st = writeNew(a); !st)
                return st;
        }
        return {};
    });
}

Status ArticleRepository::writeNew(const Article &a)
{
    auto q = Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO articles (id, title, lead, body_html, category_id, source, "
                       "author, status, word_count, created_at, updated_at, status_changed_at, "
                       "local_rev, dirty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)"),
        {Sql::text(a.id), Sql::text(a.title), Sql::text(a.lead), Sql::text(a.bodyHtml),
         nullIfEmpty(a.categoryId), Sql::text(a.source), Sql::text(a.author), statusKey(a.status),
         Text::wordCount(Html::toPlainText(a.bodyHtml)), iso(a.createdAt), iso(a.updatedAt),
         iso(a.createdAt)});
    if (!q)
        return q.error();
    const qint64 localId = q->lastInsertId().toLongLong();
    if (auto st = writeTags(a); !st)
        return st;
    if (auto st = writeImageRefs(a); !st)
        return st;
    if (auto st = writeSearchIndex(localId, a); !st)
        return st;
    Article first = a;
    first.updatedAt = a.createdAt;
    return insertRevision(first, 1, SaveKind::Manual, QString());
}

Status ArticleRepository::applyServerState(const Article &article, int serverVersion)
{
    const Article &a = article;
    auto existing =
        Sql::value(m_db, QStringLiteral("SELECT local_id FROM articles WHERE id = ?"), {a.id});
    if (!existing)
        return existing.error();
    const QVariantList content{Sql::text(a.title),
                               Sql::text(a.lead),
                               Sql::text(a.bodyHtml),
                               nullIfEmpty(a.categoryId),
                               Sql::text(a.source),
                               Sql::text(a.author),
                               statusKey(a.status),
                               Text::wordCount(Html::toPlainText(a.bodyHtml)),
                               iso(a.updatedAt),
                               a.statusChangedAt.isValid() ? QVariant(iso(a.statusChangedAt))
                                                           : QVariant(iso(a.updatedAt)),
                               Sql::text(a.approvedHash),
                               Sql::text(a.approvedBy),
                               a.approvedAt.isValid() ? QVariant(iso(a.approvedAt))
                                                      : QVariant(QMetaType::fromType<QString>()),
                               serverVersion};
    qint64 localId = 0;
    if (existing->isValid()) {
        localId = existing->toLongLong();
        if (auto st =
                Sql::run(m_db,
                         QStringLiteral("UPDATE articles SET title = ?, lead = ?, body_html = ?, "
                                        "category_id = ?, source = ?, author = ?, status = ?, "
                                        "word_count = ?, updated_at = ?, status_changed_at = ?, "
                                        "approved_hash = ?, approved_by = ?, approved_at = ?, "
                                        "server_version = ?, dirty = 0, local_rev = local_rev + 1 "
                                        "WHERE id = ?"),
                         content + QVariantList{a.id});
            !st)
            return st;
    } else {
        auto inserted = Sql::value(
            m_db,
            QStringLiteral("INSERT INTO articles (title, lead, body_html, category_id, source, "
                           "author, status, word_count, updated_at, status_changed_at, "
                           "approved_hash, approved_by, approved_at, server_version, id, "
                           "created_at, local_rev, dirty) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0) "
                           "RETURNING local_id"),
            content + QVariantList{a.id, iso(a.createdAt)});
        if (!inserted)
            return inserted.error();
        localId = inserted->toLongLong();
    }
    if (auto st = writeTags(a); !st)
        return st;
    if (auto st = writeImageRefs(a); !st)
        return st;
    return writeSearchIndex(localId, a);
}

namespace {

// Adds the words of an FTS5 index to its vocabulary table (search_terms, search_terms_exact),
// read from the index itself through fts5vocab.
Status copyVocabulary(Database &db, const QString &index, const QString &terms)
{
    if (auto vocab = Sql::run(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS "
                                                 "temp.%1_terms USING fts5vocab(main, %1, 'row')")
                                      .arg(index));
        !vocab)
        return vocab;
    return Sql::run(db,
                    QStringLiteral("INSERT OR IGNORE INTO %1 (term) SELECT term FROM temp.%2_terms")
                        .arg(terms, index));
}

} // namespace

Result<int> ArticleRepository::pendingIndexCount() const
{
    auto count = Sql::value(m_db, QStringLiteral("SELECT count(*) FROM search_pending"));
    if (!count)
        return count.error();
    return count->toInt();
}

Result<int> ArticleRepository::indexPending()
{
    constexpr int kPage = 500;
    struct Pending
    {
        qint64 localId;
        QString title, lead, body;
        QString exactTitle, exactLead, exactBody;
        int words;
    };
    Database::StatementCache cache(m_db);
    int indexed = 0;
    for (;;) {
        QList<Pending> page;
        auto st = m_db.transaction([&]() -> Status {
            auto q = Sql::exec(m_db,
                               QStringLiteral("SELECT a.local_id, a.title, a.lead, a.body_html "
                                              "FROM search_pending p JOIN articles a "
                                              "ON a.local_id = p.local_id "
                                              "ORDER BY p.local_id LIMIT ?"),
                               {kPage});
            if (!q)
                return q.error();
            while (q->next()) {
                const QString title = q->value(1).toString();
                const QString lead = q->value(2).toString();
                const QString plain = Html::toPlainText(q->value(3).toString());
                page.append({q->value(0).toLongLong(), Text::fold(title), Text::fold(lead),
                             Text::fold(plain), Text::exactSearchForm(title),
                             Text::exactSearchForm(lead), Text::exactSearchForm(plain),
                             Text::wordCount(plain)});
            }
            q->finish();
            // FTS5 keeps a page's terms in memory and writes them once, unless another
            // statement's savepoint comes between: all the index's rows first, then the rest.
            for (const Pending &p : std::as_const(page)) {
                for (const QString &sql :
                     {QStringLiteral("DELETE FROM article_fts WHERE rowid = ?"),
                      QStringLiteral("DELETE FROM article_title_fts WHERE rowid = ?"),
                      QStringLiteral("DELETE FROM article_exact_fts WHERE rowid = ?"),
                      QStringLiteral("DELETE FROM article_exact_title_fts WHERE rowid = ?")}) {
                    if (auto del = Sql::run(m_db, sql, {p.localId}); !del)
                        return del;
                }
            }
            for (const Pending &p : std::as_const(page)) {
                if (auto ins = Sql::run(m_db,
                                        QStringLiteral("INSERT INTO article_fts (rowid, title, "
                                                       "lead, body) VALUES (?, ?, ?, ?)"),
                                        {p.localId, p.title, p.lead, p.body});
                    !ins)
                    return ins;
                if (auto ins = Sql::run(m_db,
                                        QStringLiteral("INSERT INTO article_title_fts (rowid, "
                                                       "title) VALUES (?, ?)"),
                                        {p.localId, p.title});
                    !ins)
                    return ins;
                if (auto ins = Sql::run(m_db,
                                        QStringLiteral("INSERT INTO article_exact_fts (rowid, "
                                                       "title, lead, body) VALUES (?, ?, ?, ?)"),
                                        {p.localId, p.exactTitle, p.exactLead, p.exactBody});
                    !ins)
                    return ins;
                if (auto ins = Sql::run(m_db,
                                        QStringLiteral("INSERT INTO article_exact_title_fts "
                                                       "(rowid, title) VALUES (?, ?)"),
                                        {p.localId, p.exactTitle});
                    !ins)
                    return ins;
            }
            for (const Pending &p : std::as_const(page)) {
                if (auto up = Sql::run(m_db,
                                       QStringLiteral("UPDATE articles SET word_count = ? "
                                                      "WHERE local_id = ?"),
                                       {p.words, p.localId});
                    !up)
                    return up;
                if (auto done = Sql::run(m_db,
                                         QStringLiteral("DELETE FROM search_pending "
                                                        "WHERE local_id = ?"),
                                         {p.localId});
                    !done)
                    return done;
            }
            if (page.size() < kPage) {
                // The vocabularies for prefix search, from the indexes themselves (as
                // migration 2).
                if (auto vocab = copyVocabulary(m_db, QStringLiteral("article_fts"),
                                                QStringLiteral("search_terms"));
                    !vocab)
                    return vocab;
                return copyVocabulary(m_db, QStringLiteral("article_exact_fts"),
                                      QStringLiteral("search_terms_exact"));
            }
            return {};
        });
        if (!st)
            return st.error();
        indexed += int(page.size());
        if (page.size() < kPage)
            return indexed;
    }
}

Result<int> ArticleRepository::fillExactIndex()
{
    constexpr int kPage = 500;
    Database::StatementCache cache(m_db);
    qint64 after = 0;
    int written = 0;
    for (;;) {
        auto q = Sql::exec(m_db,
                           QStringLiteral("SELECT a.local_id, a.title, a.lead, a.body_html "
                                          "FROM articles a WHERE a.local_id > ? AND NOT EXISTS "
                                          "(SELECT 1 FROM search_pending p "
                                          "WHERE p.local_id = a.local_id) "
                                          "ORDER BY a.local_id LIMIT ?"),
                           {after, kPage});
        if (!q)
            return q.error();
        QList<QVariantList> page;
        while (q->next()) {
            after = q->value(0).toLongLong();
            page.append({after, Text::exactSearchForm(q->value(1).toString()),
                         Text::exactSearchForm(q->value(2).toString()),
                         Text::exactSearchForm(Html::toPlainText(q->value(3).toString()))});
        }
        q->finish();
        for (const QVariantList &row : std::as_const(page)) {
            if (auto ins = Sql::run(m_db,
                                    QStringLiteral("INSERT INTO article_exact_fts (rowid, title, "
                                                   "lead, body) VALUES (?, ?, ?, ?)"),
                                    row);
                !ins)
                return ins.error();
            if (auto ins = Sql::run(m_db,
                                    QStringLiteral("INSERT INTO article_exact_title_fts (rowid, "
                                                   "title) VALUES (?, ?)"),
                                    {row.at(0), row.at(1)});
                !ins)
                return ins.error();
        }
        written += int(page.size());
        if (page.size() < kPage)
            break;
    }
    if (auto vocab = copyVocabulary(m_db, QStringLiteral("article_exact_fts"),
                                    QStringLiteral("search_terms_exact"));
        !vocab)
        return vocab.error();
    return written;
}

Status ArticleRepository::insertRevision(const Article &a, int number, SaveKind kind,
                                         const QString &session, const QString &note)
{
    return Sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO revisions (id, article_id, number, title, lead, body_html, category_id, "
            "tags, source, author, edit_session, autosave, created_at, updated_at, saved_by, "
            "status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), Sql::text(a.id), number,
         Sql::text(a.title), Sql::text(a.lead), Sql::text(a.bodyHtml), nullIfEmpty(a.categoryId),
         tagsJson(a.tags), Sql::text(a.source), Sql::text(a.author), Sql::text(session),
         kind == SaveKind::Autosave ? 1 : 0, iso(a.updatedAt), iso(a.updatedAt),
         Sql::text(m_db.actingUser()), statusKey(a.status), Sql::text(note)});
}

Status ArticleRepository::writeTags(const Article &a)
{
    if (auto st = Sql::run(m_db, QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"),
                           {Sql::text(a.id)});
        !st)
        return st;
    for (int i = 0; i < a.tags.size(); ++i) {
        if (auto st = Sql::run(m_db,
                               QStringLiteral("INSERT INTO article_tags (article_id, tag, "
                                              "position) VALUES (?, ?, ?)"),
                               {Sql::text(a.id), a.tags.at(i), i});
            !st)
            return st;
    }
    return {};
}

Status ArticleRepository::writeImageRefs(const Article &a)
{
    static const QRegularExpression re(QStringLiteral("src=\"pdimg:([0-9a-f]{64})\""));
    if (auto st = Sql::run(m_db, QStringLiteral("DELETE FROM article_images WHERE article_id = ?"),
                           {Sql::text(a.id)});
        !st)
        return st;
    for (auto it = re.globalMatch(a.bodyHtml); it.hasNext();) {
        if (auto st = Sql::run(m_db,
                               QStringLiteral("INSERT OR IGNORE INTO article_images (article_id, "
                                              "hash) SELECT ?, hash FROM images WHERE hash = ?"),
                               {Sql::text(a.id), it.next().captured(1)});
            !st)
            return st;
    }
    return {};
}

Status ArticleRepository::writeSearchIndex(qint64 localId, const Article &a)
{
    const QString plain = Html::toPlainText(a.bodyHtml);
    const QString title = Text::fold(a.title);
    const QString lead = Text::fold(a.lead);
    const QString body = Text::fold(plain);
    for (const char *table :
         {"article_fts", "article_title_fts", "article_exact_fts", "article_exact_title_fts"}) {
        if (auto del = Sql::run(
                m_db, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(QLatin1String(table)),
                {localId});
            !del)
            return del;
    }
    if (auto ins =
            Sql::run(m_db,
                     QStringLiteral(
                         "INSERT INTO article_fts (rowid, title, lead, body) VALUES (?, ?, ?, ?)"),
                     {localId, title, lead, body});
        !ins)
        return ins;
    if (auto titleIns = Sql::run(
            m_db, QStringLiteral("INSERT INTO article_title_fts (rowid, title) VALUES (?, ?)"),
            {localId, title});
        !titleIns)
        return titleIns;
    const QString exactTitle = Text::exactSearchForm(a.title);
    const QString exactLead = Text::exactSearchForm(a.lead);
    const QString exactBody = Text::exactSearchForm(plain);
    if (auto exactIns = Sql::run(m_db,
                                 QStringLiteral("INSERT INTO article_exact_fts (rowid, title, "
                                                "lead, body) VALUES (?, ?, ?, ?)"),
                                 {localId, exactTitle, exactLead, exactBody});
        !exactIns)
        return exactIns;
    if (auto exactTitleIns = Sql::run(m_db,
                                      QStringLiteral("INSERT INTO article_exact_title_fts "
                                                     "(rowid, title) VALUES (?, ?)"),
                                      {localId, exactTitle});
        !exactTitleIns)
        return exactTitleIns;

    // The indexes' vocabularies, for prefix search (see migrations 002 and 020).
    const auto vocabulary = [](std::initializer_list<const QString *> texts) {
        QSet<QString> words;
        for (const QString *text : texts) {
            for (const QString &w : Text::searchTokens(*text))
                words.insert(w);
        }
        QJsonArray list;
        for (const QString &w : std::as_const(words))
            list.append(w);
        return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    };
    if (auto terms = Sql::run(m_db,
                              QStringLiteral("INSERT OR IGNORE INTO search_terms (term) "
                                             "SELECT value FROM json_each(?)"),
                              {vocabulary({&title, &lead, &body})});
        !terms)
        return terms;
    return Sql::run(m_db,
                    QStringLiteral("INSERT OR IGNORE INTO search_terms_exact (term) "
                                   "SELECT value FROM json_each(?)"),
                    {vocabulary({&exactTitle, &exactLead, &exactBody})});
}

Result<SaveOutcome> ArticleRepository::save(const Article &article, SaveKind kind,
                                            const QString &editSession, const QString &note)
{
    Article a = normalized(article);
    SaveOutcome outcome;
    auto st = m_db.transaction([&]() -> Status {
        auto cur = Sql::one(m_db,
                            QStringLiteral("SELECT ") + kArticleColumns +
                                QStringLiteral(" FROM articles a WHERE a.id = ?"),
                            {Sql::text(a.id)});
        if (!cur)
            return cur.error();
        if (!cur->has_value())
            return Error{QStringLiteral("not-found"), tr("No article with id %1.").arg(a.id)};
        const qint64 localId = (*cur)->value(0).toLongLong();
        const Article current = articleFromQuery(**cur);
        (*cur)->finish();

        auto last = Sql::row(m_db,
                             QStringLiteral("SELECT number, edit_session, autosave FROM revisions "
                                            "WHERE article_id = ? ORDER BY number DESC LIMIT 1"),
                             {Sql::text(a.id)});
        if (!last)
            return last.error();
        int lastNumber = 0;
        bool lastIsOpenAutosave = false;
        if (last->has_value()) {
            const QVariantList &values = **last;
            lastNumber = values.at(0).toInt();
            lastIsOpenAutosave = values.at(2).toBool() && !editSession.isEmpty() &&
                                 values.at(1).toString() == editSession;
        }

        if (current.sameContentAs(a)) {
            // Nothing a reader sees changed. A manual save still seals an open autosave.
            if (kind == SaveKind::Manual && lastIsOpenAutosave) {
                if (auto seal = Sql::run(m_db,
                                         QStringLiteral("UPDATE revisions SET autosave = 0 WHERE "
                                                        "article_id = ? AND number = ?"),
                                         {Sql::text(a.id), lastNumber});
                    !seal)
                    return seal;
            }
            outcome.article = current;
            outcome.changed = false;
            outcome.revisionNumber = lastNumber;
            return {};
        }

        a.createdAt = current.createdAt;
        // An edit voids an approval and reopens published or archived articles as drafts.
        a.status = Workflow::afterContentEdit(current.status);
        const bool statusChanges = a.status != current.status;
        a.author = a.author.isEmpty() ? current.author : a.author;
        a.updatedAt = QDateTime::currentDateTimeUtc();
        if (a.updatedAt <= current.updatedAt)
            a.updatedAt = current.updatedAt.addMSecs(1);

        if (auto up = Sql::run(
                m_db,
                QStringLiteral(
                    "UPDATE articles SET title = ?, lead = ?, body_html = ?, category_id = ?, "
                    "source = ?, author = ?, word_count = ?, updated_at = ?, "
                    "local_rev = local_rev + 1, dirty = 1, status = ?, status_changed_at = ?, "
                    "approved_hash = ?, approved_by = ?, approved_at = ? WHERE id = ?"),
                {Sql::text(a.title), Sql::text(a.lead), Sql::text(a.bodyHtml),
                 nullIfEmpty(a.categoryId), Sql::text(a.source), Sql::text(a.author),
                 Text::wordCount(Html::toPlainText(a.bodyHtml)), iso(a.updatedAt),
                 statusKey(a.status), iso(statusChanges ? a.updatedAt : current.statusChangedAt),
                 Sql::text(statusChanges ? QString() : current.approvedHash),
                 Sql::text(statusChanges ? QString() : current.approvedBy),
                 statusChanges || !current.approvedAt.isValid()
                     ? QVariant(QMetaType::fromType<QString>())
                     : QVariant(iso(current.approvedAt)),
                 Sql::text(a.id)});
            !up)
            return up;
        if (statusChanges) {
            if (auto logged = AuditLog(m_db).appendContentChange(
                    QStringLiteral("edit"), current, a,
                    current.approvedHash.isEmpty() ? QString()
                                                   : tr("The approval was voided by an edit."));
                !logged)
                return logged.error();
        }
        if (auto r = writeTags(a); !r)
            return r;
        if (auto r = writeImageRefs(a); !r)
            return r;
        if (auto r = writeSearchIndex(localId, a); !r)
            return r;

        if (kind == SaveKind::Autosave || lastIsOpenAutosave) {
            if (lastIsOpenAutosave) {
                if (auto rev = Sql::run(
                        m_db,
                        QStringLiteral(
                            "UPDATE revisions SET title = ?, lead = ?, body_html = ?, "
                            "category_id = ?, tags = ?, source = ?, author = ?, autosave = ?, "
                            "updated_at = ?, saved_by = ?, status = ? WHERE article_id = ? AND "
                            "number = ?"),
                        {Sql::text(a.title), Sql::text(a.lead), Sql::text(a.bodyHtml),
                         nullIfEmpty(a.categoryId), tagsJson(a.tags), Sql::text(a.source),
                         Sql::text(a.author), kind == SaveKind::Autosave ? 1 : 0, iso(a.updatedAt),
                         Sql::text(m_db.actingUser()), statusKey(a.status), Sql::text(a.id),
                         lastNumber});
                    !rev)
                    return rev;
                outcome.revisionNumber = lastNumber;
            } else {
                if (auto r = insertRevision(a, lastNumber + 1, kind, editSession, note); !r)
                    return r;
                outcome.revisionNumber = lastNumber + 1;
            }
        } else {
            if (auto r = insertRevision(a, lastNumber + 1, kind, editSession, note); !r)
                return r;
            outcome.revisionNumber = lastNumber + 1;
        }
        outcome.changed = true;
        return {};
    });
    if (!st)
        return st.error();
    if (outcome.changed) {
        auto fresh = get(a.id);
        if (!fresh)
            return fresh.error();
        outcome.article = fresh.value();
    }
    return outcome;
}

Result<Article> ArticleRepository::get(const QString &id) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT ") + kArticleColumns +
                            QStringLiteral(" FROM articles a WHERE a.id = ?"),
                        {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No article with id %1.").arg(id)};
    return articleFromQuery(**row);
}

Result<QString> ArticleRepository::resolveId(const QString &idOrPrefix) const
{
    const QString key = idOrPrefix.trimmed().toLower();
    if (key.size() < 4)
        return Error{QStringLiteral("not-found"),
                     tr("Give at least 4 characters of the article id.")};
    auto q =
        Sql::exec(m_db, QStringLiteral("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2"),
                  {key, QString(key + QChar(0xffff))});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    if (ids.isEmpty())
        return Error{QStringLiteral("not-found"), tr("No article with id %1.").arg(idOrPrefix)};
    if (ids.size() > 1)
        return Error{
            QStringLiteral("ambiguous"),
            tr("More than one article id starts with %1; give more of it.").arg(idOrPrefix)};
    return ids.first();
}

Result<QList<Article>> ArticleRepository::list(int limit) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT ") + kArticleColumns +
                           QStringLiteral(" FROM articles a WHERE a.deleted = 0 "
                                          "ORDER BY a.updated_at DESC, a.local_id DESC LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QList<Article> out;
    while (q->next())
        out << articleFromQuery(q.value());
    return out;
}

Result<Revision> ArticleRepository::sealAsRevision(const QString &articleId, const QString &note)
{
    Revision out;
    auto st = m_db.transaction([&]() -> Status {
        auto current = get(articleId);
        if (!current)
            return current.error();
        auto number = latestRevisionNumber(articleId);
        if (!number)
            return number.error();
        if (auto r =
                insertRevision(current.value(), number.value() + 1, SaveKind::Manual, {}, note);
            !r)
            return r;
        if (auto r = Sql::run(m_db,
                              QStringLiteral("UPDATE articles SET dirty = 1, local_rev = "
                                             "local_rev + 1 WHERE id = ?"),
                              {articleId});
            !r)
            return r;
        auto all = revisions(articleId);
        if (!all)
            return all.error();
        out = all->last();
        return {};
    });
    if (!st)
        return st.error();
    return out;
}

Result<QList<Revision>> ArticleRepository::revisions(const QString &articleId) const
{
    return revisionsWhere(QStringLiteral("article_id = ? ORDER BY number"), {articleId});
}

Result<std::optional<Revision>> ArticleRepository::serverRevisionAt(const QString &articleId,
                                                                    int serverVersion) const
{
    // Revisions kept beside the head (a desk's 'side' revisions, conflicts) never were its
    // content.
    auto found = revisionsWhere(
        QStringLiteral("article_id = ? AND server_version BETWEEN 1 AND ? AND kind IN "
                       "('edit', 'merge', 'import') ORDER BY server_version DESC, number DESC "
                       "LIMIT 1"),
        {articleId, serverVersion});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Revision>{};
    return std::optional<Revision>{found->first()};
}

Result<std::optional<Revision>> ArticleRepository::revision(const QString &revisionId) const
{
    auto found = revisionsWhere(QStringLiteral("id = ?"), {revisionId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Revision>{};
    return std::optional<Revision>{found->first()};
}

Result<QList<Revision>> ArticleRepository::revisionsWhere(const QString &where,
                                                          const QVariantList &values) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT id, number, title, lead, body_html, category_id, "
                                      "tags, source, author, autosave, created_at, updated_at, "
                                      "saved_by, status, note, article_id FROM revisions WHERE ") +
                           where,
                       values);
    if (!q)
        return q.error();
    QList<Revision> out;
    while (q->next()) {
        Revision r;
        r.id = q->value(0).toString();
        r.articleId = q->value(15).toString();
        r.number = q->value(1).toInt();
        r.title = q->value(2).toString();
        r.lead = q->value(3).toString();
        r.bodyHtml = q->value(4).toString();
        r.categoryId = q->value(5).toString();
        r.tags = tagsFromJson(q->value(6).toString());
        r.source = q->value(7).toString();
        r.author = q->value(8).toString();
        r.autosave = q->value(9).toBool();
        r.createdAt = fromIso(q->value(10).toString());
        r.updatedAt = fromIso(q->value(11).toString());
        r.savedBy = q->value(12).toString();
        r.status = statusFromKey(q->value(13).toString()).value_or(ArticleStatus::Draft);
        r.note = q->value(14).toString();
        out << r;
    }
    return out;
}

Result<int> ArticleRepository::latestRevisionNumber(const QString &articleId) const
{
    auto number = Sql::value(
        m_db, QStringLiteral("SELECT coalesce(max(number), 0) FROM revisions WHERE article_id = ?"),
        {articleId});
    if (!number)
        return number.error();
    return number->toInt();
}

Result<int> ArticleRepository::count() const
{
    auto n = Sql::value(m_db, QStringLiteral("SELECT count(*) FROM articles WHERE deleted = 0"));
    if (!n)
        return n.error();
    return n->toInt();
}

Status ArticleRepository::setWorkflowState(const QString &id, ArticleStatus status,
                                           const QDateTime &changedAt, const QString &approvedHash,
                                           const QString &approvedBy, const QDateTime &approvedAt)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE articles SET status = ?, status_changed_at = ?, "
                                   "approved_hash = ?, approved_by = ?, approved_at = ?, "
                                   "local_rev = local_rev + 1, dirty = 1 WHERE id = ?"),
                    {statusKey(status), Sql::iso(changedAt), Sql::text(approvedHash),
                     Sql::text(approvedBy),
                     approvedAt.isValid() ? QVariant(Sql::iso(approvedAt))
                                          : QVariant(QMetaType::fromType<QString>()),
                     id});
}

} // namespace PressDesk
