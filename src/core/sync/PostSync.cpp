#include "sync/PostSync.h"

#include "store/ArticleRepository.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace PressDesk {

namespace {

const QString kOfficeColumns =
    QStringLiteral("article_id::text, site, remote_id, link, slug, remote_status, modified_gmt, "
                   "pushed_hash");

OfficePost fromServer(const QSqlQuery &q)
{
    return OfficePost{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString(), q.value(7).toString()};
}

} // namespace

Result<std::optional<OfficePost>> PostSync::record(ServerSession &server, const OfficePost &p)
{
    // The claim ends with the post recorded; a post the office already holds for the article
    // on that site stays (the first one made), and is the answer.
    auto q = server.exec(
        QStringLiteral(
            "INSERT INTO pd.article_post (office_id, article_id, site, remote_id, link, slug, "
            "remote_status, modified_gmt, pushed_hash) "
            "VALUES (pd.my_office(), ?::uuid, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (article_id, site) DO UPDATE SET remote_id = EXCLUDED.remote_id, "
            "link = EXCLUDED.link, slug = EXCLUDED.slug, "
            "remote_status = EXCLUDED.remote_status, modified_gmt = EXCLUDED.modified_gmt, "
            "pushed_hash = EXCLUDED.pushed_hash, claimed_by_desk = '', claimed_by = NULL, "
            "claimed_at = NULL "
            "WHERE pd.article_post.remote_id IS NULL "
            "OR pd.article_post.remote_id = EXCLUDED.remote_id "
            "RETURNING remote_id"),
        {p.articleId, p.site, p.remoteId, p.link, p.slug, p.remoteStatus, p.modifiedGmt,
         p.pushedHash});
    if (!q)
        return q.error();
    if (q->next())
        return std::optional<OfficePost>{};
    auto kept = server.exec(QStringLiteral("SELECT ") + kOfficeColumns +
                                QStringLiteral(" FROM pd.article_post WHERE article_id = ?::uuid "
                                               "AND site = ?"),
                            {p.articleId, p.site});
    if (!kept)
        return kept.error();
    if (!kept->next())
        return Error{QStringLiteral("server-error"),
                     tr("The office server neither recorded the post nor holds another.")};
    return std::optional<OfficePost>{fromServer(kept.value())};
}

Result<int> PostSync::freeze()
{
    m_sent.clear();
    m_kept.clear();
    OfficePostRepository repo(m_local);
    if (auto taken = repo.takeLinks(); !taken)
        return taken.error();
    auto pending = repo.unsent();
    if (!pending)
        return pending.error();
    m_pending = std::move(pending).value();
    return int(m_pending.size());
}

Result<int> PostSync::pendingCount()
{
    return OfficePostRepository(m_local).unsentCount();
}

Status PostSync::push(ServerSession &server, QList<SyncRejection> &rejected)
{
    m_sent.clear();
    m_kept.clear();
    const auto what = [this](const OfficePost &p) {
        auto article = ArticleRepository(m_local).get(p.articleId);
        return article ? tr("The post of “%1” on %2").arg(article->title, p.site)
                       : tr("The post of an article on %1").arg(p.site);
    };
    for (const OfficePost &p : std::as_const(m_pending)) {
        std::optional<OfficePost> kept;
        Status st = server.step([&]() -> Status {
            auto recorded = record(server, p);
            if (!recorded)
                return recorded.error();
            kept = recorded.value();
            return {};
        });
        if (!st && ServerSession::isConnectionError(st.error()))
            return st;
        if (!st) {
            rejected.append({p.articleId, what(p), st.error().message});
            continue;
        }
        if (kept) {
            rejected.append(
                {p.articleId, what(p),
                 tr("Another desk had already published it there (%1); that post is the "
                    "office's, and this desk updates it from now on. Remove this desk's copy "
                    "(%2) on the portal.")
                     .arg(kept->link.isEmpty() ? QString::number(kept->remoteId) : kept->link,
                          p.link.isEmpty() ? QString::number(p.remoteId) : p.link)});
            m_kept.append(*kept);
            continue;
        }
        m_sent.append(p);
    }
    return {};
}

Status PostSync::acknowledge()
{
    OfficePostRepository repo(m_local);
    for (const OfficePost &p : std::as_const(m_sent)) {
        if (auto st = repo.markSent(p); !st)
            return st;
    }
    for (const OfficePost &p : std::as_const(m_kept)) {
        if (auto st = repo.apply(p, true); !st)
            return st.error();
    }
    m_sent.clear();
    m_kept.clear();
    m_pending.clear();
    return {};
}

QList<PullKind> PostSync::pullKinds()
{
    // A claim not yet made into a post is nothing to a desk.
    return {{QStringLiteral("article_post"),
             QStringLiteral("(SELECT * FROM pd.article_post WHERE remote_id IS NOT NULL)"),
             kOfficeColumns, 8, [this](QSqlQuery &q) -> Status {
                 auto applied = OfficePostRepository(m_local).apply(fromServer(q), false);
                 if (!applied)
                     return applied.error();
                 return {};
             }}};
}

} // namespace PressDesk
