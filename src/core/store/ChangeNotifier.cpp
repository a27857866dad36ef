#include "store/ChangeNotifier.h"

#include "Logging.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace PressDesk {

namespace {

Change topicChange(const QString &topic)
{
    static const QHash<QString, Change> topics = {
        {QStringLiteral("articles"), Change::Articles},
        {QStringLiteral("categories"), Change::Categories},
        {QStringLiteral("users"), Change::Users},
        {QStringLiteral("comments"), Change::Comments},
        {QStringLiteral("audit"), Change::Audit},
        {QStringLiteral("portals"), Change::Portals},
        {QStringLiteral("outbox"), Change::Outbox},
        {QStringLiteral("plans"), Change::Plans},
        {QStringLiteral("sync"), Change::Sync},
        {QStringLiteral("radio"), Change::Radio},
        {QStringLiteral("visual"), Change::Visual},
        {QStringLiteral("dictionary"), Change::Dictionary},
        {QStringLiteral("office"), Change::Office},
    };
    return topics.value(topic, Change::None);
}

} // namespace

ChangeNotifier::ChangeNotifier(QString connectionName, QObject *parent)
    : QObject(parent), m_connectionName(std::move(connectionName))
{
    qRegisterMetaType<PressDesk::Changes>();
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { check(); });
}

ChangeNotifier::~ChangeNotifier() = default;

bool ChangeNotifier::readCounters(QHash<QString, qint64> &out) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT topic, n FROM change_counters"))) {
        qCWarning(lcChanges) << "cannot read change counters:" << q.lastError().text();
        return false;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return true;
}

void ChangeNotifier::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&ChangeNotifier::changed))
        listenToOwnWrites();
}

void ChangeNotifier::listenToOwnWrites()
{
    if (m_listening)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlDriver *driver = db.isOpen() ? db.driver() : nullptr;
    // The driver reports each row its own connection writes to the table, queued to the
    // event loop; the triggers of every other table write one row there.
    if (!driver || !driver->subscribeToNotification(QStringLiteral("change_counters"))) {
        qCWarning(lcChanges) << "no write notifications from the driver; polling only";
        return;
    }
    connect(driver, &QSqlDriver::notification, this, [this] { scheduleCheck(); });
    m_listening = true;
}

void ChangeNotifier::resetBaseline()
{
    QHash<QString, qint64> now;
    if (readCounters(now))
        m_seen = std::move(now);
}

Changes ChangeNotifier::check()
{
    m_checkScheduled = false;
    QHash<QString, qint64> now;
    if (!readCounters(now))
        return {};
    Changes what;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_seen.value(it.key(), -1) != it.value())
            what |= topicChange(it.key());
    }
    m_seen = std::move(now);
    if (what) {
        qCDebug(lcChanges) << "changed:" << what;
        emit changed(what);
    }
    return what;
}

void ChangeNotifier::scheduleCheck()
{
    if (m_checkScheduled)
        return;
    m_checkScheduled = true;
    QMetaObject::invokeMethod(
        this, [this] { check(); }, Qt::QueuedConnection);
}

void ChangeNotifier::watch(int intervalMs)
{
    if (intervalMs <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(intervalMs);
}

} // namespace PressDesk
