#include "report/PlanReport.h"

#include "report/ReportDocument.h"
#include "report/ReportText.h"
#include "report/ReportWriters.h"

#include <QDir>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextDocument>

// The report is split by job: what it says (ReportText), the QTextDocument (ReportDocument)
// and its PDF (ReportPdf), the HTML (ReportHtml) and the ODT (ReportOdt). This file is the
// door the app, the CLI and the tests use, and holds the errors the user reads.

namespace PressDesk {

void ReportInput::setOffice(const OfficeProfile &input)
{
    const OfficeProfile office = input.normalized();
    parentBody = office.parentBody;
    if (!office.name.isEmpty())
        issuingBody = office.name;
    reportNumber = QStringLiteral("      /") + office.documentSymbol(QStringLiteral("BC"));
    if (!office.place.isEmpty())
        place = office.place;
    if (!office.signerTitle.isEmpty())
        signerTitle = office.signerTitle;
    if (!office.signerName.isEmpty())
        signerName = office.signerName;
    if (!office.recipients.isEmpty())
        recipients = office.recipients;
}

QString PlanReport::periodName(const QDate &from, const QDate &to)
{
    return ReportText::periodName(from, to);
}

std::unique_ptr<QTextDocument> PlanReport::build(const ReportInput &input)
{
    return ReportDocumentBuilder(input, {}).build();
}

Status PlanReport::writePdf(const ReportInput &input, const QString &path)
{
    return writeReportPdf(input, path);
}

Status PlanReport::writeOdt(const ReportInput &input, const QString &path)
{
    const Result<QByteArray> bytes = reportOdt(input);
    if (!bytes)
        return ReportFiles::writeError(path, bytes.error().message);
    return ReportFiles::saveBytes(path, bytes.value());
}

Status PlanReport::writeHtml(const ReportInput &input, const QString &path)
{
    return ReportFiles::saveBytes(path, reportHtml(input));
}

namespace ReportFiles {

Status writeError(const QString &path, const QString &reason)
{
    return Error{QStringLiteral("write-failed"),
                 PlanReport::tr("Could not save the report as %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason)};
}

Status saveBytes(const QString &path, const QByteArray &bytes, ErrorWording wording)
{
    if (!wording)
        wording = &writeError;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return wording(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return wording(path, reason);
    }
    if (!file.commit())
        return wording(path, file.errorString());
    return {};
}

Status needsGui()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return Error{QStringLiteral("no-gui"),
                 PlanReport::tr("The report can only be laid out in a graphical session.")};
}

} // namespace ReportFiles

} // namespace PressDesk
