// RadioExport: a rundown as one UTF-8 text file per item for text-to-speech loudspeakers, in
// the rundown's order, named by position and title; as one ODT or PDF document for the
// announcer (the header from the office profile, the rundown table, the total and the
// over-time warning, the scripts in order), read back as a reader would (unzip, pdftotext from
// poppler-utils; without them those checks are skipped unless PRESSDESK_REQUIRE_SERVICES=1);
// refusals in words.
#include "TempDatabase.h"
#include "Wine.h"
#include "office/OfficeRepository.h"
#include "radio/RadioExport.h"
#include "radio/RadioRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace PressDesk;

#define REQUIRE_TOOL(name)                                                                         \
    do {                                                                                           \
        WINE_SKIP_LINUX_TOOL(name);                                                                \
        if (QStandardPaths::findExecutable(QStringLiteral(name)).isEmpty()) {                      \
            if (qEnvironmentVariableIntValue("PRESSDESK_REQUIRE_SERVICES"))                        \
                QFAIL(name " is not installed (scripts/install-deps.sh --tests)");                 \
            QSKIP(name " is not installed");                                                       \
        }                                                                                          \
    } while (0)

namespace {

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << program << args << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

// Text as a reader sees it: runs of white space count as one.
QString squeeze(const QString &s)
{
    return s.simplified();
}

// The scripts of the announcer's sheet: two items over a one-minute slot at 06:00.
const QString kFirstScript = QStringLiteral(
    "Ủy ban nhân dân huyện Hoài Đức thông báo lịch tiếp công dân định kỳ tháng ba.\n\n"
    "Chủ tịch Ủy ban nhân dân huyện tiếp công dân vào sáng thứ năm hằng tuần.");
const QString kSecondScript =
    QStringLiteral("Điện lực Hoài Đức thông báo tạm ngừng cấp điện từ bảy giờ đến mười một giờ.");

RundownSheet sheetOf(int secondDuration)
{
    RundownSheet s;
    s.officeName = QStringLiteral("Trung tâm Văn hóa - Thông tin và Thể thao");
    s.parentBody = QStringLiteral("UBND huyện Hoài Đức");
    Rundown &r = s.rundown;
    r.program.name = QStringLiteral("Thời sự Hoài Đức");
    r.program.stationName = QStringLiteral("Đài Truyền thanh huyện Hoài Đức");
    r.program.startTime = QStringLiteral("06:00");
    r.program.lengthMinutes = 1;
    r.date = QDate(2019, 2, 20);
    RadioItem one;
    one.id = QStringLiteral("one");
    one.position = 1;
    one.title = QStringLiteral("Lịch tiếp công dân");
    one.script = kFirstScript;
    one.durationSeconds = 35;
    RadioItem two;
    two.id = QStringLiteral("two");
    two.position = 2;
    two.title = QStringLiteral("Tạm ngừng cấp điện");
    two.script = kSecondScript;
    two.durationSeconds = secondDuration;
    r.items << one << two;
    r.totalSeconds = one.durationSeconds + two.durationSeconds;
    s.airedOn.insert(QStringLiteral("one"), {r.program.stationName});
    return s;
}

RadioItem item(int position, const QString &title, const QString &script)
{
    RadioItem i;
    i.id = QString::number(position);
    i.position = position;
    i.title = title;
    i.script = script;
    return i;
}

Rundown bulletin()
{
    Rundown r;
    r.program.name = QStringLiteral("Thời sự Hoài Đức");
    r.date = QDate(2019, 2, 20);
    r.items << item(1, QStringLiteral("Kế hoạch 65/KH-UBND"),
                    QStringLiteral("Ủy ban nhân dân huyện ban hành kế hoạch.\n\nĐoạn hai."))
            << item(2, QStringLiteral("Lịch cắt điện"), QStringLiteral("Điện lực thông báo."));
    return r;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("<unreadable>");
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestRadioExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneFilePerItemInOrder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("loa/ngay-20")); // made as needed
        auto written = RadioExport::writeTextFiles(bulletin(), folder);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        const QStringList expected{
            QDir(folder).filePath(
                radioItemFileName(1, QStringLiteral("Kế hoạch 65/KH-UBND"), QStringLiteral("txt"))),
            QDir(folder).filePath(
                radioItemFileName(2, QStringLiteral("Lịch cắt điện"), QStringLiteral("txt")))};
        QCOMPARE(written.value(), expected);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        QCOMPARE(readText(expected.at(0)),
                 QStringLiteral("Ủy ban nhân dân huyện ban hành kế hoạch.\n\nĐoạn hai.\n"));
        QCOMPARE(readText(expected.at(1)), QStringLiteral("Điện lực thông báo.\n"));
        // UTF-8 without a byte-order mark: the loudspeakers' systems read the text as is.
        QFile raw(expected.at(1));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().startsWith(QStringLiteral("Điện").toUtf8()));
    }

    void writingAgainReplacesTheFiles()
    {
        QTemporaryDir dir;
        QVERIFY(RadioExport::writeTextFiles(bulletin(), dir.path()));
        Rundown edited = bulletin();
        edited.items[1].script = QStringLiteral("Lịch mới.");
        auto written = RadioExport::writeTextFiles(edited, dir.path());
        QVERIFY(written);
        QCOMPARE(readText(written->at(1)), QStringLiteral("Lịch mới.\n"));
    }

    void anEmptyRundownWritesNothing()
    {
        QTemporaryDir dir;
        Rundown empty = bulletin();
        empty.items.clear();
        auto written = RadioExport::writeTextFiles(empty, dir.filePath(QStringLiteral("out")));
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("empty"));
        QCOMPARE(written.error().message,
                 QStringLiteral("Thời sự Hoài Đức has no item on 20/02/2019: nothing was "
                                "written."));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    }

    void odtHoldsTheRundownAndTheScriptsInOrder()
    {
        REQUIRE_TOOL("unzip");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thoi-su.odt"));
        const RundownSheet over = sheetOf(40); // 1:15 in a 1:00 slot
        const Status st = RadioExport::writeOdt(over, path);
        QVERIFY2(st, st ? "" : qPrintable(st.error().message));
        // A zip (each entry's CRC checked) whose first entry is the ODF mimetype.
        QVERIFY(!run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).isEmpty());
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.read(4), QByteArray("PK\x03\x04"));
        QCOMPARE(
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")}),
            QByteArray("application/vnd.oasis.opendocument.text"));
        const QString xml = QString::fromUtf8(run(
            QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")}));
        QVERIFY(!xml.isEmpty());
        const QString text = squeeze(QString(xml).replace(
            QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" ")));

        // The header: the office from its profile, the station, the programme, day and slot.
        for (const QString &s : {QStringLiteral("UBND HUYỆN HOÀI ĐỨC"),
                                 QStringLiteral("TRUNG TÂM VĂN HÓA - THÔNG TIN VÀ THỂ THAO"),
                                 QStringLiteral("THỜI SỰ HOÀI ĐỨC"),
                                 QStringLiteral("Station: Đài Truyền thanh huyện Hoài Đức"),
                                 QStringLiteral("Day: 20/02/2019"),
                                 QStringLiteral("Slot: 06:00 to 06:01, 1 minute(s)")})
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" in ") + text));
        // The table: order, title, duration, start within the slot, aired.
        QVERIFY2(text.contains(QStringLiteral("1 Lịch tiếp công dân 0:35 06:00:00 Yes")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 Tạm ngừng cấp điện 0:40 06:00:35 No")),
                 qPrintable(text));
        // The total and the over-time warning in words.
        QVERIFY2(text.contains(QStringLiteral("Total: 1:15 of the 1:00 slot.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("OVER TIME: the items take 1:15, the slot is 1:00 "
                                              "— 0:15 too long.")),
                 qPrintable(text));
        // The scripts in full, in the rundown's order, each paragraph its own.
        const qsizetype scripts = text.indexOf(QStringLiteral("READING SCRIPTS"));
        QVERIFY(scripts > 0);
        const QStringList inOrder{QStringLiteral("1. Lịch tiếp công dân"),
                                  QStringLiteral("Duration: 0:35"),
                                  kFirstScript.section(u'\n', 0, 0),
                                  kFirstScript.section(u'\n', 2, 2),
                                  QStringLiteral("2. Tạm ngừng cấp điện"),
                                  QStringLiteral("Duration: 0:40"),
                                  kSecondScript};
        qsizetype at = scripts;
        for (const QString &s : inOrder) {
            const qsizetype next = text.indexOf(s, at);
            QVERIFY2(next > at, qPrintable(s));
            at = next;
        }
        QVERIFY(xml.contains(
            QStringLiteral("<text:p text:style-name=\"Script\">%1</text:p>").arg(kSecondScript)));
        // Large type for reading aloud; the scripts start on a page of their own.
        QVERIFY(xml.contains(QStringLiteral("fo:font-size=\"17pt\"")));
        QVERIFY(xml.contains(QStringLiteral("fo:break-before=\"page\"")));

        // Within the slot: no warning, what is left said instead.
        const QString fits = dir.filePath(QStringLiteral("fits.odt"));
        QVERIFY(RadioExport::writeOdt(sheetOf(20), fits));
        const QString fitsXml = QString::fromUtf8(run(
            QStringLiteral("unzip"), {QStringLiteral("-p"), fits, QStringLiteral("content.xml")}));
        QVERIFY(fitsXml.contains(QStringLiteral("Total: 0:55 of the 1:00 slot. 0:05 left.")));
        QVERIFY(!fitsXml.contains(QStringLiteral("OVER TIME")));
    }

    void theOdtIsWellFormedAndLibreOfficeReadsIt()
    {
        REQUIRE_TOOL("unzip");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thoi-su.odt"));
        RundownSheet sheet = sheetOf(40);
        sheet.rundown.items[1].title = QStringLiteral("Hỏi & đáp <thủ tục>"); // escaped
        QVERIFY(RadioExport::writeOdt(sheet, path));
        for (const QString &entry :
             {QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
              QStringLiteral("meta.xml"), QStringLiteral("META-INF/manifest.xml")}) {
            QXmlStreamReader xml(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, entry}));
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(entry + QStringLiteral(": ") + xml.errorString()));
        }
        // LibreOffice is large and optional: skipped when absent, even with
        // PRESSDESK_REQUIRE_SERVICES.
        WINE_SKIP_LINUX_TOOL("soffice");
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("soffice is not installed");
        QProcess soffice;
        soffice.start(
            QStringLiteral("soffice"),
            {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("txt"),
             QStringLiteral("--outdir"), dir.path(), path});
        QVERIFY(soffice.waitForFinished(180000));
        QFile txt(dir.filePath(QStringLiteral("thoi-su.txt")));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        const QString text = squeeze(QString::fromUtf8(txt.readAll()));
        for (const QString &s :
             {QStringLiteral("THỜI SỰ HOÀI ĐỨC"), QStringLiteral("Hỏi & đáp <thủ tục>"),
              QStringLiteral("OVER TIME"), kSecondScript})
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" in ") + text));
    }

    void pdfHoldsTheRundownAndTheScripts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thoi-su.pdf"));
        const Status st = RadioExport::writePdf(sheetOf(40), path);
        QVERIFY2(st, st ? "" : qPrintable(st.error().message));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000);
        // To look at: PRESSDESK_SCREENSHOT_DIR keeps a copy (radio-rundown.pdf).
        if (const QString shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            QFile::remove(shots + QStringLiteral("/radio-rundown.pdf"));
            QVERIFY(QFile::copy(path, shots + QStringLiteral("/radio-rundown.pdf")));
        }
        // The rundown on the first page, the scripts from the second.
        QCOMPARE(RadioExport::document(sheetOf(40))->metaInformation(QTextDocument::DocumentTitle),
                 QStringLiteral("Thời sự Hoài Đức, 20/02/2019"));
        REQUIRE_TOOL("pdftotext");
        const QString first = squeeze(
            QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                   QStringLiteral("1"), path, QStringLiteral("-")})));
        for (const QString &s :
             {QStringLiteral("TRUNG TÂM VĂN HÓA - THÔNG TIN VÀ THỂ THAO"),
              QStringLiteral("THỜI SỰ HOÀI ĐỨC"), QStringLiteral("Lịch tiếp công dân"),
              QStringLiteral("Tạm ngừng cấp điện"), QStringLiteral("06:00:35"),
              QStringLiteral("OVER TIME")})
            QVERIFY2(first.contains(s), qPrintable(s + QStringLiteral(" in ") + first));
        const QString rest = squeeze(QString::fromUtf8(
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QStringLiteral("2"), path, QStringLiteral("-")})));
        // The second page, numbered, opens the scripts.
        QVERIFY2(rest.startsWith(QStringLiteral("2 READING SCRIPTS")), qPrintable(rest));
        qsizetype at = 0;
        for (const QString &s :
             {QStringLiteral("READING SCRIPTS"), QStringLiteral("1. Lịch tiếp công dân"),
              squeeze(kFirstScript), QStringLiteral("2. Tạm ngừng cấp điện"), kSecondScript}) {
            const qsizetype next = rest.indexOf(s, at);
            QVERIFY2(next >= at, qPrintable(s + QStringLiteral(" in ") + rest));
            at = next;
        }
    }

    void documentsAreRefusedInWords()
    {
        QTemporaryDir dir;
        // Nothing to read.
        RundownSheet empty = sheetOf(10);
        empty.rundown.items.clear();
        for (const QString &name : {QStringLiteral("x.odt"), QStringLiteral("x.pdf")}) {
            const QString path = dir.filePath(name);
            const Status st = name.endsWith(QLatin1String("odt"))
                                  ? RadioExport::writeOdt(empty, path)
                                  : RadioExport::writePdf(empty, path);
            QVERIFY(!st);
            QCOMPARE(st.error().code, QStringLiteral("empty"));
            QVERIFY(!QFileInfo::exists(path));
        }
        // A folder that does not exist, a folder where the file should be: said, nothing left.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.odt"));
        for (const QString &path : {missing, dir.path()}) {
            for (bool pdf : {false, true}) {
                const Status st = pdf ? RadioExport::writePdf(sheetOf(10), path)
                                      : RadioExport::writeOdt(sheetOf(10), path);
                QVERIFY(!st);
                QCOMPARE(st.error().code, QStringLiteral("io"));
                QVERIFY2(st.error().message.startsWith(
                             QStringLiteral("Cannot write %1: the file could not be saved.")
                                 .arg(QDir::toNativeSeparators(path))),
                         qPrintable(st.error().message));
            }
        }
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
    }

    void theSheetIsReadFromTheStore()
    {
        TempDatabase t;
        t.db().setActingUser(QStringLiteral("lan"));
        OfficeProfile office;
        office.name = QStringLiteral("UBND xã Vân Canh");
        office.parentBody = QStringLiteral("UBND huyện Hoài Đức");
        QVERIFY(OfficeRepository(t.db()).save(office));
        RadioRepository radio(t.db());
        Station loud;
        loud.name = QStringLiteral("Loa xã Vân Canh");
        loud.kind = StationKind::Loudspeakers;
        const Station station = radio.addStation(loud).value();
        Program p;
        p.name = QStringLiteral("Bản tin chiều");
        p.stationId = station.id;
        p.startTime = QStringLiteral("17:00");
        p.lengthMinutes = 10;
        const Program program = radio.addProgram(p).value();
        const QDate day = QDate::currentDate().addDays(-1);
        RadioItem first;
        first.programId = program.id;
        first.broadcastDate = day;
        first.title = QStringLiteral("Lịch tiêm chủng");
        first.script = QStringLiteral("Trạm y tế xã thông báo lịch tiêm chủng.");
        const RadioItem one = radio.addItem(first).value();
        first.title = QStringLiteral("Thu gom rác");
        first.script = QStringLiteral("Thôn Đông thu gom rác vào sáng chủ nhật.");
        const RadioItem two = radio.addItem(first).value();
        QVERIFY(radio.markAired(one.id, station.id, QDateTime(day, QTime(17, 2))));

        auto sheet = RadioExport::sheet(t.db(), program.id, day);
        QVERIFY2(sheet, sheet ? "" : qPrintable(sheet.error().message));
        QCOMPARE(sheet->officeName, office.name);
        QCOMPARE(sheet->parentBody, office.parentBody);
        QCOMPARE(sheet->rundown.items.size(), 2);
        QCOMPARE(sheet->airedOn.value(one.id), QStringList{station.name});
        QVERIFY(!sheet->airedOn.contains(two.id));
        const QString text = RadioExport::document(sheet.value())->toPlainText();
        for (const QString &s :
             {QStringLiteral("UBND XÃ VÂN CANH"), QStringLiteral("BẢN TIN CHIỀU"),
              QStringLiteral("Station: Loa xã Vân Canh"), QStringLiteral("17:00:00"),
              QStringLiteral("Slot: 17:00 to 17:10, 10 minute(s)"), one.script, two.script})
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" in ") + text));
    }

    void aFileIsNoFolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto written = RadioExport::writeTextFiles(bulletin(), file);
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("io"));
        QVERIFY2(written.error().message.contains(QStringLiteral("it is a file, not a folder")),
                 qPrintable(written.error().message));
    }
};

QTEST_MAIN(TestRadioExport)
#include "TestRadioExport.moc"
