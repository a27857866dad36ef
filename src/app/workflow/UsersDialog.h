#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace PressDesk {

class Database;

// The profile's people: who works here with which role, who is working now (switch to
// another user), and, for an administrator, adding someone.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Database &db, QWidget *parent = nullptr);
    bool makeCurrent(const QString &name);
    bool addUser(const QString &name, int roleIndex);
    bool currentUserChanged() const { return m_changed; }

private:
    void reload();

    Database &m_db;
    QTreeWidget *m_users = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_message = nullptr;
    bool m_changed = false;
};

} // namespace PressDesk
