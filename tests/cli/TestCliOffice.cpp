// The office commands: the profile set field by field and shown as rows or JSON, an unknown
// tone-mark style refused in words, and what reads it: a new plan's issuing body, the plan
// report's header, place, signer and recipients, and text tone without --style.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class TestCliOffice : public CliTest
{
    Q_OBJECT

    CliRun office(const QStringList &args, const QString &lang = QStringLiteral("en"))
    {
        return cli(QStringList{QStringLiteral("office")} + args, lang);
    }

    QJsonObject shown()
    {
        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("office"), QStringLiteral("show")});
        if (r.exitCode != 0)
            qFatal("office show failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    // A commune of the two-tier government, with no body above it in its header.
    void setVanCanh()
    {
        const CliRun r = office(
            {QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("UBND xã Vân Canh"),
             QStringLiteral("--parent"), QString(), QStringLiteral("--place"),
             QStringLiteral("Vân Canh"), QStringLiteral("--signer"),
             QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("--signer-title"),
             QStringLiteral("Chủ tịch"), QStringLiteral("--recipient"),
             QStringLiteral("UBND thành phố Hà Nội (để b/c);"), QStringLiteral("--recipient"),
             QStringLiteral("Lưu: VT."), QStringLiteral("--number-suffix"), QStringLiteral("UBND"),
             QStringLiteral("--tone-style"), QStringLiteral("modern")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

private Q_SLOTS:
    void init() { newProfile(); }

    // A new profile holds the demo, whose office is the one of its time.
    void demoProfileHasTheDemoOffice()
    {
        const QJsonObject o = shown();
        QCOMPARE(o[QLatin1String("parent_body")].toString(), QStringLiteral("UBND huyện Hoài Đức"));
        QCOMPARE(o[QLatin1String("place")].toString(), QStringLiteral("Hoài Đức"));
        QVERIFY(o[QLatin1String("tone_style")].isNull());
    }

    void setAndShow()
    {
        setVanCanh();
        QJsonObject o = shown();
        QCOMPARE(o[QLatin1String("name")].toString(), QStringLiteral("UBND xã Vân Canh"));
        QCOMPARE(o[QLatin1String("parent_body")].toString(), QString());
        QCOMPARE(o[QLatin1String("place")].toString(), QStringLiteral("Vân Canh"));
        QCOMPARE(o[QLatin1String("signer")].toString(), QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(o[QLatin1String("signer_title")].toString(), QStringLiteral("Chủ tịch"));
        QCOMPARE(o[QLatin1String("recipients")].toArray(),
                 (QJsonArray{QStringLiteral("UBND thành phố Hà Nội (để b/c);"),
                             QStringLiteral("Lưu: VT.")}));
        QCOMPARE(o[QLatin1String("number_suffix")].toString(), QStringLiteral("UBND"));
        QCOMPARE(o[QLatin1String("plan_symbol")].toString(), QStringLiteral("KH-UBND"));
        QCOMPARE(o[QLatin1String("report_symbol")].toString(), QStringLiteral("BC-UBND"));
        QCOMPARE(o[QLatin1String("tone_style")].toString(), QStringLiteral("modern"));

        // What is not named is kept; --recipient replaces the whole list.
        CliRun r = office({QStringLiteral("set"), QStringLiteral("--recipient"),
                           QStringLiteral("Đảng ủy xã;"), QStringLiteral("--number-suffix"),
                           QStringLiteral("KH-UBND")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        o = shown();
        QCOMPARE(o[QLatin1String("recipients")].toArray(),
                 QJsonArray{QStringLiteral("Đảng ủy xã;")});
        QCOMPARE(o[QLatin1String("name")].toString(), QStringLiteral("UBND xã Vân Canh"));
        QCOMPARE(o[QLatin1String("report_symbol")].toString(), QStringLiteral("BC-UBND"));

        // As rows for people.
        r = office({QStringLiteral("show")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Name:\tUBND xã Vân Canh\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Place:\tVân Canh\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Recipients:\tĐảng ủy xã;\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("…/KH-UBND")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Tone marks:\tmodern (hoà, thuỷ)")),
                 qPrintable(r.out));
    }

    void wrongUsageIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown tone style")
            << QStringList{QStringLiteral("set"), QStringLiteral("--tone-style"),
                           QStringLiteral("old")}
            << QStringLiteral("--tone-style is traditional (hòa, thủy) or modern (hoà, thuỷ), "
                              "not “old”.");
        QTest::newRow("nothing to set") << QStringList{QStringLiteral("set")}
                                        << QStringLiteral("office set needs at least one of");
        QTest::newRow("a stray argument")
            << QStringList{QStringLiteral("set"), QStringLiteral("UBND")}
            << QStringLiteral("Unexpected argument: UBND");
        QTest::newRow("show takes nothing")
            << QStringList{QStringLiteral("show"), QStringLiteral("x")}
            << QStringLiteral("Unexpected argument: x");
    }

    void wrongUsageIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = office(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // Nothing was changed: the demo's office is still there, its style not chosen.
        const QJsonObject o = shown();
        QCOMPARE(o[QLatin1String("place")].toString(), QStringLiteral("Hoài Đức"));
        QVERIFY(o[QLatin1String("tone_style")].isNull());
    }

    // A new plan is the office's unless it says otherwise, and the report says what the
    // profile says.
    void plansAndReportsReadTheOffice()
    {
        setVanCanh();
        CliRun r = cli({QStringLiteral("plan"), QStringLiteral("new"), QStringLiteral("--number"),
                        QStringLiteral("12/KH-UBND"), QStringLiteral("--title"),
                        QStringLiteral("Tuyên truyền chuyển đổi số năm 2026"),
                        QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-12-31")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QString issuedBy;
        QString demoIssuedBy;
        for (const QJsonValue &p : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (p[QLatin1String("number")].toString() == QLatin1String("12/KH-UBND"))
                issuedBy = p[QLatin1String("issuing_body")].toString();
            else
                demoIssuedBy = p[QLatin1String("issuing_body")].toString();
        }
        QCOMPARE(issuedBy, QStringLiteral("UBND xã Vân Canh"));
        // The demo's plan keeps the body that issued it.
        QCOMPARE(demoIssuedBy, QStringLiteral("UBND huyện Hoài Đức"));

        const QString out = m_dir.filePath(QStringLiteral("bao-cao.html"));
        r = cli({QStringLiteral("plan"), QStringLiteral("report"), QStringLiteral("12/KH-UBND"),
                 QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        file.close(); // Windows replaces no file that is open
        for (const QString &said : {QStringLiteral("UBND XÃ VÂN CANH"), QStringLiteral("/BC-UBND"),
                                    QStringLiteral("Vân Canh, ngày "), QStringLiteral("CHỦ TỊCH"),
                                    QStringLiteral("Nguyễn Thị Lan"),
                                    QStringLiteral("- UBND thành phố Hà Nội (để b/c);")})
            QVERIFY2(html.contains(said), qPrintable(said));
        QVERIFY(!html.contains(QStringLiteral("huyện"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("Hoài Đức")));

        // --signer still names someone else for one report.
        r = cli({QStringLiteral("plan"), QStringLiteral("report"), QStringLiteral("12/KH-UBND"),
                 QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), out,
                 QStringLiteral("--signer"), QStringLiteral("Trần Văn Minh")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString other = QString::fromUtf8(file.readAll());
        QVERIFY(other.contains(QStringLiteral("Trần Văn Minh")));
        QVERIFY(!other.contains(QStringLiteral("Nguyễn Thị Lan")));
    }

    // The office's abbreviations: a radio script reads them out, the style hints ask for them
    // spelled out; PressDesk's own may be changed or taken out.
    void theOfficesAbbreviations()
    {
        CliRun r = office({QStringLiteral("glossary"), QStringLiteral("add"),
                           QStringLiteral("TTVH"), QStringLiteral("Trung tâm Văn hóa")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = office({QStringLiteral("glossary"), QStringLiteral("remove"), QStringLiteral("TP")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--json"), QStringLiteral("office"), QStringLiteral("glossary"),
                 QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QHash<QString, QJsonObject> listed;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            listed.insert(v[QLatin1String("abbreviation")].toString(), v.toObject());
        QVERIFY(listed.contains(QStringLiteral("TTVH")));
        QVERIFY(listed[QStringLiteral("TTVH")][QLatin1String("office")].toBool());
        QVERIFY(!listed[QStringLiteral("UBND")][QLatin1String("office")].toBool());
        QVERIFY(!listed.contains(QStringLiteral("TP")));
        QCOMPARE(shown()[QLatin1String("glossary_changes")].toInt(), 2);

        const QString body = writeFile(
            QStringLiteral("tin.html"),
            QStringLiteral("<p>TTVH xã phối hợp với UBND xã tuyên truyền tại TP Hà Nội.</p>")
                .toUtf8());
        r = cli({QStringLiteral("article"), QStringLiteral("new"), QStringLiteral("--title"),
                 QStringLiteral("Tuyên truyền"), QStringLiteral("--body-file"), body});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("radio"), QStringLiteral("script"), r.out.trimmed()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Trung tâm Văn hóa xã phối hợp với Ủy ban nhân "
                                               "dân xã tuyên truyền tại TP Hà Nội.")),
                 qPrintable(r.out));

        const QString text = writeFile(QStringLiteral("tin.txt"),
                                       QStringLiteral("TTVH xã tổ chức hội thi.\n").toUtf8());
        r = cli({QStringLiteral("text"), QStringLiteral("style"), text, QStringLiteral("--apply")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Trung tâm Văn hóa (TTVH) xã")),
                 qPrintable(r.out));

        // Changed back: PressDesk's TP returns with remove undone by add.
        r = office({QStringLiteral("glossary"), QStringLiteral("add"), QStringLiteral("TP"),
                    QStringLiteral("thành phố")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(shown()[QLatin1String("glossary_changes")].toInt(), 1);
        r = office({QStringLiteral("glossary"), QStringLiteral("remove"), QStringLiteral("XYZ")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("XYZ")), qPrintable(r.err));
        r = office({QStringLiteral("glossary"), QStringLiteral("add"), QStringLiteral("TTVH")});
        QCOMPARE(r.exitCode, 2);
    }

    // text tone without --style places the tone marks as the office does.
    void textToneFollowsTheOffice()
    {
        const QString file =
            writeFile(QStringLiteral("tone.txt"), QStringLiteral("Hòa Bình, sức khỏe.\n").toUtf8());
        const auto tone = [&] {
            const CliRun r = cli({QStringLiteral("text"), QStringLiteral("tone"), file});
            if (r.exitCode != 0)
                qFatal("text tone failed: %s", qPrintable(r.err));
            return r.out;
        };
        QCOMPARE(tone(), QStringLiteral("Hòa Bình, sức khỏe.\n")); // not chosen: traditional
        CliRun r = office(
            {QStringLiteral("set"), QStringLiteral("--tone-style"), QStringLiteral("modern")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(tone(), QStringLiteral("Hoà Bình, sức khoẻ.\n"));
        r = office(
            {QStringLiteral("set"), QStringLiteral("--tone-style"), QStringLiteral("traditional")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(tone(), QStringLiteral("Hòa Bình, sức khỏe.\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliOffice)

#include "TestCliOffice.moc"
