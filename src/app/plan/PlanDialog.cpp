#include "plan/PlanDialog.h"

#include "office/OfficeRepository.h"
#include "plan/PlanDialogHelpers.h"
#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"
#include "ui_PlanDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace PressDesk {

using namespace PlanDialogHelpers;

PlanDialog::PlanDialog(Database &db, const Plan &plan, QWidget *parent)
    : QDialog(parent), m_db(db), m_plan(plan), m_ui(std::make_unique<Ui::PlanDialog>())
{
    m_ui->setupUi(this);
    const auto office = OfficeRepository(db).load();
    // The example number carries the office's symbol (65/KH-UBND).
    if (office && !office->numberSuffix.isEmpty())
        m_ui->numberLineEdit->setPlaceholderText(QStringLiteral("65/") +
                                                 office->documentSymbol(QStringLiteral("KH")));
    fitPlaceholders(this);
    if (!plan.id.isEmpty())
        setWindowTitle(tr("Edit plan"));
    m_ui->numberLineEdit->setText(plan.number);
    m_ui->titleLineEdit->setText(plan.title);
    // A new plan is proposed as the office's own; a stored one keeps the body that issued it.
    m_ui->issuedByLineEdit->setText(plan.id.isEmpty() && plan.issuingBody.isEmpty() && office
                                        ? office->name
                                        : plan.issuingBody);
    const QDate year(QDate::currentDate().year(), 1, 1);
    setDate(m_ui->issueDateEdit, plan.issueDate);
    setDate(m_ui->periodStartDateEdit, plan.periodStart.isValid() ? plan.periodStart : year);
    setDate(m_ui->periodEndDateEdit,
            plan.periodEnd.isValid() ? plan.periodEnd : year.addYears(1).addDays(-1));
    m_ui->themeLineEdit->setText(plan.theme);
    m_ui->focusTopicsPlainTextEdit->setPlainText(plan.focusTopics.join(u'\n'));
    m_ui->documentNameLabel->setText(plan.documentName.isEmpty() ? tr("(none)")
                                                                 : plan.documentName);
    // Only a stored document can be opened.
    m_ui->openDocumentPushButton->setVisible(!plan.documentName.isEmpty());
    connect(m_ui->attachPushButton, &QPushButton::clicked, this, &PlanDialog::chooseDocument);
    connect(m_ui->openDocumentPushButton, &QPushButton::clicked, this, &PlanDialog::openDocument);
    connectOkCancel(m_ui->dialogButtonBox, this);
    resize(620, sizeHint().height());
}

PlanDialog::~PlanDialog() = default;

void PlanDialog::chooseDocument()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The plan's original document"), QString(),
                                     tr("Documents (*.pdf *.doc *.docx *.odt)"));
    if (path.isEmpty())
        return;
    m_documentPath = path;
    m_ui->documentNameLabel->setText(QFileInfo(path).fileName());
}

void PlanDialog::openDocument()
{
    // Opened with the program the system has for it (a PDF viewer, LibreOffice…).
    auto doc = PlanRepository(m_db).document(m_plan.id);
    if (!doc) {
        m_ui->errorLabel->setText(doc.error().message);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        QStringLiteral("/pressdesk-plans");
    QDir().mkpath(dir);
    QFile file(dir + u'/' + QFileInfo(doc->name).fileName());
    if (!file.open(QIODevice::WriteOnly) || file.write(doc->data) != doc->data.size()) {
        m_ui->errorLabel->setText(
            tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName())))
        m_ui->errorLabel->setText(tr("No program on this computer opens %1.").arg(doc->name));
}

void PlanDialog::accept()
{
    Plan p = m_plan;
    p.number = m_ui->numberLineEdit->text().trimmed();
    p.title = m_ui->titleLineEdit->text().trimmed();
    p.issuingBody = m_ui->issuedByLineEdit->text().trimmed();
    p.issueDate = m_ui->issueDateEdit->date();
    p.periodStart = m_ui->periodStartDateEdit->date();
    p.periodEnd = m_ui->periodEndDateEdit->date();
    p.theme = m_ui->themeLineEdit->text().trimmed();
    p.focusTopics.clear();
    for (const QString &line : m_ui->focusTopicsPlainTextEdit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            p.focusTopics << line.trimmed();
    PlanRepository repo(m_db);
    if (p.id.isEmpty()) {
        auto created = repo.create(p);
        if (!created) {
            m_ui->errorLabel->setText(created.error().message);
            return;
        }
        p = created.value();
    } else if (auto st = repo.update(p); !st) {
        m_ui->errorLabel->setText(st.error().message);
        return;
    }
    if (!m_documentPath.isEmpty()) {
        if (auto st = repo.attachDocumentFile(p.id, m_documentPath); !st) {
            m_ui->errorLabel->setText(st.error().message);
            m_plan = p; // saved; the document can be chosen again
            return;
        }
    }
    m_plan = p;
    QDialog::accept();
}

} // namespace PressDesk
