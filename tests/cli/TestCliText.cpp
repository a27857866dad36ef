// pressdesk-cli text convert: files typed in TCVN3, VNI, VIQR and Windows-1258 printed as
// Unicode; the encoding named or recognised; a file that is already Unicode refused.
#include "CliRunner.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

const QString expected =
    u"Ủy ban nhân dân xã tổ chức hội nghị triển khai kế hoạch cải cách hành chính.\n"
    u"“Huyện Hoài Đức” – 65/KH-UBND…\n"_s;

// The same two lines written out byte by byte (Unikey's tables; the quotes, dash and ellipsis
// are the code page 1252 bytes 0x93, 0x94, 0x96, 0x85), with Windows line ends.
const QByteArray vni = "U\xDBy ban nha\xE2n da\xE2n xa\xF5 to\xE5 ch\xF6\xF9"
                       "c ho\xE4i ngh\xF2 trie\xE5n khai ke\xE1 hoa\xEF"
                       "ch ca\xFBi ca\xF9"
                       "ch ha\xF8nh ch\xEDnh.\r\n"
                       "\x93Huye\xE4n Hoa\xF8i \xD1\xF6\xF9"
                       "c\x94 \x96 65/KH-UBND\x85\r\n";
// TCVN3 has no code for Ủ: ủ, which reads back as the small letter.
const QByteArray tcvn3 = "\xF1y ban nh\xA9n d\xA9n x\xB7 t\xE6 ch\xF8"
                         "c h\xE9i ngh\xDE tri\xD3n khai k\xD5 ho\xB9"
                         "ch c\xB6i c\xB8"
                         "ch h\xB5nh ch\xDDnh.\r\n"
                         "\x93Huy\xD6n Ho\xB5i \xA7\xF8"
                         "c\x94 \x96 65/KH-UBND\x85\r\n";
const QByteArray cp1258 = "U\xD2y ban nh\xE2n d\xE2n xa\xDE t\xF4\xD2 ch\xFD\xEC"
                          "c h\xF4\xF2i nghi\xF2 tri\xEA\xD2n khai k\xEA\xEC hoa\xF2"
                          "ch ca\xD2i c\xE1"
                          "ch h\xE0nh ch\xEDnh.\n"
                          "\x93Huy\xEA\xF2n Ho\xE0i \xD0\xFD\xEC"
                          "c\x94 \x96 65/KH-UBND\x85\n";
const QByteArray viqr = "U?y ban nha^n da^n xa~ to^? chu+'c ho^.i nghi. trie^?n khai ke^' "
                        "hoa.ch ca?i ca'ch ha`nh chi'nh.\n"
                        "\"Huye^.n Hoa`i DDu+'c\" - 65/KH-UBND...\n";

QString lowerFirst(const QString &s)
{
    return s.left(1).toLower() + s.mid(1);
}

} // namespace

class TestCliText : public CliTest
{
    Q_OBJECT

    CliRun convert(const QStringList &options, const QString &file,
                   const QString &lang = QStringLiteral("en"))
    {
        return cli(QStringList{QStringLiteral("text"), QStringLiteral("convert")} + options +
                       QStringList{file},
                   lang);
    }

private Q_SLOTS:
    void init() { newProfile(); }

    void namedEncoding_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tcvn3") << u"tcvn3"_s << tcvn3 << lowerFirst(expected);
        QTest::newRow("vni") << u"vni"_s << vni << expected;
        QTest::newRow("cp1258") << u"cp1258"_s << cp1258 << expected;
        QTest::newRow("viqr") << u"viqr"_s << viqr
                              << QString(expected)
                                     .replace(u"“"_s, u"\""_s)
                                     .replace(u"”"_s, u"\""_s)
                                     .replace(u"–"_s, u"-"_s)
                                     .replace(u"…"_s, u"..."_s);
    }

    void namedEncoding()
    {
        QFETCH(QString, from);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = writeFile(from + u".txt"_s, bytes);
        CliRun r = convert({QStringLiteral("--from"), from}, file);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, expected);
        r = convert({u"--from="_s + from}, file);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected);
        // Nothing needs a profile: none was made.
        QVERIFY(!QFileInfo::exists(m_db));
    }

    void recognised_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tcvn3") << tcvn3 << lowerFirst(expected);
        QTest::newRow("vni") << vni << expected;
        QTest::newRow("cp1258") << cp1258 << expected;
        // TCVN3 text pasted into a Unicode editor and saved as UTF-8: the characters it shows.
        QTest::newRow("tcvn3 saved as UTF-8") << QString::fromLatin1(tcvn3)
                                                     .replace(QChar(0x93), QChar(0x201C))
                                                     .replace(QChar(0x94), QChar(0x201D))
                                                     .replace(QChar(0x96), QChar(0x2013))
                                                     .replace(QChar(0x85), QChar(0x2026))
                                                     .toUtf8()
                                              << lowerFirst(expected);
    }

    void recognised()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = writeFile(QStringLiteral("legacy.txt"), bytes);
        CliRun r = convert({}, file);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, expected);
        r = convert({QStringLiteral("--from"), QStringLiteral("auto")}, file);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected);
    }

    void unicodeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("auto") << expected.toUtf8() << QStringList();
        QTest::newRow("auto, with a BOM")
            << QByteArray("\xEF\xBB\xBF") + expected.toUtf8() << QStringList();
        QTest::newRow("--from tcvn3")
            << expected.toUtf8() << QStringList{QStringLiteral("--from"), QStringLiteral("tcvn3")};
        QTest::newRow("--from viqr")
            << expected.toUtf8() << QStringList{QStringLiteral("--from"), QStringLiteral("viqr")};
        QTest::newRow("plain English") << QByteArray("Hello, world. What?\n") << QStringList();
    }

    void unicodeIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, options);
        const QString file = writeFile(QStringLiteral("unicode.txt"), bytes);
        CliRun r = convert(options, file);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was converted")), qPrintable(r.err));
        // In the user's language.
        r = convert(options, file, QStringLiteral("vi"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Không chuyển")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Nothing")), qPrintable(r.err));
    }

    void usageErrors()
    {
        const QString file = writeFile(QStringLiteral("vni.txt"), vni);
        CliRun r = convert({QStringLiteral("--from"), QStringLiteral("utf-16")}, file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("utf-16")), qPrintable(r.err));
        r = cli({QStringLiteral("text"), QStringLiteral("convert")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("text"), QStringLiteral("convert"), file, file});
        QCOMPARE(r.exitCode, 2);
        r = cli(
            {QStringLiteral("--json"), QStringLiteral("text"), QStringLiteral("convert"), file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        // The usage lists the command.
        r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("text convert [--from auto|tcvn3|vni|viqr|cp1258] "
                                              "FILE")));
    }

    void missingFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("no-such-file.txt"));
        CliRun r = convert({}, file);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        r = convert({}, m_dir.path()); // a folder
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("folder")), qPrintable(r.err));
    }

    // text tone: the office's tone-mark style applied to a UTF-8 file.
    void toneStyle()
    {
        const QString file =
            writeFile(QStringLiteral("tone.txt"),
                      u"Ủy ban xã Hoà Bình thăm hỏi sức khỏe, tuỳ theo quý hoàng.\r\n"_s.toUtf8());
        CliRun r = cli({QStringLiteral("text"), QStringLiteral("tone"), QStringLiteral("--style"),
                        QStringLiteral("modern"), file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Uỷ ban xã Hoà Bình thăm hỏi sức khoẻ, tuỳ theo quý hoàng.\n"_s);
        QVERIFY2(r.err.contains(QStringLiteral("2 syllables respelled")), qPrintable(r.err));
        r = cli({QStringLiteral("text"), QStringLiteral("tone"), QStringLiteral("--style"),
                 QStringLiteral("traditional"), file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Ủy ban xã Hòa Bình thăm hỏi sức khỏe, tùy theo quý hoàng.\n"_s);
        // A style that is not one, and a file in an old encoding, are refused in words.
        r = cli({QStringLiteral("text"), QStringLiteral("tone"), QStringLiteral("--style"),
                 QStringLiteral("old"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("traditional")), qPrintable(r.err));
        r = cli({QStringLiteral("text"), QStringLiteral("tone"), QStringLiteral("--style"),
                 QStringLiteral("modern"), writeFile(QStringLiteral("vni-tone.txt"), vni)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("text convert")), qPrintable(r.err));
        r = cli({QStringLiteral("text"), QStringLiteral("tone"), QStringLiteral("--style"),
                 QStringLiteral("modern"), file},
                QStringLiteral("vi"));
        QVERIFY2(r.err.contains(QStringLiteral("âm tiết")), qPrintable(r.err));
    }

    // text style: the hints, where they are and what they would write; --apply writes them.
    void styleHints()
    {
        const QString file = writeFile(
            QStringLiteral("style.txt"),
            u"UBND xã họp về \"Dân vận khéo\".\r\nCông tác CCHC  được đẩy mạnh , hoà hợp.\r\n"_s
                .toUtf8());
        CliRun r = cli({QStringLiteral("--json"), QStringLiteral("text"), QStringLiteral("style"),
                        QStringLiteral("--style"), QStringLiteral("traditional"), file});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hints =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QLatin1String("hints")].toArray();
        QStringList seen;
        for (const QJsonValue &h : hints)
            seen << QStringLiteral("%1:%2 %3")
                        .arg(h[QLatin1String("line")].toInt())
                        .arg(h[QLatin1String("column")].toInt())
                        .arg(h[QLatin1String("kind")].toString());
        QCOMPARE(
            seen,
            QStringList({QStringLiteral("1:1 abbreviation"), QStringLiteral("1:16 quotes"),
                         QStringLiteral("2:10 abbreviation"), QStringLiteral("2:14 double-space"),
                         QStringLiteral("2:29 space-before-mark"),
                         QStringLiteral("2:32 tone-style")}));
        QCOMPARE(hints.at(0)[QLatin1String("replacement")].toString(),
                 QStringLiteral("Ủy ban nhân dân (UBND)"));

        r = cli({QStringLiteral("text"), QStringLiteral("style"), QStringLiteral("--style"),
                 QStringLiteral("traditional"), QStringLiteral("--apply"), file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Ủy ban nhân dân (UBND) xã họp về “Dân vận khéo”.\nCông tác cải cách "
                        u"hành chính (CCHC) được đẩy mạnh, hòa hợp.\n"_s);
        QVERIFY2(r.err.contains(QStringLiteral("6 hints applied")), qPrintable(r.err));

        // In Vietnamese, and a style that is not one refused.
        r = cli({QStringLiteral("text"), QStringLiteral("style"), file}, QStringLiteral("vi"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("gợi ý")), qPrintable(r.err));
        r = cli({QStringLiteral("text"), QStringLiteral("style"), QStringLiteral("--style"),
                 QStringLiteral("old"), file});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliText)

#include "TestCliText.moc"
