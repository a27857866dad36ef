#include "publish/OfficePostRepository.h"

#include "publish/PortalRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"

namespace PressDesk {

namespace {

const QString kColumns = QStringLiteral(
    "article_id, site, remote_id, link, slug, remote_status, modified_gmt, pushed_hash");

// The links of articles that stay on this desk (the demo article) are not the office's.
const QString kNotLocalOnly = QStringLiteral(
    "ap.article_id NOT IN (SELECT id FROM sync_local_only WHERE entity = 'article')");

// A record differs from a link of this desk in any of what the portal said.
const QString kDiffers =
    QStringLiteral("(op.remote_id, op.link, op.slug, op.remote_status, op.modified_gmt, "
                   "op.pushed_hash) IS NOT (ap.remote_id, ap.link, ap.slug, ap.remote_status, "
                   "ap.modified_gmt, ap.pushed_hash)");

OfficePost fromQuery(const QSqlQuery &q)
{
    return OfficePost{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString(), q.value(7).toString()};
}

QVariantList binds(const OfficePost &p)
{
    return {p.articleId,
            p.site,
            p.remoteId,
            Sql::text(p.link),
            Sql::text(p.slug),
            Sql::text(p.remoteStatus),
            Sql::text(p.modifiedGmt),
            Sql::text(p.pushedHash)};
}

const QString kUpsert =
    QStringLiteral("INSERT INTO office_posts (article_id, site, remote_id, link, slug, "
                   "remote_status, modified_gmt, pushed_hash, dirty) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) "
                   "ON CONFLICT (article_id, site) DO UPDATE SET remote_id = excluded.remote_id, "
                   "link = excluded.link, slug = excluded.slug, "
                   "remote_status = excluded.remote_status, "
                   "modified_gmt = excluded.modified_gmt, pushed_hash = excluded.pushed_hash, "
                   "dirty = 0");

} // namespace

Result<std::optional<OfficePost>> OfficePostRepository::find(const QString &articleId,
                                                             const QString &site) const
{
    auto q = Sql::one(m_db,
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM office_posts WHERE article_id = ? AND site = ?"),
                      {articleId, site});
    if (!q)
        return q.error();
    if (!q->has_value())
        return std::optional<OfficePost>{};
    return std::optional<OfficePost>{fromQuery(**q)};
}

Result<int> OfficePostRepository::takeLinks()
{
    auto accounts = PortalRepository(m_db).list();
    if (!accounts)
        return accounts.error();
    for (const PortalAccount &account : std::as_const(accounts.value())) {
        if (auto st = Sql::run(
                m_db,
                QStringLiteral(
                    "INSERT INTO office_posts AS op (article_id, site, remote_id, link, slug, "
                    "remote_status, modified_gmt, pushed_hash, dirty) "
                    "SELECT ap.article_id, ?, ap.remote_id, ap.link, ap.slug, ap.remote_status, "
                    "ap.modified_gmt, ap.pushed_hash, 1 FROM article_posts ap "
                    "WHERE ap.portal_id = ? AND ") +
                    kNotLocalOnly +
                    QStringLiteral(" ON CONFLICT (article_id, site) DO UPDATE SET "
                                   "remote_id = excluded.remote_id, link = excluded.link, "
                                   "slug = excluded.slug, remote_status = excluded.remote_status, "
                                   "modified_gmt = excluded.modified_gmt, "
                                   "pushed_hash = excluded.pushed_hash, dirty = 1 "
                                   "WHERE (op.remote_id, op.link, op.slug, op.remote_status, "
                                   "op.modified_gmt, op.pushed_hash) IS NOT (excluded.remote_id, "
                                   "excluded.link, excluded.slug, excluded.remote_status, "
                                   "excluded.modified_gmt, excluded.pushed_hash)"),
                {account.siteKey(), account.id});
            !st)
            return st.error();
    }
    auto waiting =
        Sql::value(m_db, QStringLiteral("SELECT count(*) FROM office_posts WHERE dirty = 1"));
    if (!waiting)
        return waiting.error();
    return waiting->toInt();
}

Result<QList<OfficePost>> OfficePostRepository::unsent() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM office_posts WHERE dirty = 1 "
                                                "ORDER BY article_id, site"));
    if (!q)
        return q.error();
    QList<OfficePost> out;
    while (q->next())
        out << fromQuery(q.value());
    return out;
}

Result<int> OfficePostRepository::unsentCount() const
{
    auto waiting =
        Sql::value(m_db, QStringLiteral("SELECT count(*) FROM office_posts WHERE dirty = 1"));
    if (!waiting)
        return waiting.error();
    int count = waiting->toInt();
    auto accounts = PortalRepository(m_db).list();
    if (!accounts)
        return accounts.error();
    for (const PortalAccount &account : std::as_const(accounts.value())) {
        auto differing = Sql::value(
            m_db,
            QStringLiteral("SELECT count(*) FROM article_posts ap LEFT JOIN office_posts op "
                           "ON op.article_id = ap.article_id AND op.site = ? "
                           "WHERE ap.portal_id = ? AND ") +
                kNotLocalOnly +
                QStringLiteral(" AND (op.article_id IS NULL OR (op.dirty = 0 AND ") + kDiffers +
                QStringLiteral("))"),
            {account.siteKey(), account.id});
        if (!differing)
            return differing.error();
        count += differing->toInt();
    }
    return count;
}

Status OfficePostRepository::markSent(const OfficePost &post)
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE office_posts SET dirty = 0 WHERE article_id = ? "
                                   "AND site = ? AND remote_id = ? AND link = ? AND slug = ? "
                                   "AND remote_status = ? AND modified_gmt = ? "
                                   "AND pushed_hash = ?"),
                    binds(post));
}

Result<bool> OfficePostRepository::apply(const OfficePost &post, bool overWaiting)
{
    QVariantList values = binds(post);
    values << overWaiting;
    auto written =
        Sql::affected(m_db, kUpsert + QStringLiteral(" WHERE office_posts.dirty = 0 OR ?"), values);
    if (!written)
        return written.error();
    if (written.value() == 0)
        return false;
    if (auto st = linkAccounts(post); !st)
        return st.error();
    return true;
}

Status OfficePostRepository::recorded(const OfficePost &post)
{
    if (auto st = Sql::run(m_db, kUpsert, binds(post)); !st)
        return st;
    return linkAccounts(post);
}

Status OfficePostRepository::linkAccount(const PortalAccount &account)
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM office_posts WHERE site = ?"),
                       {account.siteKey()});
    if (!q)
        return q.error();
    QList<OfficePost> posts;
    while (q->next())
        posts << fromQuery(q.value());
    for (const OfficePost &post : std::as_const(posts)) {
        if (auto st = link(post, account.id); !st)
            return st;
    }
    return {};
}

Status OfficePostRepository::linkAccounts(const OfficePost &post)
{
    auto accounts = PortalRepository(m_db).list();
    if (!accounts)
        return accounts.error();
    for (const PortalAccount &account : std::as_const(accounts.value())) {
        if (account.siteKey() != post.site)
            continue;
        if (auto st = link(post, account.id); !st)
            return st;
    }
    return {};
}

Status OfficePostRepository::link(const OfficePost &post, const QString &portalId)
{
    // An article not yet here gets its link when it is published from here (the Publisher
    // asks this record); a post linked here to another article stays so.
    QVariantList values = binds(post);
    values[1] = portalId;
    values << post.articleId << portalId << post.remoteId << post.articleId;
    return Sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO article_posts (article_id, portal_id, remote_id, link, slug, "
            "remote_status, modified_gmt, pushed_hash) "
            "SELECT ?, ?, ?, ?, ?, ?, ?, ? "
            "WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM article_posts WHERE portal_id = ? "
            "AND remote_id = ? AND article_id <> ?) "
            "ON CONFLICT (article_id, portal_id) DO UPDATE SET "
            "remote_id = excluded.remote_id, link = excluded.link, slug = excluded.slug, "
            "remote_status = excluded.remote_status, "
            "modified_gmt = excluded.modified_gmt, pushed_hash = excluded.pushed_hash"),
        values);
}

} // namespace PressDesk
