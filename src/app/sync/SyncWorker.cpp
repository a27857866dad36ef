#include "sync/SyncWorker.h"

#include "publish/CredentialStore.h"
#include "server/ServerAddress.h"
#include "server/ServerConnection.h"
#include "store/Database.h"
#include "store/UserRepository.h"

namespace PressDesk {

bool SyncWorker::isLoginRefused(const Error &error)
{
    return error.code == QLatin1String("server-login-failed") ||
           error.code == QLatin1String("server-password-needed");
}

SyncWorker::SyncWorker(QString databasePath) : m_path(std::move(databasePath)) {}

SyncWorker::~SyncWorker() = default;

Status SyncWorker::openLocal()
{
    if (!m_db) {
        auto db = Database::open(m_path);
        if (!db)
            return db.error();
        m_db = std::move(db).value();
    }
    // Revisions and audit entries written by the pass carry the profile's current user, who
    // may have changed since the last pass (joining makes the login the current user).
    if (auto user = UserRepository(*m_db).ensureCurrentUser(); !user)
        return user.error();
    return {};
}

Result<QString> SyncWorker::password(const ServerAddress &address, const QString &user,
                                     const QString &typed) const
{
    if (!typed.isEmpty())
        return typed;
    // This session's, else the keychain's (this may wait a moment for the keychain: on this
    // thread, never the window's).
    if (auto stored = CredentialStore::read(address.credentialKey(user)); stored)
        return stored.value();
    if (const QString fromEnv = qEnvironmentVariable("PRESSDESK_SERVER_PASSWORD");
        !fromEnv.isEmpty())
        return fromEnv;
    return Error{passwordNeededCode(),
                 tr("Type the password of %1 to sync with the office server.").arg(user)};
}

QString SyncWorker::keep(const QString &key, const QString &password, bool remember)
{
    if (remember) {
        if (auto st = CredentialStore::write(key, password); !st)
            return st.error().message;
        return {};
    }
    (void)CredentialStore::remove(key);
    CredentialStore::keepForSession(key, password);
    return {};
}

void SyncWorker::runPass(const SyncPassRequest &request)
{
    Q_EMIT passFinished(pass(request));
}

SyncOutcome SyncWorker::pass(const SyncPassRequest &request)
{
    SyncOutcome outcome;
    if (auto st = openLocal(); !st) {
        outcome.error = st.error();
        return outcome;
    }
    auto status = SyncEngine::status(*m_db);
    if (!status) {
        outcome.error = status.error();
        return outcome;
    }
    if (!status->joined) {
        outcome.error = Error{QStringLiteral("not-joined"),
                              tr("This profile has not joined an office server.")};
        return outcome;
    }
    const auto fail = [this, &outcome](const Error &error) {
        outcome.error = error;
        (void)SyncEngine::recordFailure(*m_db, error);
        return outcome;
    };
    auto address = ServerAddress::parse(status->serverUrl);
    if (!address)
        return fail(address.error());
    auto pw = password(address.value(), status->userName, request.password);
    if (!pw) {
        // Not the server's fault: nothing to record; the window asks for the password.
        outcome.error = pw.error();
        return outcome;
    }
    auto server = ServerConnection::open(address.value(), status->userName, pw.value());
    if (!server && !request.password.isEmpty() && isLoginRefused(server.error())) {
        // A typo in the dialog, not the server's state: the dialog says so, nothing recorded.
        outcome.error = server.error();
        outcome.typedPasswordRefused = true;
        return outcome;
    }
    if (!server)
        return fail(server.error());
    if (!request.password.isEmpty())
        outcome.note =
            keep(address->credentialKey(status->userName), request.password, request.remember);
    auto report = SyncEngine(*m_db, *server.value()).runPass();
    if (!report)
        return fail(report.error());
    outcome.ok = true;
    outcome.report = report.value();
    return outcome;
}

void SyncWorker::join(const SyncJoinRequest &request)
{
    Q_EMIT joinFinished(joinOffice(request));
}

SyncOutcome SyncWorker::joinOffice(const SyncJoinRequest &request)
{
    SyncOutcome outcome;
    if (auto st = openLocal(); !st) {
        outcome.error = st.error();
        return outcome;
    }
    auto parsed = ServerAddress::parse(request.serverUrl);
    if (!parsed) {
        outcome.error = parsed.error();
        return outcome;
    }
    ServerAddress address = parsed.value();
    if (!request.userName.trimmed().isEmpty())
        address.user = request.userName.trimmed();
    if (address.user.isEmpty()) {
        outcome.error =
            Error{QStringLiteral("no-user"), tr("Type the login name the administrator gave you.")};
        return outcome;
    }
    auto server = ServerConnection::open(address, address.user, request.password);
    if (!server) {
        outcome.error = server.error();
        return outcome;
    }
    auto report = SyncEngine(*m_db, *server.value()).join(address.toString(), request.upload);
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.note = keep(address.credentialKey(address.user), request.password, request.remember);
    // Joining made the login the profile's current user.
    (void)UserRepository(*m_db).ensureCurrentUser();
    outcome.ok = true;
    outcome.report = report.value();
    return outcome;
}

} // namespace PressDesk
