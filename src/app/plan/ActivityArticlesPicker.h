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
