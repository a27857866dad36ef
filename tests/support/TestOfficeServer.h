#pragma once

// An office server for a test program: a database of its own on the run's PostgreSQL
// (TestPostgres.h) with PressDesk's schema, the office's people as logins, and desks (profiles
// that joined it). Needs pressdesk_core.

#include "TestPostgres.h"
#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

// A profile that joined the office, with its connection to the server.
struct TestDesk
{
    std::unique_ptr<PressDesk::Database> db;
    std::unique_ptr<PressDesk::ServerConnection> server;
    QString url; // the server's address the desk joined

    PressDesk::Result<PressDesk::SyncReport> sync(const QString &stopAt = {})
    {
        PressDesk::SyncEngine engine(*db, *server);
        engine.setStopAt(stopAt);
        return engine.runPass();
    }
    int pending() { return PressDesk::SyncEngine::status(*db).value().pending; }
    PressDesk::SyncStatus status() { return PressDesk::SyncEngine::status(*db).value(); }
    PressDesk::Article article(const QString &id)
    {
        return PressDesk::ArticleRepository(*db).get(id).value();
    }
    QList<PressDesk::Revision> revisions(const QString &id)
    {
        return PressDesk::ArticleRepository(*db).revisions(id).value();
    }
};

// A pass that ran, with nothing refused.
#define QVERIFY_PASS(pass)                                                                         \
    do {                                                                                           \
        const auto &p_ = (pass);                                                                   \
        QVERIFY2(p_, qPrintable(p_ ? QString() : p_.error().message));                             \
        QVERIFY2(p_->rejected.isEmpty(), qPrintable(p_->rejected.join(u'\n')));                    \
    } while (false)

class TestOfficeServer
{
public:
    // ASCII: a Windows desk cannot send a password with diacritics (ServerConnection).
    static QString password() { return QStringLiteral("Mat-khau-du-dai-65"); }

    TestOfficeServer() = default;
    ~TestOfficeServer() { (void)tearDown(); }
    Q_DISABLE_COPY_MOVE(TestOfficeServer)

    const TestPostgresServer &pg() const { return m_pg; }
    bool isAvailable() const { return m_pg.isAvailable(); }

    // The database with the schema for that office; an error text, empty when it is ready.
    QString setUp(const QString &officeName)
    {
        m_database = std::make_unique<TestPostgresDatabase>(m_pg);
        if (!m_database->isValid())
            return m_database->error();
        m_admin = std::make_unique<TestPostgresConnection>(m_pg, m_database->name());
        if (!m_admin->isOpen())
            return m_admin->errorText();
        if (auto applied = PressDesk::ServerSchema::apply(m_admin->db(), officeName); !applied)
            return applied.error().message;
        m_prefix = uniqueRolePrefix();
        return {};
    }

    // A person of the office (their login, unique to this run); empty when it failed.
    QString addPerson(const QString &suffix, PressDesk::Role role, const QString &name = {})
    {
        const QString login = m_prefix + suffix;
        if (auto added =
                PressDesk::ServerAdmin::addUser(m_admin->db(), login, role, password(), name);
            !added) {
            qWarning("adding %s: %s", qPrintable(login), qPrintable(added.error().message));
            return {};
        }
        m_logins << login;
        return login;
    }

    QString url(const QString &login) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
            .arg(login, m_pg.host)
            .arg(m_pg.port)
            .arg(m_database->name());
    }

    // A connection to the server as that login; fatal when it fails.
    std::unique_ptr<PressDesk::ServerConnection> connect(const QString &login) const
    {
        auto connection = PressDesk::ServerConnection::open(
            PressDesk::ServerAddress::parse(url(login)).value(), login, password());
        if (!connection)
            qFatal("connect as %s: %s", qPrintable(login), qPrintable(connection.error().message));
        return std::move(connection).value();
    }

    // A new profile in dir that joined the office as login; fatal when it fails. seed runs on
    // the new profile before it joins (demo content, work of its own).
    std::unique_ptr<TestDesk> join(const QString &dir, const QString &login,
                                   const std::function<void(PressDesk::Database &)> &seed = {},
                                   bool upload = false)
    {
        auto desk = std::make_unique<TestDesk>();
        auto opened = PressDesk::Database::open(
            QDir(dir).filePath(QStringLiteral("desk-%1.sqlite").arg(++m_desks)));
        if (!opened)
            qFatal("open: %s", qPrintable(opened.error().message));
        desk->db = std::move(opened).value();
        if (seed)
            seed(*desk->db);
        desk->server = connect(login);
        desk->url = url(login);
        auto joined = PressDesk::SyncEngine(*desk->db, *desk->server).join(desk->url, upload);
        if (!joined)
            qFatal("join: %s", qPrintable(joined.error().message));
        return desk;
    }

    QSqlDatabase &adminDb() { return m_admin->db(); }

    // A session as that login, as someone with psql and their own password has.
    std::unique_ptr<TestPostgresConnection> psqlAs(const QString &login) const
    {
        return std::make_unique<TestPostgresConnection>(m_pg, m_database->name(), login, password(),
                                                        TestPostgresServer::plainOptions());
    }
    // Runs sql in that session: "done", or the SQLSTATE the server refused it with.
    static QString runAs(TestPostgresConnection &as, const QString &sql,
                         const QVariantList &values = {})
    {
        QSqlQuery q(as.db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return QStringLiteral("done");
        return q.lastError().nativeErrorCode();
    }

    // The server's own check (pressdesk-cli server check) as the administrator: what fails,
    // "key: message" each; empty when every invariant holds.
    QStringList failedChecks()
    {
        auto findings = PressDesk::ServerAdmin::check(adminDb());
        if (!findings)
            return {QStringLiteral("check: ") + findings.error().message};
        QStringList failed;
        for (const PressDesk::ServerAdmin::Finding &f : findings.value())
            if (!f.ok)
                failed << f.key + QStringLiteral(": ") + f.message;
        return failed;
    }
    QString databaseName() const { return m_database->name(); }

    // The first column of the first row, as the database's owner (invalid on an error).
    QVariant admin(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_admin->db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
        return q.next() ? q.value(0) : QVariant();
    }

    // Drops the database, the people's logins and the database's roles; an error text.
    QString tearDown()
    {
        if (!m_database)
            return {};
        m_admin.reset();
        const QString name = m_database->name();
        m_database.reset();
        QStringList roles = m_logins;
        for (const char *role : {"staff", "supervisor", "admin", "owner"})
            roles << PressDesk::ServerSchema::roleName(name, QLatin1String(role));
        m_logins.clear();
        QString error;
        if (!m_pg.dropRoles(roles, &error))
            return error;
        return {};
    }

private:
    TestPostgresServer m_pg = TestPostgresServer::fromEnvironment();
    std::unique_ptr<TestPostgresDatabase> m_database;
    std::unique_ptr<TestPostgresConnection> m_admin;
    QString m_prefix;
    QStringList m_logins;
    int m_desks = 0;
};
