// Office server sync benchmark: a new desk joining an office of N articles with their
// revisions, beside PostgreSQL's own COPY of the same rows in the same run; and a pass on a
// desk with 100 changed articles. Figures go to docs/PERFORMANCE.md; no time is asserted.
//
//   scripts/postgres-test-env.sh start DIR && source DIR/postgres.env
//   bench_sync [--articles 10000] [--joins 3] [--passes 5] [--changed 100] [--diagnose]
//              [--tls] [--keep] [--server-db NAME] [--psql PATH] [--verbose]
//
// Setup, once: a new database with the office schema and two staff logins (ServerSchema::apply,
// ServerAdmin::addUser, as `pressdesk-cli server init | user add` do). One desk (the
// "writer") joins the empty office, generates N articles locally (CorpusGenerator, seed 42),
// saves an edit of each and a second edit of every other one (2–3 revisions an article), and
// uploads them with SyncEngine: the server's own path, its triggers writing the revisions.
// That upload is timed too, as two passes: the push (the pass stops after it, the test hook
// "after-push"), then the pull of what the server made of it.
//
// Then, --joins times, alternating so that load from other programs hits both alike:
//  - the baseline: psql, as the other staff login (the "reader", so row-level security
//    applies as for the desk), `COPY (SELECT <the columns the pull reads> FROM pd.article)
//    TO STDOUT` and the same for pd.article_revision, in one psql process, output to
//    /dev/null; and once more with the pull's ORDER BY (the same rows in the same order);
//  - a new desk: a new profile, the reader's connection, SyncEngine::join until it returns;
//    then checks that the desk has every article and revision and that search finds them,
//    and times the first search.
// Then, on the last joined desk, --passes times: change --changed articles (ArticleRepository
// ::save; not timed) and time one SyncEngine::runPass; then time a pass with nothing to do.
//
// --diagnose adds where the time goes: the pull's COPY streams alone (the same statements on
// the same connection, every row parsed, nothing written), one join watched from
// a second SQLite connection (when the first article, all articles and all revisions became
// visible on the desk), one join with every SQLite statement timed (sqlite3_trace_v2), grouped
// by statement, and one pass with changed articles split into its push and its pull, with the
// round trips to the server counted (PQtrace). Those runs are not in the medians.
//
// With --keep the database and its logins stay (their names are printed); --server-db NAME
// reuses such a database and skips the setup (for profiling a join, say).
#include "TestPostgres.h"
#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"
#include "store/ArticleRepository.h"
#include "store/CorpusGenerator.h"
#include "store/Database.h"
#include "store/Search.h"
#include "sync/ArticlePull.h"
#include "sync/CopyStream.h"
#include "sync/ServerSession.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif
#ifdef PRESSDESK_BENCH_SQLITE_TRACE
#include <sqlite3.h>
#endif
#ifdef PRESSDESK_BENCH_PG_TRACE
#include <libpq-fe.h>
#endif

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

using namespace PressDesk;

namespace {

const QString kPassword = QStringLiteral("Bench-mat-khau-65");

double ms(qint64 nsecs)
{
    return double(nsecs) / 1e6;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

// CPU time (user + system, ms) of this process, or of its children that have been waited for
// (psql); -1 where unknown. On a shared machine wall time also counts waiting for a core.
double cpuMs(bool children = false)
{
#ifdef Q_OS_LINUX
    rusage u{};
    if (getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &u) == 0)
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
               double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
#else
    Q_UNUSED(children);
#endif
    return -1;
}

// CPU time (ms) of another process of this machine (the server's backend of a connection),
// from /proc; -1 where unknown.
double processCpuMs(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The fields after the command name (which is in parentheses and may hold spaces).
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1e3 / ticks; // utime, stime
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

// The columns SyncEngine::pull reads of each kind (src/core/sync/SyncEngine.cpp: kArticleColumns
// and the "revision" kind), with the change cursor's two columns it adds.
struct Office
{
    TestPostgresServer pg;
    QString database;
    QString writer; // the login of the desk that uploads the articles
    QString reader; // the login of the desks that join
    bool tls = false;

    QString url(const QString &login) const
    {
        QString u = QStringLiteral("postgresql://%1@%2:%3/%4")
                        .arg(login, pg.host)
                        .arg(pg.port)
                        .arg(database);
        if (tls)
            return u + QStringLiteral("?sslmode=verify-full&sslrootcert=") + pg.caFile;
        return u + QStringLiteral("?sslmode=disable");
    }
    // The same connection for libpq (psql), the password coming from PGPASSWORD.
    QString conninfo(const QString &login) const
    {
        QString c = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                        .arg(pg.host)
                        .arg(pg.port)
                        .arg(database, login);
        if (tls)
            return c + QStringLiteral(" sslmode=verify-full sslrootcert=") +
                   TestPostgresDetail::conninfoValue(pg.caFile);
        return c + QStringLiteral(" sslmode=disable");
    }
};

// One desk: a profile and its connection to the office server.
struct Desk
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ServerConnection> server;
};

bool fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "%s: %s %s\n", qPrintable(what), qPrintable(error.message),
                 qPrintable(error.detail));
    return false;
}

// The same for main(): the exit code.
int failed(const QString &what, const Error &error)
{
    fail(what, error);
    return 1;
}

bool openDesk(const QString &path, Desk &desk)
{
    auto db = Database::open(path);
    if (!db)
        return fail(QStringLiteral("open profile"), db.error());
    desk.db = std::move(db).value();
    return true;
}

bool connectDesk(const Office &office, const QString &login, Desk &desk)
{
    auto address = ServerAddress::parse(office.url(login));
    if (!address)
        return fail(QStringLiteral("server address"), address.error());
    auto connection = ServerConnection::open(address.value(), login, kPassword);
    if (!connection)
        return fail(QStringLiteral("connect"), connection.error());
    desk.server = std::move(connection).value();
    return true;
}

QVariant localValue(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

QVariant serverValue(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

// One edit of an article: a paragraph added at the end, saved as the user saves.
Result<Article> editOnce(ArticleRepository &repo, Article a, int round)
{
    a.bodyHtml += QStringLiteral("<p>Cập nhật lần %1: bổ sung số liệu của phòng Văn hóa - "
                                 "Thông tin huyện và ý kiến của người dân tại buổi làm việc.</p>")
                      .arg(round);
    auto saved = repo.save(a, SaveKind::Manual);
    if (!saved)
        return saved.error();
    return saved->article;
}

// psql, as `login`, running each statement (one process, one connection); output discarded,
// or counted in *bytes. Returns the wall time in ms and the psql process's CPU in *cpu;
// -1 when psql failed.
double runPsql(const QString &psql, const Office &office, const QString &login,
               const QStringList &statements, qint64 *bytes = nullptr, double *cpu = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), kPassword);
    p.setProcessEnvironment(env);
    QStringList args{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1")};
    for (const QString &s : statements)
        args << QStringLiteral("-c") << s;
    args << office.conninfo(login);
    if (!bytes)
        p.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = cpuMs(true);
    QElapsedTimer t;
    t.start();
    p.start(psql, args);
    qint64 counted = 0;
    if (bytes) {
        while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
            p.waitForReadyRead(1000);
            counted += p.readAllStandardOutput().size();
        }
    }
    p.waitForFinished(-1);
    const double wall = ms(t.nsecsElapsed());
    if (cpu)
        *cpu = cpuMs(true) - cpuBefore;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(psql),
                     p.readAllStandardError().constData());
        return -1;
    }
    if (bytes)
        *bytes = counted;
    return wall;
}

// The newest PostgreSQL's psql (Debian: /usr/lib/postgresql/15/bin), not the wrapper script
// in /usr/bin, whose Perl start-up would be counted.
QString defaultPsql()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString candidate = root.filePath(*it + QStringLiteral("/bin/psql"));
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStringLiteral("psql");
}

// What a joined desk holds, checked; the first search timed.
struct JoinCheck
{
    int articles = 0;
    int revisions = 0;
    int indexed = 0; // articles with their row in the search index
    int sampleFound = 0;
    int sampleSize = 0;
    double firstSearchMs = -1;
    int firstSearchTotal = 0;
    bool firstSearchCapped = false;
};

JoinCheck checkDesk(Database &db, const QList<std::pair<QString, QString>> &sample)
{
    JoinCheck c;
    // The first search on the desk after the join: what the search box waits for.
    {
        Search search(db);
        QElapsedTimer t;
        t.start();
        auto found = search.find(QStringLiteral("cải cách hành chính"), 50);
        c.firstSearchMs = ms(t.nsecsElapsed());
        if (found) {
            c.firstSearchTotal = found->total;
            c.firstSearchCapped = found->totalIsLowerBound;
        }
    }
    c.articles =
        localValue(db, QStringLiteral("SELECT count(*) FROM articles WHERE deleted = 0")).toInt();
    c.revisions = localValue(db, QStringLiteral("SELECT count(*) FROM revisions")).toInt();
    c.indexed = localValue(db, QStringLiteral("SELECT count(*) FROM articles a WHERE deleted = 0 "
                                              "AND EXISTS (SELECT 1 FROM article_fts f WHERE "
                                              "f.rowid = a.local_id) AND EXISTS (SELECT 1 FROM "
                                              "article_title_fts t WHERE t.rowid = a.local_id)"))
                    .toInt();
    // Articles picked on the server, each found by its title as a phrase.
    Search search(db);
    for (const auto &[id, title] : sample) {
        if (title.contains(u'"'))
            continue;
        ++c.sampleSize;
        auto hits = search.search(u'"' + title + u'"', Search::rankedLimit(), 0, {}, false);
        if (!hits)
            continue;
        for (const SearchHit &h : hits.value()) {
            if (h.articleId == id) {
                ++c.sampleFound;
                break;
            }
        }
    }
    return c;
}

// The pull's streams of articles and revisions alone, as a new desk reads them (ArticlePull's
// columns, CopyStream in one REPEATABLE READ transaction, every row parsed), nothing written:
// the server's and the wire's share of a join. Returns ms, and the rows read in *rows.
double pullStreamsAlone(ServerConnection &connection, int *rows)
{
    ServerSession server(connection);
    *rows = 0;
    QElapsedTimer t;
    t.start();
    if (!server.run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return -1;
    const auto end = [&](double result) {
        (void)server.run(QStringLiteral("COMMIT"));
        server.releaseStatements();
        return result;
    };
    const QList<std::tuple<QString, QString, int>> kinds{
        {QStringLiteral("pd.article"), ArticlePull::articleColumns(), 16},
        {QStringLiteral("pd.article_revision"), ArticlePull::revisionColumns(), 15}};
    for (const auto &[table, columns, count] : kinds) {
        // A new desk's cursor: a snapshot that sees nothing.
        const auto streamed = CopyStream::run(
            connection.db(),
            QStringLiteral("SELECT %1 FROM %2 t WHERE t.change_xid >= pg_snapshot_xmin('1:1:') "
                           "AND NOT pg_visible_in_snapshot(t.change_xid, '1:1:') "
                           "ORDER BY t.change_xid, t.change_seq")
                .arg(columns, table),
            count, [&](const CopyRow &) {
                ++*rows;
                return Status();
            });
        if (!streamed)
            return end(-1);
    }
    return end(ms(t.nsecsElapsed()));
}

// Watches a profile from a second connection while a desk joins: when the first article,
// all articles and all revisions are there (an article's row and its search index are
// written in the same transaction, so "there" is "searchable").
class Watcher
{
public:
    Watcher(const QString &path, int articles, int revisions, const QElapsedTimer &clock)
    {
        m_thread.reset(QThread::create([=, this, &clock] {
            const QString name = TestPostgresDetail::uniqueName(QStringLiteral("watch_"));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                db.setConnectOptions(
                    QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
                if (db.open()) {
                    while (!m_stop.load()) {
                        QSqlQuery q(db);
                        if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM articles), "
                                                  "(SELECT count(*) FROM revisions)")) &&
                            q.next()) {
                            const int a = q.value(0).toInt();
                            const int r = q.value(1).toInt();
                            const double now = ms(clock.nsecsElapsed());
                            if (a > 0 && firstArticle < 0)
                                firstArticle = now;
                            if (a >= articles && allArticles < 0) {
                                allArticles = now;
                                QSqlQuery fts(db);
                                if (fts.exec(QStringLiteral("SELECT count(*) FROM "
                                                            "article_title_fts")) &&
                                    fts.next())
                                    indexedThen = fts.value(0).toInt();
                            }
                            if (r >= revisions && allRevisions < 0)
                                allRevisions = now;
                        }
                        q.finish();
                        QThread::msleep(20);
                    }
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
        m_thread->start();
    }
    ~Watcher() { stop(); }
    void stop()
    {
        m_stop.store(true);
        if (m_thread)
            m_thread->wait();
    }

    std::atomic<double> firstArticle{-1};
    std::atomic<double> allArticles{-1};
    std::atomic<double> allRevisions{-1};
    std::atomic<int> indexedThen{0};

private:
    std::atomic<bool> m_stop{false};
    std::unique_ptr<QThread> m_thread;
};

#ifdef PRESSDESK_BENCH_PG_TRACE
// The messages the desk's connection sends to the server (libpq's PQtrace on the connection
// Qt's driver holds): Qt's QPSQL sends each statement as a simple query, and a prepared one
// as three (PREPARE, EXECUTE, DEALLOCATE): each a round trip. Counted by the statement's
// first word.
class ServerTrace
{
public:
    explicit ServerTrace(QSqlDatabase db)
    {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 &&
                                  qstrcmp(handle.typeName(), "pg_conn*") != 0))
            return;
        m_conn = *static_cast<PGconn *const *>(handle.constData());
        m_file = std::tmpfile();
        if (!m_conn || !m_file)
            return;
        PQtrace(m_conn, m_file);
        PQsetTraceFlags(m_conn, PQTRACE_SUPPRESS_TIMESTAMPS);
    }
    ~ServerTrace()
    {
        if (m_file)
            std::fclose(m_file);
    }
    Q_DISABLE_COPY_MOVE(ServerTrace)

    bool isValid() const { return m_conn && m_file; }

    // Stops tracing; "N round trips: 1200 EXECUTE, 1200 PREPARE, …".
    QString stop()
    {
        if (!isValid())
            return QStringLiteral("(no libpq connection to trace)");
        PQuntrace(m_conn);
        std::rewind(m_file);
        QFile f;
        if (!f.open(m_file, QIODevice::ReadOnly))
            return {};
        QHash<QString, int> byWord;
        int total = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            // "F\t<length>\tQuery\t \"SELECT …\""
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() < 4 || fields.at(0) != "F" || fields.at(2) != "Query")
                continue;
            ++total;
            QByteArray sql = fields.at(3).trimmed();
            if (sql.startsWith('"'))
                sql = sql.mid(1);
            if (sql.endsWith('"'))
                sql.chop(1);
            ++byWord[QString::fromUtf8(sql.split(' ').constFirst())];
        }
        QList<std::pair<int, QString>> words;
        for (auto it = byWord.cbegin(); it != byWord.cend(); ++it)
            words.append({it.value(), it.key()});
        std::sort(words.begin(), words.end(), std::greater<>());
        QStringList parts;
        for (const auto &[count, word] : std::as_const(words))
            parts << QStringLiteral("%1 %2").arg(count).arg(word);
        return QStringLiteral("%1 round trips: %2").arg(total).arg(parts.join(u", "));
    }

private:
    PGconn *m_conn = nullptr;
    std::FILE *m_file = nullptr;
};
#endif

#ifdef PRESSDESK_BENCH_SQLITE_TRACE
// Every SQLite statement of the desk's connection timed (SQLITE_TRACE_PROFILE), by its text.
struct StatementCost
{
    qint64 nsecs = 0;
    int count = 0;
};
QHash<QByteArray, StatementCost> g_statementCosts;

int traceStatement(unsigned type, void *, void *statement, void *elapsed)
{
    if (type == SQLITE_TRACE_PROFILE) {
        StatementCost &c =
            g_statementCosts[QByteArray(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)))];
        c.nsecs += *static_cast<sqlite3_int64 *>(elapsed);
        ++c.count;
    }
    return 0;
}

bool traceSqlite(Database &db, bool on)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (!sqlite)
        return false;
    return sqlite3_trace_v2(sqlite, on ? SQLITE_TRACE_PROFILE : 0, on ? traceStatement : nullptr,
                            nullptr) == SQLITE_OK;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Office server sync: a new desk joining, beside COPY; a pass with "
                       "changed articles. Needs PRESSDESK_TEST_PG_* (postgres.env)."));
    p.addOption(
        {QStringLiteral("articles"), QString(), QStringLiteral("N"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("joins"), QStringLiteral("Timed joins (and COPY runs)."),
                 QStringLiteral("N"), QStringLiteral("3")});
    p.addOption({QStringLiteral("passes"), QStringLiteral("Timed passes with changes."),
                 QStringLiteral("N"), QStringLiteral("5")});
    p.addOption({QStringLiteral("changed"), QStringLiteral("Articles changed before a pass."),
                 QStringLiteral("N"), QStringLiteral("100")});
    p.addOption({QStringLiteral("diagnose"), QStringLiteral("Where a join's time goes.")});
    p.addOption({QStringLiteral("tls"), QStringLiteral("Connect over TLS (verify-full).")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("Keep the database and its logins.")});
    p.addOption({QStringLiteral("server-db"),
                 QStringLiteral("Reuse a database a run with --keep filled."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("psql"), QStringLiteral("The psql for the baseline."),
                 QStringLiteral("PATH"), defaultPsql()});
    p.addOption({QStringLiteral("verbose"), QStringLiteral("Print each run.")});
    p.process(app);
    const bool verbose = p.isSet(QStringLiteral("verbose"));
    const int joins = std::max(1, p.value(QStringLiteral("joins")).toInt());
    const int passes = std::max(0, p.value(QStringLiteral("passes")).toInt());
    const int changed = std::max(1, p.value(QStringLiteral("changed")).toInt());
    const QString psql = p.value(QStringLiteral("psql"));

    Office office;
    office.pg = TestPostgresServer::fromEnvironment();
    office.tls = p.isSet(QStringLiteral("tls"));
    if (!office.pg.isAvailable()) {
        std::fprintf(stderr, "no test PostgreSQL: run scripts/postgres-test-env.sh start DIR and "
                             "source DIR/postgres.env first\n");
        return qEnvironmentVariableIntValue("PRESSDESK_REQUIRE_SERVICES") ? 1 : 0;
    }
    std::printf("load average at start: %s\n", qPrintable(loadAverage()));

    // The office: a database of its own, or the one a run with --keep left.
    const bool reuse = p.isSet(QStringLiteral("server-db"));
    QString error;
    if (reuse) {
        office.database = p.value(QStringLiteral("server-db"));
    } else {
        office.database = TestPostgresDetail::uniqueName(QStringLiteral("pd_bench_"));
        if (!office.pg.adminExec({QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 "
                                                 "ENCODING 'UTF8'")
                                      .arg(office.database)},
                                 &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    office.writer = office.database + QStringLiteral("_writer");
    office.reader = office.database + QStringLiteral("_reader");
    const bool keep = p.isSet(QStringLiteral("keep")) || reuse;
    auto admin = std::make_unique<TestPostgresConnection>(office.pg, office.database);
    auto dropOffice = qScopeGuard([&] {
        admin.reset();
        if (keep) {
            std::printf("kept: database %s, logins %s and %s (password %s)\n",
                        qPrintable(office.database), qPrintable(office.writer),
                        qPrintable(office.reader), qPrintable(kPassword));
            return;
        }
        QString dropError;
        QStringList roles{office.writer, office.reader};
        for (const char *role : {"staff", "supervisor", "admin", "owner"})
            roles << ServerSchema::roleName(office.database, QLatin1String(role));
        if (!office.pg.dropDatabase(office.database, &dropError) ||
            !office.pg.dropRoles(roles, &dropError))
            std::fprintf(stderr, "cleaning up: %s\n", qPrintable(dropError));
    });
    if (!admin->isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(admin->errorText()));
        return 1;
    }

    QTemporaryDir tmp;
    int n = p.value(QStringLiteral("articles")).toInt();
    struct Setup
    {
        double generate = -1, edit = -1, push = -1, pullBack = -1;
        int pushed = 0, pulledBack = 0;
    } setup;
    if (!reuse) {
        if (auto st = ServerSchema::apply(admin->db(), QStringLiteral("UBND huyện Hoài Đức")); !st)
            return failed(QStringLiteral("schema"), st.error());
        if (auto st = ServerAdmin::addUser(admin->db(), office.writer, Role::Staff, kPassword,
                                           QStringLiteral("Nguyễn Văn An"));
            !st)
            return failed(QStringLiteral("user add"), st.error());
        if (auto st = ServerAdmin::addUser(admin->db(), office.reader, Role::Staff, kPassword,
                                           QStringLiteral("Trần Thị Bình"));
            !st)
            return failed(QStringLiteral("user add"), st.error());

        // The writer's desk joins the empty office, writes the articles, uploads them.
        Desk writer;
        if (!openDesk(tmp.filePath(QStringLiteral("writer.sqlite")), writer) ||
            !connectDesk(office, office.writer, writer))
            return 1;
        if (auto joined =
                SyncEngine(*writer.db, *writer.server).join(office.url(office.writer), false);
            !joined)
            return failed(QStringLiteral("writer join"), joined.error());
        QElapsedTimer t;
        t.start();
        if (auto st = CorpusGenerator::generate(*writer.db, n, 42,
                                                [&](int done) {
                                                    if (verbose && done % 2000 == 0)
                                                        std::fprintf(stderr, "  generated %d\n",
                                                                     done);
                                                });
            !st)
            return failed(QStringLiteral("generate"), st.error());
        setup.generate = ms(t.nsecsElapsed());

        // An edit of each article, a second of every other one: 2–3 revisions each.
        t.restart();
        ArticleRepository repo(*writer.db);
        auto all = repo.list();
        if (!all)
            return failed(QStringLiteral("list"), all.error());
        constexpr int kBatch = 500;
        for (qsizetype from = 0; from < all->size(); from += kBatch) {
            auto st = writer.db->transaction([&]() -> Status {
                for (qsizetype i = from; i < std::min(all->size(), from + kBatch); ++i) {
                    auto once = editOnce(repo, all->at(i), 1);
                    if (!once)
                        return once.error();
                    if (i % 2 == 0) {
                        if (auto twice = editOnce(repo, once.value(), 2); !twice)
                            return twice.error();
                    }
                }
                return {};
            });
            if (!st)
                return failed(QStringLiteral("edit"), st.error());
        }
        setup.edit = ms(t.nsecsElapsed());
        all = QList<Article>();

        // The upload: the push (the pass stops after it), then the pass that pulls back what
        // the server made of it.
        t.restart();
        {
            SyncEngine engine(*writer.db, *writer.server);
            engine.setStopAt(QStringLiteral("after-push"));
            auto pushed = engine.runPass();
            if (pushed || pushed.error().code != QLatin1String("stopped"))
                return failed(QStringLiteral("upload"), pushed ? Error{} : pushed.error());
        }
        setup.push = ms(t.nsecsElapsed());
        t.restart();
        auto pulled = SyncEngine(*writer.db, *writer.server).runPass();
        if (!pulled)
            return failed(QStringLiteral("upload"), pulled.error());
        setup.pullBack = ms(t.nsecsElapsed());
        setup.pulledBack = pulled->pulled;
        if (!pulled->rejected.isEmpty()) {
            std::fprintf(stderr, "upload refused: %s\n", qPrintable(pulled->rejected.join(u'\n')));
            return 1;
        }
        setup.pushed =
            serverValue(admin->db(), QStringLiteral("SELECT count(*) FROM pd.article_revision"))
                .toInt();
    }
    n = serverValue(admin->db(), QStringLiteral("SELECT count(*) FROM pd.article")).toInt();
    const int serverRevisions =
        serverValue(admin->db(), QStringLiteral("SELECT count(*) FROM pd.article_revision"))
            .toInt();
    const double serverMb =
        serverValue(admin->db(), QStringLiteral("SELECT pg_database_size(current_database())"))
            .toDouble() /
        1048576.0;
    if (n <= 0)
        return 1;
    QSqlQuery(admin->db()).exec(QStringLiteral("VACUUM ANALYZE")); // as autovacuum would have
    std::printf("office: %d articles, %d revisions, database %.0f MB\n", n, serverRevisions,
                serverMb);
    if (!reuse)
        std::printf("setup: generated in %.1f s, edited in %.1f s; upload by one desk: push "
                    "%.1f s, pull back %.1f s (%d rows written again)\n",
                    setup.generate / 1000, setup.edit / 1000, setup.push / 1000,
                    setup.pullBack / 1000, setup.pulledBack);

    // Articles to look for on each joined desk.
    QList<std::pair<QString, QString>> sample;
    {
        QSqlQuery q(admin->db());
        if (!q.exec(QStringLiteral("SELECT id::text, title FROM pd.article ORDER BY md5(id::text) "
                                   "LIMIT 20")))
            return 1;
        while (q.next())
            sample.append({q.value(0).toString(), q.value(1).toString()});
    }

    // The baseline's statements: the pull's columns, as the reader (row-level security as for
    // the desk); plain, and in the pull's order.
    const QStringList copyPlainSql{
        QStringLiteral("COPY (SELECT %1 FROM pd.article t) TO STDOUT")
            .arg(ArticlePull::articleColumns()),
        QStringLiteral("COPY (SELECT %1 FROM pd.article_revision t) TO STDOUT")
            .arg(ArticlePull::revisionColumns())};
    const QStringList copyOrderedSql{
        QStringLiteral("COPY (SELECT %1 FROM pd.article t ORDER BY change_xid, change_seq) TO "
                       "STDOUT")
            .arg(ArticlePull::articleColumns()),
        QStringLiteral("COPY (SELECT %1 FROM pd.article_revision t ORDER BY change_xid, "
                       "change_seq) TO STDOUT")
            .arg(ArticlePull::revisionColumns())};
    // Warm-up (not counted): the server's cache, and how much COPY sends.
    qint64 copyBytes = 0;
    if (runPsql(psql, office, office.reader, copyPlainSql, &copyBytes) < 0)
        return 1;
    std::printf("COPY sends %.1f MB (text format)\n", double(copyBytes) / 1048576.0);

    struct JoinRun
    {
        double copy = -1, copyCpu = -1, copyOrdered = -1, connectOnly = -1;
        double open = -1, connect = -1, join = -1, total = -1;
        double saved = -1; // profile + connection + the join until every row is saved
        double deskCpu = -1, backendCpu = -1;
        double profileMb = 0;
        JoinCheck check;
        QString load;
    };
    QList<JoinRun> runs;
    Desk last;
    bool allGood = true;
    for (int i = 0; i < joins; ++i) {
        JoinRun r;
        r.load = loadAverage();
        r.connectOnly = runPsql(psql, office, office.reader, {QStringLiteral("SELECT 1")});
        r.copy = runPsql(psql, office, office.reader, copyPlainSql, nullptr, &r.copyCpu);
        r.copyOrdered = runPsql(psql, office, office.reader, copyOrderedSql);
        if (r.copy < 0 || r.copyOrdered < 0 || r.connectOnly < 0)
            return 1;

        Desk desk;
        const QString path = tmp.filePath(QStringLiteral("desk-%1.sqlite").arg(i + 1));
        const double cpuBefore = cpuMs();
        QElapsedTimer t;
        t.start();
        if (!openDesk(path, desk))
            return 1;
        r.open = ms(t.nsecsElapsed());
        if (!connectDesk(office, office.reader, desk))
            return 1;
        r.connect = ms(t.nsecsElapsed()) - r.open;
        // The server's process for this connection (asked outside the timed join).
        const qint64 backend =
            serverValue(desk.server->db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        const double backendBefore = processCpuMs(backend);
        QElapsedTimer j;
        j.start();
        SyncEngine joining(*desk.db, *desk.server);
        double savedAt = -1;
        joining.setOnSaved([&] {
            if (savedAt < 0)
                savedAt = ms(j.nsecsElapsed());
        });
        auto joined = joining.join(office.url(office.reader), false);
        r.join = ms(j.nsecsElapsed());
        r.saved = r.open + r.connect + savedAt;
        r.total = r.open + r.connect + r.join; // without the pid query between them
        r.deskCpu = cpuMs() - cpuBefore;
        r.backendCpu = processCpuMs(backend) - backendBefore;
        if (!joined)
            return failed(QStringLiteral("join"), joined.error());
        r.check = checkDesk(*desk.db, sample);
        r.profileMb =
            double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) /
            1048576.0;
        const bool good = r.check.articles == n && r.check.revisions == serverRevisions &&
                          r.check.indexed == n && r.check.sampleFound == r.check.sampleSize &&
                          r.check.firstSearchTotal > 0;
        allGood = allGood && good;
        if (verbose || !good)
            std::printf("join %d (load %s): COPY %.0f ms (ordered %.0f ms, psql SELECT 1 %.0f ms),"
                        " join %.0f ms (profile %.0f ms, connect %.0f ms), desk CPU %.0f ms, "
                        "saved at %.0f ms, server backend CPU %.0f ms; %d articles, %d revisions, "
                        "%d indexed, "
                        "%d/%d sample found, first search %.1f ms (%d%s)%s\n",
                        i + 1, qPrintable(r.load), r.copy, r.copyOrdered, r.connectOnly, r.total,
                        r.open, r.connect, r.deskCpu, r.saved, r.backendCpu, r.check.articles,
                        r.check.revisions, r.check.indexed, r.check.sampleFound, r.check.sampleSize,
                        r.check.firstSearchMs, r.check.firstSearchTotal,
                        r.check.firstSearchCapped ? "+" : "", good ? "" : "  MISMATCH");
        runs << r;
        if (i + 1 < joins) {
            desk = Desk();
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        } else {
            last = std::move(desk);
        }
    }

    // Passes on the last joined desk: `changed` articles changed, one pass; then one with
    // nothing to do.
    QList<double> passTimes, passCpu, idleTimes;
    QString passLoads;
    if (passes > 0) {
        ArticleRepository repo(*last.db);
        auto all = repo.list();
        if (!all)
            return failed(QStringLiteral("list"), all.error());
        for (int i = 0; i < passes; ++i) {
            for (int k = 0; k < changed; ++k) {
                const Article &a = all->at((qsizetype(i) * changed + k) % all->size());
                auto current = repo.get(a.id);
                if (!current || !editOnce(repo, current.value(), 10 + i))
                    return 1;
            }
            passLoads += (passLoads.isEmpty() ? QString() : QStringLiteral(", ")) + loadAverage();
            const double cpuBefore = cpuMs();
            QElapsedTimer t;
            t.start();
            auto pass = SyncEngine(*last.db, *last.server).runPass();
            passTimes << ms(t.nsecsElapsed());
            passCpu << cpuMs() - cpuBefore;
            if (!pass)
                return failed(QStringLiteral("pass"), pass.error());
            if (pass->pushed != changed || !pass->rejected.isEmpty()) {
                std::fprintf(stderr, "pass %d pushed %d of %d: %s\n", i + 1, pass->pushed, changed,
                             qPrintable(pass->rejected.join(u'\n')));
                allGood = false;
            }
            t.restart();
            auto idle = SyncEngine(*last.db, *last.server).runPass();
            idleTimes << ms(t.nsecsElapsed());
            if (!idle || idle->pushed != 0)
                return 1;
            if (verbose)
                std::printf("pass %d: %d changed %.0f ms (desk CPU %.0f ms, pulled %d), nothing "
                            "to do %.0f ms\n",
                            i + 1, changed, passTimes.last(), passCpu.last(), pass->pulled,
                            idleTimes.last());
        }
    }

    // Passes that merge: `changed` articles edited on this desk (a paragraph added at the end)
    // and, meanwhile, by another desk (words changed in the first paragraph); one pass merges
    // them all on the server, then brings the merges back.
    QList<double> mergeTimes;
    int mergedLast = 0;
    if (passes > 0) {
        Desk other;
        if (!connectDesk(office, office.writer, other))
            return 1;
        ArticleRepository repo(*last.db);
        auto all = repo.list();
        if (!all)
            return failed(QStringLiteral("list"), all.error());
        for (int i = 0; i < passes; ++i) {
            QStringList ids;
            for (int k = 0; k < changed; ++k) {
                const Article &a = all->at((qsizetype(passes + i) * changed + k) % all->size());
                auto current = repo.get(a.id);
                if (!current || !editOnce(repo, current.value(), 100 + i))
                    return 1;
                ids << a.id;
            }
            QSqlQuery q(other.server->db());
            q.prepare(QStringLiteral("UPDATE pd.article SET body_html = regexp_replace(body_html, "
                                     "'</p>', ' (bản biên tập ' || ? || ').</p>') "
                                     "WHERE id = ANY(?::uuid[])"));
            q.addBindValue(i);
            q.addBindValue(QString(QStringLiteral("{") + ids.join(u',') + u'}'));
            if (!q.exec()) {
                std::fprintf(stderr, "other desk: %s\n", qPrintable(q.lastError().text()));
                return 1;
            }
            QElapsedTimer t;
            t.start();
            auto pass = SyncEngine(*last.db, *last.server).runPass();
            mergeTimes << ms(t.nsecsElapsed());
            if (!pass)
                return failed(QStringLiteral("merging pass"), pass.error());
            mergedLast = pass->merged;
            if (pass->merged != changed || pass->conflicts != 0 || !pass->rejected.isEmpty()) {
                std::fprintf(stderr, "merging pass %d: %d merged, %d conflicts of %d: %s\n", i + 1,
                             pass->merged, pass->conflicts, changed,
                             qPrintable(pass->rejected.join(u'\n')));
                allGood = false;
            }
            const Article after = repo.get(ids.first()).value();
            if (!after.bodyHtml.contains(QStringLiteral("bản biên tập %1").arg(i)) ||
                !after.bodyHtml.contains(QStringLiteral("Cập nhật lần %1").arg(100 + i))) {
                std::fprintf(stderr, "merging pass %d: the desk lacks an edit\n", i + 1);
                allGood = false;
            }
            if (verbose)
                std::printf("merging pass %d: %d merged in %.0f ms\n", i + 1, pass->merged,
                            mergeTimes.last());
        }
    }

    QList<double> copy, copyCpu, copyOrdered, connectOnly, total, saved, open, connect, deskCpu,
        backendCpu, firstSearch;
    for (const JoinRun &r : std::as_const(runs)) {
        copy << r.copy;
        copyCpu << r.copyCpu;
        copyOrdered << r.copyOrdered;
        connectOnly << r.connectOnly;
        total << r.total;
        saved << r.saved;
        open << r.open;
        connect << r.connect;
        deskCpu << r.deskCpu;
        backendCpu << r.backendCpu;
        firstSearch << r.check.firstSearchMs;
    }
    const JoinCheck &c = runs.last().check;
    std::printf("\n| office of %d articles, %d revisions (%s) | median | runs |\n|---|---|---|\n",
                n, serverRevisions, office.tls ? "TLS" : "no TLS");
    std::printf("| psql `COPY … TO STDOUT` of both tables, the pull's columns | %.0f ms | %d |\n",
                median(copy), joins);
    std::printf("| the same in the pull's order (`ORDER BY change_xid, change_seq`) | %.0f ms | "
                "%d |\n",
                median(copyOrdered), joins);
    std::printf("| of which psql's start and connection (`SELECT 1`) | %.0f ms | %d |\n",
                median(connectOnly), joins);
    std::printf("| new desk: profile + connection + `SyncEngine::join` until it returns | %.0f ms "
                "| %d |\n",
                median(total), joins);
    std::printf("| of which the new profile / the connection | %.0f ms / %.0f ms | %d |\n",
                median(open), median(connect), joins);
    std::printf("| new desk: every article and revision saved (then indexed for search) | %.0f "
                "ms | %d |\n",
                median(saved), joins);
    std::printf("| saved ÷ COPY (target ≤ 3×) | %.1f× | |\n", median(saved) / median(copy));
    std::printf("| join (saved and searchable) ÷ COPY | %.1f× | |\n", median(total) / median(copy));
    std::printf("| CPU during the join: the desk / its server backend | %.0f ms / %.0f ms | %d "
                "|\n",
                median(deskCpu), median(backendCpu), joins);
    std::printf("| CPU of psql during COPY | %.0f ms | %d |\n", median(copyCpu), joins);
    std::printf("| first search on the joined desk (\"cải cách hành chính\": count + first "
                "page) | %.1f ms | %d |\n",
                median(firstSearch), joins);
    std::printf("| on the desk after the join | %d articles (%d in the search index), %d "
                "revisions, %d of %d sampled titles found, %.0f MB | |\n",
                c.articles, c.indexed, c.revisions, c.sampleFound, c.sampleSize,
                runs.last().profileMb);
    if (passes > 0) {
        std::printf("| pass with %d changed articles (target < 1 s) | %.0f ms | %d |\n", changed,
                    median(passTimes), passes);
        std::printf("| of which the desk's CPU | %.0f ms | %d |\n", median(passCpu), passes);
        std::printf("| pass with nothing to do | %.0f ms | %d |\n", median(idleTimes), passes);
        std::printf("| pass merging %d articles another desk edited meanwhile (target < 2 s) | "
                    "%.0f ms | %d |\n",
                    mergedLast, median(mergeTimes), passes);
    }
    std::printf("load average: joins %s; passes %s; now %s\n", qPrintable([&] {
                    QStringList l;
                    for (const JoinRun &r : std::as_const(runs))
                        l << r.load;
                    return l.join(QStringLiteral(", "));
                }()),
                qPrintable(passLoads), qPrintable(loadAverage()));

    if (p.isSet(QStringLiteral("diagnose"))) {
        std::printf("\nwhere a join's time goes (not in the medians):\n");
        // 1. The pull's streams alone.
        {
            Desk probe;
            if (!connectDesk(office, office.reader, probe))
                return 1;
            const qint64 backend =
                serverValue(probe.server->db(), QStringLiteral("SELECT pg_backend_pid()"))
                    .toLongLong();
            int rows = 0;
            const double cpuBefore = cpuMs();
            const double backendBefore = processCpuMs(backend);
            const double q = pullStreamsAlone(*probe.server, &rows);
            std::printf("  the pull's COPY streams alone (%d rows, nothing written): %.0f ms; "
                        "CPU: this process %.0f ms, its server backend %.0f ms\n",
                        rows, q, cpuMs() - cpuBefore, processCpuMs(backend) - backendBefore);
        }
        // 2. A join watched from a second connection.
        {
            Desk desk;
            const QString path = tmp.filePath(QStringLiteral("watched.sqlite"));
            if (!openDesk(path, desk) || !connectDesk(office, office.reader, desk))
                return 1;
            QElapsedTimer t;
            t.start();
            Watcher watcher(path, n, serverRevisions, t);
            auto joined = SyncEngine(*desk.db, *desk.server).join(office.url(office.reader), false);
            const double done = ms(t.nsecsElapsed());
            watcher.stop();
            if (!joined)
                return failed(QStringLiteral("join"), joined.error());
            std::printf("  watched join: first article on the desk at %.0f ms, all %d articles "
                        "(%d of them in the title index then) at %.0f ms, all revisions at "
                        "%.0f ms, join returned at %.0f ms\n",
                        watcher.firstArticle.load(), n, watcher.indexedThen.load(),
                        watcher.allArticles.load(), watcher.allRevisions.load(), done);
        }
        // 3. A join with every SQLite statement timed.
#ifdef PRESSDESK_BENCH_SQLITE_TRACE
        {
            Desk desk;
            const QString path = tmp.filePath(QStringLiteral("traced.sqlite"));
            if (!openDesk(path, desk) || !connectDesk(office, office.reader, desk))
                return 1;
            if (!traceSqlite(*desk.db, true)) {
                std::printf("  (no SQLite handle to trace)\n");
            } else {
                g_statementCosts.clear();
                QElapsedTimer t;
                t.start();
                auto joined =
                    SyncEngine(*desk.db, *desk.server).join(office.url(office.reader), false);
                const double done = ms(t.nsecsElapsed());
                traceSqlite(*desk.db, false);
                if (!joined)
                    return failed(QStringLiteral("join"), joined.error());
                // FTS5 runs statements of its own on its shadow tables ('main'.'…_data'),
                // inside the statement that wrote to the index: shown, not added again.
                const auto nested = [](const QByteArray &sql) {
                    return sql.contains("'main'.");
                };
                QList<std::pair<QByteArray, StatementCost>> costs;
                qint64 sum = 0;
                for (auto it = g_statementCosts.cbegin(); it != g_statementCosts.cend(); ++it) {
                    costs.append({it.key(), it.value()});
                    if (!nested(it.key()))
                        sum += it.value().nsecs;
                }
                std::sort(costs.begin(), costs.end(), [](const auto &x, const auto &y) {
                    return x.second.nsecs > y.second.nsecs;
                });
                std::printf("  traced join: %.0f ms, of which %.0f ms in SQLite statements "
                            "of Qt's connection (the pull's bulk writes are on a connection of "
                            "their own, not traced; FTS5's own statements, marked \"in FTS5\", "
                            "are inside those writing the index):\n",
                            done, ms(sum));
                for (const auto &[sql, cost] :
                     std::as_const(costs).first(std::min<qsizetype>(costs.size(), 20)))
                    std::printf(
                        "    %8.0f ms %7d× %s%s\n", ms(cost.nsecs), cost.count,
                        nested(sql) ? "in FTS5: " : "",
                        QByteArray(sql).replace('\n', ' ').simplified().left(100).constData());
            }
        }
#else
        std::printf("  (built without SQLite's header: no statement trace)\n");
#endif
        // 4. A pass with changed articles, split: the push (the pass stops after it), then
        //    the pass that pulls; each with its server backend's CPU and its round trips.
        {
            ArticleRepository repo(*last.db);
            auto all = repo.list(changed);
            if (!all)
                return failed(QStringLiteral("list"), all.error());
            for (const Article &a : std::as_const(all.value())) {
                if (!editOnce(repo, a, 99))
                    return 1;
            }
            const qint64 backend =
                serverValue(last.server->db(), QStringLiteral("SELECT pg_backend_pid()"))
                    .toLongLong();
            for (const bool pushOnly : {true, false}) {
#ifdef PRESSDESK_BENCH_PG_TRACE
                ServerTrace trace(last.server->db());
#endif
                const double cpuBefore = cpuMs();
                const double backendBefore = processCpuMs(backend);
                SyncEngine engine(*last.db, *last.server);
                if (pushOnly)
                    engine.setStopAt(QStringLiteral("after-push"));
                QElapsedTimer t;
                t.start();
                auto pass = engine.runPass();
                const double wall = ms(t.nsecsElapsed());
                if (pushOnly ? (pass || pass.error().code != QLatin1String("stopped")) : !pass)
                    return failed(QStringLiteral("pass"), pass ? Error{} : pass.error());
                QString trips;
#ifdef PRESSDESK_BENCH_PG_TRACE
                trips = trace.stop();
#endif
                std::printf("  pass with %d changed articles, %s: %.0f ms; CPU: the desk %.0f ms, "
                            "its server backend %.0f ms; %s\n",
                            changed, pushOnly ? "the push (stopped after it)" : "then the pull",
                            wall, cpuMs() - cpuBefore, processCpuMs(backend) - backendBefore,
                            qPrintable(trips));
            }
        }
    }
    return allGood ? 0 : 1;
}
