#pragma once

// Work run off the GUI thread (QtConcurrent::run) whose result comes back to a window.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace PressDesk {

// Calls onResult(result) on owner's thread when the future is done, unless owner is gone.
template <typename T, typename Fn> void watch(QObject *owner, QFuture<T> future, Fn onResult)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, onResult] {
        onResult(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}

// Lets owner's workers finish (their results dropped): they may read the database file or
// run a program, which must not outlive the window that started them.
inline void waitForWorkers(QObject *owner)
{
    const auto watchers = owner->findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *w : watchers) {
        w->disconnect(owner);
        w->waitForFinished();
    }
}

} // namespace PressDesk
