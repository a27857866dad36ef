#include "plan/ReportDialog.h"

#include "office/OfficeRepository.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "report/ReportEvidence.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace PressDesk {

ReportDialog::ReportDialog(Database &db, const QString &planId, const QDate &from, const QDate &to,
                           QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("reportDialog"));
    auto plan = PlanRepository(db).get(planId);
    if (plan)
        m_base.plan = plan.value();
    m_base.from = from;
    m_base.to = to;
    m_base.date = QDate::currentDate();
    // The office's name, place, signer and recipients, as its profile says them.
    const auto office = OfficeRepository(db).load();
    if (office)
        m_base.setOffice(office.value());
    PlanProgress counter(db);
    if (auto p = counter.activities(planId, from, to))
        m_base.progress = p.value();
    if (auto a = counter.publishedArticles(planId, from, to))
        m_base.articles = a.value();
    // The broadcasts and visual items behind the counts, the items' photos scaled down for the
    // annex. Without them (an error, told below) the report still has its counts.
    const Status evidence = loadReportEvidence(db, m_base);
    setWindowTitle(
        tr("Report on plan %1, %2").arg(m_base.plan.number, PlanReport::periodName(from, to)));

    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *edit = new QWidget(split);
    auto *form = new QFormLayout(edit);
    m_number = new QLineEdit(m_base.reportNumber, edit);
    m_signer = new QLineEdit(m_base.signerName, edit);
    m_signer->setObjectName(QStringLiteral("signerName"));
    m_intro = new QPlainTextEdit(edit);
    m_intro->setObjectName(QStringLiteral("introEdit"));
    // Empty: the report opens with the standard sentence naming the plan and the period.
    m_intro->setPlaceholderText(tr("Empty: the standard opening sentence"));
    m_proposals = new QPlainTextEdit(edit);
    m_proposals->setObjectName(QStringLiteral("proposalsEdit"));
    m_reasons = new QTableWidget(0, 3, edit);
    m_reasons->setObjectName(QStringLiteral("reasonsTable"));
    m_reasons->setAccessibleName(tr("Activities behind their target"));
    m_reasons->setHorizontalHeaderLabels({tr("Activity"), tr("Done"), tr("Why it is behind")});
    m_reasons->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_reasons->verticalHeader()->hide();
    for (const ActivityProgress &p : std::as_const(m_base.progress)) {
        if (p.done() >= p.activity.target)
            continue;
        const int row = m_reasons->rowCount();
        m_reasons->insertRow(row);
        auto *what = new QTableWidgetItem(p.activity.description);
        what->setFlags(what->flags() & ~Qt::ItemIsEditable);
        what->setData(Qt::UserRole, p.activity.id);
        auto *count =
            new QTableWidgetItem(QStringLiteral("%1/%2").arg(p.done()).arg(p.activity.target));
        count->setFlags(count->flags() & ~Qt::ItemIsEditable);
        m_reasons->setItem(row, 0, what);
        m_reasons->setItem(row, 1, count);
        m_reasons->setItem(row, 2, new QTableWidgetItem(p.activity.behindReason));
    }
    form->addRow(tr("Number:"), m_number);
    form->addRow(tr("Signed by:"), m_signer);
    form->addRow(tr("Introduction:"), m_intro);
    form->addRow(tr("Behind, and why:"), m_reasons);
    form->addRow(tr("Proposals:"), m_proposals);
    auto *refresh = new QPushButton(tr("Update preview"), edit);
    form->addRow(refresh);
    split->addWidget(edit);
    m_preview = new QTextBrowser(split);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenExternalLinks(true);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    if (!office)
        m_status->setText(office.error().message);
    else if (!evidence)
        m_status->setText(evidence.error().message);
    else if (office->name.isEmpty())
        m_status->setText(tr("The office has not said who it is: the report leaves dotted "
                             "spaces for its name, place and signer. Fill them in under "
                             "Settings → Office."));
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (const auto &[label, ext] : {std::pair{tr("Export ODT…"), QStringLiteral("odt")},
                                     std::pair{tr("Export PDF…"), QStringLiteral("pdf")},
                                     std::pair{tr("Export HTML…"), QStringLiteral("html")}}) {
        auto *b = buttons->addButton(label, QDialogButtonBox::ActionRole);
        b->setObjectName(QStringLiteral("export_") + ext);
        m_exportButtons << b;
        connect(b, &QPushButton::clicked, this, [this, ext = ext] {
            const QString suggested =
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                QStringLiteral("/Bao-cao-") + QString(m_base.plan.number).replace(u'/', u'-') +
                u'.' + ext;
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export the report"), suggested, QStringLiteral("*.") + ext);
            if (!path.isEmpty())
                startExport(path);
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(refresh, &QPushButton::clicked, this, &ReportDialog::updatePreview);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, [this] {
        const Status st = m_watcher.result();
        for (QWidget *b : std::as_const(m_exportButtons))
            b->setEnabled(true);
        m_status->setText(st ? tr("Saved %1.").arg(QDir::toNativeSeparators(m_exportPath))
                             : st.error().message);
        m_status->setStyleSheet(st ? QString() : QStringLiteral("color: #b00020;"));
        Q_EMIT exportFinished(bool(st));
    });
    connect(this, &QDialog::finished, this, &ReportDialog::saveReasons);
    updatePreview();
    resize(1200, 780);
}

ReportDialog::~ReportDialog()
{
    m_watcher.waitForFinished();
}

ReportInput ReportDialog::input() const
{
    ReportInput in = m_base;
    in.reportNumber = m_number->text();
    in.signerName = m_signer->text().trimmed();
    in.introduction = m_intro->toPlainText().trimmed();
    in.proposals = m_proposals->toPlainText().trimmed();
    for (int row = 0; row < m_reasons->rowCount(); ++row) {
        const QString id = m_reasons->item(row, 0)->data(Qt::UserRole).toString();
        for (ActivityProgress &p : in.progress)
            if (p.activity.id == id)
                p.activity.behindReason = m_reasons->item(row, 2)->text().trimmed();
    }
    return in;
}

void ReportDialog::updatePreview()
{
    // The view lets go of the old document before it is deleted.
    std::unique_ptr<QTextDocument> next = PlanReport::build(input());
    m_preview->setDocument(next.get());
    m_document = std::move(next);
}

void ReportDialog::startExport(const QString &path)
{
    if (isExporting())
        return;
    saveReasons();
    m_exportPath = path;
    for (QWidget *b : std::as_const(m_exportButtons))
        b->setEnabled(false);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_status->setStyleSheet(QString());
    m_watcher.setFuture(QtConcurrent::run([in = input(), path]() -> Status {
        const QString ext = QFileInfo(path).suffix().toLower();
        return ext == QLatin1String("pdf")    ? PlanReport::writePdf(in, path)
               : ext == QLatin1String("html") ? PlanReport::writeHtml(in, path)
                                              : PlanReport::writeOdt(in, path);
    }));
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

void ReportDialog::saveReasons()
{
    PlanRepository repo(m_db);
    for (int row = 0; row < m_reasons->rowCount(); ++row) {
        const QString id = m_reasons->item(row, 0)->data(Qt::UserRole).toString();
        auto a = repo.activity(id);
        const QString reason = m_reasons->item(row, 2)->text().trimmed();
        if (a && a->behindReason != reason) {
            Activity changed = a.value();
            changed.behindReason = reason;
            (void)repo.updateActivity(changed);
        }
    }
}

} // namespace PressDesk
