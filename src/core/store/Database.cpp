#include "store/Database.h"

#include "Logging.h"
#include "store/ArticleRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace PressDesk {

namespace {

// Numbered migrations, applied in order; PRAGMA user_version holds the last one applied.
// Never edit a released migration: add the next number.
const char *const kMigrations[] = {
    ":/pressdesk/migrations/001_initial.sql",
    ":/pressdesk/migrations/002_search_terms.sql",
    ":/pressdesk/migrations/003_workflow.sql",
    ":/pressdesk/migrations/004_portals.sql",
    ":/pressdesk/migrations/005_outbox_conflicts.sql",
    ":/pressdesk/migrations/006_post_links_unique.sql",
    ":/pressdesk/migrations/007_plans.sql",
    ":/pressdesk/migrations/008_change_counters.sql",
    ":/pressdesk/migrations/009_sync.sql",
    ":/pressdesk/migrations/010_plan_sync.sql",
    ":/pressdesk/migrations/011_office_posts.sql",
    ":/pressdesk/migrations/012_search_pending.sql",
    ":/pressdesk/migrations/013_refusals_seen.sql",
    ":/pressdesk/migrations/014_conflict_resolution.sql",
    ":/pressdesk/migrations/015_plan_merge.sql",
    ":/pressdesk/migrations/016_radio.sql",
    ":/pressdesk/migrations/017_visual.sql",
    ":/pressdesk/migrations/018_dictionary.sql",
    ":/pressdesk/migrations/019_office.sql",
    ":/pressdesk/migrations/020_exact_search.sql",
    ":/pressdesk/migrations/021_restored.sql",
    ":/pressdesk/migrations/022_dictionary_sync.sql",
    ":/pressdesk/migrations/023_unit_history.sql",
    ":/pressdesk/migrations/024_image_previews.sql",
    ":/pressdesk/migrations/025_office_glossary.sql",
};
constexpr int kMigrationCount = int(std::size(kMigrations));

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Database::sqlError(q.lastError());
    return {};
}

// Splits a migration file into statements. Statements end with ';' at the end of a line;
// "-- " comments are dropped. Trigger bodies (BEGIN … END;) are kept whole.
QStringList splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    const auto lines = script.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += raw + u'\n';
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (inTrigger) {
            if (line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0) {
                out << current.trimmed();
                current.clear();
                inTrigger = false;
            }
        } else if (line.endsWith(u';')) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace

Database::~Database()
{
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return kMigrationCount;
}

int Database::schemaVersionOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return -1;
    const QString name =
        QStringLiteral("pressdesk-peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("pressdesk.sqlite"));
}

QString Database::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = qEnvironmentVariable("PRESSDESK_DB");
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

Error Database::sqlError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    const QString detail = error.text();
    switch (code & 0xff) { // primary SQLite result code
    case 13:               // SQLITE_FULL
        return {QStringLiteral("disk-full"),
                tr("The disk is full; nothing was saved. Free some space and try again. (%1)")
                    .arg(detail)};
    case 8: // SQLITE_READONLY
        return {QStringLiteral("read-only"),
                tr("The database file is read-only; nothing was saved. (%1)").arg(detail)};
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {QStringLiteral("busy"),
                tr("The database is busy in another program; try again. (%1)").arg(detail)};
    case 10: // SQLITE_IOERR
        return {QStringLiteral("io-error"),
                tr("The disk could not be written or read; nothing was saved. (%1)").arg(detail)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {QStringLiteral("corrupt"),
                tr("The file is not a PressDesk database or it is damaged. (%1)").arg(detail)};
    case 14: // SQLITE_CANTOPEN
        return {QStringLiteral("cannot-open"),
                tr("The database file cannot be opened. (%1)").arg(detail)};
    default:
        return {QStringLiteral("database"), tr("Database error: %1").arg(detail)};
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    std::unique_ptr<Database> self(new Database);
    self->m_path = path;
    self->m_connectionName =
        QStringLiteral("pressdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    const QFileInfo info(path);
    self->m_isNew = !info.exists() || info.size() == 0;
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QStringLiteral("cannot-open"),
                     tr("Cannot create the folder %1.").arg(info.absolutePath())};

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlError(db.lastError());

    // A file that is not SQLite fails on the first read, not on open().
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kMigrationCount)
        return Error{QStringLiteral("newer-schema"),
                     tr("This database was written by a newer version of PressDesk (schema %1; "
                        "this version knows up to %2). Update PressDesk to open it; the file "
                        "was not changed.")
                         .arg(version)
                         .arg(kMigrationCount)};

    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (auto st = exec(db, QLatin1String(pragma)); !st)
            return st.error();
    }
    self->m_schemaVersion = version;
    if (auto st = self->migrate(); !st)
        return st.error();
    self->m_changes = std::make_unique<ChangeNotifier>(self->m_connectionName);
    self->m_changes->resetBaseline();
    return self;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    for (int i = m_schemaVersion; i < kMigrationCount; ++i) {
        QFile file(QLatin1String(kMigrations[i]));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("migration"),
                         tr("Migration %1 is missing from this build.").arg(i + 1)};
        const QString script = QString::fromUtf8(file.readAll());
        auto st = transaction([&]() -> Status {
            for (const QString &stmt : splitStatements(script)) {
                if (auto r = exec(db, stmt); !r)
                    return Error{r.error().code,
                                 tr("Migration %1 failed: %2").arg(i + 1).arg(r.error().message)};
            }
            // What a script cannot do, in C++ after it: migration 20 writes the exact search
            // index of the existing articles (Text::exactSearchForm is not SQL).
            if (i + 1 == 20) {
                if (auto filled = ArticleRepository(*this).fillExactIndex(); !filled)
                    return Error{
                        filled.error().code,
                        tr("Migration %1 failed: %2").arg(i + 1).arg(filled.error().message)};
            }
            return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(i + 1));
        });
        if (!st)
            return st;
        m_schemaVersion = i + 1;
        qCInfo(lcStore) << "applied migration" << (i + 1) << "to" << m_path;
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Database::StatementCache::StatementCache(Database &db) : m_db(db), m_outermost(!db.m_statements)
{
    if (m_outermost)
        m_db.m_statements =
            std::make_unique<std::unordered_map<QString, std::unique_ptr<QSqlQuery>>>();
}

Database::StatementCache::~StatementCache()
{
    if (m_outermost)
        m_db.m_statements.reset();
}

QSqlQuery *Database::cachedStatement(const QString &sql) const
{
    if (!m_statements)
        return nullptr;
    auto it = m_statements->find(sql);
    if (it == m_statements->end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return nullptr; // the caller prepares it again and reports the error
        it = m_statements->emplace(sql, std::move(q)).first;
    }
    return it->second.get();
}

Database::NoCheckpoints::NoCheckpoints(Database &db) : m_db(db)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next())
        m_before = q.value(0).toInt();
    q.finish();
    QSqlDatabase connection = m_db.connection();
    (void)exec(connection, QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

Database::NoCheckpoints::~NoCheckpoints()
{
    QSqlDatabase connection = m_db.connection();
    (void)exec(connection, QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(m_before));
}

void Database::leaveCheckpointsToWorker()
{
    QSqlDatabase db = connection();
    (void)exec(db, QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

void Database::shrinkWal()
{
    constexpr qint64 kLargeWal = 64 * 1024 * 1024;
    if (m_transactionDepth > 0 || QFileInfo(m_path + QStringLiteral("-wal")).size() < kLargeWal)
        return;
    QSqlDatabase db = connection();
    (void)exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Status Database::transaction(const std::function<Status()> &fn)
{
    QSqlDatabase db = connection();
    if (m_transactionDepth > 0) {
        const QString name = QStringLiteral("pd_%1").arg(m_transactionDepth);
        if (auto st = exec(db, QStringLiteral("SAVEPOINT ") + name); !st)
            return st;
        ++m_transactionDepth;
        Status st = fn();
        --m_transactionDepth;
        if (!st) {
            (void)exec(db, QStringLiteral("ROLLBACK TO ") + name);
            (void)exec(db, QStringLiteral("RELEASE ") + name);
            return st;
        }
        return exec(db, QStringLiteral("RELEASE ") + name);
    }
    if (auto st = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !st)
        return st;
    ++m_transactionDepth;
    Status st = fn();
    --m_transactionDepth;
    if (!st) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return st;
    }
    if (auto c = exec(db, QStringLiteral("COMMIT")); !c) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return c;
    }
    return {};
}

} // namespace PressDesk
