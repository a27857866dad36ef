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

} // namespace PressDesk
