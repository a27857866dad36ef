#pragma once

#include "Result.h"
#include "office/OfficeProfile.h"
#include "plan/Plan.h"
#include "visual/Visual.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

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

// A broadcast listed under its radio activity (one row of the aired log behind the count).
struct ReportBroadcast
{
    QString activityId;
    QDateTime airedAt; // UTC
    QString station;
    QString title; // the item's
};

// An evidence photo of a visual item, scaled down for the report's annex (never the camera's
// full-size file).
struct ReportPhoto
{
    QByteArray jpeg;   // the scaled-down photo, JPEG (the ODT's picture, the HTML's data: URI)
    QImage image;      // the same, decoded (the PDF and the preview)
    QDateTime takenAt; // the camera's wall time (EXIF); invalid: unknown
    std::optional<double> latitude;
    std::optional<double> longitude;
};

// A visual item installed in the range, listed under its activity (what is behind the count).
struct ReportVisualItem
{
    QString activityId;
    VisualForm form = VisualForm::Banner;
    QString size; // "0,8 × 7 m"
    int quantity = 1;
    QString content;
    QString commune; // commune or ward
    QString place;   // village or street
    std::optional<double> latitude;
    std::optional<double> longitude;
    QDate installed;
    QDate removed; // invalid: still up
    int photoCount = 0;
    QList<ReportPhoto> photos; // oldest first; may be fewer than photoCount (unreadable ones)
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
    // What is behind the radio and visual counts (loadReportEvidence, ReportEvidence.h): per
    // activity in plan order, oldest first. The report lists them in tables, and the items'
    // photos in an annex.
    QList<ReportBroadcast> broadcasts;
    QList<ReportVisualItem> visualItems;
    // The reassignments of the activities' responsible units, by activity, oldest first
    // (loadReportEvidence): a reassigned activity's row names its unit and the ones before.
    QHash<QString, QList<UnitChange>> unitHistory;

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
