// The plan commands: plans, activities, links, hand counts, progress and reports.
#include "CliRunner.h"
#include "Wine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

class TestCliPlan : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { newProfile(); }

    void planImportLinkAndProgress()
    {
        const QDate today = QDate::currentDate();
        const QByteArray json =
            QStringLiteral(R"({"number": "12/KH-UBND", "title": "Tuyên truyền CCHC",
              "issuing_body": "UBND huyện Hoài Đức", "issue_date": "%1",
              "period_start": "%1", "period_end": "%2",
              "activities": [
                {"id": "a-portal", "channel": "portal", "target": 2, "unit": "bài",
                 "description": "Tin trên Cổng"},
                {"id": "a-radio", "channel": "radio", "target": 4, "unit": "lượt phát",
                 "description": "Đài truyền thanh"},
                {"id": "a-press", "channel": "press", "target": 2, "unit": "tin",
                 "description": "Cung cấp thông tin cho báo chí"}]})")
                .arg(today.addDays(-30).toString(Qt::ISODate),
                     today.addDays(30).toString(Qt::ISODate))
                .toUtf8();
        CliRun r = cli({QStringLiteral("plan"), QStringLiteral("import"),
                        writeFile(QStringLiteral("plan-12.json"), json)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("12/KH-UBND")), qPrintable(r.err));
        // The same plan twice is refused.
        r = cli({QStringLiteral("plan"), QStringLiteral("import"),
                 m_dir.filePath(QStringLiteral("plan-12.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("12/KH-UBND")), qPrintable(r.err));

        QVERIFY(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hung"),
                     QStringLiteral("--role"), QStringLiteral("supervisor")})
                    .exitCode == 0);
        const QString id = newArticle({QStringLiteral("--title"), QStringLiteral("Bản tin CCHC")});
        const QStringList asHung{QStringLiteral("--user"), QStringLiteral("hung"),
                                 QStringLiteral("article")};
        QCOMPARE(cli(asHung + QStringList{QStringLiteral("submit"), id}).exitCode, 0);
        QCOMPARE(cli(asHung + QStringList{QStringLiteral("approve"), id}).exitCode, 0);

        const QString plan = QStringLiteral("12/KH-UBND");
        QCOMPARE(activityProgress(plan, QStringLiteral("a-radio"))[QLatin1String("done")].toInt(),
                 0);
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("link"), id.left(8),
                      QStringLiteral("a-radio")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("plan"), QStringLiteral("link"), id, QStringLiteral("a-portal")})
                .exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("plan"), QStringLiteral("link"), id, QStringLiteral("a-press")})
                .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("manual"), QStringLiteral("a-radio"),
                      QStringLiteral("--quantity"), QStringLiteral("2"), QStringLiteral("--date"),
                      today.toString(QStringLiteral("dd/MM/yyyy")), QStringLiteral("--note"),
                      QStringLiteral("Phát lại bản tin")})
                     .exitCode,
                 0);

        // Approved: it counts for the press (the material is ready), not yet for the portal,
        // and not for the radio, which counts broadcasts (TestCliRadio): there only the hand
        // count counts.
        QJsonObject press = activityProgress(plan, QStringLiteral("a-press"));
        QCOMPARE(press[QLatin1String("from_articles")].toInt(), 1);
        QCOMPARE(press[QLatin1String("done")].toInt(), 1);
        QCOMPARE(press[QLatin1String("percent")].toDouble(), 50.0);
        QCOMPARE(press[QLatin1String("article_ids")].toArray().first().toString(), id);
        QJsonObject radio = activityProgress(plan, QStringLiteral("a-radio"));
        QCOMPARE(radio[QLatin1String("from_articles")].toInt(), 0);
        QCOMPARE(radio[QLatin1String("aired")].toInt(), 0);
        QCOMPARE(radio[QLatin1String("manual")].toInt(), 2);
        QCOMPARE(radio[QLatin1String("done")].toInt(), 2);
        QCOMPARE(radio[QLatin1String("percent")].toDouble(), 50.0);
        QVERIFY(radio[QLatin1String("article_ids")].toArray().isEmpty());
        const QJsonObject portal = activityProgress(plan, QStringLiteral("a-portal"));
        QCOMPARE(portal[QLatin1String("done")].toInt(), 0);

        // A range that ends before today leaves it all out.
        const QStringList untilYesterday{QStringLiteral("--to"),
                                         today.addDays(-1).toString(Qt::ISODate)};
        press = activityProgress(plan, QStringLiteral("a-press"), untilYesterday);
        QCOMPARE(press[QLatin1String("done")].toInt(), 0);
        radio = activityProgress(plan, QStringLiteral("a-radio"), untilYesterday);
        QCOMPARE(radio[QLatin1String("done")].toInt(), 0);

        QCOMPARE(
            cli({QStringLiteral("plan"), QStringLiteral("unlink"), id, QStringLiteral("a-press")})
                .exitCode,
            0);
        QCOMPARE(activityProgress(plan, QStringLiteral("a-press"))[QLatin1String("done")].toInt(),
                 0);

        // The month series counts the hand-counted broadcasts in this month.
        r = cli(
            {QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("progress"), plan});
        const QJsonArray months =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QLatin1String("months")].toArray();
        int radioTotal = 0;
        for (const QJsonValue &m : months)
            radioTotal += m[QLatin1String("counts")][QLatin1String("radio")].toInt();
        QCOMPARE(radioTotal, 2);
    }

    void planNewActivityAddAndExportRoundTrip()
    {
        CliRun r =
            cli({QStringLiteral("plan"), QStringLiteral("new"), QStringLiteral("--number"),
                 QStringLiteral("88/KH-UBND"), QStringLiteral("--title"),
                 QStringLiteral("Chuyển đổi số năm 2024"), QStringLiteral("--issued"),
                 QStringLiteral("05/03/2024"), QStringLiteral("--from"),
                 QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31"),
                 QStringLiteral("--topic"), QStringLiteral("Dịch vụ công trực tuyến"),
                 QStringLiteral("--topic"), QStringLiteral("Chữ ký số")});
        QCOMPARE(r.exitCode, 0);
        const QString planId = r.out.trimmed();
        r = cli({QStringLiteral("plan"), QStringLiteral("activity"), QStringLiteral("add"),
                 QStringLiteral("88/KH-UBND"), QStringLiteral("--channel"),
                 QStringLiteral("visual"), QStringLiteral("--target"), QStringLiteral("40"),
                 QStringLiteral("--unit"), QStringLiteral("băng rôn"), QStringLiteral("--due"),
                 QStringLiteral("2024-06-30")});
        QCOMPARE(r.exitCode, 0);

        r = cli({QStringLiteral("plan"), QStringLiteral("export"), planId.left(8)});
        QCOMPARE(r.exitCode, 0);
        const QString exported = writeFile(QStringLiteral("plan-88.json"), r.out.toUtf8());
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        r = cli({QStringLiteral("--db"), other, QStringLiteral("plan"), QStringLiteral("import"),
                 exported});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("--db"), other, QStringLiteral("--json"), QStringLiteral("plan"),
                 QStringLiteral("show"), QStringLiteral("88/KH-UBND")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown[QLatin1String("issue_date")].toString(), QStringLiteral("2024-03-05"));
        QCOMPARE(shown[QLatin1String("focus_topics")].toArray().size(), 2);
        const QJsonArray acts = shown[QLatin1String("activities")].toArray();
        QCOMPARE(acts.size(), 1);
        QCOMPARE(acts.first()[QLatin1String("channel")].toString(), QStringLiteral("visual"));
        QCOMPARE(acts.first()[QLatin1String("target")].toInt(), 40);
        QCOMPARE(acts.first()[QLatin1String("unit")].toString(), QStringLiteral("băng rôn"));
        QCOMPARE(acts.first()[QLatin1String("due")].toString(), QStringLiteral("2024-06-30"));
        // Past its due day with nothing done, as of any day after 30/06/2024.
        QVERIFY(acts.first()[QLatin1String("overdue")].toBool() ==
                (QDate::currentDate() > QDate(2024, 6, 30)));
    }

    void planReportOfTheDemoPlanAsPdfOdtAndHtml()
    {
        // A server without a display: the PDF is still written.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        const QString db = m_dir.filePath(QStringLiteral("report.sqlite"));
        for (const QString &format :
             {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html")}) {
            const QString out = m_dir.filePath(QStringLiteral("bao-cao.") + format);
            const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("plan"),
                                  QStringLiteral("report"), QStringLiteral("65/KH-UBND"),
                                  QStringLiteral("--format"), format, QStringLiteral("--out"), out,
                                  QStringLiteral("--from"), QStringLiteral("2019-01-01"),
                                  QStringLiteral("--to"), QStringLiteral("2019-03-31")},
                                 QStringLiteral("vi"), env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("quý I năm 2019")), qPrintable(r.out));
            QVERIFY(QFileInfo(out).size() > 1000);
        }
        WINE_SKIP_LINUX_TOOL("pdftotext");
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            if (qEnvironmentVariableIntValue("PRESSDESK_REQUIRE_SERVICES"))
                QFAIL("pdftotext (poppler-utils) is missing");
            QSKIP("no pdftotext to read the PDF");
        }
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {m_dir.filePath(QStringLiteral("bao-cao.pdf")), QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdf.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                 qPrintable(pdf));
        QVERIFY(pdf.contains(QStringLiteral("65/KH-UBND")));
        // The plan's title already names the year: the period after it does not repeat it.
        const QString words = pdf.simplified();
        QVERIFY2(words.contains(QStringLiteral("cải cách hành chính năm 2019, quý I ")),
                 qPrintable(words));
        QVERIFY(!words.contains(QStringLiteral("năm 2019, quý I năm 2019")));
        QVERIFY(words.contains(QStringLiteral("Kế hoạch số 65/KH-UBND quý I năm 2019./.")));
        // Wrong usage: no format.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("report"),
                      QStringLiteral("65/KH-UBND"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.doc"))})
                     .exitCode,
                 2);
    }

    // The demo plan's radio and visual counts, with what is behind them: its two broadcasts
    // (the article read on the district's station and a commune's loudspeakers) and its six
    // banners on Quốc lộ 32. The panel still planned is not listed; no photo, no annex.
    void planReportListsTheDemoBroadcastsAndBanners()
    {
        WINE_SKIP_LINUX_TOOL("pdftotext");
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            if (qEnvironmentVariableIntValue("PRESSDESK_REQUIRE_SERVICES"))
                QFAIL("pdftotext (poppler-utils) is missing");
            QSKIP("no pdftotext to read the PDF");
        }
        const QString out = m_dir.filePath(QStringLiteral("bao-cao-quy-1.pdf"));
        const CliRun r =
            cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("demo.sqlite")),
                 QStringLiteral("plan"), QStringLiteral("report"), QStringLiteral("65/KH-UBND"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out,
                 QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--to"),
                 QStringLiteral("2019-03-31")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), out, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        const QStringList lines = pdf.split(QLatin1Char('\n'));
        const QString words = pdf.simplified();
        QVERIFY2(words.contains(QStringLiteral("DANH SÁCH LƯỢT PHÁT TRÊN HỆ THỐNG TRUYỀN THANH")),
                 qPrintable(pdf));
        // Two broadcasts of the bulletin's item, one per station, at 06:05 on 20 February.
        QStringList aired;
        for (const QString &line : lines)
            if (line.contains(QStringLiteral("20/02/2019 06:05")))
                aired << line.simplified();
        QCOMPARE(aired.size(), 2);
        QVERIFY2(aired[0].contains(QStringLiteral("Đài Truyền thanh")) !=
                     aired[1].contains(QStringLiteral("Đài Truyền thanh")),
                 qPrintable(aired.join(QLatin1Char('\n'))));
        QVERIFY2(words.contains(QStringLiteral("Loa truyền thanh xã")), qPrintable(pdf));
        // The six banners on Quốc lộ 32, put up on 26 February, no photo yet.
        QVERIFY2(words.contains(QStringLiteral("DANH SÁCH SẢN PHẨM TUYÊN TRUYỀN TRỰC QUAN")),
                 qPrintable(pdf));
        bool banners = false;
        for (const QString &line : lines) {
            const QString l = line.simplified();
            banners = banners || (l.contains(QStringLiteral("Băng rôn")) &&
                                  l.contains(QStringLiteral(" 6 ")) &&
                                  l.contains(QStringLiteral("Quốc lộ 32")) &&
                                  l.contains(QStringLiteral("26/02/2019")));
        }
        QVERIFY2(banners, qPrintable(pdf));
        QVERIFY2(words.contains(QStringLiteral("Thị trấn Trạm")), qPrintable(pdf));
        QVERIFY2(!words.contains(QStringLiteral("Trước trụ sở")), qPrintable(pdf));
        QVERIFY(!words.contains(QStringLiteral("PHỤ LỤC")));
    }

    // Units merge (the 2025 reorganisation): one activity reassigned, then a unit merged into
    // another across the demo plan; `plan show` names the unit before and when it changed, and
    // nothing the plan counts moves. A reporter may not.
    void activityReassignAndUnitMerge()
    {
        const QString plan = QStringLiteral("65/KH-UBND");
        const QString portal = QStringLiteral("0c6f2a65-1902-4d19-a065-6b4b48000001");
        const QString visual = QStringLiteral("0c6f2a65-1902-4d19-a065-6b4b48000003");
        const auto shown = [this, &plan] {
            const CliRun r = cli(
                {QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show"), plan});
            if (r.exitCode != 0)
                qFatal("plan show: %s", qPrintable(r.err));
            return QJsonDocument::fromJson(r.out.toUtf8())
                .object()[QLatin1String("activities")]
                .toArray();
        };
        const auto counts = [](const QJsonArray &acts) {
            QStringList out;
            for (const QJsonValue &a : acts)
                out << QStringLiteral("%1 %2 %3")
                           .arg(a[QLatin1String("id")].toString())
                           .arg(a[QLatin1String("done")].toInt())
                           .arg(a[QLatin1String("target")].toInt());
            return out;
        };
        const QJsonArray before = shown();
        QCOMPARE(before.first()[QLatin1String("responsible_unit")].toString(),
                 QStringLiteral("Phòng Văn hóa và Thông tin"));
        QVERIFY(before.first()[QLatin1String("unit_history")].toArray().isEmpty());

        CliRun r =
            cli({QStringLiteral("plan"), QStringLiteral("activity"), QStringLiteral("reassign"),
                 portal, QStringLiteral("--unit"), QStringLiteral("Phòng Văn hóa – Xã hội"),
                 QStringLiteral("--note"), QStringLiteral("Hợp nhất theo Quyết định 12/QĐ-UBND")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("“Phòng Văn hóa – Xã hội”, before “Phòng Văn hóa "
                                               "và Thông tin”")),
                 qPrintable(r.out));

        r = cli({QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("unit"),
                 QStringLiteral("merge"), QStringLiteral("--from"),
                 QStringLiteral("Trung tâm Văn hóa – Thông tin và Thể thao huyện"),
                 QStringLiteral("--to"), QStringLiteral("Phòng Văn hóa – Xã hội"),
                 QStringLiteral("--plan"), plan});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject merged = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(merged[QLatin1String("changed")].toInt(), 1);
        QCOMPARE(merged[QLatin1String("plan")].toString(), plan);
        QCOMPARE(merged[QLatin1String("changes")]
                     .toArray()
                     .first()[QLatin1String("activity_id")]
                     .toString(),
                 visual);

        const QJsonArray after = shown();
        QCOMPARE(counts(after), counts(before)); // the same activities, the same counts
        const QJsonArray history = after.first()[QLatin1String("unit_history")].toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first()[QLatin1String("from")].toString(),
                 QStringLiteral("Phòng Văn hóa và Thông tin"));
        QCOMPARE(history.first()[QLatin1String("note")].toString(),
                 QStringLiteral("Hợp nhất theo Quyết định 12/QĐ-UBND"));
        QCOMPARE(after.first()[QLatin1String("responsible_unit")].toString(),
                 QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(after.at(2)[QLatin1String("responsible_unit")].toString(),
                 QStringLiteral("Phòng Văn hóa – Xã hội"));

        // As text: the unit before, and until when.
        r = cli({QStringLiteral("plan"), QStringLiteral("show"), plan});
        QCOMPARE(r.exitCode, 0);
        const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
        QVERIFY2(r.out.contains(QStringLiteral("Responsible: Phòng Văn hóa – Xã hội (before %1: "
                                               "Phòng Văn hóa và Thông tin)")
                                    .arg(today)),
                 qPrintable(r.out));

        // Nothing left of that unit: nothing moves, and the count says so.
        r = cli({QStringLiteral("plan"), QStringLiteral("unit"), QStringLiteral("merge"),
                 QStringLiteral("--from"),
                 QStringLiteral("Trung tâm Văn hóa – Thông tin và Thể thao huyện"),
                 QStringLiteral("--to"), QStringLiteral("Phòng Văn hóa – Xã hội")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("0 ")), qPrintable(r.out));

        // A reporter's desk refuses, and nothing is recorded.
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("an"),
                      QStringLiteral("--role"), QStringLiteral("staff")})
                     .exitCode,
                 0);
        r = cli({QStringLiteral("--user"), QStringLiteral("an"), QStringLiteral("plan"),
                 QStringLiteral("activity"), QStringLiteral("reassign"), portal,
                 QStringLiteral("--unit"), QStringLiteral("Phòng Nội vụ")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("supervisor")), qPrintable(r.err));
        QCOMPARE(shown().first()[QLatin1String("unit_history")].toArray().size(), 1);
    }

    void planCommandErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *i : items)
                out << QString::fromUtf8(i);
            return out;
        };
        QTest::newRow("new without title")
            << l({"plan", "new", "--number", "1/KH"}) << 2 << QStringLiteral("--title");
        QTest::newRow("bad date") << l({"plan", "new", "--number", "1/KH", "--title", "T",
                                        "--issued", "30/02/2019"})
                                  << 2 << QStringLiteral("--issued");
        QTest::newRow("unknown channel") << l({"plan", "activity", "add", "65/KH-UBND", "--channel",
                                               "tv", "--target", "3", "--unit", "buổi"})
                                         << 2 << QStringLiteral("--channel");
        QTest::newRow("unknown plan")
            << l({"plan", "show", "99/KH-UBND"}) << 1 << QStringLiteral("No plan");
        QTest::newRow("report range backwards")
            << l({"plan", "report", "65/KH-UBND", "--format", "pdf", "--out", "x.pdf", "--from",
                  "2019-06-30", "--to", "2019-01-01"})
            << 2 << QStringLiteral("--to comes before --from");
        QTest::newRow("report bad date") << l({"plan", "report", "65/KH-UBND", "--format", "pdf",
                                               "--out", "x.pdf", "--from", "31/02/2019"})
                                         << 2 << QStringLiteral("--from");
        QTest::newRow("unknown activity") << l({"plan", "manual", "nope", "--quantity", "1",
                                                "--date", "2019-03-01", "--note", "x"})
                                          << 1 << QStringLiteral("No activity");
        QTest::newRow("zero quantity") << l({"plan", "manual", "nope", "--quantity", "0", "--date",
                                             "2019-03-01", "--note", "x"})
                                       << 2 << QStringLiteral("--quantity");
        QTest::newRow("reassign without unit")
            << l({"plan", "activity", "reassign", "0c6f2a65-1902-4d19-a065-6b4b48000001"}) << 2
            << QStringLiteral("--unit");
        QTest::newRow("reassign unknown activity")
            << l({"plan", "activity", "reassign", "nope", "--unit", "Phòng Nội vụ"}) << 1
            << QStringLiteral("No activity");
        QTest::newRow("merge without to") << l({"plan", "unit", "merge", "--from", "Phòng Nội vụ"})
                                          << 2 << QStringLiteral("--to");
        QTest::newRow("merge into itself")
            << l({"plan", "unit", "merge", "--from", "Phòng Nội vụ", "--to", "phòng nội vụ"}) << 1
            << QStringLiteral("same unit");
        QTest::newRow("merge in unknown plan")
            << l({"plan", "unit", "merge", "--from", "Phòng Nội vụ", "--to", "Sở Nội vụ", "--plan",
                  "99/KH-UBND"})
            << 1 << QStringLiteral("No plan");
        QTest::newRow("not json") << QStringList{QStringLiteral("plan"), QStringLiteral("import"),
                                                 QStringLiteral(PRESSDESK_CLI)}
                                  << 1 << QStringLiteral("not a plan file");
    }

    void planCommandErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void demoProfileCountsTheDemoArticleOncePublished()
    {
        CliRun r = cli({QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray plans = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first()[QLatin1String("number")].toString(), QStringLiteral("65/KH-UBND"));
        QCOMPARE(plans.first()[QLatin1String("issuing_body")].toString(),
                 QStringLiteral("UBND huyện Hoài Đức"));

        r = cli({QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show"),
                 QStringLiteral("65/KH-UBND")});
        const QJsonArray acts =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QLatin1String("activities")].toArray();
        QCOMPARE(acts.size(), 6);
        QSet<QString> channels;
        for (const QJsonValue &a : acts)
            channels.insert(a[QLatin1String("channel")].toString());
        for (const char *c : {"portal", "radio", "visual", "press"})
            QVERIFY2(channels.contains(QLatin1String(c)), c);
        const QJsonObject first = acts.first().toObject();
        QCOMPARE(first[QLatin1String("channel")].toString(), QStringLiteral("portal"));
        QCOMPARE(first[QLatin1String("target")].toInt(), 24);
        const QString portal = first[QLatin1String("id")].toString();

        // The demo article is seeded as a draft: linked, not counted.
        r = cli({QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("list")});
        const QJsonObject article =
            QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(article[QLatin1String("status")].toString(), QStringLiteral("draft"));
        const QString articleId = article[QLatin1String("id")].toString();
        const QString plan = QStringLiteral("65/KH-UBND");
        QCOMPARE(activityProgress(plan, portal)[QLatin1String("done")].toInt(), 0);
        // The demo's radio: the article read in the morning bulletin, aired on two stations.
        QString radio;
        for (const QJsonValue &a : acts) {
            if (a[QLatin1String("channel")].toString() == QLatin1String("radio"))
                radio = a[QLatin1String("id")].toString();
        }
        const QJsonObject onAir = activityProgress(plan, radio);
        QCOMPARE(onAir[QLatin1String("aired")].toInt(), 2);
        QCOMPARE(onAir[QLatin1String("done")].toInt(), 2);
        QCOMPARE(onAir[QLatin1String("aired_ids")].toArray().size(), 2); // what is behind it
        // The demo's visual campaign: six banners installed on 26/02/2019 count, the panel
        // still planned does not.
        QString visual;
        for (const QJsonValue &a : acts) {
            if (a[QLatin1String("channel")].toString() == QLatin1String("visual"))
                visual = a[QLatin1String("id")].toString();
        }
        const QJsonObject hung = activityProgress(plan, visual);
        QCOMPARE(hung[QLatin1String("installed")].toInt(), 6);
        QCOMPARE(hung[QLatin1String("aired")].toInt(), 0);
        QCOMPARE(hung[QLatin1String("done")].toInt(), 6);
        // Behind the count: the banners, as the register lists them.
        const QJsonArray behind = hung[QLatin1String("visual_ids")].toArray();
        QCOMPARE(behind.size(), 1);
        r = cli({QStringLiteral("--json"), QStringLiteral("visual"), QStringLiteral("list")});
        bool found = false;
        for (const QJsonValue &item : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (item[QLatin1String("id")].toString() == behind.first().toString()) {
                found = true;
                QCOMPARE(item[QLatin1String("quantity")].toInt(), 6);
            }
        }
        QVERIFY2(found, qPrintable(r.out));
        QCOMPARE(activityProgress(plan, radio)[QLatin1String("installed")].toInt(), 0);
        QCOMPARE(activityProgress(plan, visual,
                                  {QStringLiteral("--to"),
                                   QStringLiteral("2019-02-25")})[QLatin1String("installed")]
                     .toInt(),
                 0);
        r = cli({QStringLiteral("radio"), QStringLiteral("rundown"),
                 QStringLiteral("Thời sự Hoài Đức"), QStringLiteral("--date"),
                 QStringLiteral("2019-02-20")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Thúc đẩy tuyên truyền cải cách hành chính")),
                 qPrintable(r.out));

        const auto publishedAt = [this, &articleId](const QDateTime &when) {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            q.prepare(QStringLiteral("UPDATE articles SET status = 'published', "
                                     "status_changed_at = ? WHERE id = ?"));
            q.addBindValue(when.toString(Qt::ISODateWithMs));
            q.addBindValue(articleId);
            QVERIFY(q.exec());
            raw.close();
            raw = {};
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        };
        // Published today, it is outside the plan's year: 2019 does not count it.
        publishedAt(QDateTime::currentDateTimeUtc());
        QCOMPARE(activityProgress(plan, portal)[QLatin1String("done")].toInt(), 0);
        // Published when it really was (Hà Nội portal, 21/02/2019 14:05), it counts.
        publishedAt(QDateTime(QDate(2019, 2, 21), QTime(7, 5), Qt::UTC));
        const QJsonObject counted = activityProgress(plan, portal);
        QCOMPARE(counted[QLatin1String("done")].toInt(), 1);
        QCOMPARE(counted[QLatin1String("article_ids")].toArray().first().toString(), articleId);
        // Only the activity it is linked to moves.
        QCOMPARE(activityProgress(plan,
                                  acts.at(4)[QLatin1String("id")].toString())[QLatin1String("done")]
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "TestCliPlan.moc"
