#pragma once

// What the report says, whatever it is rendered to: its sentences, headings, the period's
// name, the tables' rows and numbers. The renderers (ReportDocument, ReportOdt, ReportHtml)
// only lay these out.
//
// The report is an official Vietnamese document (Nghị định 30/2020/NĐ-CP): its words are in
// the document's language whatever the UI language is, the way a printed form is. So these are
// Vietnamese QStringLiterals, not tr(): a translator must not turn "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
// VIỆT NAM" into English, and an English UI must still produce a report the office can file.
// For the same reason the channels are named here in Vietnamese rather than through
// channelDisplayName(), which follows the UI language. Only the errors the user reads in the
// app go through tr() (PlanReport).

#include "report/PlanReport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PressDesk::ReportText {

// "quý I năm 2019", "6 tháng đầu năm 2019", "năm 2019", "tháng 2 năm 2020", or
// "từ ngày 01/03/2019 đến ngày 15/05/2019".
QString periodName(const QDate &from, const QDate &to);

// The period as it reads right after the plan's reference ("Kế hoạch số … về … năm 2019"):
// when the plan's title already names the period's year, the year is not said again
// ("6 tháng đầu năm", "quý I"; nothing for the whole year). Otherwise periodName().
QString periodAfterPlan(const Plan &plan, const QDate &from, const QDate &to);

// --- The document's parts ------------------------------------------------------------------

inline const QString kNationalTitle = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
inline const QString kMotto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
inline const QString kKind = QStringLiteral("BÁO CÁO");

// The body's sections, numbered I, II, … in this order. The lists of broadcasts and of visual
// items are there only when the range has some: the others always are.
enum class Section { Results, Articles, Broadcasts, VisualItems, Behind, Proposals };
QList<Section> sections(const ReportInput &in);
// "I. KẾT QUẢ THỰC HIỆN", "III. DANH SÁCH LƯỢT PHÁT TRÊN HỆ THỐNG TRUYỀN THANH", "V. TỒN
// TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"…: the section's numeral is its place in sections(in).
QString sectionHeading(const ReportInput &in, Section section);

inline const QString kRecipientsTitle = QStringLiteral("Nơi nhận:");
inline const QString kNoActivities = QStringLiteral("Kế hoạch chưa có hoạt động nào.");
inline const QString kNoArticles =
    QStringLiteral("Trong kỳ báo cáo không có tin bài nào được đăng.");

// "Báo cáo kết quả thực hiện Kế hoạch số 65/KH-UBND" (the file's title).
QString documentTitle(const ReportInput &in);
// An agency's name in capitals, on two balanced lines when too long for the header's column;
// no line for an empty name.
QStringList agencyLines(const QString &name);
QString numberLine(const ReportInput &in);   // "Số: 112/BC-VHTT"
QString placeAndDate(const ReportInput &in); // "Hoài Đức, ngày 05 tháng 7 năm 2019"
// "Kết quả thực hiện Kế hoạch số 65/KH-UBND ngày … của … về …, 6 tháng đầu năm"
QString subtitle(const ReportInput &in);
QString introduction(const ReportInput &in);
QString vietnameseChannelName(Channel channel);
QString channelHeading(int number, Channel channel);   // "1. Trên Cổng thông tin điện tử"
QList<Channel> channelsInUse(const ReportInput &in);   // in the channels' order
QStringList behindParagraphs(const ReportInput &in);   // III
QStringList proposalParagraphs(const ReportInput &in); // IV
QString closingSentence(const ReportInput &in);
QString signerTitle(const ReportInput &in);
QString recipientLine(const QString &recipient); // "- Lưu: VT."

// Non-empty lines of free text, trimmed.
QStringList paragraphs(const QString &text);

// --- The tables ------------------------------------------------------------------------------

// Per row, per cell, its lines.
using Row = QList<QStringList>;

inline const QStringList kResultColumns{QStringLiteral("TT"), QStringLiteral("Nội dung hoạt động"),
                                        QStringLiteral("Chỉ tiêu"), QStringLiteral("Đã thực hiện"),
                                        QStringLiteral("Tỷ lệ %")};
inline const QStringList kArticleColumns{QStringLiteral("TT"), QStringLiteral("Ngày đăng"),
                                         QStringLiteral("Tên tin bài"),
                                         QStringLiteral("Đường dẫn")};

inline const QStringList kBroadcastColumns{QStringLiteral("TT"), QStringLiteral("Ngày, giờ phát"),
                                           QStringLiteral("Đài, cụm loa"),
                                           QStringLiteral("Tên tin bài")};
inline const QStringList kVisualColumns{
    QStringLiteral("TT"),           QStringLiteral("Hình thức"), QStringLiteral("Số lượng"),
    QStringLiteral("Nội dung"),     QStringLiteral("Địa điểm"),  QStringLiteral("Ngày lắp đặt"),
    QStringLiteral("Ngày tháo dỡ"), QStringLiteral("Số ảnh")};

QList<Row> resultRows(const ReportInput &in, Channel channel);
QList<Row> articleRows(const ReportInput &in); // the last column is the link

// The activities with broadcasts (radio) or items (visual) to list, in plan order; each with
// its heading ("1. Phát chuyên mục cải cách hành chính") and table rows.
struct ActivityList
{
    QString activityId;
    QString heading;
    QList<Row> rows;
};
QList<ActivityList> broadcastLists(const ReportInput &in);
QList<ActivityList> visualLists(const ReportInput &in);

// A visual form in the document's words ("Băng rôn", "Pano"…), whatever the UI language.
QString vietnameseFormName(VisualForm form);

// --- The annex of evidence photos --------------------------------------------------------------

inline const QString kAnnexTitle = QStringLiteral("PHỤ LỤC");
inline const QString kAnnexSubtitle = QStringLiteral("ẢNH TƯ LIỆU TUYÊN TRUYỀN TRỰC QUAN");

// Whether the report has an annex: some visual item in the range has a photo to show.
bool hasAnnex(const ReportInput &in);
// "(Kèm theo Báo cáo số 112/BC-VHTT ngày 05/7/2019 của Phòng Văn hóa và Thông tin)"
QString annexReference(const ReportInput &in);

// An item's photos in the annex: its heading ("1. Băng rôn (6): “Cải cách hành chính…”") and
// per photo its caption's lines ("Ảnh 1.2. Quốc lộ 32, Thị trấn Trạm Trôi", "Chụp ngày
// 26/02/2019 lúc 08:15" or, without the camera's date, "Lắp đặt ngày 26/02/2019", and
// "Tọa độ: 21.05441, 105.70120" when the photo or the item has a position).
struct AnnexEntry
{
    const ReportVisualItem *item = nullptr;
    QString heading;
    QList<QStringList> captions; // one per photo of item->photos
};
QList<AnnexEntry> annexEntries(const ReportInput &in); // the items with photos, in list order

} // namespace PressDesk::ReportText
