#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace PressDesk {

class ServerConnection;

// The office server's statements during a sync pass, on the pass's connection: each runs
// prepared with its values bound, and a failure is the server's error in our words
// (ServerConnection::translate). A change inside the pass's transaction goes through step(),
// so that its failure undoes only itself.
class ServerSession
{
public:
    explicit ServerSession(ServerConnection &connection) : m_c(connection) {}
    ~ServerSession();
    ServerSession(const ServerSession &) = delete;
    ServerSession &operator=(const ServerSession &) = delete;

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    Status run(const QString &sql, const QVariantList &values = {});
    // One change in a savepoint: released when fn succeeds, rolled back when it fails (then
    // fn's error is returned, unless the connection itself is gone).
    Status step(const std::function<Status()> &fn);

    // The statements run so far are freed (Qt's driver deallocates a prepared statement with
    // its last QSqlQuery; in an aborted transaction that must wait for the rollback).
    void releaseStatements();

    ServerConnection &connection() { return m_c; }

    // An error that ends the pass (the connection, not the change).
    static bool isConnectionError(const Error &error);
    // A timestamp column as the desks store them (UTC ISO 8601 with milliseconds).
    static QString isoColumn(const QString &column);

private:
    ServerConnection &m_c;
    QList<QSqlQuery> m_live;
};

// One kind of row a pass pulls: its table, the columns read (the change cursor's two columns
// are added after them), and how a row is written into the profile.
struct PullKind
{
    QString name;    // the cursor's key: "article", "plan" …
    QString table;   // "pd.article"
    QString columns; // "id::text, title, …"
    int columnCount; // how many columns `columns` has
    std::function<Status(QSqlQuery &row)> apply;
    int pageSize = 500; // rows per page, one local transaction each
    // Set instead of columns and apply: the kind pulls itself, every row changed since the
    // snapshot `since`, and the pull then records this pass's snapshot as its cursor.
    std::function<Status(const QString &since)> stream;
};

// A change the server refused, for the desk's notices.
struct SyncRejection
{
    QString articleId; // empty when not about an article
    QString what;      // translated: "Changes to “Title”", "Plan 65/KH-UBND" …
    QString reason;    // translated
};

// A part of the profile that syncs besides articles, comments and categories (plans and
// their activities, links and manual entries, …). A pass freezes every part, sends what they
// froze in its server transaction, records what was sent after the commit, then pulls every
// part's kinds of rows.
class SyncPart
{
public:
    virtual ~SyncPart() = default;
    // At the start of a pass, before anything is frozen or sent: what the part needs to know of
    // the server (a part the server's schema does not have yet sits the pass out).
    virtual Status attach(ServerSession &session)
    {
        (void)session;
        return {};
    }
    // Reads what waits to be sent (the caller holds a local transaction). Returns how many.
    virtual Result<int> freeze() = 0;
    // Sends what freeze() read, each change through session.step().
    virtual Status push(ServerSession &session, QList<SyncRejection> &rejected) = 0;
    // After the server committed (the caller holds a local transaction): marks it sent.
    virtual Status acknowledge() = 0;
    // The kinds of rows it pulls, parents first.
    virtual QList<PullKind> pullKinds() = 0;
    // What waits to be sent, for the status.
    virtual Result<int> pendingCount() = 0;
};

} // namespace PressDesk
