#include "sync/SyncController.h"

#include "store/Database.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace PressDesk {

namespace {

Q_LOGGING_CATEGORY(lcSyncApp, "pressdesk.sync.app", QtWarningMsg)

constexpr int kDebounceMs = 5000;  // after a save, before the pass
constexpr int kPeriodicMs = 60000; // between passes
constexpr int kQuietMs = 1000;     // after a pass: what changes is what the pass wrote

// The errors that mean the server wants another password (or this desk has none).
bool isPasswordProblem(const Error &error)
{
    return error.code == SyncWorker::passwordNeededCode() || SyncWorker::isLoginRefused(error);
}

} // namespace

SyncController::SyncController(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("PressDesk sync"));
    m_worker = new SyncWorker(db.path());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncController::passRequested, m_worker, &SyncWorker::runPass);
    connect(this, &SyncController::joinRequested, m_worker, &SyncWorker::join);
    connect(m_worker, &SyncWorker::passFinished, this, &SyncController::passDone);
    connect(m_worker, &SyncWorker::joinFinished, this, &SyncController::joinDone);
    m_thread->start();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { requestPass(Trigger::LocalChange); });
    m_quiet = new QTimer(this);
    m_quiet->setSingleShot(true);
    connect(m_quiet, &QTimer::timeout, this, &SyncController::localChanged);
    m_periodic = new QTimer(this);
    m_periodic->setInterval(kPeriodicMs);
    connect(m_periodic, &QTimer::timeout, this, [this] { requestPass(Trigger::Timer); });
    m_periodic->start();

    db.changes().subscribe(this, Change::Articles | Change::Comments, [this] { localChanged(); });
    // Once the window is up: the first pass of the session.
    QTimer::singleShot(0, this, [this] { requestPass(Trigger::Start); });
}

SyncController::~SyncController()
{
    // A pass that is running ends first (its connection times out at worst); the next one
    // picks up where it stopped.
    m_thread->quit();
    m_thread->wait();
}

SyncStatus SyncController::status() const
{
    auto st = SyncEngine::status(m_db);
    return st ? st.value() : SyncStatus{};
}

void SyncController::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

void SyncController::setPeriodicInterval(int ms)
{
    m_periodic->setInterval(ms);
}

void SyncController::syncNow(const QString &password, bool remember)
{
    requestPass(Trigger::User, SyncPassRequest{password, remember});
}

void SyncController::requestPass(Trigger trigger, const SyncPassRequest &request)
{
    if (m_joining)
        return;
    if (m_running) {
        // The user's request runs after this pass; automatic ones are this pass.
        if (trigger == Trigger::User) {
            m_userAskedAgain = true;
            m_nextRequest = request;
        }
        return;
    }
    // Without a password that works, only the user tries again (typing one, or Sync now).
    if (trigger != Trigger::User && m_needsPassword)
        return;
    if (!status().joined)
        return;
    qCDebug(lcSyncApp) << "pass, trigger" << int(trigger);
    m_debounce->stop();
    m_quiet->stop();
    m_running = true;
    m_changedDuringPass = false;
    Q_EMIT passStarted();
    Q_EMIT statusChanged();
    Q_EMIT passRequested(request);
}

void SyncController::localChanged()
{
    if (m_running) {
        // Perhaps the pass's own writes, perhaps the user's: decided when it ends.
        m_changedDuringPass = true;
        return;
    }
    // While the server cannot be reached, the minute's timer tries again, not every save.
    if (m_joining || m_needsPassword || m_serverFailed || m_debounce->isActive())
        return;
    if (m_sincePass.isValid() && m_sincePass.elapsed() < kQuietMs) {
        // Most likely what the pass that just ended wrote: looked at once that has settled.
        if (!m_quiet->isActive())
            m_quiet->start(int(kQuietMs - m_sincePass.elapsed()) + 10);
        return;
    }
    // Only local work that waits for the server calls for a pass: what a pass wrote is not.
    const SyncStatus st = status();
    qCDebug(lcSyncApp) << "local change, pending" << st.pending;
    if (!st.joined || st.pending == 0)
        return;
    m_debounce->start();
}

void SyncController::passDone(const SyncOutcome &outcome)
{
    m_running = false;
    m_sincePass.start();
    m_lastReport = outcome.ok ? outcome.report : SyncReport{};
    m_lastError = outcome.ok ? QString() : outcome.error.message;
    m_lastNote = outcome.note;
    m_serverFailed = !outcome.ok && !outcome.typedPasswordRefused;
    if (outcome.ok)
        m_needsPassword = false;
    else if (isPasswordProblem(outcome.error) && !outcome.typedPasswordRefused)
        m_needsPassword = true;
    // What the pass wrote through its own connection shows now rather than at the next poll
    // (and falls in the quiet time above).
    m_db.changes().scheduleCheck();
    qCDebug(lcSyncApp) << "pass done" << outcome.ok << outcome.error.code;

    Q_EMIT passFinished(m_lastReport, m_lastError);
    Q_EMIT statusChanged();

    if (m_userAskedAgain) {
        m_userAskedAgain = false;
        const SyncPassRequest next = m_nextRequest;
        m_nextRequest = {};
        requestPass(Trigger::User, next);
    } else if (outcome.ok && m_changedDuringPass && status().pending > 0) {
        // Saved while the pass ran, after it had pushed.
        m_debounce->start();
    }
}

void SyncController::join(const QString &serverUrl, const QString &userName,
                          const QString &password, bool remember, bool upload)
{
    if (m_joining || m_running)
        return;
    m_joining = true;
    m_debounce->stop();
    Q_EMIT joinStarted();
    Q_EMIT statusChanged();
    Q_EMIT joinRequested(SyncJoinRequest{serverUrl, userName, password, remember, upload});
}

void SyncController::joinDone(const SyncOutcome &outcome)
{
    m_joining = false;
    m_sincePass.start();
    if (outcome.ok) {
        m_needsPassword = false;
        m_serverFailed = false;
        m_lastError.clear();
        m_lastReport = outcome.report;
        // Joining made the login the profile's current user: this connection writes as them.
        (void)UserRepository(m_db).ensureCurrentUser();
        m_db.changes().scheduleCheck();
    }
    Q_EMIT joinFinished(outcome.ok, outcome.error, outcome.note);
    Q_EMIT statusChanged();
}

bool SyncController::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (isBusy() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return !isBusy();
}

} // namespace PressDesk
