// The announcer's rundown and scripts as one document, ODT or PDF (RadioExport): laid out with
// the plan report's machinery (TextDocumentBuilder and writeDocumentPdf for the PDF, Odt:: for
// the ODT) on the same A4 paper and serif. Unlike the report it is a working paper, not an
// official document, so its words follow the UI language (tr()).
#include "office/OfficeRepository.h"
#include "radio/RadioDuration.h"
#include "radio/RadioExport.h"
#include "radio/RadioRepository.h"
#include "report/OdtWriter.h"
#include "report/ReportDocument.h"
#include "report/ReportLayout.h"
#include "report/ReportWriters.h"

#include <QGuiApplication>
#include <QTextDocument>
#include <QTime>

#include <array>

namespace PressDesk {

using namespace ReportLayout;

namespace {

// Type for reading aloud: the scripts larger than the report's body, lines apart.
constexpr qreal kScriptPt = 17;
constexpr qreal kScriptTitlePt = 17;
constexpr qreal kTitlePt = 18;
constexpr int kScriptLineHeight = 150; // percent
const QList<qreal> kRundownWidths{8, 52, 13, 15, 12};

QString shownDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// What the document says, whatever it is rendered to.
struct Words
{
    QStringList office;    // the parent body, then the office (each may be missing)
    QString title;         // the programme
    QString documentTitle; // the file's: "Thời sự Hoài Đức, 20/02/2019"
    QStringList particulars;
    QStringList columns;
    QList<ReportText::Row> rows;
    QString total;
    QString warning; // empty: fits
    QString scriptsHeading;
    struct Script
    {
        QString title;
        QString duration;
        QStringList paragraphs;
    };
    QList<Script> scripts;
};

QString startText(const Program &program, int offsetSeconds)
{
    const QTime start = QTime::fromString(program.startTime, QStringLiteral("HH:mm"));
    if (!start.isValid())
        return u'+' + RadioDuration::format(offsetSeconds);
    return start.addSecs(offsetSeconds).toString(QStringLiteral("HH:mm:ss"));
}

Words wordsOf(const RundownSheet &sheet)
{
    const Rundown &r = sheet.rundown;
    const Program &p = r.program;
    Words w;
    if (!sheet.parentBody.trimmed().isEmpty())
        w.office << sheet.parentBody.trimmed().toUpper();
    if (!sheet.officeName.trimmed().isEmpty())
        w.office << sheet.officeName.trimmed().toUpper();
    w.title = p.name.toUpper();
    w.documentTitle = RadioExport::tr("%1, %2").arg(p.name, shownDate(r.date));
    w.particulars << RadioExport::tr("Station: %1").arg(p.stationName)
                  << RadioExport::tr("Day: %1").arg(shownDate(r.date));
    const QTime start = QTime::fromString(p.startTime, QStringLiteral("HH:mm"));
    w.particulars
        << (start.isValid()
                ? RadioExport::tr("Slot: %1 to %2, %n minute(s)", nullptr, p.lengthMinutes)
                      .arg(p.startTime,
                           start.addSecs(r.slotSeconds()).toString(QStringLiteral("HH:mm")))
                : RadioExport::tr("Slot: %n minute(s), no fixed start time", nullptr,
                                  p.lengthMinutes));
    w.columns =
        QStringList{RadioExport::tr("#"), RadioExport::tr("Item"), RadioExport::tr("Duration"),
                    RadioExport::tr("Starts at"), RadioExport::tr("Aired")};
    int running = 0;
    for (const RadioItem &i : r.items) {
        const QStringList aired = sheet.airedOn.value(i.id);
        w.rows << ReportText::Row{
            {QString::number(i.position)},
            {i.title},
            {RadioDuration::format(i.durationSeconds)},
            {startText(p, running)},
            {aired.isEmpty() ? RadioExport::tr("No") : RadioExport::tr("Yes")}};
        running += i.durationSeconds;
        Words::Script s;
        s.title = QStringLiteral("%1. %2").arg(i.position).arg(i.title);
        s.duration = RadioExport::tr("Duration: %1").arg(RadioDuration::format(i.durationSeconds));
        for (const QString &line : i.script.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                s.paragraphs << line.trimmed();
        }
        w.scripts << s;
    }
    w.total =
        RadioExport::tr("Total: %1 of the %2 slot.")
            .arg(RadioDuration::format(r.totalSeconds), RadioDuration::format(r.slotSeconds()));
    if (!r.over())
        w.total += u' ' + RadioExport::tr("%1 left.")
                              .arg(RadioDuration::format(r.slotSeconds() - r.totalSeconds));
    w.warning = RadioExport::overTimeWarning(r);
    w.scriptsHeading = RadioExport::tr("READING SCRIPTS");
    return w;
}

// --- The QTextDocument (the PDF) ------------------------------------------------------------

class RundownDocumentBuilder : public TextDocumentBuilder
{
public:
    RundownDocumentBuilder(const Words &words, QSet<QString> breaks)
        : TextDocumentBuilder(std::move(breaks)), m_w(words)
    {}

    std::unique_ptr<QTextDocument> build() override
    {
        auto doc = newDocument(m_w.documentTitle, kBodyPt);
        m_cursor.beginEditBlock();
        const QTextBlockFormat center = blockFormat(Qt::AlignHCenter);
        const QTextBlockFormat left = blockFormat(Qt::AlignLeft);
        for (int i = 0; i < m_w.office.size(); ++i) {
            const bool last = i == m_w.office.size() - 1;
            addParagraph(m_w.office[i], center, charFormat(kAgencyPt, last));
        }
        addParagraph(m_w.title, blockFormat(Qt::AlignHCenter, m_w.office.isEmpty() ? 0 : 14, 8),
                     charFormat(kTitlePt, true));
        for (const QString &line : m_w.particulars)
            addParagraph(line, center, charFormat(kBodyPt));

        // The rundown: a bordered table, its header repeated on each page.
        QList<Cell> header;
        for (const QString &c : m_w.columns)
            header << Cell{{c, charFormat(kTablePt, true), center}};
        QList<QList<Cell>> rows;
        for (const ReportText::Row &row : m_w.rows) {
            QList<Cell> cells;
            for (int c = 0; c < row.size(); ++c)
                cells << Cell{{row[c].value(0), charFormat(kBodyPt), c == 1 ? left : center}};
            rows << cells;
        }
        addTable(QStringLiteral("t:rundown"), kRundownWidths, header, rows, 1);

        addParagraph(m_w.total, blockFormat(Qt::AlignLeft, 8, 4), charFormat(kBodyPt, true));
        if (!m_w.warning.isEmpty()) {
            // Black on white prints anywhere: the warning stands out by its weight and frame.
            QTextBlockFormat box = blockFormat(Qt::AlignLeft, 4, 4);
            addTable(QStringLiteral("t:warning"), {100}, {},
                     {{Cell{{m_w.warning, charFormat(kBodyPt + 1, true), box}}}}, 2);
        }

        // The scripts, from a new page: each its title and duration, kept with its first
        // paragraph, then the text in large type, paragraphs never split across pages.
        QTextBlockFormat first = blockFormat(Qt::AlignHCenter, 0, 10);
        first.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        addParagraph(m_w.scriptsHeading, first, charFormat(kBodyPt, true));
        QTextBlockFormat text = blockFormat(Qt::AlignLeft);
        text.setLineHeight(kScriptLineHeight, QTextBlockFormat::ProportionalHeight);
        // Paragraphs apart by an empty line of small type: Qt lays out no margin at the top or
        // the foot of a table cell.
        const CellLine gap{QString(), charFormat(7), blockFormat(Qt::AlignLeft)};
        for (int s = 0; s < m_w.scripts.size(); ++s) {
            const Words::Script &script = m_w.scripts[s];
            const QString key = QStringLiteral("s%1").arg(s);
            addHeading(script.title, QStringLiteral("h:") + key,
                       blockFormat(Qt::AlignLeft, s == 0 ? 0 : 18, 2),
                       charFormat(kScriptTitlePt, true));
            // The duration goes with the first paragraph, so that the title (kept with the
            // first row) always has both under it.
            QList<QList<Cell>> paragraphs;
            for (const QString &p : script.paragraphs) {
                Cell cell{{p, charFormat(kScriptPt), text}};
                if (!paragraphs.isEmpty())
                    cell.prepend(gap);
                paragraphs << QList<Cell>{cell};
            }
            if (paragraphs.isEmpty())
                paragraphs << QList<Cell>{Cell{}};
            paragraphs[0][0].prepend(CellLine{script.duration, charFormat(kTablePt, false, true),
                                              blockFormat(Qt::AlignLeft, 0, 6)});
            addTable(QStringLiteral("t:") + key, {100}, {}, paragraphs, 0);
        }
        m_cursor.endEditBlock();
        return doc;
    }

private:
    const Words &m_w;
};

// --- The ODT ---------------------------------------------------------------------------------

Result<QByteArray> odtOf(const Words &w)
{
    using Odt::paragraphStyle;
    Odt::Content o;
    o.x = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<office:document-content%1>%2<office:automatic-styles>")
              .arg(Odt::namespaces(), Odt::fontDecls());
    const QString center = QStringLiteral("fo:text-align=\"center\"");
    const QString pt = QStringLiteral("fo:font-size=\"%1pt\"");
    const QString bold = QStringLiteral(" fo:font-weight=\"bold\"");
    // The first paragraph starts the first page's master page (no page number on it).
    const QString master = QStringLiteral("style:master-page-name=\"First\"");
    QString autos;
    autos += paragraphStyle(QStringLiteral("OfficeFirst"), center, pt.arg(kAgencyPt), master);
    autos += paragraphStyle(QStringLiteral("Office"), center, pt.arg(kAgencyPt));
    autos += paragraphStyle(QStringLiteral("OfficeB"), center, pt.arg(kAgencyPt) + bold);
    autos +=
        paragraphStyle(QStringLiteral("OfficeBFirst"), center, pt.arg(kAgencyPt) + bold, master);
    autos += paragraphStyle(QStringLiteral("Title"),
                            center + QStringLiteral(" fo:margin-top=\"14pt\" "
                                                    "fo:margin-bottom=\"8pt\""),
                            pt.arg(kTitlePt) + bold);
    autos += paragraphStyle(QStringLiteral("TitleFirst"),
                            center + QStringLiteral(" fo:margin-bottom=\"8pt\""),
                            pt.arg(kTitlePt) + bold, master);
    autos += paragraphStyle(QStringLiteral("Particular"), center, pt.arg(kBodyPt));
    autos += paragraphStyle(QStringLiteral("TH"), center, pt.arg(kTablePt) + bold);
    autos += paragraphStyle(QStringLiteral("TC"), center, pt.arg(kBodyPt));
    autos += paragraphStyle(QStringLiteral("TL"), QStringLiteral("fo:text-align=\"start\""),
                            pt.arg(kBodyPt));
    autos += paragraphStyle(QStringLiteral("Total"),
                            QStringLiteral("fo:margin-top=\"8pt\" fo:margin-bottom=\"4pt\""),
                            pt.arg(kBodyPt) + bold);
    autos += paragraphStyle(QStringLiteral("Warning"),
                            QStringLiteral("fo:border=\"1.5pt solid #000000\" "
                                           "fo:padding=\"0.15cm\" fo:margin-top=\"4pt\" "
                                           "fo:margin-bottom=\"4pt\""),
                            pt.arg(kBodyPt + 1) + bold);
    autos += paragraphStyle(QStringLiteral("ScriptsHead"),
                            center + QStringLiteral(" fo:break-before=\"page\" "
                                                    "fo:margin-bottom=\"10pt\""),
                            pt.arg(kBodyPt) + bold);
    autos += paragraphStyle(QStringLiteral("ScriptTitle"),
                            QStringLiteral("fo:margin-top=\"18pt\" fo:margin-bottom=\"2pt\" "
                                           "fo:keep-with-next=\"always\""),
                            pt.arg(kScriptTitlePt) + bold);
    autos += paragraphStyle(QStringLiteral("ScriptDuration"),
                            QStringLiteral("fo:margin-bottom=\"6pt\" fo:keep-with-next=\"always\""),
                            pt.arg(kTablePt) + QStringLiteral(" fo:font-style=\"italic\""));
    autos += paragraphStyle(QStringLiteral("Script"),
                            QStringLiteral("fo:margin-bottom=\"8pt\" fo:line-height=\"%1%\" "
                                           "fo:orphans=\"3\" fo:widows=\"3\"")
                                .arg(kScriptLineHeight),
                            pt.arg(kScriptPt));
    autos += Odt::tableStyles(QStringLiteral("TRundown"), QStringLiteral("Run"), kRundownWidths);
    autos += Odt::rowAndCellStyles();
    o.x += autos;
    o.x += QStringLiteral("</office:automatic-styles><office:body><office:text>");

    for (int i = 0; i < w.office.size(); ++i) {
        const bool last = i == w.office.size() - 1;
        const QString style = last ? QStringLiteral("OfficeB") : QStringLiteral("Office");
        o.p(i == 0 ? style + QStringLiteral("First") : style, w.office[i]);
    }
    o.p(w.office.isEmpty() ? QStringLiteral("TitleFirst") : QStringLiteral("Title"), w.title);
    for (const QString &line : w.particulars)
        o.p(QStringLiteral("Particular"), line);
    // The rundown: the table's own dataTable writes TH, TC and TL paragraphs.
    o.dataTable(QStringLiteral("TRundown"), QStringLiteral("Run"), w.columns, w.rows, {1}, false);
    o.p(QStringLiteral("Total"), w.total);
    if (!w.warning.isEmpty())
        o.p(QStringLiteral("Warning"), w.warning);

    o.p(QStringLiteral("ScriptsHead"), w.scriptsHeading);
    for (const Words::Script &s : w.scripts) {
        o.p(QStringLiteral("ScriptTitle"), s.title);
        o.p(QStringLiteral("ScriptDuration"), s.duration);
        for (const QString &p : s.paragraphs)
            o.p(QStringLiteral("Script"), p);
    }
    o.x += QStringLiteral("</office:text></office:body></office:document-content>");
    return Odt::package(o.x, Odt::stylesXml(kBodyPt), w.documentTitle);
}

Status wordedWriteError(const QString &path, const QString &reason)
{
    return RadioExport::writeError(path, reason);
}

} // namespace

QString RadioExport::overTimeWarning(const Rundown &rundown)
{
    if (!rundown.over())
        return {};
    return tr("OVER TIME: the items take %1, the slot is %2 — %3 too long. Shorten a script "
              "or leave an item out before going on air.")
        .arg(RadioDuration::format(rundown.totalSeconds),
             RadioDuration::format(rundown.slotSeconds()),
             RadioDuration::format(rundown.overBySeconds()));
}

Result<RundownSheet> RadioExport::sheet(Database &db, const QString &programId, const QDate &date)
{
    RadioRepository radio(db);
    auto rundown = radio.rundown(programId, date);
    if (!rundown)
        return rundown.error();
    RundownSheet sheet;
    sheet.rundown = std::move(rundown).value();
    auto office = OfficeRepository(db).load();
    if (!office)
        return office.error();
    const OfficeProfile profile = office->normalized();
    sheet.officeName = profile.name;
    sheet.parentBody = profile.parentBody;
    for (const RadioItem &i : std::as_const(sheet.rundown.items)) {
        auto aired = radio.airedOfItem(i.id);
        if (!aired)
            return aired.error();
        QStringList stations;
        for (const AiredEntry &e : std::as_const(aired.value())) {
            if (!stations.contains(e.stationName))
                stations << e.stationName;
        }
        if (!stations.isEmpty())
            sheet.airedOn.insert(i.id, stations);
    }
    return sheet;
}

std::unique_ptr<QTextDocument> RadioExport::document(const RundownSheet &sheet)
{
    const Words words = wordsOf(sheet);
    RundownDocumentBuilder builder(words, {});
    return builder.build();
}

Result<QByteArray> RadioExport::odt(const RundownSheet &sheet)
{
    return odtOf(wordsOf(sheet));
}

Status RadioExport::writeOdt(const RundownSheet &sheet, const QString &path)
{
    if (Status st = hasItems(sheet.rundown); !st)
        return st;
    const Result<QByteArray> bytes = odt(sheet);
    if (!bytes)
        return writeError(path, bytes.error().message);
    return ReportFiles::saveBytes(path, bytes.value(), &wordedWriteError);
}

Status RadioExport::writePdf(const RundownSheet &sheet, const QString &path)
{
    if (Status st = hasItems(sheet.rundown); !st)
        return st;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{QStringLiteral("no-gui"),
                     tr("The rundown can only be laid out as a PDF in a graphical session.")};
    const Words words = wordsOf(sheet);
    const auto build = [&words](const QSet<QString> &breaks) {
        RundownDocumentBuilder builder(words, breaks);
        PdfDocument doc;
        doc.document = builder.build();
        doc.tables = builder.tables();
        return doc;
    };
    return writeDocumentPdf(path, words.documentTitle, build, {}, &wordedWriteError);
}

} // namespace PressDesk
