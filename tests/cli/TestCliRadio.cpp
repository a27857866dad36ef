// The radio commands: stations, programmes, an article's reading script, a rundown, the aired
// log that a plan's radio activity counts, and the text files for text-to-speech loudspeakers.
#include "CliRunner.h"

#include <QMap>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

class TestCliRadio : public CliTest
{
    Q_OBJECT

    const QString m_station = QStringLiteral("Đài Truyền thanh huyện");
    const QString m_program = QStringLiteral("Bản tin sáng");

    CliRun radio(const QStringList &args, const QString &lang = QStringLiteral("en"))
    {
        return cli(QStringList{QStringLiteral("radio")} + args, lang);
    }

    // The district's station, a commune's loudspeakers and a one-minute morning programme.
    void addStationsAndProgram()
    {
        CliRun r = radio({QStringLiteral("station"), QStringLiteral("add"), m_station});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = radio({QStringLiteral("station"), QStringLiteral("add"),
                   QStringLiteral("Loa xã An Khánh"), QStringLiteral("--kind"),
                   QStringLiteral("loudspeakers")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = radio({QStringLiteral("program"), QStringLiteral("add"), m_program,
                   QStringLiteral("--station"), QStringLiteral("đài truyền thanh huyện"),
                   QStringLiteral("--time"), QStringLiteral("06:00"), QStringLiteral("--length"),
                   QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // An article long enough to run over a one-minute slot.
    QString newLongArticle()
    {
        QByteArray body;
        for (int i = 0; i < 20; ++i)
            body += "<p>Người dân xã An Khánh tích cực tham gia dịch vụ công trực tuyến.</p>\n";
        return newArticle(
            {QStringLiteral("--title"), QStringLiteral("Kết quả cải cách hành chính"),
             QStringLiteral("--lead"), QStringLiteral("Năm 2024, huyện có 15 xã đạt chuẩn."),
             QStringLiteral("--body-file"), writeFile(QStringLiteral("body.html"), body)});
    }

private Q_SLOTS:
    void init() { newProfile(); }

    void stationsAndProgrammes()
    {
        addStationsAndProgram();
        CliRun r = cli({QStringLiteral("--json"), QStringLiteral("radio"),
                        QStringLiteral("station"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray stations = QJsonDocument::fromJson(r.out.toUtf8()).array();
        // A new profile holds the demo's two stations (Plan 65's radio); these two join them.
        QCOMPARE(stations.size(), 4);
        QMap<QString, QString> kinds;
        for (const QJsonValue &s : stations)
            kinds.insert(s[QLatin1String("name")].toString(), s[QLatin1String("kind")].toString());
        QCOMPARE(kinds.value(QStringLiteral("Loa xã An Khánh")), QStringLiteral("loudspeakers"));
        QCOMPARE(kinds.value(m_station), QStringLiteral("station"));

        r = cli({QStringLiteral("--json"), QStringLiteral("radio"), QStringLiteral("program"),
                 QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(all.size(), 2); // and the demo's bulletin
        QJsonObject program;
        for (const QJsonValue &p : all) {
            if (p[QLatin1String("name")].toString() == m_program)
                program = p.toObject();
        }
        QCOMPARE(program[QLatin1String("station")].toString(), m_station);
        QCOMPARE(program[QLatin1String("time")].toString(), QStringLiteral("06:00"));
        QCOMPARE(program[QLatin1String("length_minutes")].toInt(), 1);
        QVERIFY(program[QLatin1String("weekday")].isNull());

        r = radio({QStringLiteral("program"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("every day\t06:00\t1 min")), qPrintable(r.out));
        // The same station twice, whatever the case.
        r = radio({QStringLiteral("station"), QStringLiteral("add"),
                   QStringLiteral("ĐÀI TRUYỀN THANH HUYỆN")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.err));
    }

    // From an article to a broadcast that the plan counts.
    void anArticleOnAirCountsForThePlan()
    {
        const QDate today = QDate::currentDate();
        const QByteArray plan =
            QStringLiteral(R"({"number": "12/KH-UBND", "title": "Tuyên truyền CCHC",
              "period_start": "%1", "period_end": "%2",
              "activities": [
                {"id": "a-radio", "channel": "radio", "target": 4, "unit": "lượt phát",
                 "description": "Phát trên hệ thống truyền thanh"}]})")
                .arg(today.addDays(-30).toString(Qt::ISODate),
                     today.addDays(30).toString(Qt::ISODate))
                .toUtf8();
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("import"),
                      writeFile(QStringLiteral("plan-12.json"), plan)})
                     .exitCode,
                 0);
        addStationsAndProgram();
        const QString article = newLongArticle();
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("link"), article,
                      QStringLiteral("a-radio")})
                     .exitCode,
                 0);

        // The reading script: numbers as said.
        CliRun r = radio({QStringLiteral("script"), article.left(8)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString script = r.out.trimmed();
        QVERIFY2(script.startsWith(QStringLiteral("Kết quả cải cách hành chính\n\n")),
                 qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("huyện có mười lăm xã")), qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("Năm hai nghìn không trăm hai mươi tư")),
                 qPrintable(script));
        const QString scriptFile = m_dir.filePath(QStringLiteral("script.txt"));
        QCOMPARE(radio({QStringLiteral("script"), article, QStringLiteral("--out"), scriptFile})
                     .exitCode,
                 0);
        QFile written(scriptFile);
        QVERIFY(written.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(QString::fromUtf8(written.readAll()).trimmed(), script);

        // Into yesterday's morning bulletin.
        const QString day = today.addDays(-1).toString(Qt::ISODate);
        r = radio({QStringLiteral("item"), QStringLiteral("add"), article,
                   QStringLiteral("--program"), QStringLiteral("ban tin sang"),
                   QStringLiteral("--date"), day});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString item = r.out.trimmed();

        r = cli({QStringLiteral("--json"), QStringLiteral("radio"), QStringLiteral("rundown"),
                 m_program, QStringLiteral("--date"), day});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject rundown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray items = rundown[QLatin1String("items")].toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject first = items.first().toObject();
        QCOMPARE(first[QLatin1String("id")].toString(), item);
        QCOMPARE(first[QLatin1String("position")].toInt(), 1);
        QCOMPARE(first[QLatin1String("article_id")].toString(), article);
        QCOMPARE(first[QLatin1String("script")].toString(), script);
        const int seconds = first[QLatin1String("duration_seconds")].toInt();
        QVERIFY2(seconds > 60, qPrintable(r.out)); // 20 paragraphs of 14 syllables and more
        QCOMPARE(
            first[QLatin1String("duration")].toString(),
            QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
        QCOMPARE(rundown[QLatin1String("total_seconds")].toInt(), seconds);
        QCOMPARE(rundown[QLatin1String("slot_seconds")].toInt(), 60);
        QVERIFY(rundown[QLatin1String("over")].toBool());
        QCOMPARE(rundown[QLatin1String("over_by_seconds")].toInt(), seconds - 60);

        r = radio({QStringLiteral("rundown"), m_program, QStringLiteral("--date"), day});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1\tKết quả cải cách hành chính\t")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("of 1:00")), qPrintable(r.out));
        QVERIFY2(QRegularExpression(QStringLiteral("OVER by \\d+:\\d\\d")).match(r.out).hasMatch(),
                 qPrintable(r.out));

        // Before any broadcast the plan counts nothing for the radio.
        QCOMPARE(activityProgress(QStringLiteral("12/KH-UBND"),
                                  QStringLiteral("a-radio"))[QLatin1String("done")]
                     .toInt(),
                 0);
        // Aired at 06:15 on the station and on a commune's loudspeakers: two broadcasts.
        const QString at = day + QStringLiteral(" 06:15");
        r = radio({QStringLiteral("aired"), item.left(8), QStringLiteral("--station"), m_station,
                   QStringLiteral("--at"), at});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.trimmed().isEmpty());
        r = radio({QStringLiteral("aired"), item, QStringLiteral("--station"),
                   QStringLiteral("Loa xa An Khanh"), QStringLiteral("--at"), at});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The same broadcast again is refused.
        r = radio({QStringLiteral("aired"), item, QStringLiteral("--station"), m_station,
                   QStringLiteral("--at"), at});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already recorded")), qPrintable(r.err));

        const QJsonObject progress =
            activityProgress(QStringLiteral("12/KH-UBND"), QStringLiteral("a-radio"));
        QCOMPARE(progress[QLatin1String("aired")].toInt(), 2);
        QCOMPARE(progress[QLatin1String("from_articles")].toInt(), 0);
        QCOMPARE(progress[QLatin1String("done")].toInt(), 2);
        QCOMPARE(progress[QLatin1String("percent")].toDouble(), 50.0);
        // Not before that day.
        QCOMPARE(activityProgress(QStringLiteral("12/KH-UBND"), QStringLiteral("a-radio"),
                                  {QStringLiteral("--to"),
                                   today.addDays(-2).toString(Qt::ISODate)})[QLatin1String("done")]
                     .toInt(),
                 0);

        // For the text-to-speech loudspeakers: one text file per item, its script.
        const QString folder = m_dir.filePath(QStringLiteral("tts"));
        r = radio({QStringLiteral("export"), m_program, QStringLiteral("--date"), day,
                   QStringLiteral("--format"), QStringLiteral("txt"), QStringLiteral("--out"),
                   folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files, QStringList{QStringLiteral("01-ket-qua-cai-cach-hanh-chinh.txt")});
        QFile tts(QDir(folder).filePath(files.first()));
        QVERIFY(tts.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(QString::fromUtf8(tts.readAll()), script + u'\n');
        QVERIFY2(r.out.contains(files.first()), qPrintable(r.out));

        // For the announcer: the rundown and the script as one ODT, one PDF.
        for (const QString &format : {QStringLiteral("odt"), QStringLiteral("pdf")}) {
            const QString file = m_dir.filePath(QStringLiteral("ban-tin-sang.") + format);
            r = radio({QStringLiteral("export"), m_program, QStringLiteral("--date"), day,
                       QStringLiteral("--format"), format.toUpper(), QStringLiteral("--out"),
                       file});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(file));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (format == QLatin1String("odt")) {
                QVERIFY(bytes.startsWith("PK\x03\x04"));
                QVERIFY(bytes.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
                continue;
            }
            QVERIFY(bytes.startsWith("%PDF-"));
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                continue; // the core test reads it when poppler-utils is there
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(60000));
            const QString pdf = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            for (const QString &s :
                 {QStringLiteral("BẢN TIN SÁNG"), QStringLiteral("Kết quả cải cách hành chính"),
                  QStringLiteral("Yes"), QStringLiteral("OVER TIME"),
                  QStringLiteral("READING SCRIPTS"),
                  QStringLiteral("Người dân xã An Khánh tích cực tham gia")})
                QVERIFY2(pdf.contains(s), qPrintable(s + QStringLiteral(" in ") + pdf));
        }
        // Where it cannot be written: said in words, nothing written, exit 1.
        for (const QString &out :
             {m_dir.filePath(QStringLiteral("no-such-folder/ban-tin.pdf")), m_dir.path()}) {
            r = radio({QStringLiteral("export"), m_program, QStringLiteral("--date"), day,
                       QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                       out});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("Cannot write")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("does not exist")) ||
                         r.err.contains(QStringLiteral("it is a folder, not a file")),
                     qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
        // Nothing on another day.
        r = radio({QStringLiteral("export"), m_program, QStringLiteral("--date"),
                   today.addDays(-5).toString(Qt::ISODate), QStringLiteral("--format"),
                   QStringLiteral("txt"), QStringLiteral("--out"), folder});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
    }

    void mistakesAreToldInTheUsersWords_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out{QStringLiteral("radio")};
            for (const char *i : items)
                out << QString::fromUtf8(i);
            return out;
        };
        QTest::newRow("unknown station")
            << l({"program", "add", "Thời sự", "--station", "Đài tỉnh"}) << 1
            << QStringLiteral("No station named Đài tỉnh. The stations are: Loa truyền thanh xã "
                              "Vân Canh, Loa xã An Khánh, Đài Truyền thanh huyện, Đài Truyền "
                              "thanh huyện Hoài Đức.");
        QTest::newRow("unknown item on air")
            << l({"aired", "0000", "--station", "Đài tỉnh", "--at", "2024-03-05 06:00"}) << 1
            << QStringLiteral("No radio item with id 0000.");
        QTest::newRow("unknown programme")
            << l({"rundown", "Thời sự", "--date", "2024-03-05"}) << 1
            << QStringLiteral("The programmes are: Bản tin sáng (Đài Truyền thanh huyện), Thời "
                              "sự Hoài Đức (Đài Truyền thanh huyện Hoài Đức).");
        QTest::newRow("length 0") << l({"program", "add", "Thời sự", "--station",
                                        "Đài Truyền thanh huyện", "--length", "0"})
                                  << 1 << QStringLiteral("more than 0 minutes, not 0");
        QTest::newRow("weekday 8") << l({"program", "add", "Thời sự", "--station",
                                         "Đài Truyền thanh huyện", "--weekday", "8"})
                                   << 2 << QStringLiteral("--weekday");
        QTest::newRow("a time of 25:00") << l({"program", "add", "Thời sự", "--station",
                                               "Đài Truyền thanh huyện", "--time", "25:00"})
                                         << 1 << QStringLiteral("HH:MM");
        QTest::newRow("unknown kind") << l({"station", "add", "Loa", "--kind", "tv"}) << 2
                                      << QStringLiteral("--kind is station or loudspeakers");
        QTest::newRow("date not yyyy-MM-dd")
            << l({"item", "add", "x", "--program", "Bản tin sáng", "--date", "2024-3-5"}) << 2
            << QStringLiteral("yyyy-MM-dd");
        QTest::newRow("time not understood")
            << l({"aired", "0000", "--station", "Đài Truyền thanh huyện", "--at", "sáng nay"}) << 2
            << QStringLiteral("yyyy-MM-dd HH:MM");
        QTest::newRow("export in doc")
            << l({"export", "Bản tin sáng", "--date", "2024-03-05", "--format", "doc", "--out",
                  "x"})
            << 2 << QStringLiteral("--format is odt, pdf or txt, not doc.");
        QTest::newRow("export without a format")
            << l({"export", "Bản tin sáng", "--date", "2024-03-05", "--out", "x.pdf"}) << 2
            << QStringLiteral("--format odt|pdf|txt");
        QTest::newRow("export into a missing folder")
            << l({"export", "Bản tin sáng", "--date", "2024-03-05", "--format", "odt", "--out",
                  "no-such-folder/x.odt"})
            << 1 << QStringLiteral("does not exist");
        QTest::newRow("export of an empty day")
            << l({"export", "Bản tin sáng", "--date", "2024-03-05", "--format", "pdf", "--out",
                  "x.pdf"})
            << 1 << QStringLiteral("has no item on 05/03/2024: nothing was written.");
        QTest::newRow("item without program")
            << l({"item", "add", "x", "--date", "2024-03-05"}) << 2 << QStringLiteral("--program");
    }

    void mistakesAreToldInTheUsersWords()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        addStationsAndProgram();
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unknownStationInVietnamese()
    {
        addStationsAndProgram();
        const CliRun r =
            radio({QStringLiteral("program"), QStringLiteral("add"), QStringLiteral("Thời sự"),
                   QStringLiteral("--station"), QStringLiteral("Đài tỉnh")},
                  QStringLiteral("vi"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Đài tỉnh")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Loa xã An Khánh, Đài Truyền thanh huyện")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("No station")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRadio)
#include "TestCliRadio.moc"
