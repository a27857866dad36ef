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
class ActivityDialog;
class ManualEntryDialog;
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

// Which plan activities the open article serves: every plan's activities with a check box.
class LinkActivitiesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkActivitiesDialog)

public:
    LinkActivitiesDialog(Database &db, const QString &articleId, QWidget *parent = nullptr);
    void accept() override;
    QTreeWidget *tree() const { return m_tree; }

private:
    Database &m_db;
    QString m_articleId;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_error = nullptr;
};

// From the plan: which articles serve an activity. Search as in the article list (with or
// without diacritics); checked articles are linked.
class ActivityArticlesPicker : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityArticlesPicker)

public:
    ActivityArticlesPicker(Database &db, const Activity &activity, QWidget *parent = nullptr);
    void accept() override;
    void search(const QString &query);
    QTreeWidget *results() const { return m_results; }

private:
    void remember();

    Database &m_db;
    Activity m_activity;
    QLineEdit *m_query = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_error = nullptr;
    QSet<QString> m_linked; // as the user has checked them
    QSet<QString> m_original;
};

} // namespace PressDesk
