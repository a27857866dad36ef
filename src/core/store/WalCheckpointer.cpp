#include "store/WalCheckpointer.h"

#include "Logging.h"
#include "store/SqliteBulk.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace PressDesk {

WalCheckpointer::WalCheckpointer(QString profilePath, QObject *parent)
    : QObject(parent), m_path(std::move(profilePath))
{
    connect(&m_timer, &QTimer::timeout, this, &WalCheckpointer::tick);
    connect(&m_watcher, &QFutureWatcher<int>::finished, this,
            [this] { emit checkpointed(m_watcher.result()); });
}

WalCheckpointer::~WalCheckpointer()
{
    m_timer.stop();
    m_watcher.disconnect(this);
    m_running.waitForFinished();
}

void WalCheckpointer::start(int intervalMs)
{
    if (intervalMs <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(intervalMs);
}

void WalCheckpointer::tick()
{
    if (QFileInfo(m_path + QStringLiteral("-wal")).size() >= threshold())
        checkpointNow();
}

void WalCheckpointer::checkpointNow()
{
    if (isBusy())
        return;
    m_running = QtConcurrent::run([this]() -> int {
        if (!m_connection) {
            auto opened = SqliteBulk::open(m_path);
            if (!opened) {
                qCWarning(lcStore)
                    << "WAL checkpoint: cannot open" << m_path << opened.error().message;
                return -1;
            }
            m_connection = std::move(opened).value();
        }
        auto left = m_connection->checkpoint();
        if (!left) {
            // Busy: another connection's checkpoint is under way, which does the same work.
            if (left.error().code == QLatin1String("busy"))
                qCDebug(lcStore) << "WAL checkpoint of" << m_path << "left to another connection";
            else
                qCWarning(lcStore)
                    << "WAL checkpoint of" << m_path << "failed:" << left.error().message;
            return -1;
        }
        return left.value();
    });
    m_watcher.setFuture(m_running);
}

} // namespace PressDesk
