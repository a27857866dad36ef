#include "report/OdtWriter.h"
#include "report/ReportLayout.h"
#include "report/ReportText.h"
#include "report/ReportWriters.h"

#include <QList>
#include <QSizeF>

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
        {QStringLiteral("Sub"),
         QStringLiteral("fo:text-align=\"justify\" fo:text-indent=\"1.27cm\" fo:margin-top=\"6pt\""
                        " fo:margin-bottom=\"6pt\" fo:keep-with-next=\"always\""),
         QString()},
        {QStringLiteral("TH12"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-size=\"12pt\" fo:font-weight=\"bold\"")},
        {QStringLiteral("TC12"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-size=\"12pt\"")},
        {QStringLiteral("TL12"), QStringLiteral("fo:text-align=\"start\""),
         QStringLiteral("fo:font-size=\"12pt\"")},
        // The annex: a page of its own, its title, each item's heading, photos and captions.
        {QStringLiteral("AnnexT"),
         QStringLiteral("fo:text-align=\"center\" fo:break-before=\"page\""
                        " fo:keep-with-next=\"always\""),
         QStringLiteral("fo:font-weight=\"bold\"")},
        {QStringLiteral("AnnexS"),
         QStringLiteral("fo:text-align=\"center\" fo:keep-with-next=\"always\""),
         QStringLiteral("fo:font-weight=\"bold\"")},
        {QStringLiteral("AnnexRef"),
         QStringLiteral("fo:text-align=\"center\" fo:margin-bottom=\"12pt\""),
         QStringLiteral("fo:font-style=\"italic\"")},
        {QStringLiteral("AnnexH"),
         QStringLiteral("fo:text-align=\"start\" fo:margin-top=\"6pt\" fo:margin-bottom=\"2pt\""
                        " fo:keep-with-next=\"always\""),
         QStringLiteral("fo:font-size=\"13pt\" fo:font-weight=\"bold\"")},
        {QStringLiteral("Photo"),
         QStringLiteral("fo:text-align=\"center\" fo:margin-top=\"6pt\" fo:margin-bottom=\"2pt\""),
         QStringLiteral("fo:font-size=\"11pt\"")},
        {QStringLiteral("Cap"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-size=\"11pt\"")},
        {QStringLiteral("CapI"), QStringLiteral("fo:text-align=\"center\""),
         QStringLiteral("fo:font-size=\"11pt\" fo:font-style=\"italic\"")},
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
    autos += Odt::tableStyles(QStringLiteral("TBrc"), QStringLiteral("Brc"), kBroadcastWidths);
    autos += Odt::tableStyles(QStringLiteral("TVis"), QStringLiteral("Vis"), kVisualWidths);
    QList<qreal> annexWidths;
    for (int c = 0; c < kAnnexColumns; ++c)
        annexWidths << 100.0 / kAnnexColumns;
    autos += Odt::tableStyles(QStringLiteral("TAnx"), QStringLiteral("Anx"), annexWidths);
    autos += QStringLiteral("<style:style style:name=\"Fr\" style:family=\"graphic\">"
                            "<style:graphic-properties style:vertical-pos=\"top\""
                            " style:vertical-rel=\"baseline\" fo:border=\"none\"/></style:style>");
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

    o.p(QStringLiteral("Head"), sectionHeading(in, Section::Results));
    int number = 0;
    for (Channel channel : channelsInUse(in)) {
        ++number;
        o.p(QStringLiteral("Head"), channelHeading(number, channel));
        o.dataTable(QStringLiteral("TData"), QStringLiteral("Res"), kResultColumns,
                    resultRows(in, channel), {1}, false);
    }
    if (number == 0)
        o.p(QStringLiteral("Body"), kNoActivities);

    o.p(QStringLiteral("Head"), sectionHeading(in, Section::Articles));
    if (in.articles.isEmpty())
        o.p(QStringLiteral("Body"), kNoArticles);
    else
        o.dataTable(QStringLiteral("TArt"), QStringLiteral("Art"), kArticleColumns, articleRows(in),
                    {2, 3}, true);

    if (const QList<ActivityList> lists = broadcastLists(in); !lists.isEmpty()) {
        o.p(QStringLiteral("Head"), sectionHeading(in, Section::Broadcasts));
        for (const ActivityList &list : lists) {
            o.p(QStringLiteral("Sub"), list.heading);
            o.dataTable(QStringLiteral("TBrc"), QStringLiteral("Brc"), kBroadcastColumns, list.rows,
                        {2, 3}, false);
        }
    }
    if (const QList<ActivityList> lists = visualLists(in); !lists.isEmpty()) {
        o.p(QStringLiteral("Head"), sectionHeading(in, Section::VisualItems));
        for (const ActivityList &list : lists) {
            o.p(QStringLiteral("Sub"), list.heading);
            o.dataTable(QStringLiteral("TVis"), QStringLiteral("Vis"), kVisualColumns, list.rows,
                        {3, 4}, false, QStringLiteral("12"));
        }
    }

    o.p(QStringLiteral("Head"), sectionHeading(in, Section::Behind));
    for (const QString &para : behindParagraphs(in))
        o.p(QStringLiteral("Body"), para);
    o.p(QStringLiteral("Head"), sectionHeading(in, Section::Proposals));
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

    // The annex: its photos in the package (Pictures/), three a row, each fitted in the same
    // box, captioned.
    QList<Odt::Picture> pictures;
    const QList<AnnexEntry> annex = annexEntries(in);
    if (!annex.isEmpty()) {
        o.p(QStringLiteral("AnnexT"), kAnnexTitle);
        o.p(QStringLiteral("AnnexS"), kAnnexSubtitle);
        o.p(QStringLiteral("AnnexRef"), annexReference(in));
        const QSizeF box(kAnnexPhotoWidthMm / 10, kAnnexPhotoHeightMm / 10); // cm
        for (int e = 0; e < annex.size(); ++e) {
            const AnnexEntry &entry = annex[e];
            o.p(QStringLiteral("AnnexH"), entry.heading);
            o.startTable(QStringLiteral("TAnx"), kAnnexColumns, QStringLiteral("Anx"));
            const QList<ReportPhoto> &photos = entry.item->photos;
            for (int i = 0; i < photos.size(); ++i) {
                if (i % kAnnexColumns == 0)
                    o.startRow();
                const QString path =
                    QStringLiteral("Pictures/annex-%1-%2.jpg").arg(e + 1).arg(i + 1);
                pictures << Odt::Picture{path, photos[i].jpeg};
                const QSizeF size = QSizeF(photos[i].image.size()).scaled(box, Qt::KeepAspectRatio);
                o.startCell(QStringLiteral("CNone"));
                o.open(QStringLiteral("text:p"), QStringLiteral("text:style-name=\"Photo\""));
                o.x += QStringLiteral(
                           "<draw:frame draw:style-name=\"Fr\" draw:name=\"Ảnh %1.%2\""
                           " text:anchor-type=\"as-char\" svg:width=\"%3\" svg:height=\"%4\""
                           " draw:z-index=\"0\"><draw:image xlink:href=\"%5\" xlink:type=\"simple\""
                           " xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>")
                           .arg(e + 1)
                           .arg(i + 1)
                           .arg(cm(size.width()), cm(size.height()), path);
                o.close(QStringLiteral("text:p"));
                const QStringList &caption = entry.captions.value(i);
                for (int l = 0; l < caption.size(); ++l)
                    o.p(l == 0 ? QStringLiteral("Cap") : QStringLiteral("CapI"), caption[l]);
                o.endCell();
                if (i % kAnnexColumns == kAnnexColumns - 1 || i + 1 == photos.size()) {
                    for (int c = i % kAnnexColumns + 1; c < kAnnexColumns; ++c) {
                        o.startCell(QStringLiteral("CNone"));
                        o.p(QStringLiteral("Cap"));
                        o.endCell();
                    }
                    o.endRow();
                }
            }
            o.endTable();
        }
    }
    o.x += QStringLiteral("</office:text></office:body></office:document-content>");

    return Odt::package(o.x, Odt::stylesXml(kBodyPt), documentTitle(in), pictures);
}

} // namespace PressDesk
