#include "publish/CredentialStore.h"

#include "Logging.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace PressDesk {

namespace {

const QString kService = QStringLiteral("PressDesk portals");
constexpr int kTimeoutMs = 10000;

struct SessionSecrets
{
    QMutex mutex;
    QHash<QString, QString> secrets;
    bool keychainAvailable = true;
};

SessionSecrets &session()
{
    static SessionSecrets s;
    return s;
}

// Runs a keychain job to its end (or the timeout) and returns its error code.
QKeychain::Error runJob(QKeychain::Job &job, QString *errorText)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished] { finished = true; });
    job.start();
    timeout.start(kTimeoutMs);
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        *errorText = QStringLiteral("timeout after %1 ms").arg(kTimeoutMs);
        return QKeychain::OtherError;
    }
    *errorText = job.errorString();
    return job.error();
}

bool meansNoKeychain(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented ||
           e == QKeychain::OtherError || e == QKeychain::AccessDeniedByUser ||
           e == QKeychain::AccessDenied;
}

Error noKeychain(const QString &why, const QString &technical = {})
{
    return Error{
        QStringLiteral("no-keychain"),
        CredentialStore::tr("No system keychain is available (%1). The password is kept only "
                            "until PressDesk closes and will be asked for again.")
            .arg(why),
        technical};
}

} // namespace

Error CredentialStore::keychainError(int code, const QString &technical)
{
    // The keychain's own text (a D-Bus error in English, say) is for the log and the
    // details, not for the message.
    if (!technical.isEmpty())
        qCWarning(lcKeychain, "keychain error %d: %s", code, qPrintable(technical));
    const auto e = static_cast<QKeychain::Error>(code);
    QString why;
    switch (e) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        why = tr("no keychain service runs on this computer");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        why = tr("access to the keychain was refused");
        break;
    default:
        why = tr("the keychain did not answer");
        break;
    }
    if (meansNoKeychain(e))
        return noKeychain(why, technical);
    return Error{QStringLiteral("keychain"),
                 tr("The system keychain could not keep or give the password (%1).").arg(why),
                 technical};
}

bool CredentialStore::keychainDisabled()
{
    return qEnvironmentVariableIntValue("PRESSDESK_NO_KEYCHAIN") != 0;
}

bool CredentialStore::keychainAvailable()
{
    QMutexLocker lock(&session().mutex);
    return !keychainDisabled() && session().keychainAvailable;
}

Result<QString> CredentialStore::read(const QString &key)
{
    {
        QMutexLocker lock(&session().mutex);
        if (auto it = session().secrets.constFind(key); it != session().secrets.cend())
            return it.value();
    }
    if (keychainDisabled())
        return noKeychain(tr("turned off by PRESSDESK_NO_KEYCHAIN"));
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    QString why;
    const QKeychain::Error e = runJob(job, &why);
    QMutexLocker lock(&session().mutex);
    if (e == QKeychain::NoError) {
        session().keychainAvailable = true;
        session().secrets.insert(key, job.textData());
        return job.textData();
    }
    if (e == QKeychain::EntryNotFound) {
        session().keychainAvailable = true;
        return Error{QStringLiteral("not-found"), tr("No password is stored for this portal.")};
    }
    session().keychainAvailable = !meansNoKeychain(e);
    return keychainError(e, why);
}

Status CredentialStore::write(const QString &key, const QString &secret)
{
    {
        QMutexLocker lock(&session().mutex);
        session().secrets.insert(key, secret);
    }
    if (keychainDisabled())
        return noKeychain(tr("turned off by PRESSDESK_NO_KEYCHAIN"));
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(secret);
    QString why;
    const QKeychain::Error e = runJob(job, &why);
    QMutexLocker lock(&session().mutex);
    session().keychainAvailable = e == QKeychain::NoError || !meansNoKeychain(e);
    if (e == QKeychain::NoError)
        return {};
    return keychainError(e, why);
}

void CredentialStore::keepForSession(const QString &key, const QString &secret)
{
    QMutexLocker lock(&session().mutex);
    session().secrets.insert(key, secret);
}

Status CredentialStore::remove(const QString &key)
{
    {
        QMutexLocker lock(&session().mutex);
        session().secrets.remove(key);
    }
    if (keychainDisabled())
        return {};
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    QString why;
    const QKeychain::Error e = runJob(job, &why);
    if (e == QKeychain::NoError || e == QKeychain::EntryNotFound || meansNoKeychain(e))
        return {};
    return keychainError(e, why);
}

} // namespace PressDesk
