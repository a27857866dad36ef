#pragma once

#include "Result.h"
#include "store/ChangeNotifier.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

namespace PressDesk {

// One open SQLite store (one profile). Owns one QSqlDatabase connection, usable only from
// the thread that opened it; open another Database on the same file for another thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    ~Database();

    // Opens (creating if needed) and migrates the store at path. Refuses a store written by
    // a newer PressDesk. WAL journal, foreign keys on.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    // The profile path to use: explicit option, else $PRESSDESK_DB, else the default
    // profile in QStandardPaths::AppDataLocation.
    static QString resolvePath(const QString &explicitPath = {});
    static QString defaultPath();
    static int latestSchemaVersion();
    // The schema version of the profile at path, read without changing it; -1 when there is
    // no profile there yet or it cannot be read (open() then says why).
    static int schemaVersionOf(const QString &path);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when open() created the file (a new profile: the caller seeds demo content).
    bool isNew() const { return m_isNew; }

    // Announces what changed in this store, whoever wrote it (see ChangeNotifier). Panels
    // connect to changes().changed and refresh themselves.
    ChangeNotifier &changes() const { return *m_changes; }

    // While one of these lives, commits on this connection leave the WAL as it is (a sync's
    // pull writes an office's worth: copied into the database once, at the first commit
    // after, instead of every few pages).
    class NoCheckpoints
    {
    public:
        explicit NoCheckpoints(Database &db);
        ~NoCheckpoints();
        NoCheckpoints(const NoCheckpoints &) = delete;
        NoCheckpoints &operator=(const NoCheckpoints &) = delete;

    private:
        Database &m_db;
        int m_before = 1000; // SQLite's default: a checkpoint past 1000 pages of WAL
    };

    // From now on commits on this connection never copy the WAL into the database: SQLite
    // does that in the thread that commits, and with the 300 MB a join leaves in the WAL a
    // save on the GUI thread waited 0.55 s. The app's window connection calls this and runs a
    // WalCheckpointer.
    void leaveCheckpointsToWorker();

    // A WAL grown past 64 MB (a sync's pull of a whole office writes hundreds of megabytes
    // without a checkpoint) is copied into the database and its file cut back to nothing.
    // Best effort: a reader still on the WAL leaves it for the next time.
    void shrinkWal();

    // Runs fn inside BEGIN IMMEDIATE … COMMIT; rolls back when fn fails. Nested calls run
    // in a savepoint of the outer transaction.
    Status transaction(const std::function<Status()> &fn);

    // The profile user on whose behalf this connection writes (revisions' "saved by", the
    // audit log). Set by the app and the CLI once they know the current user.
    QString actingUser() const { return m_actingUser; }
    void setActingUser(const QString &name) { m_actingUser = name; }

    // Turns a failed QSqlQuery/driver error into a user-facing Error (disk full, read-only,
    // locked… get their own plain message).
    static Error sqlError(const QSqlError &error);

    // While one of these lives (a sync's pull, which writes thousands of rows with the same
    // few statements), Sql::run, Sql::affected and Sql::value prepare each statement text
    // once and run it again and again.
    class StatementCache
    {
    public:
        explicit StatementCache(Database &db);
        ~StatementCache();
        StatementCache(const StatementCache &) = delete;
        StatementCache &operator=(const StatementCache &) = delete;

    private:
        Database &m_db;
        bool m_outermost;
    };
    // The prepared statement for sql while a StatementCache lives, else nullptr.
    QSqlQuery *cachedStatement(const QString &sql) const;

private:
    Database() = default;
    Status migrate();

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    bool m_isNew = false;
    int m_transactionDepth = 0;
    QString m_actingUser;
    std::unique_ptr<ChangeNotifier> m_changes;
    mutable std::unique_ptr<std::unordered_map<QString, std::unique_ptr<QSqlQuery>>> m_statements;
};

} // namespace PressDesk
