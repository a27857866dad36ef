#pragma once

#include "Result.h"
#include "office/OfficeProfile.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace PressDesk {

// A published article listed in the report.
struct ReportArticle
{
    QString title;
    QDateTime publishedAt; // UTC
    QString link;          // on the portal, if any
    QString activityId;    // the activity it counted for (first, if several)
};

// Everything the periodic report says. The numbers come from the store (PlanProgress); the
// office edits the words (introduction, reasons per activity, proposals, recipients) before
// exporting.
struct ReportInput
{
    Plan plan;
    QDate from;
    QDate to;
    QList<ActivityProgress> progress; // one per activity, in plan order
    QList<ReportArticle> articles;    // published in the range, oldest first

    // The document's own particulars (Nghị định 30/2020/NĐ-CP), from the office profile
    // (setOffice). Until the office has said who it is, dotted spaces to fill in by hand, as
    // on a printed form, and nothing that names a place or a level of government.
    QString parentBody;                                 // cơ quan chủ quản ('' none)
    QString issuingBody = QStringLiteral("……………………");   // cơ quan ban hành
    QString reportNumber = QStringLiteral("      /BC"); // số, ký hiệu
    QString place = QStringLiteral("……………");
    QDate date;           // the report's date (default: today)
    QString introduction; // free text before the results
    QString proposals;    // "Đề xuất, kiến nghị"
    QStringList recipients{QStringLiteral("Lưu: VT.")};
    QString signerTitle = QStringLiteral("……………………");
    QString signerName;

    // The office's name and parent body (the header), the report's symbol (BC- and the
    // office's suffix), place, signer and recipients. What the office left empty stays as
    // above.
    void setOffice(const OfficeProfile &office);
};

// The report "Báo cáo kết quả thực hiện Kế hoạch số …" laid out as an administrative
// document (national title and motto, issuing body, number, place and date, title, body,
// recipients, signer; A4 with the decree's margins; a Times New Roman–compatible serif at
// 13–14 pt), as a QTextDocument for the preview and as ODT, PDF and HTML files.
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::PlanReport)

public:
    // The period's usual name: "quý I năm 2019", "6 tháng đầu năm 2019", "năm 2019", or
    // "từ ngày 01/03/2019 đến ngày 15/05/2019".
    static QString periodName(const QDate &from, const QDate &to);

    static std::unique_ptr<QTextDocument> build(const ReportInput &input);

    // Errors in the user's words (cannot write, disk full…); nothing half-written is left.
    static Status writeOdt(const ReportInput &input, const QString &path);
    static Status writePdf(const ReportInput &input, const QString &path);
    static Status writeHtml(const ReportInput &input, const QString &path);
};

} // namespace PressDesk
