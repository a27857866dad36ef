#include "store/CommentRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "text/TextFold.h"

#include <QSqlQuery>
#include <QUuid>

namespace PressDesk {

Result<Comment> CommentRepository::add(const QString &articleId, const QString &body,
                                       const QString &quote)
{
    Comment c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.articleId = articleId;
    c.author = m_db.actingUser();
    c.createdAt = Sql::fromIso(Sql::iso(QDateTime::currentDateTimeUtc()));
    c.body = Text::toNfc(body).trimmed();
    c.quote = Text::toNfc(quote).simplified();
    if (c.body.isEmpty())
        return Error{QStringLiteral("empty-comment"), tr("A comment cannot be empty.")};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO comments (id, article_id, author, created_at, body, "
                             "quote) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.articleId);
    q.addBindValue(Sql::text(c.author));
    q.addBindValue(Sql::iso(c.createdAt));
    q.addBindValue(c.body);
    q.addBindValue(Sql::text(c.quote));
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("787")) // foreign key
            return Error{QStringLiteral("not-found"), tr("No article with id %1.").arg(articleId)};
        return Database::sqlError(q.lastError());
    }
    // Writing a comment means having read the ones before it.
    if (auto st = markRead(articleId); !st)
        return st.error();
    return c;
}

Status CommentRepository::setResolved(const QString &commentId, bool resolved)
{
    auto changed = Sql::affected(
        m_db, QStringLiteral("UPDATE comments SET resolved = ?, dirty = 1 WHERE id = ?"),
        {resolved ? 1 : 0, commentId});
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return Error{QStringLiteral("not-found"), tr("The comment no longer exists.")};
    return {};
}

Result<QList<Comment>> CommentRepository::list(const QString &articleId) const
{
    auto q =
        Sql::exec(m_db,
                  QStringLiteral("SELECT id, author, created_at, body, quote, resolved "
                                 "FROM comments WHERE article_id = ? ORDER BY created_at, rowid"),
                  {articleId});
    if (!q)
        return q.error();
    QList<Comment> out;
    while (q.value().next()) {
        Comment c;
        c.id = q->value(0).toString();
        c.articleId = articleId;
        c.author = q->value(1).toString();
        c.createdAt = Sql::fromIso(q->value(2).toString());
        c.body = q->value(3).toString();
        c.quote = q->value(4).toString();
        c.resolved = q->value(5).toBool();
        out << c;
    }
    return out;
}

Result<int> CommentRepository::unreadCount(const QString &articleId) const
{
    auto n = Sql::value(
        m_db,
        QStringLiteral(
            "SELECT count(*) FROM comments c WHERE c.article_id = ? AND c.author <> ? AND "
            "c.created_at > coalesce((SELECT v.comments_read_at FROM article_views v "
            "WHERE v.user_name = ? AND v.article_id = c.article_id), '')"),
        {articleId, m_db.actingUser(), m_db.actingUser()});
    if (!n)
        return n.error();
    return n->toInt();
}

Status CommentRepository::upsertView(const QString &articleId, const QString &column,
                                     const QVariant &value)
{
    // column is one of ours (comments_read_at, revision), never the user's.
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO article_views (user_name, article_id, %1) "
                                   "VALUES (?, ?, ?) ON CONFLICT (user_name, article_id) "
                                   "DO UPDATE SET %1 = excluded.%1")
                        .arg(column),
                    {Sql::text(m_db.actingUser()), articleId, value});
}

Status CommentRepository::markRead(const QString &articleId)
{
    return upsertView(articleId, QStringLiteral("comments_read_at"),
                      Sql::iso(QDateTime::currentDateTimeUtc()));
}

Result<int> CommentRepository::lastSeenRevision(const QString &articleId) const
{
    auto revision = Sql::value(
        m_db,
        QStringLiteral("SELECT revision FROM article_views WHERE user_name = ? AND article_id = ?"),
        {m_db.actingUser(), articleId});
    if (!revision)
        return revision.error();
    return revision->isValid() ? revision->toInt() : 0;
}

Status CommentRepository::markSeen(const QString &articleId, int revision)
{
    return upsertView(articleId, QStringLiteral("revision"), revision);
}

Result<QList<AuthorNotice>> CommentRepository::noticesForActingUser() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Candidates first, from what is small: the returned articles (articles_queue) and the
    // articles with comments from others that the acting user has not read. Walking every
    // article instead read each one's revisions (saved_by sits after the body, in its
    // overflow pages): most of the file at every start-up. Then the article's writers:
    // whoever saved a revision of it or submitted it. A return is news for them unless they
    // returned it themselves (a supervisor who also edited).
    q.prepare(QStringLiteral(
        "WITH candidates (id) AS ("
        " SELECT a.id FROM articles a WHERE a.deleted = 0 AND a.status = 'returned' "
        " UNION "
        " SELECT c.article_id FROM comments c WHERE c.author <> :me AND "
        "  c.created_at > coalesce((SELECT v.comments_read_at FROM article_views v "
        "  WHERE v.user_name = :me AND v.article_id = c.article_id), '')) "
        "SELECT a.id, a.title, "
        " a.status = 'returned' AND coalesce((SELECT l.user_name FROM audit_log l "
        "  WHERE l.article_id = a.id AND l.action = 'return' ORDER BY l.seq DESC LIMIT 1), '') "
        "  <> :me AS returned, "
        " (SELECT count(*) FROM comments c WHERE c.article_id = a.id AND c.author <> :me AND "
        "  c.created_at > coalesce((SELECT v.comments_read_at FROM article_views v "
        "  WHERE v.user_name = :me AND v.article_id = a.id), '')) AS unread "
        "FROM candidates k CROSS JOIN articles a ON a.id = k.id "
        "WHERE a.deleted = 0 AND (EXISTS (SELECT 1 FROM revisions r WHERE r.article_id = a.id "
        "  AND r.saved_by = :me) OR EXISTS (SELECT 1 FROM audit_log l WHERE l.article_id = a.id "
        "  AND l.action = 'submit' AND l.user_name = :me)) "
        "AND (returned OR unread > 0) ORDER BY a.updated_at DESC"));
    q.bindValue(QStringLiteral(":me"), m_db.actingUser());
    if (!q.exec())
        return Database::sqlError(q.lastError());
    QList<AuthorNotice> out;
    while (q.next())
        out << AuthorNotice{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
                            q.value(3).toInt()};
    return out;
}

} // namespace PressDesk
