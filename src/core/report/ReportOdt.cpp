#include "report/OdtWriter.h"
#include "report/ReportLayout.h"
#include "report/ReportText.h"
#include "report/ReportWriters.h"

#include <QList>

#include <array>

// The ODT is written by hand rather than with QTextDocumentWriter("odf"): Qt 6.4's ODF writer
// drops the font (writes "Sans"), writes a 100 % wide table as 100 pt, and knows nothing of the
// page (A4, margins), repeated header rows or rows kept on one page. Its zip container is
// libzip's (QtCore has no public zip writer).

namespace PressDesk {

using namespace ReportLayout;
using namespace ReportText;

Result<QByteArray> reportOdt(const ReportInput &in)
{
    const qreal textWidthCm = (kA4WidthMm - kMarginLeftMm - kMarginRightMm) / 10.0;
    using Odt::cm;

    // content.xml
    Odt::Content o;
    o.x = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<office:document-content%1>%2<office:automatic-styles>")
              .arg(Odt::namespaces(), Odt::fontDecls());
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
    for (const auto &[name, para, text] : pstyles)
        autos += Odt::paragraphStyle(name, para, text);
    // Tables, columns, rows that stay on one page, cells. The document opens with the header
    // table: it starts the first page's master page.
    autos += Odt::tableStyles(QStringLiteral("TData"), QStringLiteral("Res"), kResultWidths);
    autos += Odt::tableStyles(QStringLiteral("TArt"), QStringLiteral("Art"), kArticleWidths);
    autos +=
        Odt::tableStyles(QStringLiteral("THead"), QStringLiteral("Hdr"),
                         {kLeftHeaderPercent, 100 - kLeftHeaderPercent}, QStringLiteral("First"));
    autos += Odt::tableStyles(QStringLiteral("TSign"), QStringLiteral("Sig"), {50, 50});
    autos += Odt::rowAndCellStyles();
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

    return Odt::package(o.x, Odt::stylesXml(kBodyPt), documentTitle(in));
}

} // namespace PressDesk
