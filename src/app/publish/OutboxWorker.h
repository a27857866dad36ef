#pragma once

#include "publish/PortalRepository.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace PressDesk {

class Database;

// One portal's due work for the worker, with the password the user gave for it.
struct PortalJob
{
    PortalAccount account;
    QString password;
};

// Runs the outbox on its own thread and its own connection to the profile, so the window
// never waits for the portal. Lives in the worker thread; driven by PublishController.
class OutboxWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxWorker)

public:
    OutboxWorker(QString databasePath, QString actingUser, std::atomic_bool *stop);
    ~OutboxWorker() override;

public Q_SLOTS:
    void run(const QList<PressDesk::PortalJob> &jobs);

Q_SIGNALS:
    void progress(int done, int total, const QString &title);
    void entryFinished(); // the outbox changed
    void finished(int sent, const QString &error);

private:
    QString m_path;
    QString m_user;
    std::atomic_bool *m_stop;
    std::unique_ptr<Database> m_db;
};

} // namespace PressDesk

Q_DECLARE_METATYPE(PressDesk::PortalJob)
