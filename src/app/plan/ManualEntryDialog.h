#pragma once

#include "plan/Plan.h"

#include <QDialog>
#include <QSet>

#include <memory>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace PressDesk {

class Database;

namespace Ui {
class ManualEntryDialog;
} // namespace Ui

// Output PressDesk does not hold (a conference held), entered by hand with a note.
class ManualEntryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualEntryDialog)

public:
    ManualEntryDialog(Database &db, const Activity &activity, QWidget *parent = nullptr);
    ~ManualEntryDialog() override;
    void accept() override;

private:
    Database &m_db;
    Activity m_activity;
    std::unique_ptr<Ui::ManualEntryDialog> m_ui;
};

} // namespace PressDesk
