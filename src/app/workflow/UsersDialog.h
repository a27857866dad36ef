#pragma once

#include <QDialog>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class UsersDialog;
} // namespace Ui

// The profile's people: who works here with which role, who is working now (switch to
// another user), and, for an administrator, adding someone.
class UsersDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)

public:
    explicit UsersDialog(Database &db, QWidget *parent = nullptr);
    ~UsersDialog() override;
    bool makeCurrent(const QString &name);
    bool addUser(const QString &name, int roleIndex);
    bool currentUserChanged() const { return m_changed; }

private:
    void reload();

    Database &m_db;
    std::unique_ptr<Ui::UsersDialog> m_ui;
    bool m_changed = false;
};

} // namespace PressDesk
