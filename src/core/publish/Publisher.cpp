#include "publish/Publisher.h"

#include "publish/Portal.h"
#include "publish/PortalRepository.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/SqlUtil.h"
#include "text/TextFold.h"

#include "workflow/ContentHash.h"
#include "workflow/WorkflowService.h"
#include <algorithm>

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace PressDesk {

QString remoteStatusDisplayName(const QString &status)
{
    if (status == QLatin1String("publish"))
        return Publisher::tr("published");
    if (status == QLatin1String("future"))
        return Publisher::tr("scheduled");
    if (status == QLatin1String("draft"))
        return Publisher::tr("draft");
    if (status == QLatin1String("pending"))
        return Publisher::tr("pending review");
    if (status == QLatin1String("private"))
        return Publisher::tr("private");
    if (status == QLatin1String("trash"))
        return Publisher::tr("in the trash");
    return status;
}

namespace {

// Errors worth another try later: the portal or the network was unavailable.
bool isTransient(const Error &e)
{
    static const QSet<QString> transient{QStringLiteral("timeout"),      QStringLiteral("closed"),
                                         QStringLiteral("refused"),      QStringLiteral("network"),
                                         QStringLiteral("no-such-host"), QStringLiteral("server")};
    return transient.contains(e.code);
}

QString postSlug(const Article &a)
{
    // The ASCII title plus a piece of our id: the post can be found again by its slug if
    // the answer to its creation was lost.
    return Text::slugify(a.title, 60) + u'-' + a.id.left(8);
}

QString decodeAmp(QString s)
{
    return s.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// Text of an attribute or element of our canonical HTML (which escapes & < > " only).
QString unescape(QString s)
{
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    return s.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

} // namespace

int Publisher::backoffSeconds(int attempt)
{
    const int exponent = std::clamp(attempt - 1, 0, 10);
    return std::min(5 * (1 << exponent), 3600);
}

Result<qint64> Publisher::enqueuePublish(const QString &articleId, const QString &portalName,
                                         const QDateTime &at, bool overwrite)
{
    auto account = PortalRepository(m_db).find(portalName);
    if (!account)
        return account.error();
    auto article = ArticleRepository(m_db).get(articleId);
    if (!article)
        return article.error();
    const bool later = at.isValid() && at > QDateTime::currentDateTimeUtc().addSecs(60);
    const WorkflowAction action = later && article->status == ArticleStatus::Approved
                                      ? WorkflowAction::Schedule
                                      : WorkflowAction::Publish;
    if (auto allowed = Workflow::check(article->status, action, WorkflowService(m_db).actingRole());
        !allowed)
        return allowed.error();
    if (article->approvedHash.isEmpty() || article->approvedHash != contentHash(article.value()))
        return Error{QStringLiteral("not-approved"),
                     tr("“%1” changed after it was approved; it must be approved again before "
                        "it is published.")
                         .arg(article->title)};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO outbox (article_id, portal_id, action, publish_at, next_attempt_at, "
        "created_by, created_at, overwrite) VALUES (?, ?, 'publish', ?, ?, ?, ?, ?)"));
    const QString now = Sql::iso(QDateTime::currentDateTimeUtc());
    q.addBindValue(article->id);
    q.addBindValue(account->id);
    q.addBindValue(Sql::text(later ? Sql::iso(at) : QString()));
    q.addBindValue(now);
    q.addBindValue(Sql::text(m_db.actingUser()));
    q.addBindValue(now);
    q.addBindValue(overwrite ? 1 : 0);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    return q.lastInsertId().toLongLong();
}

Result<qint64> Publisher::enqueueWithdraw(const QString &articleId, const QString &portalName,
                                          bool trash)
{
    auto account = PortalRepository(m_db).find(portalName);
    if (!account)
        return account.error();
    auto article = ArticleRepository(m_db).get(articleId);
    if (!article)
        return article.error();
    if (WorkflowService(m_db).actingRole() == Role::Staff)
        return Error{QStringLiteral("not-allowed"),
                     tr("Withdrawing from the portal needs a supervisor or an administrator.")};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO outbox (article_id, portal_id, action, "
                             "next_attempt_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = Sql::iso(QDateTime::currentDateTimeUtc());
    q.addBindValue(article->id);
    q.addBindValue(account->id);
    q.addBindValue(trash ? QStringLiteral("trash") : QStringLiteral("withdraw"));
    q.addBindValue(now);
    q.addBindValue(Sql::text(m_db.actingUser()));
    q.addBindValue(now);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    return q.lastInsertId().toLongLong();
}

Result<QList<OutboxEntry>> Publisher::queue(bool includeDone) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT o.id, o.article_id, a.title, o.portal_id, p.name, o.action, "
                             "o.publish_at, o.state, o.attempts, o.next_attempt_at, o.last_error, "
                             "o.error_code, o.overwrite "
                             "FROM outbox o JOIN articles a ON a.id = o.article_id "
                             "JOIN portals p ON p.id = o.portal_id") +
              (includeDone ? QString() : QStringLiteral(" WHERE o.state IN ('queued', 'failed')")) +
              QStringLiteral(" ORDER BY o.id"));
    if (!q.exec())
        return Database::sqlError(q.lastError());
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.articleId = q.value(1).toString();
        e.articleTitle = q.value(2).toString();
        e.portalId = q.value(3).toString();
        e.portalName = q.value(4).toString();
        e.action = q.value(5).toString();
        if (!q.value(6).toString().isEmpty())
            e.publishAt = Sql::fromIso(q.value(6).toString());
        e.state = q.value(7).toString();
        e.attempts = q.value(8).toInt();
        if (!q.value(9).toString().isEmpty())
            e.nextAttemptAt = Sql::fromIso(q.value(9).toString());
        e.lastError = q.value(10).toString();
        e.errorCode = q.value(11).toString();
        e.overwrite = q.value(12).toInt() != 0;
        out << e;
    }
    return out;
}

Result<QList<ArticlePost>> Publisher::postsOf(const QString &articleId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ap.portal_id, p.name, ap.remote_id, ap.link, ap.remote_status "
                             "FROM article_posts ap JOIN portals p ON p.id = ap.portal_id "
                             "WHERE ap.article_id = ? ORDER BY p.name"));
    q.addBindValue(articleId);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    QList<ArticlePost> out;
    while (q.next())
        out << ArticlePost{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                           q.value(3).toString(), q.value(4).toString()};
    return out;
}

Status Publisher::retryFailed()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ? "
                             "WHERE state IN ('queued', 'failed')"));
    q.addBindValue(Sql::iso(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::sqlError(q.lastError());
    return {};
}

Status Publisher::cancel(qint64 entryId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'cancelled' WHERE id = ? AND state <> 'done'"));
    q.addBindValue(entryId);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    return {};
}

Status Publisher::overwrite(qint64 entryId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', overwrite = 1, error_code = '', "
                             "next_attempt_at = ? WHERE id = ? AND state = 'failed' "
                             "AND error_code = 'conflict'"));
    q.addBindValue(Sql::iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(entryId);
    if (!q.exec())
        return Database::sqlError(q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("not-found"),
                     tr("That outbox entry is not waiting for a decision about a conflict.")};
    return {};
}

namespace {

bool isDue(const OutboxEntry &e, const QString &portalId, const QDateTime &now)
{
    return e.portalId == portalId && e.state == QLatin1String("queued") &&
           (!e.nextAttemptAt.isValid() || e.nextAttemptAt <= now);
}

} // namespace

Result<int> Publisher::dueCount(const QString &portalId, const QDateTime &now) const
{
    auto all = queue();
    if (!all)
        return all.error();
    return int(std::count_if(all->begin(), all->end(),
                             [&](const OutboxEntry &e) { return isDue(e, portalId, now); }));
}

Result<bool> Publisher::needsRun(const QString &portalId, const QDateTime &now) const
{
    auto due = dueCount(portalId, now);
    if (!due)
        return due.error();
    if (due.value() > 0)
        return true;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT 1 FROM article_posts ap JOIN articles a ON a.id = ap.article_id "
        "JOIN outbox o ON o.article_id = ap.article_id AND o.portal_id = ap.portal_id "
        "WHERE ap.portal_id = ? AND ap.remote_status = 'future' AND a.status = ? "
        "AND o.action = 'publish' AND o.state = 'done' AND o.publish_at <> '' "
        "AND o.publish_at <= ? LIMIT 1"));
    q.addBindValue(portalId);
    q.addBindValue(statusKey(ArticleStatus::Scheduled));
    q.addBindValue(Sql::iso(now));
    if (!q.exec())
        return Database::sqlError(q.lastError());
    return q.next();
}

Result<QList<Publisher::ScheduledPublication>> Publisher::scheduledPublications() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT o.article_id, a.title, o.publish_at FROM outbox o "
                             "JOIN articles a ON a.id = o.article_id WHERE o.action = 'publish' "
                             "AND o.publish_at <> '' AND o.state IN ('queued', 'done') "
                             "AND a.status = ? ORDER BY o.publish_at"));
    q.addBindValue(statusKey(ArticleStatus::Scheduled));
    if (!q.exec())
        return Database::sqlError(q.lastError());
    QList<ScheduledPublication> out;
    while (q.next())
        out << ScheduledPublication{q.value(0).toString(), q.value(1).toString(),
                                    Sql::fromIso(q.value(2).toString())};
    return out;
}

Result<int> Publisher::followScheduled(const PortalAccount &account, Portal &portal)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ap.article_id, ap.remote_id FROM article_posts ap "
                             "JOIN articles a ON a.id = ap.article_id "
                             "WHERE ap.portal_id = ? AND ap.remote_status = 'future' "
                             "AND a.status = ?"));
    q.addBindValue(account.id);
    q.addBindValue(statusKey(ArticleStatus::Scheduled));
    if (!q.exec())
        return Database::sqlError(q.lastError());
    QList<QPair<QString, qint64>> scheduled;
    while (q.next())
        scheduled << qMakePair(q.value(0).toString(), q.value(1).toLongLong());
    int moved = 0;
    for (const auto &[articleId, remoteId] : std::as_const(scheduled)) {
        auto post = portal.getPost(remoteId);
        if (!post)
            return post.error();
        if (post->status != QLatin1String("publish"))
            continue;
        const Status st = m_db.transaction([&]() -> Status {
            QSqlQuery save(m_db.connection());
            save.prepare(QStringLiteral("UPDATE article_posts SET remote_status = ?, "
                                        "modified_gmt = ?, link = ? "
                                        "WHERE article_id = ? AND portal_id = ?"));
            save.addBindValue(post->status);
            save.addBindValue(post->modifiedGmt);
            save.addBindValue(post->link);
            save.addBindValue(articleId);
            save.addBindValue(account.id);
            if (!save.exec())
                return Database::sqlError(save.lastError());
            if (auto done =
                    WorkflowService(m_db).apply(articleId, WorkflowAction::Publish, post->link);
                !done)
                return done.error();
            return {};
        });
        if (st)
            ++moved;
    }
    return moved;
}

Result<int> Publisher::run(const PortalAccount &account, Portal &portal, const QDateTime &now,
                           const Progress &progress)
{
    // Posts the portal published at their time: the articles follow. A failure here (the
    // portal unreachable) shows again below, on the entries.
    (void)followScheduled(account, portal);

    auto all = queue();
    if (!all)
        return all.error();
    QList<OutboxEntry> due;
    for (const OutboxEntry &e : std::as_const(all.value())) {
        if (isDue(e, account.id, now))
            due << e;
    }
    int done = 0;
    for (qsizetype i = 0; i < due.size(); ++i) {
        const OutboxEntry &e = due.at(i);
        if (progress && !progress(int(i), int(due.size()), e))
            return done; // stopped by the caller
        // The attempt is on record before anything is sent: if PressDesk is killed while the
        // portal creates the post, the next attempt knows to look for it first.
        const int attempts = e.attempts + 1;
        {
            QSqlQuery mark(m_db.connection());
            mark.prepare(QStringLiteral("UPDATE outbox SET attempts = ? WHERE id = ?"));
            mark.addBindValue(attempts);
            mark.addBindValue(e.id);
            if (!mark.exec())
                return Database::sqlError(mark.lastError());
        }
        const Status st = e.action == QLatin1String("publish") ? publishOne(e, account, portal)
                                                               : withdrawOne(e, account, portal);
        QSqlQuery q(m_db.connection());
        if (st) {
            q.prepare(QStringLiteral("UPDATE outbox SET state = 'done', attempts = ?, "
                                     "last_error = '', error_code = '', done_at = ? "
                                     "WHERE id = ?"));
            q.addBindValue(attempts);
            q.addBindValue(Sql::iso(QDateTime::currentDateTimeUtc()));
            q.addBindValue(e.id);
            ++done;
        } else {
            const bool transient = isTransient(st.error());
            q.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = ?, last_error = ?, "
                                     "error_code = ?, next_attempt_at = ? WHERE id = ?"));
            q.addBindValue(transient ? QStringLiteral("queued") : QStringLiteral("failed"));
            q.addBindValue(attempts);
            q.addBindValue(st.error().message);
            q.addBindValue(st.error().code);
            q.addBindValue(Sql::iso(now.addSecs(backoffSeconds(attempts))));
            q.addBindValue(e.id);
        }
        if (!q.exec())
            return Database::sqlError(q.lastError());
        if (!st && isTransient(st.error()))
            break; // the portal is unreachable: the rest waits too
    }
    if (progress)
        progress(int(due.size()), int(due.size()), {});
    return done;
}

Status Publisher::publishOne(const OutboxEntry &entry, const PortalAccount &account, Portal &portal)
{
    auto article = ArticleRepository(m_db).get(entry.articleId);
    if (!article)
        return article.error();
    const Article &a = article.value();
    if (a.approvedHash.isEmpty() || a.approvedHash != contentHash(a))
        return Error{QStringLiteral("not-approved"),
                     tr("“%1” changed after it was approved; nothing was sent.").arg(a.title)};

    // 1. Images: uploaded once per portal, then the body points at the portal's copies.
    QString body = a.bodyHtml;
    qint64 featured = 0;
    static const QRegularExpression figure(
        QStringLiteral("<img src=\"pdimg:([0-9a-f]{64})\"(?: "
                       "alt=\"([^\"]*)\")?>(?:<figcaption>(.*?)</figcaption>)?"));
    ImageStore images(m_db);
    for (auto it = figure.globalMatch(a.bodyHtml); it.hasNext();) {
        const auto m = it.next();
        const QString hash = m.captured(1);
        QSqlQuery known(m_db.connection());
        known.prepare(QStringLiteral(
            "SELECT remote_id, url FROM portal_media WHERE image_hash = ? AND portal_id = ?"));
        known.addBindValue(hash);
        known.addBindValue(account.id);
        if (!known.exec())
            return Database::sqlError(known.lastError());
        qint64 remoteId = 0;
        QString url;
        if (known.next()) {
            remoteId = known.value(0).toLongLong();
            url = known.value(1).toString();
        } else {
            auto info = images.info(hash);
            auto data = images.data(hash);
            if (!info || !data)
                return info ? data.error() : info.error();
            const QString ext = info->mime.section(u'/', 1);
            auto media = portal.uploadMedia(data.value(), info->mime, hash.left(16) + u'.' + ext,
                                            unescape(m.captured(2)), unescape(m.captured(3)));
            if (!media)
                return media.error();
            remoteId = media->id;
            url = media->url;
            QSqlQuery save(m_db.connection());
            save.prepare(QStringLiteral("INSERT OR REPLACE INTO portal_media (image_hash, "
                                        "portal_id, remote_id, url) VALUES (?, ?, ?, ?)"));
            save.addBindValue(hash);
            save.addBindValue(account.id);
            save.addBindValue(remoteId);
            save.addBindValue(url);
            if (!save.exec())
                return Database::sqlError(save.lastError());
        }
        if (featured == 0)
            featured = remoteId;
        body.replace(QStringLiteral("src=\"pdimg:") + hash + u'"',
                     QStringLiteral("src=\"") + url.toHtmlEscaped() + u'"');
    }

    // 2. The category: mapped once per portal, by name, created where the account may.
    QList<qint64> categories;
    if (!a.categoryId.isEmpty()) {
        QSqlQuery mapped(m_db.connection());
        mapped.prepare(QStringLiteral("SELECT remote_id FROM portal_categories "
                                      "WHERE category_id = ? AND portal_id = ?"));
        mapped.addBindValue(a.categoryId);
        mapped.addBindValue(account.id);
        if (!mapped.exec())
            return Database::sqlError(mapped.lastError());
        if (mapped.next()) {
            categories << mapped.value(0).toLongLong();
        } else if (auto local = CategoryRepository(m_db).find(a.categoryId)) {
            qint64 remote = 0;
            if (auto list = portal.categories()) {
                for (const PortalCategory &c : std::as_const(list.value())) {
                    if (Text::fold(c.name) == Text::fold(local->name))
                        remote = c.id;
                }
            }
            if (remote == 0) {
                if (auto created = portal.createCategory(local->name))
                    remote = created->id;
            }
            if (remote != 0) {
                categories << remote;
                QSqlQuery save(m_db.connection());
                save.prepare(
                    QStringLiteral("INSERT OR REPLACE INTO portal_categories "
                                   "(category_id, portal_id, remote_id) VALUES (?, ?, ?)"));
                save.addBindValue(a.categoryId);
                save.addBindValue(account.id);
                save.addBindValue(remote);
                if (!save.exec())
                    return Database::sqlError(save.lastError());
            }
        }
    }

    // 3. Tags, created on the portal as needed.
    QList<qint64> tags;
    for (const QString &tag : a.tags) {
        if (tag.trimmed().isEmpty())
            continue;
        auto id = portal.ensureTag(tag);
        if (!id)
            return id.error();
        if (id.value() != 0)
            tags << id.value();
    }

    PostFields fields;
    fields.tags = tags;
    fields.title = a.title;
    fields.content = body;
    fields.excerpt = a.lead;
    fields.slug = postSlug(a);
    const bool future =
        entry.publishAt.isValid() && entry.publishAt > QDateTime::currentDateTimeUtc().addSecs(60);
    fields.status = future ? QStringLiteral("future") : QStringLiteral("publish");
    if (future)
        fields.dateGmt = entry.publishAt;
    fields.categories = categories;
    fields.featuredMedia = featured;

    // 4. Update the post we made before, or find it by its slug (a lost answer), or create.
    QSqlQuery known(m_db.connection());
    known.prepare(QStringLiteral("SELECT remote_id, modified_gmt FROM article_posts "
                                 "WHERE article_id = ? AND portal_id = ?"));
    known.addBindValue(a.id);
    known.addBindValue(account.id);
    if (!known.exec())
        return Database::sqlError(known.lastError());
    Result<RemotePost> sent = Error{};
    if (known.next()) {
        const qint64 remoteId = known.value(0).toLongLong();
        const QString lastModified = known.value(1).toString();
        auto current = portal.getPost(remoteId);
        if (!current)
            return current.error();
        if (!entry.overwrite && !lastModified.isEmpty() && current->modifiedGmt != lastModified)
            return Error{QStringLiteral("conflict"),
                         tr("The post was changed on the portal (%1) since PressDesk last sent "
                            "it; it was not overwritten. Choose Overwrite to replace the "
                            "portal's version.")
                             .arg(displayDateTime(QDateTime::fromString(
                                 current->modifiedGmt + QStringLiteral("Z"), Qt::ISODate)))};
        sent = portal.updatePost(remoteId, fields);
    } else if (entry.attempts == 0) {
        sent = portal.createPost(fields); // never sent before: nothing to find
    } else {
        // An earlier attempt may have created it and lost the answer (or PressDesk died).
        auto existing = portal.findPostBySlug(fields.slug);
        if (!existing)
            return existing.error();
        sent =
            existing->id != 0 ? portal.updatePost(existing->id, fields) : portal.createPost(fields);
    }
    if (!sent)
        return sent.error();
    // WordPress drops what it does not understand without an error: compare.
    if (decodeAmp(sent->titleRaw) != Text::toNfc(a.title))
        return Error{
            QStringLiteral("mismatch"),
            tr("The portal stored another title (“%1”); check its plugins.").arg(sent->titleRaw)};

    return m_db.transaction([&]() -> Status {
        QSqlQuery save(m_db.connection());
        save.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO article_posts (article_id, portal_id, remote_id, link, slug, "
            "remote_status, modified_gmt, pushed_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        save.addBindValue(a.id);
        save.addBindValue(account.id);
        save.addBindValue(sent->id);
        save.addBindValue(sent->link);
        save.addBindValue(sent->slug);
        save.addBindValue(sent->status);
        save.addBindValue(sent->modifiedGmt);
        save.addBindValue(a.approvedHash);
        if (!save.exec())
            return Database::sqlError(save.lastError());
        if (future && a.status == ArticleStatus::Scheduled)
            return {}; // already scheduled; the new time is on the portal
        const WorkflowAction move = future ? WorkflowAction::Schedule : WorkflowAction::Publish;
        if (auto moved = WorkflowService(m_db).apply(a.id, move, sent->link); !moved)
            return moved.error();
        return {};
    });
}

Status Publisher::withdrawOne(const OutboxEntry &entry, const PortalAccount &account,
                              Portal &portal)
{
    QSqlQuery known(m_db.connection());
    known.prepare(QStringLiteral(
        "SELECT remote_id FROM article_posts WHERE article_id = ? AND portal_id = ?"));
    known.addBindValue(entry.articleId);
    known.addBindValue(account.id);
    if (!known.exec())
        return Database::sqlError(known.lastError());
    if (!known.next())
        return Error{QStringLiteral("not-published"),
                     tr("“%1” is not on the portal %2.").arg(entry.articleTitle, account.name)};
    const qint64 remoteId = known.value(0).toLongLong();
    auto done = portal.withdrawPost(remoteId, entry.action == QLatin1String("trash"));
    if (!done)
        return done.error();
    return m_db.transaction([&]() -> Status {
        QSqlQuery save(m_db.connection());
        save.prepare(QStringLiteral("UPDATE article_posts SET remote_status = ?, modified_gmt = ? "
                                    "WHERE article_id = ? AND portal_id = ?"));
        save.addBindValue(done->status.isEmpty() ? QStringLiteral("trash") : done->status);
        save.addBindValue(done->modifiedGmt);
        save.addBindValue(entry.articleId);
        save.addBindValue(account.id);
        if (!save.exec())
            return Database::sqlError(save.lastError());
        auto article = ArticleRepository(m_db).get(entry.articleId);
        if (!article)
            return article.error();
        if (article->status == ArticleStatus::Published) {
            if (auto moved = WorkflowService(m_db).apply(entry.articleId, WorkflowAction::Withdraw);
                !moved)
                return moved.error();
        } else if (article->status == ArticleStatus::Scheduled) {
            if (auto moved =
                    WorkflowService(m_db).apply(entry.articleId, WorkflowAction::Unschedule);
                !moved)
                return moved.error();
        }
        return {};
    });
}

} // namespace PressDesk
