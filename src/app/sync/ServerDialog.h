#pragma once

#include "Result.h"
#include "sync/SyncEngine.h"

#include <QDialog>

#include <memory>

namespace PressDesk {

class Database;
class SyncController;

namespace Ui {
class ServerDialog;
} // namespace Ui

// File → Office server…: join the office's server (address, login, password, kept in the
// system keychain when the user wants), see where the profile stands (last sync, what waits,
// conflicts, the last error in plain words) and sync now. Joining and passes run on the
// controller's worker: the dialog shows that it is busy and stays usable.
class ServerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)

public:
    ServerDialog(Database &db, SyncController &controller, QWidget *parent = nullptr);
    ~ServerDialog() override;

    // Checks the form (the address with ServerAddress::parse, shown inline) and joins.
    void join();
    // A pass now, signing in with the typed password when there is one.
    void syncNow();

    QString resultText() const;
    QString statusText() const;

private:
    void refresh();
    void joinFinished(bool ok, const Error &error, const QString &note);
    void passFinished(const SyncReport &report, const QString &error);
    enum class Outcome { Neutral, Good, Warning, Error };
    void showResult(const QString &text, Outcome outcome);
    void showRefusals(Database &db);
    bool askToUpload();

    Database &m_db;
    SyncController &m_controller;
    std::unique_ptr<Ui::ServerDialog> m_ui;
    bool m_waitingForJoin = false; // this dialog asked: it tells how it went
    bool m_waitingForPass = false;
    bool m_upload = false;
};

} // namespace PressDesk
