#include "report/ReportLayout.h"
#include "report/ReportText.h"
#include "report/ReportWriters.h"

#include <QList>

#include <zip.h>

#include <array>
#include <ctime>
#include <utility>

// The ODT is written by hand rather than with QTextDocumentWriter("odf"): Qt 6.4's ODF writer
// drops the font (writes "Sans"), writes a 100 % wide table as 100 pt, and knows nothing of the
// page (A4, margins), repeated header rows or rows kept on one page. Its zip container is
// libzip's (QtCore has no public zip writer).

namespace PressDesk {

using namespace ReportLayout;
using namespace ReportText;

namespace {

// The package, in memory (the caller saves it all or nothing): "mimetype" first and stored
// (uncompressed, no extra field), as ODF asks so that a program knows the file by its first
// bytes; the other entries deflated.
Result<QByteArray> odfPackage(const QList<std::pair<QString, QByteArray>> &entries)
{
    auto failure = [](const QString &reason) {
        return Error{QStringLiteral("zip-failed"),
                     PlanReport::tr("the ODT package could not be put together (%1)").arg(reason)};
    };
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    if (!archive) {
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(buffer);
        return failure(reason);
    }
    zip_error_fini(&error);
    zip_source_keep(buffer); // ours to read once the archive is closed
    auto abandon = [&](const QString &reason) {
        zip_discard(archive);
        zip_source_free(buffer);
        return failure(reason);
    };

    const time_t now = std::time(nullptr);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QByteArray &data = entries[i].second; // read at zip_close: entries outlive it
        zip_source_t *source =
            zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = source
                                      ? zip_file_add(archive, entries[i].first.toUtf8().constData(),
                                                     source, ZIP_FL_ENC_UTF_8)
                                      : -1;
        if (index < 0) {
            zip_source_free(source);
            return abandon(QString::fromUtf8(zip_strerror(archive)));
        }
        const zip_int32_t method = i == 0 ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        if (zip_set_file_compression(archive, zip_uint64_t(index), method, 0) < 0 ||
            zip_file_set_mtime(archive, zip_uint64_t(index), now, 0) < 0)
            return abandon(QString::fromUtf8(zip_strerror(archive)));
    }
    if (zip_close(archive) < 0)
        return abandon(QString::fromUtf8(zip_strerror(archive)));

    // Read the written archive back from the buffer.
    QByteArray out;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        zip_source_open(buffer) < 0) {
        const QString reason = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
        zip_source_free(buffer);
        return failure(reason);
    }
    out.resize(qsizetype(stat.size));
    const zip_int64_t read = zip_source_read(buffer, out.data(), stat.size);
    const QString reason = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (read != zip_int64_t(stat.size))
        return failure(reason);
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

} // namespace

Result<QByteArray> reportOdt(const ReportInput &in)
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
    o.p(QStringLiteral("Number"), numberLine(in));
    o.endCell();
    o.startCell(QStringLiteral("CNone"));
    o.p(QStringLiteral("AgencyB"), kNationalTitle);
    o.p(QStringLiteral("Motto"), kMotto);
    o.p(QStringLiteral("RuleR"));
    o.p(QStringLiteral("Date"), placeAndDate(in));
    o.endCell();
    o.endRow();
    o.endTable();

    o.p(QStringLiteral("Title"), kKind);
    o.p(QStringLiteral("Subtitle"), subtitle(in));
    o.p(QStringLiteral("RuleT"));
    for (const QString &para : paragraphs(introduction(in)))
        o.p(QStringLiteral("Body"), para);

    o.p(QStringLiteral("Head"), kResultsHeading);
    int number = 0;
    for (Channel channel : channelsInUse(in)) {
        ++number;
        o.p(QStringLiteral("Head"), channelHeading(number, channel));
        o.dataTable(QStringLiteral("TData"), QStringLiteral("Res"), kResultColumns,
                    resultRows(in, channel), {1}, false);
    }
    if (number == 0)
        o.p(QStringLiteral("Body"), kNoActivities);

    o.p(QStringLiteral("Head"), kArticlesHeading);
    if (in.articles.isEmpty())
        o.p(QStringLiteral("Body"), kNoArticles);
    else
        o.dataTable(QStringLiteral("TArt"), QStringLiteral("Art"), kArticleColumns, articleRows(in),
                    {2, 3}, true);

    o.p(QStringLiteral("Head"), kBehindHeading);
    for (const QString &para : behindParagraphs(in))
        o.p(QStringLiteral("Body"), para);
    o.p(QStringLiteral("Head"), kProposalsHeading);
    for (const QString &para : proposalParagraphs(in))
        o.p(QStringLiteral("Body"), para);
    o.p(QStringLiteral("Body"), closingSentence(in));

    // Recipients and signer.
    o.startTable(QStringLiteral("TSign"), 2, QStringLiteral("Sig"));
    o.startRow();
    o.startCell(QStringLiteral("CNone"));
    o.p(QStringLiteral("RecT"), kRecipientsTitle);
    for (const QString &r : in.recipients)
        o.p(QStringLiteral("Rec"), recipientLine(r));
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
    return odfPackage(
        {{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text")},
         {QStringLiteral("META-INF/manifest.xml"), manifest},
         {QStringLiteral("content.xml"), o.x.toUtf8()},
         {QStringLiteral("styles.xml"), styles.toUtf8()},
         {QStringLiteral("meta.xml"), meta.toUtf8()}});
}

} // namespace PressDesk
