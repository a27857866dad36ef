#pragma once

#include "Result.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QString>

#include <memory>

namespace PressDesk {

class Database;
struct ServerAddress;

// A pass the controller asks for. With a password, the user has just typed it: it is used for
// this pass and, once the server accepted it, kept in the keychain when `remember`.
struct SyncPassRequest
{
    QString password;
    bool remember = false;
};

// Joining an office, as the user filled in the Office server dialog.
struct SyncJoinRequest
{
    QString serverUrl; // as ServerAddress::parse() takes it
    QString userName;  // the login; the URL's user when empty
    QString password;
    bool remember = false; // keep the password in the system keychain once it worked
    bool upload = false;   // SyncEngine::join's upload (a supervisor's first upload)
};

// What a pass or a join came to.
struct SyncOutcome
{
    bool ok = false;
    SyncReport report;
    Error error;  // when !ok
    QString note; // besides the result: the keychain could not keep the password
    // The server refused the password the user had just typed (the one kept, if any, is
    // untouched and may still be right).
    bool typedPasswordRefused = false;
};

// Talks to the office server on its own thread: its own Database on the profile's file and,
// for each pass or join, its own ServerConnection, so the window never waits for the network.
// Lives in the worker thread; driven by SyncController.
class SyncWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    explicit SyncWorker(QString databasePath);
    ~SyncWorker() override;

    // The error code of a pass that found no password to sign in with.
    static QString passwordNeededCode() { return QStringLiteral("password-needed"); }
    // The server did not take the login and password (ServerConnection's codes).
    static bool isLoginRefused(const Error &error);

public Q_SLOTS:
    // Push, then pull (SyncEngine::runPass). The password: the request's, else this
    // session's or the keychain's (CredentialStore), else $PRESSDESK_SERVER_PASSWORD. A pass
    // that cannot reach the server is recorded (SyncEngine::recordFailure).
    void runPass(const PressDesk::SyncPassRequest &request);
    void join(const PressDesk::SyncJoinRequest &request);

Q_SIGNALS:
    void passFinished(const PressDesk::SyncOutcome &outcome);
    void joinFinished(const PressDesk::SyncOutcome &outcome);

private:
    Status openLocal();
    SyncOutcome pass(const SyncPassRequest &request);
    SyncOutcome joinOffice(const SyncJoinRequest &request);
    // The password to sign in with, or an Error with passwordNeededCode().
    Result<QString> password(const ServerAddress &address, const QString &user,
                             const QString &typed) const;
    // Keeps a password the server has just accepted: in the keychain when asked, else for
    // this session. Returns a note when the keychain could not keep it.
    static QString keep(const QString &key, const QString &password, bool remember);

    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace PressDesk
