#include "store/SqliteBulk.h"

#include "store/Database.h"

#include <QSqlError>

#include <sqlite3.h>

namespace PressDesk {

Result<std::unique_ptr<SqliteBulk>> SqliteBulk::open(const QString &path)
{
    std::unique_ptr<SqliteBulk> self(new SqliteBulk);
    // SQLite takes the name in UTF-8 on every system (on Windows it converts it for the file
    // API itself); the local 8-bit encoding would miss a folder named "Nguyễn".
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &self->m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return self->error(rc);
    sqlite3_extended_result_codes(self->m_db, 1);
    sqlite3_busy_timeout(self->m_db, 5000);
    // A 64 MB page cache: a bulk write keeps the tables' and indexes' upper pages at hand.
    // No checkpoint while it writes (see SyncEngine::pull): the WAL is copied into the
    // database once, after the pull, instead of at every few commits.
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                               "PRAGMA cache_size=-65536", "PRAGMA wal_autocheckpoint=0"}) {
        if (auto st = self->exec(pragma); !st)
            return st.error();
    }
    return self;
}

SqliteBulk::~SqliteBulk()
{
    for (const auto &s : m_statements)
        sqlite3_finalize(s->m_stmt);
    if (m_db) {
        if (!sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
}

Error SqliteBulk::error(int code) const
{
    const QString message =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : code;
    return Database::sqlError(
        QSqlError(message, {}, QSqlError::StatementError, QString::number(extended)));
}

Result<SqliteBulk::Statement *> SqliteBulk::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(rc);
    m_statements.push_back(std::unique_ptr<Statement>(new Statement(*this, stmt)));
    return m_statements.back().get();
}

Status SqliteBulk::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return error(rc);
    return {};
}

Status SqliteBulk::commit()
{
    if (auto st = exec("COMMIT"); !st) {
        rollback();
        return st;
    }
    return {};
}

Result<int> SqliteBulk::checkpoint()
{
    int frames = 0;
    int copied = 0;
    const int rc =
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
    if (rc != SQLITE_OK)
        return error(rc);
    return frames < 0 ? 0 : frames - copied;
}

void SqliteBulk::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

SqliteBulk::Statement &SqliteBulk::Statement::text(int index, QByteArrayView utf8)
{
    if (!utf8.data())
        return null(index);
    // The bytes outlive the run (the caller's row), so SQLite need not copy them.
    sqlite3_bind_text64(m_stmt, index, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_STATIC,
                        SQLITE_UTF8);
    return *this;
}

SqliteBulk::Statement &SqliteBulk::Statement::integer(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteBulk::Statement &SqliteBulk::Statement::null(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> SqliteBulk::Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return false;
    }
    Error e = m_owner.error(rc);
    sqlite3_reset(m_stmt);
    return e;
}

qint64 SqliteBulk::Statement::column(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

void SqliteBulk::Statement::reset()
{
    sqlite3_reset(m_stmt);
}

} // namespace PressDesk
