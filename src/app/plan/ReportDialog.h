#pragma once

#include "report/PlanReport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTextBrowser;
class QTextDocument;

namespace PressDesk {

class Database;

// The periodic report: the numbers come from the store; the office edits the words (the
// introduction, why an activity is behind, proposals, number, signer) and sees the document
// as it will print before exporting it as ODT, PDF or HTML.
class ReportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(Database &db, const QString &planId, const QDate &from, const QDate &to,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportInput input() const;
    void updatePreview();
    // Writes the report in the background (a year's PDF can take seconds); the format
    // follows the file's extension (.odt, .pdf, .html). exportFinished tells how it went.
    void startExport(const QString &path);
    bool isExporting() const { return m_watcher.isRunning(); }
    QString statusText() const;

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    void saveReasons();

    Database &m_db;
    ReportInput m_base;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_signer = nullptr;
    QPlainTextEdit *m_intro = nullptr;
    QPlainTextEdit *m_proposals = nullptr;
    QTableWidget *m_reasons = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<QTextDocument> m_document;
    QFutureWatcher<Status> m_watcher;
    QString m_exportPath;
    QList<QWidget *> m_exportButtons;
};

} // namespace PressDesk
