#include "publish/OutboxWorker.h"

#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/Database.h"
#include "sync/OfficePostRegistry.h"

namespace PressDesk {

OutboxWorker::OutboxWorker(QString databasePath, QString actingUser, std::atomic_bool *stop)
    : m_path(std::move(databasePath)), m_user(std::move(actingUser)), m_stop(stop)
{}

OutboxWorker::~OutboxWorker() = default;

void OutboxWorker::run(const QList<PortalJob> &jobs)
{
    if (!m_db) {
        auto db = Database::open(m_path);
        if (!db) {
            Q_EMIT finished(0, db.error().message);
            return;
        }
        m_db = std::move(db.value());
        m_db->setActingUser(m_user);
    }
    int sent = 0;
    QString error;
    // A desk of an office asks the office before it makes a post (joined since the last run
    // or not: read again each run).
    const auto registry = OfficePostRegistry::forDesk(*m_db);
    for (const PortalJob &job : jobs) {
        if (*m_stop)
            break;
        WordPressPortal portal(job.account.siteUrl, job.account.userName, job.password);
        portal.http().setTrustedCertificate(job.account.trustedCertSha256);
        Publisher publisher(*m_db);
        publisher.setRegistry(registry.get());
        auto done = publisher.run(job.account, portal, QDateTime::currentDateTimeUtc(),
                                  [this](int n, int total, const OutboxEntry &next) {
                                      if (n > 0)
                                          Q_EMIT entryFinished();
                                      Q_EMIT progress(n, total, next.articleTitle);
                                      return !*m_stop;
                                  });
        if (done)
            sent += done.value();
        else
            error = done.error().message;
    }
    Q_EMIT entryFinished();
    Q_EMIT finished(sent, error);
}

} // namespace PressDesk
