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
class ActivityDialog;
} // namespace Ui

// New or edit an activity of a plan.
class ActivityDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    ActivityDialog(Database &db, const Activity &activity, const QStringList &focusTopics,
                   QWidget *parent = nullptr);
    ~ActivityDialog() override;
    void accept() override;
    Activity activity() const { return m_activity; }

private:
    Database &m_db;
    Activity m_activity;
    std::unique_ptr<Ui::ActivityDialog> m_ui;
};

} // namespace PressDesk
