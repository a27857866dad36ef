#include "sync/ArticlePush.h"

#include "store/SqlUtil.h"
#include "sync/ArticleMerge.h"
#include "sync/ServerSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace PressDesk {

namespace {

const QString kContentColumns =
    QStringLiteral("title, lead, body_html, coalesce(category_id::text, ''), "
                   "array_to_json(tags)::text, source, author");

QVariantList contentValues(const Revision &r)
{
    return {Sql::text(r.title),
            Sql::text(r.lead),
            Sql::text(r.bodyHtml),
            r.categoryId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                   : QVariant(r.categoryId),
            Sql::text(r.tags.join(QChar(0x1f))),
            Sql::text(r.source),
            Sql::text(r.author)};
}

Revision contentFrom(const QSqlQuery &q, int at)
{
    Revision r;
    r.title = q.value(at).toString();
    r.lead = q.value(at + 1).toString();
    r.bodyHtml = q.value(at + 2).toString();
    r.categoryId = q.value(at + 3).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(at + 4).toString().toUtf8()).array())
        r.tags << v.toString();
    r.source = q.value(at + 5).toString();
    r.author = q.value(at + 6).toString();
    return r;
}

// A PostgreSQL array literal of UUIDs.
QString uuidArray(const QStringList &ids)
{
    return QStringLiteral("{") + ids.join(u',') + QStringLiteral("}");
}

const QString kContentSet = QStringLiteral(
    "title = ?, lead = ?, body_html = ?, category_id = ?::uuid, tags = string_to_array(?, "
    "chr(31)), source = ?, author = ?, revision_id = ?::uuid, updated_at = ?::timestamptz");

} // namespace

ArticlePush::ArticlePush(ServerSession &server, const QString &userName,
                         const QList<SyncRepository::PendingArticle> &articles)
    : m_server(server), m_user(userName)
{
    for (const SyncRepository::PendingArticle &a : articles)
        m_base.insert(a.id, a.serverVersion);
}

Status ArticlePush::push(const SyncRepository::PendingArticle &a, const Revision &r)
{
    if (m_inConflict.contains(a.id) || m_merged.contains(a.id))
        return {};
    // Sent before (the answer was lost)?
    auto known = m_server.exec(QStringLiteral("SELECT version, kind FROM pd.article_revision "
                                              "WHERE id = ?::uuid"),
                               {r.id});
    if (!known)
        return known.error();
    if (known->next()) {
        const int version = known->value(0).toInt();
        const QString kind = known->value(1).toString();
        m_sent.append({r.id, version, kind});
        if (kind == QLatin1String("edit"))
            m_base.insert(a.id, std::max(m_base.value(a.id), version));
        if (kind == QLatin1String("conflict"))
            return keptInConflict(a, r.id);
        return {};
    }
    auto head = m_server.exec(QStringLiteral("SELECT version, ") + kContentColumns +
                                  QStringLiteral(" FROM pd.article WHERE id = ?::uuid FOR UPDATE"),
                              {a.id});
    if (!head)
        return head.error();
    if (!head->next()) {
        auto inserted = m_server.exec(
            QStringLiteral("INSERT INTO pd.article (title, lead, body_html, category_id, tags, "
                           "source, author, id, office_id, revision_id, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?::uuid, string_to_array(?, chr(31)), ?, ?, "
                           "?::uuid, pd.my_office(), ?::uuid, ?::timestamptz, ?::timestamptz) "
                           "RETURNING version"),
            contentValues(r) +
                QVariantList{a.id, r.id, Sql::iso(a.head.createdAt), Sql::iso(r.updatedAt)});
        if (!inserted)
            return inserted.error();
        inserted->next();
        m_sent.append({r.id, inserted->value(0).toInt(), QStringLiteral("edit")});
        m_base.insert(a.id, inserted->value(0).toInt());
        return {};
    }
    // Content another desk wrote on the server since this desk's base (its own revisions of
    // this pass aside, sent before an answer was lost): merged.
    QStringList ours;
    for (const Revision &own : a.revisions)
        ours << own.id;
    auto others = m_server.exec(QStringLiteral("SELECT 1 FROM pd.article_revision WHERE "
                                               "article_id = ?::uuid AND version > ? AND kind "
                                               "NOT IN ('conflict', 'side') AND NOT (id = "
                                               "ANY(?::uuid[])) LIMIT 1"),
                                {a.id, m_base.value(a.id), uuidArray(ours)});
    if (!others)
        return others.error();
    if (others->next())
        return mergeWithServer(a);
    // The same content as the head (a conflict resolved with the office's text): no new head;
    // the revision is kept beside it, so that it can name the resolution.
    if (ArticleMerge::sameContent(contentFrom(*head, 1), r)) {
        m_base.insert(a.id, std::max(m_base.value(a.id), head->value(0).toInt()));
        return keepSide(a, r);
    }

    auto updated =
        m_server.exec(QStringLiteral("UPDATE pd.article SET ") + kContentSet +
                          QStringLiteral(" WHERE id = ?::uuid RETURNING version"),
                      contentValues(r) + QVariantList{r.id, Sql::iso(r.updatedAt), a.id});
    if (!updated)
        return updated.error();
    updated->next();
    m_sent.append({r.id, updated->value(0).toInt(), QStringLiteral("edit")});
    m_base.insert(a.id, updated->value(0).toInt());
    return {};
}

Status ArticlePush::keepSide(const SyncRepository::PendingArticle &a, const Revision &r)
{
    const int base = std::max(m_base.value(a.id), 1);
    auto kept = m_server.exec(
        QStringLiteral("SELECT pd.keep_side(?::uuid, ?::uuid, ?, ?, ?, ?, ?::uuid, "
                       "string_to_array(?, chr(31)), ?, ?, ?::timestamptz)"),
        QVariantList{a.id, r.id, base} + contentValues(r) + QVariantList{Sql::iso(r.updatedAt)});
    if (!kept)
        return kept.error();
    m_sent.append({r.id, base, QStringLiteral("side")});
    return {};
}

Status ArticlePush::mergeWithServer(const SyncRepository::PendingArticle &a)
{
    const int baseVersion = m_base.value(a.id);
    auto baseRow = m_server.exec(QStringLiteral("SELECT ") + kContentColumns +
                                     QStringLiteral(" FROM pd.article_revision WHERE article_id "
                                                    "= ?::uuid AND version <= ? AND kind IN "
                                                    "('edit', 'merge', 'import') ORDER BY "
                                                    "version DESC, number DESC LIMIT 1"),
                                 {a.id, baseVersion});
    if (!baseRow)
        return baseRow.error();
    // Nothing in common (cannot happen unless the server lost history): every difference is
    // a conflict.
    const Revision base = baseRow->next() ? contentFrom(*baseRow, 0) : Revision{};
    auto headRow = m_server.exec(QStringLiteral("SELECT revision_id::text, ") + kContentColumns +
                                     QStringLiteral(" FROM pd.article WHERE id = ?::uuid"),
                                 {a.id});
    if (!headRow)
        return headRow.error();
    headRow->next();
    const QString theirsId = headRow->value(0).toString();
    const Revision theirs = contentFrom(*headRow, 1);
    const Revision mine = ArticleMerge::contentOf(a.head);
    const ArticleMergeResult result = ArticleMerge::merge(base, mine, theirs);

    const Revision &last = a.revisions.last();
    const int kept = result.isClean() ? int(a.revisions.size()) : int(a.revisions.size()) - 1;
    for (int i = 0; i < kept; ++i) {
        if (auto st = keepSide(a, a.revisions.at(i)); !st)
            return st;
    }
    if (!result.isClean()) {
        // The head stays; this desk's content waits as a conflict for someone to decide.
        auto conflict = m_server.exec(
            QStringLiteral("SELECT pd.keep_conflict(?::uuid, ?::uuid, ?, ?, ?, ?, ?::uuid, "
                           "string_to_array(?, chr(31)), ?, ?)"),
            QVariantList{a.id, last.id, baseVersion} + contentValues(mine));
        if (!conflict)
            return conflict.error();
        m_sent.append({last.id, std::max(baseVersion, 1), QStringLiteral("conflict")});
        return keptInConflict(a, last.id);
    }
    m_merged.insert(a.id);
    if (ArticleMerge::sameContent(result.merged, theirs))
        return {}; // what this desk wrote is in the head already
    // The merge, naming the head it was made on and this desk's last revision.
    if (auto st = m_server.run(QStringLiteral("SELECT set_config('pd.merged_from', ?, true)"),
                               {uuidArray({theirsId, last.id})});
        !st)
        return st;
    auto merged = m_server.exec(QStringLiteral("UPDATE pd.article SET ") + kContentSet +
                                    QStringLiteral(" WHERE id = ?::uuid RETURNING version"),
                                contentValues(result.merged) +
                                    QVariantList{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 Sql::iso(QDateTime::currentDateTimeUtc()), a.id});
    if (!merged)
        return merged.error();
    return m_server.run(QStringLiteral("SELECT set_config('pd.merged_from', '', true)"));
}

Status ArticlePush::keptInConflict(const SyncRepository::PendingArticle &a,
                                   const QString &revisionId)
{
    auto row = m_server.exec(QStringLiteral("SELECT id::text, coalesce(head_revision::text, ''), "
                                            "base_version FROM pd.conflict WHERE revision_id = "
                                            "?::uuid"),
                             {revisionId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error{QStringLiteral("server-error"),
                     tr("The office server kept a conflict it cannot find again.")};
    SyncRepository::Conflict c;
    c.id = row->value(0).toString();
    c.articleId = a.id;
    c.revisionId = revisionId;
    c.theirsRevisionId = row->value(1).toString();
    c.baseVersion = row->value(2).toInt();
    c.login = m_user;
    c.createdAt = QDateTime::currentDateTimeUtc();
    m_conflicts.append(c);
    m_inConflict.insert(a.id);
    return {};
}

Status ArticlePush::resolve(const SyncRepository::Conflict &c)
{
    return m_server.run(QStringLiteral("SELECT pd.resolve_conflict(?::uuid, ?::uuid)"),
                        {c.id, c.resolutionId});
}

} // namespace PressDesk
