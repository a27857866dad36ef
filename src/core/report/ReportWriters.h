#pragma once

// Inside the report: the renderers behind PlanReport's write functions, and what they share.

#include "Result.h"
#include "report/PlanReport.h"

#include <QByteArray>
#include <QString>

namespace PressDesk {

// The PDF: the QTextDocument (ReportDocument) paginated so that no table row straddles a page,
// page numbers from the second page on (ReportPdf.cpp).
Status writeReportPdf(const ReportInput &input, const QString &path);

// The HTML page, UTF-8 (ReportHtml.cpp).
QByteArray reportHtml(const ReportInput &input);

// The ODT package (ReportOdt.cpp); an error only if the zip cannot be put together.
Result<QByteArray> reportOdt(const ReportInput &input);

// Writing files, with errors in the user's words (PlanReport.cpp, in PlanReport's tr context).
namespace ReportFiles {
Status writeError(const QString &path, const QString &reason);
// All or nothing (QSaveFile).
Status saveBytes(const QString &path, const QByteArray &bytes);
// Laying out text needs fonts: a QGuiApplication.
Status needsGui();
} // namespace ReportFiles

} // namespace PressDesk
