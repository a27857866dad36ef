#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace PressDesk {

class Database;

struct Comment
{
    QString id;
    QString articleId;
    QString author;      // profile user name
    QDateTime createdAt; // UTC
    QString body;
    QString quote; // the passage of the article body it is about; empty: the whole article
    bool resolved = false;
};

// Something that waits for the acting user as a writer of an article (they saved a revision
// of it or submitted it): it was returned (by someone else), or it has comments they have
// not read.
struct AuthorNotice
{
    QString articleId;
    QString title;
    bool returned = false;
    int unreadComments = 0;
};

// Editorial comments and what each user has seen (read comments, last revision seen).
class CommentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::CommentRepository)

public:
    explicit CommentRepository(Database &db) : m_db(db) {}

    // By the acting user. The quote is plain text from the body (whitespace simplified).
    Result<Comment> add(const QString &articleId, const QString &body, const QString &quote = {});
    Status setResolved(const QString &commentId, bool resolved);
    Result<QList<Comment>> list(const QString &articleId) const; // oldest first

    // Comments by others the acting user has not read yet.
    Result<int> unreadCount(const QString &articleId) const;
    Status markRead(const QString &articleId);

    // The revision the acting user last saw (0: never), and recording a view.
    Result<int> lastSeenRevision(const QString &articleId) const;
    Status markSeen(const QString &articleId, int revision);

    // Articles the acting user wrote in or submitted that are returned (by someone else) or
    // have unread comments.
    Result<QList<AuthorNotice>> noticesForActingUser() const;

private:
    Status upsertView(const QString &articleId, const QString &column, const QVariant &value);

    Database &m_db;
};

} // namespace PressDesk
