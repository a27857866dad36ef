#include "plan/PlanReport.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <array>
#include <cmath>
#include <functional>

// The report is an official Vietnamese document (Nghị định 30/2020/NĐ-CP): its words are in
// the document's language whatever the UI language is, the way a printed form is. So the
// template strings below are Vietnamese QStringLiterals, not tr(): a translator must not turn
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" into English, and an English UI must still produce a
// report the district can file. For the same reason the channels are named here in Vietnamese
// rather than through channelDisplayName(), which follows the UI language. Only the errors the
// user reads in the app go through tr().

namespace PressDesk {

namespace {

// --- Page geometry (Nghị định 30/2020, Phụ lục I: A4; top and bottom 20–25 mm, left 30–35 mm,
// right 15–20 mm) --------------------------------------------------------------------------

constexpr qreal kMarginTopMm = 20;
constexpr qreal kMarginBottomMm = 20;
constexpr qreal kMarginLeftMm = 30;
constexpr qreal kMarginRightMm = 15;
constexpr qreal kA4WidthMm = 210;
constexpr qreal kA4HeightMm = 297;
constexpr int kPdfDpi = 300;

// Format lengths (margins, indents, paddings) are in the layout's logical pixels, 96 per inch;
// the layout scales them to the paint device (the PDF writer's 300 dpi).
qreal mmToPx(qreal mm)
{
    return mm * 96.0 / 25.4;
}

// --- Fonts (Times New Roman or a metric-compatible serif; body 14 pt, tables 13 pt,
// recipients 11–12 pt) -----------------------------------------------------------------------

constexpr qreal kBodyPt = 14;
constexpr qreal kHeaderPt = 13; // motto, number, page numbers
constexpr qreal kAgencyPt = 12; // agency names and the national title (12–13 pt)
constexpr qreal kLeftHeaderPercent = 40;
constexpr qreal kTablePt = 13;
constexpr qreal kRecipientsTitlePt = 12;
constexpr qreal kRecipientsPt = 11;

QStringList serifFamilies()
{
    return {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"),
            QStringLiteral("DejaVu Serif")};
}

QTextCharFormat charFormat(qreal pt, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setFontFamilies(serifFamilies());
    f.setFontPointSize(pt);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setForeground(Qt::black);
    return f;
}

QTextBlockFormat blockFormat(Qt::Alignment align, qreal topPt = 0, qreal bottomPt = 0)
{
    QTextBlockFormat f;
    f.setAlignment(align);
    f.setTopMargin(topPt * 96.0 / 72.0);
    f.setBottomMargin(bottomPt * 96.0 / 72.0);
    return f;
}

// A body paragraph: justified, first line indented 1.27 cm, 6 pt after, line height 1.15.
QTextBlockFormat bodyFormat()
{
    QTextBlockFormat f = blockFormat(Qt::AlignJustify, 0, 6);
    f.setTextIndent(mmToPx(12.7));
    f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    return f;
}

// --- Words --------------------------------------------------------------------------------

QString vietnameseChannelName(Channel channel)
{
    switch (channel) {
    case Channel::Portal:
        return QStringLiteral("Trên Cổng thông tin điện tử");
    case Channel::Radio:
        return QStringLiteral("Trên hệ thống truyền thanh");
    case Channel::VisualCampaign:
        return QStringLiteral("Tuyên truyền trực quan");
    case Channel::Press:
        return QStringLiteral("Cung cấp thông tin cho báo chí");
    case Channel::Meetings:
        return QStringLiteral("Qua hội nghị, hội thảo");
    case Channel::Other:
        break;
    }
    return QStringLiteral("Các hình thức khác");
}

QString roman(int n)
{
    static const char *const numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return n >= 1 && n <= 9 ? QString::fromLatin1(numerals[n - 1]) : QString::number(n);
}

// "41,7" (Vietnamese decimal comma), "50" for whole numbers.
QString percentText(double percent)
{
    const double rounded = std::round(percent * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        return QString::number(static_cast<qint64>(rounded));
    return QString::number(rounded, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
}

// "10", and under it "(trong đó 2 nhập tay)" when some were counted by hand.
QStringList doneLines(const ActivityProgress &p)
{
    QStringList lines{QString::number(p.done())};
    if (p.manual > 0)
        lines << QStringLiteral("(trong đó %1 nhập tay)").arg(p.manual);
    return lines;
}

QString targetText(const Activity &a)
{
    return a.unit.isEmpty() ? QString::number(a.target)
                            : QStringLiteral("%1 %2").arg(a.target).arg(a.unit);
}

QString activityText(const Activity &a)
{
    QString text = a.description.isEmpty() ? a.focusTopic : a.description;
    if (a.status == QLatin1String("cancelled"))
        text += QStringLiteral(" (đã hủy)");
    return text;
}

// Nghị định 30: a zero before days under 10 and months 1 and 2.
QString placeAndDate(const QString &place, const QDate &date)
{
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = date.month() <= 2
                              ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                              : QString::number(date.month());
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(place, day, month).arg(date.year());
}

QString lowerFirst(const QString &s)
{
    if (s.isEmpty())
        return s;
    return s.left(1).toLower() + s.mid(1);
}

// "Kế hoạch số 65/KH-UBND ngày 19/02/2019 của UBND huyện Hoài Đức về thúc đẩy …"
QString planReference(const Plan &plan)
{
    QString ref = QStringLiteral("Kế hoạch số %1").arg(plan.number);
    if (plan.issueDate.isValid())
        ref +=
            QStringLiteral(" ngày %1").arg(plan.issueDate.toString(QStringLiteral("dd/MM/yyyy")));
    if (!plan.issuingBody.isEmpty())
        ref += QStringLiteral(" của %1").arg(plan.issuingBody);
    if (!plan.title.isEmpty())
        ref += QStringLiteral(" về %1").arg(lowerFirst(plan.title));
    return ref;
}

QString subtitle(const ReportInput &in)
{
    return QStringLiteral("Kết quả thực hiện %1, %2")
        .arg(planReference(in.plan), PlanReport::periodName(in.from, in.to));
}

QString introduction(const ReportInput &in)
{
    if (!in.introduction.trimmed().isEmpty())
        return in.introduction.trimmed();
    return QStringLiteral("Thực hiện %1; kết quả thực hiện %2 như sau:")
        .arg(planReference(in.plan), PlanReport::periodName(in.from, in.to));
}

QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

// A dotted space to fill in by hand (short enough not to stretch a justified line).
const QString kPlaceholder = QStringLiteral("……………………");

// What is behind: overdue or at risk, not cancelled.
bool isBehind(const ActivityProgress &p)
{
    return p.activity.status != QLatin1String("cancelled") && (p.overdue || p.atRisk);
}

QString behindText(const ActivityProgress &p)
{
    const Activity &a = p.activity;
    QString text = QStringLiteral("%1 (%2): đạt %3/%4")
                       .arg(activityText(a), lowerFirst(vietnameseChannelName(a.channel)))
                       .arg(p.done())
                       .arg(targetText(a));
    if (a.target > 0)
        text += QStringLiteral(" (%1%)").arg(percentText(p.percent()));
    text += QStringLiteral(". Nguyên nhân: %1")
                .arg(a.behindReason.trimmed().isEmpty() ? kPlaceholder : a.behindReason.trimmed());
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QChar(0x2026)))
        text += QLatin1Char('.');
    return text;
}

QList<Channel> channelsInUse(const ReportInput &in)
{
    QList<Channel> out;
    for (Channel c : allChannels()) {
        for (const ActivityProgress &p : in.progress) {
            if (p.activity.channel == c) {
                out << c;
                break;
            }
        }
    }
    return out;
}

// The tables' contents, shared by the three renderers: per row, per cell, its lines.
using Row = QList<QStringList>;

const QStringList kResultColumns{QStringLiteral("TT"), QStringLiteral("Nội dung hoạt động"),
                                 QStringLiteral("Chỉ tiêu"), QStringLiteral("Đã thực hiện"),
                                 QStringLiteral("Tỷ lệ %")};
const QList<qreal> kResultWidths{6, 37, 17, 27, 13};
const QStringList kArticleColumns{QStringLiteral("TT"), QStringLiteral("Ngày đăng"),
                                  QStringLiteral("Tên tin bài"), QStringLiteral("Đường dẫn")};
const QList<qreal> kArticleWidths{6, 15, 43, 36};

QList<Row> resultRows(const ReportInput &in, Channel channel)
{
    QList<Row> rows;
    for (const ActivityProgress &p : in.progress) {
        if (p.activity.channel != channel)
            continue;
        const QString percent =
            p.activity.target > 0 ? percentText(p.percent()) : QStringLiteral("—");
        rows << Row{{QString::number(rows.size() + 1)},
                    {activityText(p.activity)},
                    {targetText(p.activity)},
                    doneLines(p),
                    {percent}};
    }
    return rows;
}

QList<Row> articleRows(const ReportInput &in)
{
    QList<Row> rows;
    for (const ReportArticle &a : in.articles) {
        rows << Row{{QString::number(rows.size() + 1)},
                    {a.publishedAt.toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy"))},
                    {a.title},
                    {a.link}};
    }
    return rows;
}

QString signerTitle(const ReportInput &in)
{
    return in.signerTitle.toUpper();
}

// An agency's name in capitals, on two balanced lines when it is too long for the header's left
// column (about 24 capitals at 12 pt): "PHÒNG VĂN HÓA" / "VÀ THÔNG TIN", as offices write it.
QStringList agencyLines(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    const QStringList words = upper.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (upper.size() <= 24 || words.size() < 2)
        return {upper};
    int best = 1;
    qsizetype bestWidth = upper.size();
    for (int i = 1; i < words.size(); ++i) {
        const qsizetype width = qMax(words.mid(0, i).join(QLatin1Char(' ')).size(),
                                     words.mid(i).join(QLatin1Char(' ')).size());
        if (width < bestWidth) {
            bestWidth = width;
            best = i;
        }
    }
    return {words.mid(0, best).join(QLatin1Char(' ')), words.mid(best).join(QLatin1Char(' '))};
}

QString documentTitle(const ReportInput &in)
{
    return QStringLiteral("Báo cáo kết quả thực hiện Kế hoạch số %1").arg(in.plan.number);
}

QString placeAndDate(const ReportInput &in)
{
    return placeAndDate(in.place, in.date.isValid() ? in.date : QDate::currentDate());
}

const QString kNoActivities = QStringLiteral("Kế hoạch chưa có hoạt động nào.");
const QString kNoArticles = QStringLiteral("Trong kỳ báo cáo không có tin bài nào được đăng.");

// III: one paragraph per activity behind, or that all is on time.
QStringList behindParagraphs(const ReportInput &in)
{
    QStringList out;
    for (const ActivityProgress &p : in.progress) {
        if (isBehind(p))
            out << QStringLiteral("- %1").arg(behindText(p));
    }
    if (out.isEmpty())
        out << QStringLiteral("Các hoạt động của Kế hoạch được thực hiện đúng tiến độ.");
    return out;
}

QStringList proposalParagraphs(const ReportInput &in)
{
    QStringList out = paragraphs(in.proposals);
    if (out.isEmpty())
        out << kPlaceholder;
    return out;
}

QString closingSentence(const ReportInput &in)
{
    return QStringLiteral("Trên đây là báo cáo kết quả thực hiện Kế hoạch số %1 %2./.")
        .arg(in.plan.number, PlanReport::periodName(in.from, in.to));
}

// --- The document -------------------------------------------------------------------------

// A table cell's content: lines (blocks) with their formats.
struct CellLine
{
    QString text;
    QTextCharFormat chars;
    QTextBlockFormat block;
};
using Cell = QList<CellLine>;

// Rows laid out on paper must not break across pages, and a heading must stay with its table.
// Qt 6.4's QTextDocument layout has no "keep together" (only PageBreak_AlwaysBefore/After, and
// it moves a table row to the next page only when none of its cells' first lines fits); it
// does repeat header rows (setHeaderRowCount). So the PDF is laid out, rows that straddle a
// page are found from the blocks' positions, and the document is built again with the table
// split before such a row (the remainder on a new page, with its header row): `breaks` holds
// the keys of the rows and headings to start a new page at.
class Builder
{
public:
    // articleOffset: in.articles is a slice of the report's list starting there (the PDF's
    // search for page starts lays out windows); row keys stay those of the whole list.
    Builder(const ReportInput &in, QSet<QString> breaks, int articleOffset = 0)
        : m_in(in), m_breaks(std::move(breaks)), m_articleOffset(articleOffset)
    {}

    struct TrackedTable
    {
        QPointer<QTextTable> table;
        int headerRows = 0;
        QStringList rowKeys; // per row; empty for header rows
        QString headingKey;  // the heading right before the table, if any
        int headingBlock = -1;
    };

    std::unique_ptr<QTextDocument> build();
    const QList<TrackedTable> &tables() const { return m_tables; }

private:
    void addHeader();
    void addTitle();
    void addParagraph(const QString &text, const QTextBlockFormat &block,
                      const QTextCharFormat &chars);
    void addHeading(const QString &text, const QString &key, bool bold = true);
    void addTable(const QString &key, const QList<qreal> &widthsPercent, const QList<Cell> &header,
                  const QList<QList<Cell>> &rows, qreal borderWidth);
    void addResults();
    void addArticles();
    void addDataTable(const QString &key, const QList<qreal> &widths, const QStringList &columns,
                      const QList<Row> &rows, const QList<int> &leftColumns);
    void addBehind();
    void addProposals();
    void addSignature();
    void fillCell(QTextTable *table, int row, int column, const Cell &cell);
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars);

    const ReportInput &m_in;
    QSet<QString> m_breaks;
    int m_articleOffset = 0;
    QTextDocument *m_doc = nullptr;
    QTextCursor m_cursor;
    bool m_firstBlock = true;
    QString m_pendingHeadingKey;
    int m_pendingHeadingBlock = -1;
    QList<TrackedTable> m_tables;
};

void Builder::newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    if (m_firstBlock) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_firstBlock = false;
    } else {
        m_cursor.insertBlock(block, chars);
    }
}

void Builder::addParagraph(const QString &text, const QTextBlockFormat &block,
                           const QTextCharFormat &chars)
{
    newBlock(block, chars);
    m_cursor.insertText(text, chars);
    m_pendingHeadingKey.clear();
}

void Builder::addHeading(const QString &text, const QString &key, bool bold)
{
    QTextBlockFormat block = blockFormat(Qt::AlignJustify, 6, 6);
    block.setTextIndent(mmToPx(12.7));
    if (m_breaks.contains(key))
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    addParagraph(text, block, charFormat(kBodyPt, bold));
    m_pendingHeadingKey = key;
    m_pendingHeadingBlock = m_cursor.block().blockNumber();
}

void Builder::fillCell(QTextTable *table, int row, int column, const Cell &cell)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    for (int i = 0; i < cell.size(); ++i) {
        if (i > 0)
            c.insertBlock(cell[i].block, cell[i].chars);
        else {
            c.setBlockFormat(cell[i].block);
            c.setBlockCharFormat(cell[i].chars);
        }
        c.insertText(cell[i].text, cell[i].chars);
    }
}

void Builder::addTable(const QString &key, const QList<qreal> &widthsPercent,
                       const QList<Cell> &header, const QList<QList<Cell>> &rows, qreal borderWidth)
{
    const QString headingKey = m_pendingHeadingKey;
    const int headingBlock = m_pendingHeadingBlock;
    m_pendingHeadingKey.clear();

    // Split the rows where a break was asked for (not before the first: that one moves the
    // heading, or the whole table when there is none).
    const int offset = key == QLatin1String("t:articles") ? m_articleOffset : 0;
    QList<int> starts{0};
    for (int r = 1; r < rows.size(); ++r) {
        if (m_breaks.contains(QStringLiteral("%1:%2").arg(key).arg(r + offset)))
            starts << r;
    }
    const bool breakFirst = m_breaks.contains(QStringLiteral("%1:%2").arg(key).arg(offset));

    for (int part = 0; part < starts.size(); ++part) {
        const int first = starts[part];
        const int end = part + 1 < starts.size() ? starts[part + 1] : int(rows.size());
        const int headerRows = header.isEmpty() ? 0 : 1;

        QTextTableFormat tf;
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (qreal w : widthsPercent)
            widths << QTextLength(QTextLength::PercentageLength, w);
        tf.setColumnWidthConstraints(widths);
        tf.setCellSpacing(0);
        tf.setCellPadding(borderWidth > 0 ? 3 : 0);
        tf.setBorder(borderWidth);
        tf.setBorderCollapse(true);
        tf.setBorderBrush(Qt::black);
        tf.setBorderStyle(borderWidth > 0 ? QTextFrameFormat::BorderStyle_Solid
                                          : QTextFrameFormat::BorderStyle_None);
        tf.setHeaderRowCount(headerRows);
        tf.setTopMargin(4);
        tf.setBottomMargin(4);
        if (part > 0 || (breakFirst && headingKey.isEmpty()))
            tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);

        // A table needs a block before it; the first one of the document is used as is.
        if (m_firstBlock)
            m_firstBlock = false;
        else
            m_cursor.insertBlock(QTextBlockFormat(), charFormat(2));
        QTextTable *table =
            m_cursor.insertTable(headerRows + (end - first), int(widthsPercent.size()), tf);

        TrackedTable tracked;
        tracked.table = table;
        tracked.headerRows = headerRows;
        for (int c = 0; c < header.size(); ++c) {
            fillCell(table, 0, c, header[c]);
            QTextTableCellFormat cf = table->cellAt(0, c).format().toTableCellFormat();
            cf.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            table->cellAt(0, c).setFormat(cf);
        }
        if (headerRows)
            tracked.rowKeys << QString();
        for (int r = first; r < end; ++r) {
            for (int c = 0; c < rows[r].size(); ++c)
                fillCell(table, headerRows + r - first, c, rows[r][c]);
            tracked.rowKeys << QStringLiteral("%1:%2").arg(key).arg(r + offset);
        }
        if (part == 0) {
            tracked.headingKey = headingKey;
            tracked.headingBlock = headingBlock;
        }
        m_tables << tracked;
        m_cursor.movePosition(QTextCursor::End);
    }
}

void Builder::addHeader()
{
    // Two columns without borders: the issuing body on the left, the national title on the
    // right (Nghị định 30/2020, Phụ lục I, mẫu 1.1).
    const QTextBlockFormat center = blockFormat(Qt::AlignHCenter);
    QTextBlockFormat rule = center;
    QTextBlockFormat shortRule = center;
    shortRule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                          QTextLength(QTextLength::PercentageLength, 30));
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 58));

    Cell left;
    for (const QString &line : agencyLines(m_in.parentBody))
        left << CellLine{line, charFormat(kAgencyPt), center};
    for (const QString &line : agencyLines(m_in.issuingBody))
        left << CellLine{line, charFormat(kAgencyPt, true), center};
    left << CellLine{QString(), charFormat(6), shortRule};
    left << CellLine{QStringLiteral("Số: %1").arg(m_in.reportNumber), charFormat(kHeaderPt),
                     blockFormat(Qt::AlignHCenter, 2)};

    Cell right{
        {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), charFormat(kAgencyPt, true), center},
        {QStringLiteral("Độc lập - Tự do - Hạnh phúc"), charFormat(kHeaderPt, true), center},
        {QString(), charFormat(6), rule},
        {placeAndDate(m_in), charFormat(kBodyPt, false, true), blockFormat(Qt::AlignHCenter, 2)}};
    addTable(QStringLiteral("header"), {kLeftHeaderPercent, 100 - kLeftHeaderPercent}, {},
             {{left, right}}, 0);
}

void Builder::addTitle()
{
    addParagraph(QStringLiteral("BÁO CÁO"), blockFormat(Qt::AlignHCenter, 18, 0),
                 charFormat(kBodyPt, true));
    addParagraph(subtitle(m_in), blockFormat(Qt::AlignHCenter, 0, 0), charFormat(kBodyPt, true));
    QTextBlockFormat rule = blockFormat(Qt::AlignHCenter, 4, 10);
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 20));
    addParagraph(QString(), rule, charFormat(6));
}

void Builder::addResults()
{
    addHeading(QStringLiteral("I. KẾT QUẢ THỰC HIỆN"), QStringLiteral("h:results"));
    const QList<Channel> channels = channelsInUse(m_in);
    if (channels.isEmpty()) {
        addParagraph(kNoActivities, bodyFormat(), charFormat(kBodyPt));
        return;
    }
    int number = 0;
    for (Channel channel : channels) {
        ++number;
        const QString key = channelKey(channel);
        addHeading(QStringLiteral("%1. %2").arg(number).arg(vietnameseChannelName(channel)),
                   QStringLiteral("h:%1").arg(key));
        addDataTable(QStringLiteral("t:%1").arg(key), kResultWidths, kResultColumns,
                     resultRows(m_in, channel), {1});
    }
}

void Builder::addArticles()
{
    addHeading(QStringLiteral("II. DANH SÁCH TIN BÀI ĐÃ ĐĂNG"), QStringLiteral("h:articles"));
    if (m_in.articles.isEmpty()) {
        addParagraph(kNoArticles, bodyFormat(), charFormat(kBodyPt));
        return;
    }
    addDataTable(QStringLiteral("t:articles"), kArticleWidths, kArticleColumns, articleRows(m_in),
                 {2, 3});
}

// A bordered table: header row bold and centred, 13 pt; the columns in `leftColumns` aligned
// left, the others centred; links (the articles' last column) 11 pt and clickable.
void Builder::addDataTable(const QString &key, const QList<qreal> &widths,
                           const QStringList &columns, const QList<Row> &rows,
                           const QList<int> &leftColumns)
{
    const QTextBlockFormat center = blockFormat(Qt::AlignHCenter);
    const QTextBlockFormat left = blockFormat(Qt::AlignLeft);
    QList<Cell> header;
    for (const QString &c : columns)
        header << Cell{{c, charFormat(kTablePt, true), center}};
    const bool links = key == QLatin1String("t:articles");
    QList<QList<Cell>> cells;
    for (const Row &row : rows) {
        QList<Cell> cellRow;
        for (int c = 0; c < row.size(); ++c) {
            const bool isLink = links && c == row.size() - 1;
            QTextCharFormat chars = charFormat(isLink ? kRecipientsPt : kTablePt);
            if (isLink && !row[c].value(0).isEmpty()) {
                chars.setAnchor(true);
                chars.setAnchorHref(row[c].value(0));
            }
            Cell cell;
            for (const QString &line : row[c])
                cell << CellLine{line, chars, leftColumns.contains(c) ? left : center};
            cellRow << cell;
        }
        cells << cellRow;
    }
    addTable(key, widths, header, cells, 1);
}

void Builder::addBehind()
{
    addHeading(QStringLiteral("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"), QStringLiteral("h:behind"));
    for (const QString &p : behindParagraphs(m_in))
        addParagraph(p, bodyFormat(), charFormat(kBodyPt));
}

void Builder::addProposals()
{
    addHeading(QStringLiteral("IV. ĐỀ XUẤT, KIẾN NGHỊ"), QStringLiteral("h:proposals"));
    for (const QString &p : proposalParagraphs(m_in))
        addParagraph(p, bodyFormat(), charFormat(kBodyPt));
    addParagraph(closingSentence(m_in), bodyFormat(), charFormat(kBodyPt));
}

void Builder::addSignature()
{
    // Recipients on the left (Nơi nhận: bold italic 12 pt, the list 11 pt), the signer on the
    // right (title bold, room for the signature and seal, name bold).
    const QTextBlockFormat left = blockFormat(Qt::AlignLeft);
    const QTextBlockFormat center = blockFormat(Qt::AlignHCenter);
    Cell recipients{{QStringLiteral("Nơi nhận:"), charFormat(kRecipientsTitlePt, true, true),
                     blockFormat(Qt::AlignLeft, 0, 0)}};
    for (const QString &r : m_in.recipients)
        recipients << CellLine{QStringLiteral("- %1").arg(r), charFormat(kRecipientsPt), left};
    Cell signer{{signerTitle(m_in), charFormat(kBodyPt, true), center}};
    for (int i = 0; i < 4; ++i)
        signer << CellLine{QString(), charFormat(kBodyPt), center};
    signer << CellLine{m_in.signerName, charFormat(kBodyPt, true), center};
    addTable(QStringLiteral("sign"), {50, 50}, {}, {{recipients, signer}}, 0);
}

std::unique_ptr<QTextDocument> Builder::build()
{
    auto doc = std::make_unique<QTextDocument>();
    m_doc = doc.get();
    QFont font;
    font.setFamilies(serifFamilies());
    font.setPointSizeF(kBodyPt);
    doc->setDefaultFont(font);
    doc->setMetaInformation(
        QTextDocument::DocumentTitle,
        QStringLiteral("Báo cáo kết quả thực hiện Kế hoạch số %1").arg(m_in.plan.number));
    doc->setDocumentMargin(0);
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setTopMargin(mmToPx(kMarginTopMm));
    root.setBottomMargin(mmToPx(kMarginBottomMm));
    root.setLeftMargin(mmToPx(kMarginLeftMm));
    root.setRightMargin(mmToPx(kMarginRightMm));
    doc->rootFrame()->setFrameFormat(root);

    m_cursor = QTextCursor(doc.get());
    m_cursor.beginEditBlock();
    addHeader();
    addTitle();
    for (const QString &p : paragraphs(introduction(m_in)))
        addParagraph(p, bodyFormat(), charFormat(kBodyPt));
    addResults();
    addArticles();
    addBehind();
    addProposals();
    addSignature();
    m_cursor.endEditBlock();
    return doc;
}

// --- Pagination ---------------------------------------------------------------------------

QRectF blocksRect(QAbstractTextDocumentLayout *layout, const QTextTableCell &cell)
{
    QRectF rect;
    QTextBlock b = cell.firstCursorPosition().block();
    const QTextBlock last = cell.lastCursorPosition().block();
    while (b.isValid()) {
        rect |= layout->blockBoundingRect(b);
        if (b == last)
            break;
        b = b.next();
    }
    return rect;
}

// Where a table row's text lies (the union of its cells' blocks).
QRectF rowRect(QAbstractTextDocumentLayout *layout, QTextTable *table, int row)
{
    QRectF rect;
    for (int c = 0; c < table->columns(); ++c)
        rect |= blocksRect(layout, table->cellAt(row, c));
    return rect;
}

// The first row that straddles a page, or heading left alone at a page's foot; its key.
QString firstBadBreak(QTextDocument *doc, const QList<Builder::TrackedTable> &tables)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal pageHeight = doc->pageSize().height();
    auto page = [pageHeight](qreal y) {
        return int(std::floor(y / pageHeight));
    };
    for (const Builder::TrackedTable &t : tables) {
        if (!t.table)
            continue;
        for (int r = t.headerRows; r < t.table->rows(); ++r) {
            const QRectF row = rowRect(layout, t.table, r);
            if (row.isEmpty())
                continue;
            const bool firstDataRow = r == t.headerRows;
            bool bad = page(row.top()) != page(row.bottom() - 0.5);
            if (!bad && firstDataRow && t.headingBlock >= 0) {
                const QRectF heading =
                    layout->blockBoundingRect(doc->findBlockByNumber(t.headingBlock));
                bad = page(heading.top()) != page(row.top());
            }
            if (!bad)
                continue;
            if (firstDataRow && !t.headingKey.isEmpty())
                return t.headingKey;
            return t.rowKeys.value(r);
        }
    }
    return {};
}

// Where the PDF must start new pages so that no row straddles one, found cheaply. Laying the
// whole report out once per split costs a full layout per page of a long article list (ten
// seconds for a year of 800 articles). What follows a split does not depend on what comes
// before it (the split starts a page), so each search lays out a window instead: the report
// from the last page start found on, with the article list cut to kWindowRows rows. A split
// found moves the window on; a window without one moves on to the first row of its last
// page (which starts that page anyway, so the window's layout from there is the real one).
// The caller checks the whole result once and fixes anything missed the slow way.
QSet<QString> findBreaksInWindows(const ReportInput &input,
                                  const std::function<void(QTextDocument *)> &prepare)
{
    constexpr int kWindowRows = 45;
    const QString articlePrefix = QStringLiteral("t:articles:");
    QSet<QString> breaks;
    QString start; // the article row the window starts at (empty: the report's beginning)
    for (int guard = 0; guard < 1000; ++guard) {
        QSet<QString> windowBreaks = breaks;
        if (!start.isEmpty())
            windowBreaks.insert(start);
        // Only the window's articles are built: building all of them each time would cost
        // as much as the layouts saved.
        const int firstArticle = start.isEmpty() ? 0 : start.mid(articlePrefix.size()).toInt();
        ReportInput window = input;
        window.articles = input.articles.mid(firstArticle, kWindowRows);
        const bool more = firstArticle + kWindowRows < input.articles.size();
        Builder builder(window, windowBreaks, firstArticle);
        std::unique_ptr<QTextDocument> d = builder.build();
        QList<Builder::TrackedTable> tables = builder.tables();
        // Headings are found by block number: follow them through the cuts.
        QList<QTextCursor> headings;
        for (const Builder::TrackedTable &t : std::as_const(tables))
            headings << (t.headingBlock >= 0 ? QTextCursor(d->findBlockByNumber(t.headingBlock))
                                             : QTextCursor());
        int part = -1;
        for (int i = 0; i < tables.size() && part < 0; ++i) {
            const QString first = tables[i].rowKeys.value(tables[i].headerRows);
            if (start.isEmpty() ? first.startsWith(articlePrefix) : first == start)
                part = i;
        }
        bool truncated = false;
        if (part >= 0) {
            QTextTable *t = tables[part].table;
            if (!start.isEmpty()) {
                // Everything before the window's first page goes.
                QTextCursor before(d.get());
                const QTextBlock tableBlock = d->findBlock(t->firstPosition());
                const QTextBlock previous = tableBlock.previous();
                before.setPosition(0);
                before.setPosition(previous.isValid() ? previous.position() : 0,
                                   QTextCursor::KeepAnchor);
                before.removeSelectedText();
            }
            if (more) {
                // What follows the list belongs after its real end, not after the window.
                QTextCursor after = t->lastCursorPosition();
                after.movePosition(QTextCursor::NextBlock);
                after.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
                after.removeSelectedText();
                truncated = true;
            }
        }
        for (int i = 0; i < tables.size(); ++i)
            if (!headings[i].isNull())
                tables[i].headingBlock = headings[i].block().blockNumber();
        prepare(d.get());
        const QString bad = firstBadBreak(d.get(), tables);
        if (!bad.isEmpty() && !windowBreaks.contains(bad)) {
            breaks.insert(bad);
            if (bad.startsWith(articlePrefix))
                start = bad;
            continue;
        }
        if (!truncated || part < 0)
            return breaks; // the window reached the end of the report
        // Move on to the first row of the window's last page.
        QAbstractTextDocumentLayout *layout = d->documentLayout();
        const qreal pageHeight = d->pageSize().height();
        const Builder::TrackedTable &t = tables[part];
        auto top = [&](int r) {
            return rowRect(layout, t.table, r).top();
        };
        const int last = t.table->rows() - 1;
        const int lastPage = int(std::floor(top(last) / pageHeight));
        int next = last;
        while (next - 1 > t.headerRows && int(std::floor(top(next - 1) / pageHeight)) == lastPage)
            --next;
        const QString nextKey = t.rowKeys.value(next);
        if (nextKey.isEmpty() || nextKey == start)
            return breaks; // no progress: let the caller's check finish the job
        start = nextKey;
    }
    return breaks;
}

Status writeError(const QString &path, const QString &reason)
{
    return Error{QStringLiteral("write-failed"),
                 PlanReport::tr("Could not save the report as %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason)};
}

Status saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return writeError(path, file.errorString());
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status needsGui()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return Error{QStringLiteral("no-gui"),
                 PlanReport::tr("The report can only be laid out in a graphical session.")};
}

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

// --- HTML ---------------------------------------------------------------------------------

QByteArray htmlBytes(const ReportInput &in)
{
    QString h;
    auto add = [&h](const QString &s) {
        h += s + QLatin1Char('\n');
    };
    auto p = [&add](const QString &text, const QString &cls = QString()) {
        add(cls.isEmpty() ? QStringLiteral("<p>%1</p>").arg(htmlEscape(text))
                          : QStringLiteral("<p class=\"%1\">%2</p>").arg(cls, htmlEscape(text)));
    };
    auto table = [&add](const QStringList &columns, const QList<qreal> &widths,
                        const QList<Row> &rows, const QList<int> &leftColumns, bool links) {
        QString head = QStringLiteral("<table class=\"data\"><thead><tr>");
        for (int c = 0; c < columns.size(); ++c)
            head += QStringLiteral("<th style=\"width:%1%\">%2</th>")
                        .arg(widths.value(c))
                        .arg(htmlEscape(columns[c]));
        add(head + QStringLiteral("</tr></thead><tbody>"));
        for (const Row &row : rows) {
            QString tr = QStringLiteral("<tr>");
            for (int c = 0; c < row.size(); ++c) {
                const bool isLink = links && c == row.size() - 1;
                QStringList lines;
                for (const QString &line : row[c])
                    lines << htmlEscape(line);
                QString content = lines.join(QStringLiteral("<br>"));
                if (isLink && !content.isEmpty())
                    content = QStringLiteral("<a href=\"%1\">%1</a>").arg(content);
                const QString cls = isLink                    ? QStringLiteral(" class=\"link\"")
                                    : leftColumns.contains(c) ? QString()
                                                              : QStringLiteral(" class=\"n\"");
                tr += QStringLiteral("<td%1>%2</td>").arg(cls, content);
            }
            add(tr + QStringLiteral("</tr>"));
        }
        add(QStringLiteral("</tbody></table>"));
    };

    add(QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">"));
    add(QStringLiteral("<title>%1</title>").arg(htmlEscape(documentTitle(in))));
    add(QStringLiteral(
        "<style>\n"
        "@page { size: A4; margin: 20mm 15mm 20mm 30mm; }\n"
        "body { font-family: \"Times New Roman\", \"Liberation Serif\", serif; font-size: 14pt;"
        " color: #000; max-width: 165mm; margin: 1em auto; line-height: 1.2; }\n"
        "p { margin: 0 0 6pt 0; text-align: justify; text-indent: 1.27cm; }\n"
        "p.h { font-weight: bold; margin-top: 6pt; page-break-after: avoid; }\n"
        "p.title { font-weight: bold; text-align: center; text-indent: 0; margin: 18pt 0 0 0; }\n"
        "p.subtitle { font-weight: bold; text-align: center; text-indent: 0; margin: 0; }\n"
        "table { border-collapse: collapse; width: 100%; }\n"
        "table.doc td { border: none; vertical-align: top; text-align: center; padding: 0; }\n"
        "table.data { font-size: 13pt; margin: 4pt 0 8pt 0; }\n"
        "table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt;"
        " vertical-align: top; }\n"
        "table.data td.n { text-align: center; }\n"
        "table.data td.link { font-size: 11pt; word-break: break-all; }\n"
        "tr { page-break-inside: avoid; break-inside: avoid; }\n"
        "thead { display: table-header-group; }\n"
        "hr { border: none; border-top: 1px solid #000; margin: 2pt auto; }\n"
        ".agency { font-size: 12pt; } .b { font-weight: bold; } .i { font-style: italic; }\n"
        ".recipients { text-align: left !important; font-size: 11pt; }\n"
        ".recipients .t { font-size: 12pt; font-weight: bold; font-style: italic; }\n"
        "</style>\n</head>\n<body>"));

    add(QStringLiteral("<table class=\"doc\"><tr><td style=\"width:%1%\">")
            .arg(kLeftHeaderPercent));
    for (const QString &line : agencyLines(in.parentBody))
        add(QStringLiteral("<div class=\"agency\">%1</div>").arg(htmlEscape(line)));
    for (const QString &line : agencyLines(in.issuingBody))
        add(QStringLiteral("<div class=\"agency b\">%1</div>").arg(htmlEscape(line)));
    add(QStringLiteral("<hr style=\"width:30%\">"));
    add(QStringLiteral("<div style=\"font-size:13pt\">Số: %1</div>")
            .arg(htmlEscape(in.reportNumber)));
    add(QStringLiteral("</td><td>"));
    add(QStringLiteral("<div class=\"agency b\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>"));
    add(QStringLiteral("<div class=\"b\" style=\"font-size:13pt\">Độc lập - Tự do - Hạnh "
                       "phúc</div>"));
    add(QStringLiteral("<hr style=\"width:58%\">"));
    add(QStringLiteral("<div class=\"i\">%1</div>").arg(htmlEscape(placeAndDate(in))));
    add(QStringLiteral("</td></tr></table>"));

    p(QStringLiteral("BÁO CÁO"), QStringLiteral("title"));
    p(subtitle(in), QStringLiteral("subtitle"));
    add(QStringLiteral("<hr style=\"width:20%;margin-bottom:10pt\">"));
    for (const QString &para : paragraphs(introduction(in)))
        p(para);

    p(QStringLiteral("I. KẾT QUẢ THỰC HIỆN"), QStringLiteral("h"));
    int number = 0;
    for (Channel channel : channelsInUse(in)) {
        ++number;
        p(QStringLiteral("%1. %2").arg(number).arg(vietnameseChannelName(channel)),
          QStringLiteral("h"));
        table(kResultColumns, kResultWidths, resultRows(in, channel), {1}, false);
    }
    if (number == 0)
        p(kNoActivities);

    p(QStringLiteral("II. DANH SÁCH TIN BÀI ĐÃ ĐĂNG"), QStringLiteral("h"));
    if (in.articles.isEmpty())
        p(kNoArticles);
    else
        table(kArticleColumns, kArticleWidths, articleRows(in), {2, 3}, true);

    p(QStringLiteral("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"), QStringLiteral("h"));
    for (const QString &para : behindParagraphs(in))
        p(para);
    p(QStringLiteral("IV. ĐỀ XUẤT, KIẾN NGHỊ"), QStringLiteral("h"));
    for (const QString &para : proposalParagraphs(in))
        p(para);
    p(closingSentence(in));

    add(QStringLiteral("<table class=\"doc\" style=\"margin-top:8pt\"><tr>"
                       "<td class=\"recipients\" style=\"width:50%\">"));
    add(QStringLiteral("<div class=\"t\">Nơi nhận:</div>"));
    for (const QString &r : in.recipients)
        add(QStringLiteral("<div>- %1</div>").arg(htmlEscape(r)));
    add(QStringLiteral("</td><td>"));
    add(QStringLiteral("<div class=\"b\">%1</div>").arg(htmlEscape(signerTitle(in))));
    add(QStringLiteral("<div style=\"height:6em\"></div>"));
    add(QStringLiteral("<div class=\"b\">%1</div>").arg(htmlEscape(in.signerName)));
    add(QStringLiteral("</td></tr></table>\n</body>\n</html>"));
    return h.toUtf8();
}

// --- ODT ----------------------------------------------------------------------------------

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// A zip of stored (uncompressed) entries: what ODF asks of "mimetype" (first, stored), and
// enough for the rest; QtCore has no public zip writer.
QByteArray storedZip(const QList<std::pair<QString, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray central;
    auto le16 = [](QByteArray &b, quint16 v) {
        b.append(char(v & 0xFF)).append(char(v >> 8));
    };
    auto le32 = [&le16](QByteArray &b, quint32 v) {
        le16(b, quint16(v & 0xFFFF));
        le16(b, quint16(v >> 16));
    };
    const QDateTime now = QDateTime::currentDateTime();
    const quint16 dosTime =
        quint16((now.time().hour() << 11) | (now.time().minute() << 5) | (now.time().second() / 2));
    const quint16 dosDate = quint16(((qMax(now.date().year(), 1980) - 1980) << 9) |
                                    (now.date().month() << 5) | now.date().day());
    for (const auto &[name, data] : entries) {
        const QByteArray fileName = name.toUtf8();
        const quint32 crc = crc32(data);
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50);
        le16(out, 20);     // version needed
        le16(out, 0x0800); // UTF-8 names
        le16(out, 0);      // stored
        le16(out, dosTime);
        le16(out, dosDate);
        le32(out, crc);
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(fileName.size()));
        le16(out, 0);
        out += fileName;
        out += data;

        le32(central, 0x02014b50);
        le16(central, 20); // made by
        le16(central, 20); // needed
        le16(central, 0x0800);
        le16(central, 0);
        le16(central, dosTime);
        le16(central, dosDate);
        le32(central, crc);
        le32(central, quint32(data.size()));
        le32(central, quint32(data.size()));
        le16(central, quint16(fileName.size()));
        le16(central, 0); // extra
        le16(central, 0); // comment
        le16(central, 0); // disk
        le16(central, 0); // internal attributes
        le32(central, 0); // external attributes
        le32(central, offset);
        central += fileName;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint16(entries.size()));
    le16(out, quint16(entries.size()));
    le32(out, quint32(central.size()));
    le32(out, centralOffset);
    le16(out, 0);
    return out;
}

QString cm(qreal value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("cm");
}

// content.xml's body, written as text (element by element; every text escaped).
class OdtContent
{
public:
    QString x;
    int tables = 0;

    void open(const QString &element, const QString &attributes = QString())
    {
        x += QStringLiteral("<%1%2%3>")
                 .arg(element, attributes.isEmpty() ? QString() : QStringLiteral(" "), attributes);
    }
    void close(const QString &element) { x += QStringLiteral("</%1>").arg(element); }

    // Text with its spaces kept (ODF collapses runs of spaces like HTML does).
    void text(const QString &t)
    {
        qsizetype i = 0;
        while (i < t.size()) {
            qsizetype j = i;
            while (j < t.size() && t[j] == QLatin1Char(' '))
                ++j;
            const qsizetype spaces = j - i;
            if (spaces > 1 || (spaces == 1 && (i == 0 || j == t.size()))) {
                x += QStringLiteral("<text:s text:c=\"%1\"/>").arg(spaces);
                i = j;
                continue;
            }
            // One space between words, then the word.
            while (j < t.size() && t[j] != QLatin1Char(' '))
                ++j;
            x += t.mid(i, j - i).toHtmlEscaped();
            i = j;
        }
    }

    void p(const QString &style, const QString &t = QString(), const QString &href = QString())
    {
        open(QStringLiteral("text:p"), QStringLiteral("text:style-name=\"%1\"").arg(style));
        if (!href.isEmpty()) {
            open(QStringLiteral("text:a"), QStringLiteral("xlink:type=\"simple\" xlink:href=\"%1\"")
                                               .arg(href.toHtmlEscaped()));
            text(t);
            close(QStringLiteral("text:a"));
        } else {
            text(t);
        }
        close(QStringLiteral("text:p"));
    }

    void startTable(const QString &style, int columns, const QString &columnPrefix)
    {
        open(QStringLiteral("table:table"),
             QStringLiteral("table:name=\"Bảng%1\" table:style-name=\"%2\"")
                 .arg(++tables)
                 .arg(style));
        for (int c = 0; c < columns; ++c)
            x += QStringLiteral("<table:table-column table:style-name=\"%1.%2\"/>")
                     .arg(columnPrefix)
                     .arg(QChar(u'A' + c));
    }

    void startRow()
    {
        open(QStringLiteral("table:table-row"), QStringLiteral("table:style-name=\"RKeep\""));
    }
    void endRow() { close(QStringLiteral("table:table-row")); }

    void startCell(const QString &style)
    {
        open(QStringLiteral("table:table-cell"),
             QStringLiteral("table:style-name=\"%1\" office:value-type=\"string\"").arg(style));
    }
    void endCell() { close(QStringLiteral("table:table-cell")); }
    void endTable() { close(QStringLiteral("table:table")); }

    void dataTable(const QString &style, const QString &columnPrefix, const QStringList &columns,
                   const QList<Row> &rows, const QList<int> &leftColumns, bool links)
    {
        startTable(style, int(columns.size()), columnPrefix);
        open(QStringLiteral("table:table-header-rows"));
        startRow();
        for (const QString &c : columns) {
            startCell(QStringLiteral("CBorder"));
            p(QStringLiteral("TH"), c);
            endCell();
        }
        endRow();
        close(QStringLiteral("table:table-header-rows"));
        for (const Row &row : rows) {
            startRow();
            for (int c = 0; c < row.size(); ++c) {
                startCell(QStringLiteral("CBorder"));
                const bool isLink = links && c == row.size() - 1;
                for (const QString &line : row[c]) {
                    if (isLink)
                        p(QStringLiteral("TLink"), line, line);
                    else
                        p(leftColumns.contains(c) ? QStringLiteral("TL") : QStringLiteral("TC"),
                          line);
                }
                if (row[c].isEmpty())
                    p(QStringLiteral("TC"));
                endCell();
            }
            endRow();
        }
        endTable();
    }
};

QByteArray odtBytes(const ReportInput &in)
{
    const qreal textWidthCm = (kA4WidthMm - kMarginLeftMm - kMarginRightMm) / 10.0;
    const QString ns =
        QStringLiteral(" xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                       " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                       " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                       " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                       " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                       " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                       " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                       " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                       " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                       " office:version=\"1.2\"");
    const QString fonts = QStringLiteral(
        "<office:font-face-decls><style:font-face style:name=\"Times New Roman\""
        " svg:font-family=\"&apos;Times New Roman&apos;\" style:font-family-generic=\"roman\""
        " style:font-pitch=\"variable\"/></office:font-face-decls>");

    // styles.xml: the default font, the page (A4, the decree's margins), page numbers at the
    // top centre from the second page on.
    QString styles = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    "<office:document-styles%1>%2<office:styles>")
                         .arg(ns, fonts);
    styles += QStringLiteral(
        "<style:default-style style:family=\"paragraph\"><style:paragraph-properties"
        " fo:orphans=\"2\" fo:widows=\"2\"/><style:text-properties"
        " style:font-name=\"Times New Roman\" fo:font-size=\"14pt\" fo:language=\"vi\""
        " fo:country=\"VN\" fo:color=\"#000000\"/></style:default-style>"
        "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
        "<style:style style:name=\"Header\" style:family=\"paragraph\"><style:paragraph-properties"
        " fo:text-align=\"center\"/><style:text-properties fo:font-size=\"13pt\"/></style:style>"
        "</office:styles><office:automatic-styles>");
    const QString pageProperties =
        QStringLiteral("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
                       " style:print-orientation=\"portrait\" fo:margin-top=\"%1\""
                       " fo:margin-bottom=\"%2\" fo:margin-left=\"%3\" fo:margin-right=\"%4\"")
            .arg(cm(kMarginTopMm / 10), cm(kMarginBottomMm / 10), cm(kMarginLeftMm / 10),
                 cm(kMarginRightMm / 10));
    // The first page without a number; the others with one in a header set in the top margin.
    styles +=
        QStringLiteral("<style:page-layout style:name=\"PFirst\"><style:page-layout-properties"
                       " %1/></style:page-layout>")
            .arg(pageProperties);
    styles +=
        QStringLiteral("<style:page-layout style:name=\"PNext\"><style:page-layout-properties %1/>"
                       "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\""
                       " fo:margin-bottom=\"0.3cm\"/></style:header-style></style:page-layout>")
            .arg(QString(pageProperties)
                     .replace(QStringLiteral("fo:margin-top=\"%1\"").arg(cm(kMarginTopMm / 10)),
                              QStringLiteral("fo:margin-top=\"1cm\"")));
    styles +=
        QStringLiteral("</office:automatic-styles><office:master-styles>"
                       "<style:master-page style:name=\"First\" style:page-layout-name=\"PFirst\""
                       " style:next-style-name=\"Next\"/>"
                       "<style:master-page style:name=\"Next\" style:page-layout-name=\"PNext\">"
                       "<style:header><text:p text:style-name=\"Header\"><text:page-number"
                       " text:select-page=\"current\"/></text:p></style:header></style:master-page>"
                       "</office:master-styles></office:document-styles>");

    // content.xml
    OdtContent o;
    o.x = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<office:document-content%1>%2<office:automatic-styles>")
              .arg(ns, fonts);
    // Paragraph styles.
    const QString rule =
        QStringLiteral("fo:border-bottom=\"0.5pt solid #000000\" fo:padding=\"0cm\"");
    const qreal leftCol = textWidthCm * kLeftHeaderPercent / 100;
    const qreal rightCol = textWidthCm - leftCol;
    const QList<std::array<QString, 3>> pstyles{
        {QStringLiteral("Agency"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-size=\"12pt\"")},
        {QStringLiteral("AgencyB"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-size=\"12pt\" fo:font-weight=\"bold\"")},
        {QStringLiteral("Motto"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-size=\"13pt\" fo:font-weight=\"bold\"")},
        {QStringLiteral("Number"), QStringLiteral("fo:text-align=\"center\" fo:margin-top=\"4pt\""),
         QStringLiteral("fo:font-size=\"13pt\"")},
        {QStringLiteral("Date"), QStringLiteral("fo:text-align=\"center\" fo:margin-top=\"4pt\""),
         QStringLiteral("fo:font-size=\"14pt\" fo:font-style=\"italic\"")},
        {QStringLiteral("RuleL"),
         QStringLiteral("%1 fo:margin-left=\"%2\" fo:margin-right=\"%2\"")
             .arg(rule, cm(leftCol * 0.35)),
         QStringLiteral("fo:font-size=\"2pt\"")},
        {QStringLiteral("RuleR"),
         QStringLiteral("%1 fo:margin-left=\"%2\" fo:margin-right=\"%2\"")
             .arg(rule, cm(rightCol * 0.21)),
         QStringLiteral("fo:font-size=\"2pt\"")},
        {QStringLiteral("RuleT"),
         QStringLiteral("%1 fo:margin-left=\"%2\" fo:margin-right=\"%2\" fo:margin-bottom=\"10pt\"")
             .arg(rule, cm(textWidthCm * 0.4)),
         QStringLiteral("fo:font-size=\"2pt\"")},
        {QStringLiteral("Title"),
         QStringLiteral(
             "fo:text-align=\"center\" fo:margin-top=\"18pt\" fo:keep-with-next=\"always\""),
         QStringLiteral("fo:font-weight=\"bold\"")},
        {QStringLiteral("Subtitle"),
         QStringLiteral("fo:text-align=\"center\" fo:keep-with-next=\"always\""),
         QStringLiteral("fo:font-weight=\"bold\"")},
        {QStringLiteral("Body"),
         QStringLiteral(
             "fo:text-align=\"justify\" fo:text-indent=\"1.27cm\" fo:margin-bottom=\"6pt\""
             " fo:line-height=\"115%\""),
         QString()},
        {QStringLiteral("Head"),
         QStringLiteral("fo:text-align=\"justify\" fo:text-indent=\"1.27cm\" fo:margin-top=\"6pt\""
                        " fo:margin-bottom=\"6pt\" fo:keep-with-next=\"always\""),
         QStringLiteral("fo:font-weight=\"bold\"")},
        {QStringLiteral("TH"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-size=\"13pt\" fo:font-weight=\"bold\"")},
        {QStringLiteral("TC"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-size=\"13pt\"")},
        {QStringLiteral("TL"), QStringLiteral("fo:text-align=\"start\""),
         QStringLiteral("fo:font-size=\"13pt\"")},
        {QStringLiteral("TLink"), QStringLiteral("fo:text-align=\"start\""),
         QStringLiteral("fo:font-size=\"11pt\"")},
        {QStringLiteral("RecT"), QStringLiteral("fo:text-align=\"start\""),
         QStringLiteral("fo:font-size=\"12pt\" fo:font-weight=\"bold\" fo:font-style=\"italic\"")},
        {QStringLiteral("Rec"), QStringLiteral("fo:text-align=\"start\""),
         QStringLiteral("fo:font-size=\"11pt\"")},
        {QStringLiteral("Sign"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-weight=\"bold\"")},
    };
    QString autos;
    for (const auto &[name, para, text] : pstyles) {
        autos += QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\""
                                " style:parent-style-name=\"Standard\">"
                                "<style:paragraph-properties %2/><style:text-properties"
                                " style:font-name=\"Times New Roman\" %3/></style:style>")
                     .arg(name, para, text);
    }
    // Tables, columns, rows that stay on one page, cells.
    auto tableStyle = [&autos, textWidthCm](const QString &name, const QString &prefix,
                                            const QList<qreal> &widths) {
        // The document opens with the header table: it starts the first page's master page.
        const QString master = name == QLatin1String("THead")
                                   ? QStringLiteral(" style:master-page-name=\"First\"")
                                   : QString();
        autos += QStringLiteral("<style:style style:name=\"%1\" style:family=\"table\"%3>"
                                "<style:table-properties style:width=\"%2\" table:align=\"left\""
                                " fo:margin-top=\"3pt\" fo:margin-bottom=\"6pt\"/></style:style>")
                     .arg(name, cm(textWidthCm), master);
        for (int c = 0; c < widths.size(); ++c) {
            autos +=
                QStringLiteral("<style:style style:name=\"%1.%2\" style:family=\"table-column\">"
                               "<style:table-column-properties style:column-width=\"%3\""
                               " style:rel-column-width=\"%4*\"/></style:style>")
                    .arg(prefix)
                    .arg(QChar(u'A' + c))
                    .arg(cm(textWidthCm * widths[c] / 100))
                    .arg(qRound(widths[c] * 100));
        }
    };
    tableStyle(QStringLiteral("TData"), QStringLiteral("Res"), kResultWidths);
    tableStyle(QStringLiteral("TArt"), QStringLiteral("Art"), kArticleWidths);
    tableStyle(QStringLiteral("THead"), QStringLiteral("Hdr"),
               {kLeftHeaderPercent, 100 - kLeftHeaderPercent});
    tableStyle(QStringLiteral("TSign"), QStringLiteral("Sig"), {50, 50});
    autos += QStringLiteral(
        "<style:style style:name=\"RKeep\" style:family=\"table-row\"><style:table-row-properties"
        " fo:keep-together=\"always\"/></style:style>"
        "<style:style style:name=\"CBorder\" "
        "style:family=\"table-cell\"><style:table-cell-properties"
        " fo:border=\"0.5pt solid #000000\" fo:padding=\"0.08cm\" style:vertical-align=\"middle\"/>"
        "</style:style>"
        "<style:style style:name=\"CNone\" style:family=\"table-cell\"><style:table-cell-properties"
        " fo:border=\"none\" fo:padding=\"0cm\"/></style:style>");
    o.x += autos;
    o.x += QStringLiteral("</office:automatic-styles><office:body><office:text>");

    // The header: two columns without borders.
    o.startTable(QStringLiteral("THead"), 2, QStringLiteral("Hdr"));
    o.startRow();
    o.startCell(QStringLiteral("CNone"));
    for (const QString &line : agencyLines(in.parentBody))
        o.p(QStringLiteral("Agency"), line);
    for (const QString &line : agencyLines(in.issuingBody))
        o.p(QStringLiteral("AgencyB"), line);
    o.p(QStringLiteral("RuleL"));
    o.p(QStringLiteral("Number"), QStringLiteral("Số: %1").arg(in.reportNumber));
    o.endCell();
    o.startCell(QStringLiteral("CNone"));
    o.p(QStringLiteral("AgencyB"), QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    o.p(QStringLiteral("Motto"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    o.p(QStringLiteral("RuleR"));
    o.p(QStringLiteral("Date"), placeAndDate(in));
    o.endCell();
    o.endRow();
    o.endTable();

    o.p(QStringLiteral("Title"), QStringLiteral("BÁO CÁO"));
    o.p(QStringLiteral("Subtitle"), subtitle(in));
    o.p(QStringLiteral("RuleT"));
    for (const QString &para : paragraphs(introduction(in)))
        o.p(QStringLiteral("Body"), para);

    o.p(QStringLiteral("Head"), QStringLiteral("I. KẾT QUẢ THỰC HIỆN"));
    int number = 0;
    for (Channel channel : channelsInUse(in)) {
        ++number;
        o.p(QStringLiteral("Head"),
            QStringLiteral("%1. %2").arg(number).arg(vietnameseChannelName(channel)));
        o.dataTable(QStringLiteral("TData"), QStringLiteral("Res"), kResultColumns,
                    resultRows(in, channel), {1}, false);
    }
    if (number == 0)
        o.p(QStringLiteral("Body"), kNoActivities);

    o.p(QStringLiteral("Head"), QStringLiteral("II. DANH SÁCH TIN BÀI ĐÃ ĐĂNG"));
    if (in.articles.isEmpty())
        o.p(QStringLiteral("Body"), kNoArticles);
    else
        o.dataTable(QStringLiteral("TArt"), QStringLiteral("Art"), kArticleColumns, articleRows(in),
                    {2, 3}, true);

    o.p(QStringLiteral("Head"), QStringLiteral("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"));
    for (const QString &para : behindParagraphs(in))
        o.p(QStringLiteral("Body"), para);
    o.p(QStringLiteral("Head"), QStringLiteral("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
    for (const QString &para : proposalParagraphs(in))
        o.p(QStringLiteral("Body"), para);
    o.p(QStringLiteral("Body"), closingSentence(in));

    // Recipients and signer.
    o.startTable(QStringLiteral("TSign"), 2, QStringLiteral("Sig"));
    o.startRow();
    o.startCell(QStringLiteral("CNone"));
    o.p(QStringLiteral("RecT"), QStringLiteral("Nơi nhận:"));
    for (const QString &r : in.recipients)
        o.p(QStringLiteral("Rec"), QStringLiteral("- %1").arg(r));
    o.endCell();
    o.startCell(QStringLiteral("CNone"));
    o.p(QStringLiteral("Sign"), signerTitle(in));
    for (int i = 0; i < 4; ++i)
        o.p(QStringLiteral("Sign"));
    o.p(QStringLiteral("Sign"), in.signerName);
    o.endCell();
    o.endRow();
    o.endTable();
    o.x += QStringLiteral("</office:text></office:body></office:document-content>");

    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        " manifest:version=\"1.2\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
        " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";
    const QString meta =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta%1>"
                       "<office:meta><meta:generator>PressDesk</meta:generator><dc:title>%2"
                       "</dc:title><dc:language>vi-VN</dc:language></office:meta>"
                       "</office:document-meta>")
            .arg(ns, documentTitle(in).toHtmlEscaped());
    return storedZip(
        {{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text")},
         {QStringLiteral("META-INF/manifest.xml"), manifest},
         {QStringLiteral("content.xml"), o.x.toUtf8()},
         {QStringLiteral("styles.xml"), styles.toUtf8()},
         {QStringLiteral("meta.xml"), meta.toUtf8()}});
}

} // namespace

QString PlanReport::periodName(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && from.year() == to.year() && from.day() == 1 &&
        to.day() == to.daysInMonth() && from <= to) {
        const int year = from.year();
        const int m1 = from.month();
        const int m2 = to.month();
        if (m1 == 1 && m2 == 12)
            return QStringLiteral("năm %1").arg(year);
        if (m1 == 1 && m2 == 6)
            return QStringLiteral("6 tháng đầu năm %1").arg(year);
        if (m1 == 7 && m2 == 12)
            return QStringLiteral("6 tháng cuối năm %1").arg(year);
        if (m1 == 1 && m2 == 9)
            return QStringLiteral("9 tháng đầu năm %1").arg(year);
        if ((m1 - 1) % 3 == 0 && m2 == m1 + 2)
            return QStringLiteral("quý %1 năm %2").arg(roman((m1 + 2) / 3)).arg(year);
        if (m1 == m2)
            return QStringLiteral("tháng %1 năm %2").arg(m1).arg(year);
    }
    const QString format = QStringLiteral("dd/MM/yyyy");
    return QStringLiteral("từ ngày %1 đến ngày %2").arg(from.toString(format), to.toString(format));
}

std::unique_ptr<QTextDocument> PlanReport::build(const ReportInput &input)
{
    return Builder(input, {}).build();
}

Status PlanReport::writePdf(const ReportInput &input, const QString &path)
{
    if (Status gui = needsGui(); !gui)
        return gui;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());

    QPdfWriter writer(&file);
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(
        QStringLiteral("Báo cáo kết quả thực hiện Kế hoạch số %1").arg(input.plan.number));
    writer.setCreator(QStringLiteral("PressDesk"));

    const qreal dotsPerMm = kPdfDpi / 25.4;
    const QSizeF body((kA4WidthMm - kMarginLeftMm - kMarginRightMm) * dotsPerMm,
                      (kA4HeightMm - kMarginTopMm - kMarginBottomMm) * dotsPerMm);

    // The margins are painted around each page below, not laid out.
    auto prepare = [&](QTextDocument *d) {
        QTextFrameFormat root = d->rootFrame()->frameFormat();
        root.setMargin(0);
        d->rootFrame()->setFrameFormat(root);
        d->documentLayout()->setPaintDevice(&writer);
        d->setPageSize(body);
    };
    QSet<QString> breaks = findBreaksInWindows(input, prepare);

    // The whole document, checked; whatever the windows missed is found the slow way: lay
    // out, find a row straddling a page, build again with a break there (bounded).
    std::unique_ptr<QTextDocument> doc;
    for (int attempt = 0; attempt < 200; ++attempt) {
        Builder builder(input, breaks);
        doc = builder.build();
        prepare(doc.get());
        const QString bad = firstBadBreak(doc.get(), builder.tables());
        if (bad.isEmpty() || breaks.contains(bad))
            break;
        breaks.insert(bad);
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return writeError(path, tr("the PDF could not be started"));
    }
    const int pages = doc->pageCount();
    const QPointF origin(kMarginLeftMm * dotsPerMm, kMarginTopMm * dotsPerMm);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage())
            break;
        painter.save();
        painter.translate(origin.x(), origin.y() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        context.palette.setColor(QPalette::Dark, Qt::black);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        // Page numbers: centred in the top margin, from the second page (Nghị định 30).
        if (i > 0) {
            QFont font;
            font.setFamilies(serifFamilies());
            font.setPointSizeF(kHeaderPt);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(origin.x(), 0, body.width(), origin.y()), Qt::AlignCenter,
                             QString::number(i + 1));
        }
    }
    painter.end();
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status PlanReport::writeOdt(const ReportInput &input, const QString &path)
{
    // Written by hand rather than with QTextDocumentWriter("odf"): Qt 6.4's ODF writer drops
    // the font (writes "Sans"), writes a 100 % wide table as 100 pt, and knows nothing of the
    // page (A4, margins), repeated header rows or rows kept on one page.
    return saveBytes(path, odtBytes(input));
}

Status PlanReport::writeHtml(const ReportInput &input, const QString &path)
{
    return saveBytes(path, htmlBytes(input));
}

} // namespace PressDesk
