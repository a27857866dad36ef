#pragma once

// Inside the report: the renderers behind PlanReport's write functions, and what they share.

#include "Result.h"
#include "report/PlanReport.h"
#include "report/ReportDocument.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

class QTextDocument;

namespace PressDesk {

// Writing files, with errors in the user's words (PlanReport.cpp, in PlanReport's tr context).
namespace ReportFiles {
// How a file that could not be written is told: its path and the reason (the system's words
// or ours). writeError below is the plan report's; the radio's rundown has its own.
using ErrorWording = Status (*)(const QString &path, const QString &reason);
Status writeError(const QString &path, const QString &reason);
// All or nothing (QSaveFile).
Status saveBytes(const QString &path, const QByteArray &bytes, ErrorWording wording = nullptr);
// Laying out text needs fonts: a QGuiApplication.
Status needsGui();
} // namespace ReportFiles

// A document for the PDF (TextDocumentBuilder's), built with the page starts asked for.
struct PdfDocument
{
    std::unique_ptr<QTextDocument> document;
    QList<TextDocumentBuilder::TrackedTable> tables;
};
using PdfBuild = std::function<PdfDocument(const QSet<QString> &breaks)>;
// Readies a built document for the PDF's paper (before it is laid out).
using PdfPrepare = std::function<void(QTextDocument *)>;
// A quick first guess at the page starts (the plan's long article list), given the PDF's
// PdfPrepare; empty: none.
using PdfFirstBreaks = std::function<QSet<QString>(const PdfPrepare &prepare)>;

// A document painted on A4 with the report's margins, paginated so that no table row
// straddles a page, page numbers from the second page on (ReportPdf.cpp). Nothing
// half-written is left; errors in `wording`'s words (the plan report's when null).
Status writeDocumentPdf(const QString &path, const QString &title, const PdfBuild &build,
                        const PdfFirstBreaks &firstBreaks = {},
                        ReportFiles::ErrorWording wording = nullptr);

// The plan's report as a PDF (ReportPdf.cpp).
Status writeReportPdf(const ReportInput &input, const QString &path);

// The HTML page, UTF-8 (ReportHtml.cpp).
QByteArray reportHtml(const ReportInput &input);

// The ODT package (ReportOdt.cpp); an error only if the zip cannot be put together.
Result<QByteArray> reportOdt(const ReportInput &input);

} // namespace PressDesk
