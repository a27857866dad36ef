#pragma once

// The report's paper and type, shared by its renderers (the QTextDocument and its PDF, the
// ODT, the HTML): Nghị định 30/2020/NĐ-CP, Phụ lục I.

#include <QList>
#include <QString>
#include <QStringList>

namespace PressDesk::ReportLayout {

// --- Page geometry (A4; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm) ------------

constexpr qreal kMarginTopMm = 20;
constexpr qreal kMarginBottomMm = 20;
constexpr qreal kMarginLeftMm = 30;
constexpr qreal kMarginRightMm = 15;
constexpr qreal kA4WidthMm = 210;
constexpr qreal kA4HeightMm = 297;
constexpr int kPdfDpi = 300;

// Format lengths (margins, indents, paddings) are in the layout's logical pixels, 96 per inch;
// the layout scales them to the paint device (the PDF writer's 300 dpi).
constexpr qreal mmToPx(qreal mm)
{
    return mm * 96.0 / 25.4;
}

// --- Fonts (Times New Roman or a metric-compatible serif; body 14 pt, tables 13 pt,
// recipients 11–12 pt) -----------------------------------------------------------------------

constexpr qreal kBodyPt = 14;
constexpr qreal kHeaderPt = 13; // motto, number, page numbers
constexpr qreal kAgencyPt = 12; // agency names and the national title (12–13 pt)
constexpr qreal kTablePt = 13;
constexpr qreal kRecipientsTitlePt = 12;
constexpr qreal kRecipientsPt = 11;

inline QStringList serifFamilies()
{
    return {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"),
            QStringLiteral("DejaVu Serif")};
}

// --- Columns (percent of the text width) -----------------------------------------------------

constexpr qreal kLeftHeaderPercent = 40; // the header's left column (the issuing body)
inline const QList<qreal> kResultWidths{6, 37, 17, 27, 13};
inline const QList<qreal> kArticleWidths{6, 15, 43, 36};
inline const QList<qreal> kBroadcastWidths{6, 22, 30, 42};
inline const QList<qreal> kVisualWidths{5, 12, 9, 20, 18, 14, 14, 8};
constexpr qreal kVisualTablePt = 12; // eight columns: the dates fit on one line

// --- The annex of photos: three a row, each fitted in a box, a caption under it -------------

constexpr int kAnnexColumns = 3;
constexpr qreal kAnnexPhotoWidthMm = 50;
constexpr qreal kAnnexPhotoHeightMm = 40;
constexpr qreal kCaptionPt = 11;

} // namespace PressDesk::ReportLayout
