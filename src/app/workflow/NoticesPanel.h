#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace PressDesk {

class Database;

// What waits for the current user as an author: their articles that were returned and
// those with comments they have not read. The tab shows the count as a badge.
class NoticesPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticesPanel)

public:
    explicit NoticesPanel(Database &db, QWidget *parent = nullptr);
    void refresh();
    int count() const;

Q_SIGNALS:
    void articleActivated(const QString &id);
    void countChanged(int count);

private:
    Database &m_db;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace PressDesk
