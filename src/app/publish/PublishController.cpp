#include "publish/PublishController.h"

#include "publish/CredentialStore.h"
#include "publish/PasswordDialog.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace PressDesk {

PublishController::PublishController(Database &db, QWidget *window)
    : QObject(window), m_db(db), m_window(window)
{
    qRegisterMetaType<PressDesk::PortalJob>();
    qRegisterMetaType<QList<PressDesk::PortalJob>>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("PressDesk outbox"));
    m_worker = new OutboxWorker(db.path(), db.actingUser(), &m_stop);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &PublishController::runRequested, m_worker, &OutboxWorker::run);
    connect(m_worker, &OutboxWorker::progress, this, &PublishController::progress);
    // The worker writes through its own connection: have the window's store look now
    // rather than at its next poll.
    connect(m_worker, &OutboxWorker::entryFinished, this,
            [this] { m_db.changes().scheduleCheck(); });
    connect(m_worker, &OutboxWorker::finished, this, [this](int sent, const QString &error) {
        m_busy = false;
        Q_EMIT busyChanged(false);
        Q_EMIT finished(sent, error);
    });
    m_thread->start();

    // Retries after a backoff and scheduled work go out without anyone pressing a button,
    // for the portals whose password this session knows.
    m_timer = new QTimer(this);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, [this] { sendNow(false); });
    m_timer->start();
}

PublishController::~PublishController()
{
    m_stop = true;
    m_thread->quit();
    m_thread->wait();
}

std::optional<QString> PublishController::password(const PortalAccount &account, bool interactive)
{
    if (auto stored = CredentialStore::read(account.id))
        return stored.value();
    if (!interactive)
        return std::nullopt;
    PasswordDialog dialog(account, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

void PublishController::sendNow(bool interactive)
{
    if (m_busy)
        return;
    auto portals = PortalRepository(m_db).list();
    if (!portals)
        return;
    QList<PortalJob> jobs;
    for (const PortalAccount &account : std::as_const(portals.value())) {
        auto needed = Publisher(m_db).needsRun(account.id);
        if (!needed || !needed.value())
            continue;
        if (auto pw = password(account, interactive))
            jobs << PortalJob{account, pw.value()};
    }
    if (jobs.isEmpty())
        return;
    m_stop = false;
    m_busy = true;
    Q_EMIT busyChanged(true);
    Q_EMIT runRequested(jobs);
}

void PublishController::stop()
{
    m_stop = true;
}

bool PublishController::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_busy && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return !m_busy;
}

} // namespace PressDesk
