#include "workflow/AuditLogDialog.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/Workflow.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PressDesk {

AuditLogDialog::AuditLogDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("No."), tr("When"), tr("Who"), tr("Action"), tr("Article"),
                              tr("State"), tr("Comment")});
    m_table->header()->setStretchLastSection(true);
    for (int c = 0; c < 6; ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("auditResultLabel"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *verifyButton = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    verifyButton->setObjectName(QStringLiteral("verifyButton"));
    auto *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 600);
    reload();
}

void AuditLogDialog::reload()
{
    m_table->clear();
    auto entries = AuditLog(m_db).list();
    if (!entries) {
        m_result->setText(entries.error().message);
        return;
    }
    for (const AuditEntry &e : std::as_const(entries.value())) {
        auto *item = new QTreeWidgetItem(
            m_table, {QString::number(e.seq),
                      e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                      e.userName, auditActionDisplayName(e.action), e.articleId.left(8),
                      statusDisplayNameForKey(e.fromStatus) + QStringLiteral(" → ") +
                          statusDisplayNameForKey(e.toStatus),
                      e.comment});
        item->setToolTip(4, e.articleId);
        item->setToolTip(6, tr("Content hash before: %1\nafter: %2\nentry: %3")
                                .arg(e.hashBefore, e.hashAfter, e.entryHash));
    }
    m_table->scrollToBottom();
}

bool AuditLogDialog::verify()
{
    auto v = AuditLog(m_db).verify();
    if (!v) {
        m_result->setText(v.error().message);
        return false;
    }
    if (v->ok) {
        m_result->setStyleSheet(QStringLiteral("color: #0d5a21;"));
        m_result->setText(
            tr("The audit log is intact: %n entry(s) verified.", nullptr, v->entries));
        return true;
    }
    m_result->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_result->setText(tr("The audit log has been tampered with at entry %1. %2")
                          .arg(v->firstBroken)
                          .arg(v->problem));
    return false;
}

bool AuditLogDialog::exportTo(const QString &path)
{
    QSaveFile file(path);
    Status st;
    if (!file.open(QIODevice::WriteOnly))
        st = Error{QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, file.errorString())};
    else if (st = AuditLog(m_db).exportCsv(&file); st && !file.commit())
        st = Error{QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, file.errorString())};
    m_result->setStyleSheet(QString());
    m_result->setText(st ? tr("Exported to %1.").arg(path) : st.error().message);
    return bool(st);
}

void AuditLogDialog::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                      dir + QStringLiteral("/nhat-ky-kiem-tra.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace PressDesk
