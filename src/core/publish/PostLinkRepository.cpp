#include "publish/PostLinkRepository.h"

#include "model/Article.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

namespace PressDesk {

namespace {

const QString kColumns =
    QStringLiteral("ap.article_id, ap.portal_id, ap.remote_id, ap.link, ap.slug, "
                   "ap.remote_status, ap.modified_gmt, ap.pushed_hash");

PostLink linkFromQuery(const QSqlQuery &q)
{
    return PostLink{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString()};
}

QVariantList binds(const PostLink &l)
{
    return {l.articleId,
            l.portalId,
            l.remoteId,
            Sql::text(l.link),
            Sql::text(l.slug),
            Sql::text(l.remoteStatus),
            Sql::text(l.modifiedGmt),
            Sql::text(l.pushedHash)};
}

} // namespace

Result<QList<ArticlePost>> PostLinkRepository::postsOf(const QString &articleId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT ap.portal_id, p.name, ap.remote_id, ap.link, "
                                      "ap.remote_status FROM article_posts ap "
                                      "JOIN portals p ON p.id = ap.portal_id "
                                      "WHERE ap.article_id = ? ORDER BY p.name"),
                       {articleId});
    if (!q)
        return q.error();
    QList<ArticlePost> out;
    while (q.value().next())
        out << ArticlePost{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                           q->value(3).toString(), q->value(4).toString()};
    return out;
}

Result<std::optional<PostLink>> PostLinkRepository::find(const QString &articleId,
                                                         const QString &portalId) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT ") + kColumns +
                            QStringLiteral(" FROM article_posts ap "
                                           "WHERE ap.article_id = ? AND ap.portal_id = ?"),
                        {articleId, portalId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<PostLink>();
    return std::optional<PostLink>(linkFromQuery(**row));
}

Result<QSet<qint64>> PostLinkRepository::linkedRemoteIds(const QString &portalId) const
{
    auto q =
        Sql::exec(m_db, QStringLiteral("SELECT remote_id FROM article_posts WHERE portal_id = ?"),
                  {portalId});
    if (!q)
        return q.error();
    QSet<qint64> out;
    while (q.value().next())
        out.insert(q->value(0).toLongLong());
    return out;
}

Status PostLinkRepository::add(const PostLink &link)
{
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO article_posts (article_id, portal_id, remote_id, "
                                   "link, slug, remote_status, modified_gmt, pushed_hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    binds(link));
}

Status PostLinkRepository::save(const PostLink &link)
{
    return Sql::run(m_db,
                    QStringLiteral("INSERT OR REPLACE INTO article_posts (article_id, portal_id, "
                                   "remote_id, link, slug, remote_status, modified_gmt, "
                                   "pushed_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    binds(link));
}

Status PostLinkRepository::updateRemote(const QString &articleId, const QString &portalId,
                                        const QString &remoteStatus, const QString &modifiedGmt,
                                        const QString &link)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE article_posts SET remote_status = ?, modified_gmt = ?, "
                                   "link = coalesce(?, link) "
                                   "WHERE article_id = ? AND portal_id = ?"),
                    {Sql::text(remoteStatus), Sql::text(modifiedGmt), Sql::nullIfEmpty(link),
                     articleId, portalId});
}

Result<QList<PostLink>> PostLinkRepository::scheduledPosts(const QString &portalId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM article_posts ap "
                                          "JOIN articles a ON a.id = ap.article_id "
                                          "WHERE ap.portal_id = ? AND ap.remote_status = 'future' "
                                          "AND a.status = ?"),
                       {portalId, statusKey(ArticleStatus::Scheduled)});
    if (!q)
        return q.error();
    QList<PostLink> out;
    while (q.value().next())
        out << linkFromQuery(q.value());
    return out;
}

Result<bool> PostLinkRepository::anyScheduledDue(const QString &portalId,
                                                 const QDateTime &now) const
{
    auto found = Sql::value(
        m_db,
        QStringLiteral(
            "SELECT 1 FROM article_posts ap JOIN articles a ON a.id = ap.article_id "
            "JOIN outbox o ON o.article_id = ap.article_id AND o.portal_id = ap.portal_id "
            "WHERE ap.portal_id = ? AND ap.remote_status = 'future' AND a.status = ? "
            "AND o.action = 'publish' AND o.state = 'done' AND o.publish_at <> '' "
            "AND o.publish_at <= ? LIMIT 1"),
        {portalId, statusKey(ArticleStatus::Scheduled), Sql::iso(now)});
    if (!found)
        return found.error();
    return found->isValid();
}

} // namespace PressDesk
