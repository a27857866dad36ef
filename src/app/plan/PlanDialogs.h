#pragma once

#include "plan/Plan.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace PressDesk {

class Database;

// New or edit a plan: number and symbol, title, issuing body, issue date, period, theme,
// focus topics (one per line), the original document.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(Database &db, const Plan &plan, QWidget *parent = nullptr);
    void accept() override;
    Plan plan() const { return m_plan; }

private:
    Database &m_db;
    Plan m_plan;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_body = nullptr;
    QDateEdit *m_issued = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_theme = nullptr;
    QPlainTextEdit *m_topics = nullptr;
    QLabel *m_document = nullptr;
    QString m_documentPath;
    QLabel *m_error = nullptr;
};

// New or edit an activity of a plan.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(Database &db, const Activity &activity, const QStringList &focusTopics,
                   QWidget *parent = nullptr);
    void accept() override;
    Activity activity() const { return m_activity; }

private:
    Database &m_db;
    Activity m_activity;
    QComboBox *m_channel = nullptr;
    QComboBox *m_topic = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_unitResponsible = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_due = nullptr;
    QSpinBox *m_target = nullptr;
    QComboBox *m_unit = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

// Output PressDesk does not hold (a conference held), entered by hand with a note.
class ManualEntryDialog : public QDialog
{
    Q_OBJECT

public:
    ManualEntryDialog(Database &db, const Activity &activity, QWidget *parent = nullptr);
    void accept() override;

private:
    Database &m_db;
    Activity m_activity;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

// Which plan activities the open article serves: every plan's activities with a check box.
class LinkActivitiesDialog : public QDialog
{
    Q_OBJECT

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
