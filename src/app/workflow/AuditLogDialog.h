#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace PressDesk {

class Database;

// The audit log in the app: every decision, oldest first; "Verify" re-computes the chain,
// "Export CSV…" writes it for a spreadsheet.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    explicit AuditLogDialog(Database &db, QWidget *parent = nullptr);
    bool verify();                      // shows and returns the result
    bool exportTo(const QString &path); // false: the error is shown

private:
    void reload();
    void exportCsv();

    Database &m_db;
    QTreeWidget *m_table = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace PressDesk
