// Importing .docx, .odt and .doc documents through LibreOffice (core/import/DocumentImport):
// the documents of tests/data/import, made by LibreOffice from Vietnamese text
// (make-documents.py), each against its expected clean HTML, byte for byte. With
// PRESSDESK_WRITE_EXPECTED=1 the test writes the .expected.html files instead of comparing
// (after changing the documents or the sanitizer; read the diff before committing it).
#include "TempDatabase.h"
#include "Wine.h"
#include "import/DocumentImport.h"
#include "store/ImageStore.h"
#include "text/HtmlSanitizer.h"
#include "text/RichText.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace PressDesk;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("PRESSDESK_SOURCE_DIR") + u"/tests/data/import/"_s;
}

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Sets an environment variable for the scope of one test.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QString &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value.toUtf8());
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

// soffice run as a user would, for what the test compares against (own profile).
bool runSoffice(const QString &convertTo, const QString &file, const QString &outDir)
{
    QTemporaryDir profile;
    QProcess p;
    p.start(DocumentImport::findSoffice(),
            {u"-env:UserInstallation="_s + QUrl::fromLocalFile(profile.path()).toString(),
             u"--headless"_s, u"--norestore"_s, u"--convert-to"_s, convertTo, u"--outdir"_s, outDir,
             file});
    return p.waitForFinished(180000) && p.exitCode() == 0;
}

} // namespace

class TestDocumentImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsToExpectedHtml_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("images");
        QTest::addColumn<bool>("converted");
        QTest::newRow("news.docx")
            << u"news.docx"_s << u"Huyện tổ chức hội nghị triển khai kế hoạch cải cách hành chính"_s
            << 0 << false;
        QTest::newRow("image.odt")
            << u"image.odt"_s << u"Treo cờ Tổ quốc chào mừng ngày Quốc khánh"_s << 1 << false;
        QTest::newRow("table.doc")
            << u"table.doc"_s << u"Kết quả thu hoạch lúa vụ Đông Xuân"_s << 0 << false;
        QTest::newRow("title.odt (Title style)")
            << u"title.odt"_s << u"Thông báo lịch tiếp công dân tháng 4"_s << 0 << false;
        QTest::newRow("tcvn3.docx")
            << u"tcvn3.docx"_s
            << u"Huyện Hoài Đức tổ chức hội nghị triển khai kế hoạch cải cách hành chính"_s << 0
            << true;
    }

    void importsToExpectedHtml()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(int, images);
        QFETCH(bool, converted);
        NEED_SOFFICE();
        auto doc = DocumentImport::convert(dataDir() + file);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message + doc.error().detail));
        TempDatabase t;
        ImageStore store(t.db());
        auto imported = DocumentImport::build(doc.value(), store);
        QVERIFY(imported);
        const QString expectedPath = dataDir() + file.section(u'.', 0, 0) + u".expected.html"_s;
        if (qEnvironmentVariableIntValue("PRESSDESK_WRITE_EXPECTED")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(imported->bodyHtml.toUtf8());
        }
        QCOMPARE(imported->bodyHtml, readUtf8(expectedPath));
        QCOMPARE(imported->title, title);
        QCOMPARE(imported->imageCount, images);
        QCOMPARE(imported->converted, converted);
        QVERIFY(imported->warnings.isEmpty());
        // Canonical: what the editor keeps is what was imported.
        QCOMPARE(Html::sanitize(imported->bodyHtml), imported->bodyHtml);
        QTextDocument editor;
        RichText::setHtml(&editor, imported->bodyHtml);
        QCOMPARE(RichText::toHtml(&editor), imported->bodyHtml);
    }

    void imagesLandInTheStore()
    {
        NEED_SOFFICE();
        auto doc = DocumentImport::convert(dataDir() + u"image.odt"_s);
        QVERIFY(doc);
        QVERIFY(!doc->files.isEmpty() || doc->html.contains(u"data:image"_s));
        TempDatabase t;
        ImageStore store(t.db());
        auto imported = DocumentImport::build(doc.value(), store);
        QVERIFY(imported);
        static const QRegularExpression ref(u"<img src=\"pdimg:([0-9a-f]{64})\""_s);
        const auto m = ref.match(imported->bodyHtml);
        QVERIFY2(m.hasMatch(), qPrintable(imported->bodyHtml));
        auto info = store.info(m.captured(1));
        QVERIFY(info);
        QCOMPARE(info->mime, u"image/png"_s);
        QCOMPARE(info->width, 48);
        QCOMPARE(info->height, 32);
        QVERIFY(imported->bodyHtml.contains(u"alt=\"Cờ Tổ quốc\""_s));
    }

    void tcvn3DetectedByFontsAndLeftWhenAsked()
    {
        NEED_SOFFICE();
        auto doc = DocumentImport::convert(dataDir() + u"tcvn3.docx"_s);
        QVERIFY(doc);
        const LegacyDetection d = DocumentImport::detectLegacy(doc.value());
        QCOMPARE(d.encoding, std::optional(Text::LegacyEncoding::Tcvn3));
        QVERIFY(d.byFonts);
        QVERIFY(!d.upperCase);
        QVERIFY(d.sampleText.contains(u"HuyÖn"_s));

        TempDatabase t;
        ImageStore store(t.db());
        auto asIs = DocumentImport::build(doc.value(), store, {LegacyChoice::None});
        QVERIFY(asIs);
        QVERIFY(!asIs->converted);
        QCOMPARE(asIs->legacyEncoding, std::optional(Text::LegacyEncoding::Tcvn3));
        QVERIFY(asIs->title.startsWith(u"HuyÖn Hoµi"_s));
        QVERIFY(asIs->bodyHtml.contains(u"S¸ng"_s));

        auto converted = DocumentImport::build(doc.value(), store);
        QVERIFY(converted);
        QVERIFY(converted->converted);
        QVERIFY(converted->bodyHtml.contains(u"Sáng nay, Uỷ ban nhân dân huyện"_s));
        QVERIFY(converted->bodyHtml.contains(u"chất lượng phục vụ người dân"_s));
    }

    // Also by the text itself, when no font names it.
    void tcvn3DetectedByText()
    {
        ConvertedDocument doc;
        doc.sourcePath = u"/tmp/bao-cao.docx"_s;
        doc.html = u"<html><body><p>S\u00B8ng nay, Uû ban nh\u00A9n d\u00A9n huy\u00D6n "
                   u"t\u00E6 ch\u00F8c h\u00E9i ngh\u00DE.</p></body></html>"_s;
        const LegacyDetection d = DocumentImport::detectLegacy(doc);
        QCOMPARE(d.encoding, std::optional(Text::LegacyEncoding::Tcvn3));
        QVERIFY(!d.byFonts);
        TempDatabase t;
        ImageStore store(t.db());
        auto imported = DocumentImport::build(doc, store);
        QVERIFY(imported);
        QVERIFY(imported->converted);
        QCOMPARE(imported->title, u"bao-cao"_s); // no heading: the file name
        QCOMPARE(imported->bodyHtml, u"<p>Sáng nay, Uỷ ban nhân dân huyện tổ chức hội nghị.</p>"_s);
    }

    // What LibreOffice may write for pictures: a file beside the HTML (in a format the store
    // does not take, such as BMP: stored as PNG), a data: URI, or a name it did not write.
    void imagesOfEveryKind()
    {
        const auto encode = [](const char *format, const QColor &color) {
            QImage image(6, 4, QImage::Format_RGB32);
            image.fill(color);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, format);
            return bytes;
        };
        ConvertedDocument doc;
        doc.sourcePath = u"anh.odt"_s;
        doc.files.insert(u"anh_html_1.bmp"_s, encode("BMP", Qt::red));
        doc.html = u"<html><body><h1>Ảnh</h1>"
                   u"<p><img src=\"anh_html_1.bmp\" alt=\"một\"></p>"
                   u"<p><img src=\"data:image/png;base64,"_s +
                   QString::fromLatin1(encode("PNG", Qt::blue).toBase64()) +
                   u"\" alt=\"hai\"></p>"
                   u"<p><img src=\"khong-co.png\" alt=\"ba\"></p><p>Hết.</p></body></html>"_s;
        TempDatabase t;
        ImageStore store(t.db());
        auto imported = DocumentImport::build(doc, store);
        QVERIFY(imported);
        QCOMPARE(imported->title, u"Ảnh"_s);
        QCOMPARE(imported->imageCount, 2);
        QCOMPARE(imported->warnings.size(), 1);
        static const QRegularExpression ref(u"<img src=\"pdimg:([0-9a-f]{64})\" alt=\"(\\S+)\">"_s);
        QStringList alts;
        for (auto it = ref.globalMatch(imported->bodyHtml); it.hasNext();) {
            const auto m = it.next();
            auto info = store.info(m.captured(1));
            QVERIFY(info);
            QCOMPARE(info->mime, u"image/png"_s);
            QCOMPARE(info->width, 6);
            alts << m.captured(2);
        }
        QCOMPARE(alts, (QStringList{u"một"_s, u"hai"_s}));
        QVERIFY(!imported->bodyHtml.contains(u"ba"_s));
        QVERIFY(imported->bodyHtml.endsWith(u"<p>Hết.</p>"_s));
    }

    // A title in an all-capitals TCVN3 font (.VnTimeH) over a body in .VnTime: the title's
    // codes of "huyện" read as "HUYỆN", the body's as they are.
    void tcvn3CapitalsTitle()
    {
        ConvertedDocument doc;
        doc.sourcePath = u"thong-bao.doc"_s;
        doc.html = u"<html><body><h1><font face=\".VnTimeH\">huy\u00D6n ho\u00B5i "
                   u"\u00AE\u00F8c</font></h1>"
                   u"<p><font face=\".VnTime\">S\u00B8ng nay, huy\u00D6n t\u00E6 ch\u00F8c "
                   u"h\u00E9i ngh\u00DE.</font></p></body></html>"_s;
        TempDatabase t;
        ImageStore store(t.db());
        auto imported = DocumentImport::build(doc, store);
        QVERIFY(imported);
        QVERIFY(imported->converted);
        QCOMPARE(imported->title, u"HUYỆN HOÀI ĐỨC"_s);
        QCOMPARE(imported->bodyHtml, u"<p>Sáng nay, huyện tổ chức hội nghị.</p>"_s);
    }

    void unicodeIsNeverConverted()
    {
        NEED_SOFFICE();
        auto doc = DocumentImport::convert(dataDir() + u"news.docx"_s);
        QVERIFY(doc);
        QVERIFY(!DocumentImport::detectLegacy(doc.value()).encoding);
        TempDatabase t;
        ImageStore store(t.db());
        auto plain = DocumentImport::build(doc.value(), store);
        // Even when told the text is TCVN3 or Windows-1258: Unicode text stays as it is.
        for (auto e : {Text::LegacyEncoding::Tcvn3, Text::LegacyEncoding::Cp1258}) {
            auto forced = DocumentImport::build(doc.value(), store, {LegacyChoice::Force, e});
            QVERIFY(forced);
            QVERIFY(!forced->converted);
            QCOMPARE(forced->bodyHtml, plain->bodyHtml);
            QCOMPARE(forced->title, plain->title);
        }
    }

    // What LibreOffice puts on the clipboard is its HTML export; pasted, it goes through the
    // sanitizer as RichText::setHtml does in BodyTextEdit. The same content saved as .odt and
    // imported keeps the same structure: the paste's blocks are the title's heading and the
    // import's body; and the .odt gives what the .docx gives.
    void pasteFromLibreOfficeKeepsTheSameStructure()
    {
        NEED_SOFFICE();
        QTemporaryDir dir;
        QVERIFY(runSoffice(u"odt"_s, dataDir() + u"news.docx"_s, dir.path()));
        const QString odt = dir.filePath(u"news.odt"_s);
        QVERIFY(QFile::exists(odt));
        QVERIFY(runSoffice(u"html:HTML (StarWriter)"_s, odt, dir.filePath(u"html"_s)));
        const QString clipboardHtml = readUtf8(dir.filePath(u"html/news.html"_s));
        QVERIFY(!clipboardHtml.isEmpty());
        QTextDocument pasted;
        RichText::setHtml(&pasted, clipboardHtml);

        auto doc = DocumentImport::convert(odt);
        QVERIFY(doc);
        TempDatabase t;
        ImageStore store(t.db());
        auto imported = DocumentImport::build(doc.value(), store);
        QVERIFY(imported);
        QCOMPARE(RichText::toHtml(&pasted),
                 u"<h2>"_s + imported->title + u"</h2>\n"_s + imported->bodyHtml);
        QCOMPARE(imported->bodyHtml, readUtf8(dataDir() + u"news.expected.html"_s));
    }

    void notADocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ghi-chu.docx"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Just some text, not a document.\n");
        f.close();
        auto doc = DocumentImport::convert(path);
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, u"import.not_document"_s);
        QVERIFY(doc.error().message.contains(u"ghi-chu.docx"_s));
    }

    void missingFile()
    {
        auto doc = DocumentImport::convert(u"/nonexistent/khong-co.docx"_s);
        QVERIFY(!doc);
        QVERIFY(!doc.error().message.isEmpty());
        QVERIFY(doc.error().code != u"import.no_converter"_s);
    }

    void missingConverter()
    {
        QTemporaryDir dir;
        const EnvGuard env("PRESSDESK_SOFFICE", dir.filePath(u"no/soffice"_s));
        auto doc = DocumentImport::convert(dataDir() + u"news.docx"_s);
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, u"import.no_converter"_s);
        QVERIFY(doc.error().message.contains(u"libreoffice-writer-nogui"_s));
    }

    // A converter that never answers is stopped after the timeout.
    void timeoutKillsTheConverter()
    {
#ifdef Q_OS_WIN
        QSKIP("uses a shell script as the converter");
#else
        QTemporaryDir dir;
        const QString script = dir.filePath(u"slow-soffice"_s);
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexec sleep 30\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        const EnvGuard env("PRESSDESK_SOFFICE", script);
        QElapsedTimer timer;
        timer.start();
        auto doc = DocumentImport::convert(dataDir() + u"news.docx"_s, 1000);
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, u"import.timeout"_s);
        QVERIFY(timer.elapsed() < 10000);
#endif
    }

    void asyncConverter()
    {
        NEED_SOFFICE();
        DocumentConverter converter;
        bool called = false;
        Result<ConvertedDocument> result = Error{};
        converter.start(dataDir() + u"table.doc"_s, [&](Result<ConvertedDocument> r) {
            called = true;
            result = std::move(r);
        });
        QVERIFY(converter.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(called, 180000);
        QVERIFY(result);
        QVERIFY(result->html.contains(u"Hoài Đức"_s));
        QVERIFY(!converter.isRunning());

        // An error comes the same way, from the event loop, never from start() itself.
        called = false;
        converter.start(u"/nonexistent/khong-co.odt"_s, [&](Result<ConvertedDocument> r) {
            called = true;
            result = std::move(r);
        });
        QVERIFY(!called);
        QVERIFY(converter.isRunning());
        QTRY_VERIFY(called);
        QVERIFY(!result);
        QVERIFY(!converter.isRunning());
    }
};

QTEST_MAIN(TestDocumentImport)
#include "TestDocumentImport.moc"
