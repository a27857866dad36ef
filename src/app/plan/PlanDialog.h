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
class PlanDialog;
} // namespace Ui

// New or edit a plan: number and symbol, title, issuing body, issue date, period, theme,
// focus topics (one per line), the original document.
class PlanDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDialog)

public:
    PlanDialog(Database &db, const Plan &plan, QWidget *parent = nullptr);
    ~PlanDialog() override;
    void accept() override;
    Plan plan() const { return m_plan; }

private:
    void chooseDocument();
    void openDocument();

    Database &m_db;
    Plan m_plan;
    std::unique_ptr<Ui::PlanDialog> m_ui;
    QString m_documentPath;
};

} // namespace PressDesk
