// The visual commands: a plan's register of banners, panels and posters, with photos as
// evidence (their EXIF date and position), counted by the plan's visual activity; the slogan
// library.
#include "CliRunner.h"
#include "ExifPhoto.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

class TestCliVisual : public CliTest
{
    Q_OBJECT

    CliRun visual(const QStringList &args, const QString &lang = QStringLiteral("en"))
    {
        return cli(QStringList{QStringLiteral("visual")} + args, lang);
    }

    // A plan running from a month ago to a month ahead, with a visual activity "a-visual"
    // (target 10) and a portal one.
    void importPlan()
    {
        const QDate today = QDate::currentDate();
        const QByteArray plan =
            QStringLiteral(R"({"number": "12/KH-UBND", "title": "Tuyên truyền CCHC",
              "period_start": "%1", "period_end": "%2",
              "activities": [
                {"id": "a-visual", "channel": "visual", "target": 10, "unit": "băng rôn",
                 "description": "Cổ động trực quan"},
                {"id": "a-portal", "channel": "portal", "target": 4, "unit": "bài"}]})")
                .arg(today.addDays(-30).toString(Qt::ISODate),
                     today.addDays(30).toString(Qt::ISODate))
                .toUtf8();
        const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("import"),
                              writeFile(QStringLiteral("plan-12.json"), plan)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    QJsonArray listJson(const QString &plan = QStringLiteral("12/KH-UBND"))
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("visual"),
                              QStringLiteral("list"), QStringLiteral("--plan"), plan});
        if (r.exitCode != 0)
            qFatal("visual list failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QJsonObject itemOf(const QString &id)
    {
        for (const QJsonValue &v : listJson()) {
            if (v[QLatin1String("id")].toString() == id)
                return v.toObject();
        }
        return {};
    }

    static QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

private Q_SLOTS:
    void init() { newProfile(); }

    // Banners put up with a photo, a panel planned then put up: the plan counts what went up.
    void installedItemsCountForThePlan()
    {
        importPlan();
        const QDate today = QDate::currentDate();
        const QString photo =
            writeFile(QStringLiteral("IMG_0412.jpg"),
                      ExifPhoto::photoWithExif("2019:02:26 08:15:30", 21.0703, 105.7068));
        // The Vietnamese name of the form, without diacritics.
        CliRun r = visual(
            {QStringLiteral("add"), QStringLiteral("--activity"), QStringLiteral("a-visual"),
             QStringLiteral("--form"), QStringLiteral("bang ron"), QStringLiteral("--quantity"),
             QStringLiteral("6"), QStringLiteral("--place"), QStringLiteral("Quốc lộ 32"),
             QStringLiteral("--commune"), QStringLiteral("Thị trấn Trạm Trôi"),
             QStringLiteral("--size"), QStringLiteral("0,8 × 7 m"), QStringLiteral("--text"),
             QStringLiteral("Cải cách hành chính vì nhân dân phục vụ"),
             QStringLiteral("--installed"), iso(today.addDays(-3)), QStringLiteral("--photo"),
             photo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString banners = r.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(banners).hasMatch(),
                 qPrintable(r.out));

        r = visual({QStringLiteral("add"), QStringLiteral("--activity"), QStringLiteral("a-visual"),
                    QStringLiteral("--form"), QStringLiteral("pano"), QStringLiteral("--quantity"),
                    QStringLiteral("2"), QStringLiteral("--place"),
                    QStringLiteral("Trụ sở UBND xã Vân Canh"), QStringLiteral("--planned"),
                    iso(today.addDays(5))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString panels = r.out.trimmed();

        QJsonObject progress =
            activityProgress(QStringLiteral("12/KH-UBND"), QStringLiteral("a-visual"));
        QCOMPARE(progress[QLatin1String("installed")].toInt(), 6); // the planned panels: not yet
        QCOMPARE(progress[QLatin1String("done")].toInt(), 6);
        QCOMPARE(progress[QLatin1String("from_articles")].toInt(), 0);

        // What the register shows.
        QJsonObject b = itemOf(banners);
        QCOMPARE(b[QLatin1String("form")].toString(), QStringLiteral("banner"));
        QCOMPARE(b[QLatin1String("form_name")].toString(), QStringLiteral("Banner"));
        QCOMPARE(b[QLatin1String("quantity")].toInt(), 6);
        QCOMPARE(b[QLatin1String("status")].toString(), QStringLiteral("installed"));
        QCOMPARE(b[QLatin1String("installed_date")].toString(), iso(today.addDays(-3)));
        QCOMPARE(b[QLatin1String("commune")].toString(), QStringLiteral("Thị trấn Trạm Trôi"));
        QCOMPARE(b[QLatin1String("size")].toString(), QStringLiteral("0,8 × 7 m"));
        const QJsonArray photos = b[QLatin1String("photos")].toArray();
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.first()[QLatin1String("file_name")].toString(),
                 QStringLiteral("IMG_0412.jpg"));
        QCOMPARE(photos.first()[QLatin1String("taken_at")].toString(),
                 QStringLiteral("2019-02-26T08:15:30"));
        QVERIFY(std::abs(photos.first()[QLatin1String("latitude")].toDouble() - 21.0703) < 1e-5);
        QVERIFY(std::abs(photos.first()[QLatin1String("longitude")].toDouble() - 105.7068) < 1e-5);
        QJsonObject p = itemOf(panels);
        QCOMPARE(p[QLatin1String("form")].toString(), QStringLiteral("panel"));
        QCOMPARE(p[QLatin1String("status")].toString(), QStringLiteral("planned"));
        QVERIFY(p[QLatin1String("installed_date")].isNull());

        // The panels go up (by the start of their id), with a photo: now they count.
        r = visual({QStringLiteral("install"), panels.left(8), QStringLiteral("--date"),
                    today.addDays(-1).toString(QStringLiteral("dd/MM/yyyy")),
                    QStringLiteral("--photo"),
                    writeFile(QStringLiteral("pano.jpg"), ExifPhoto::plainJpeg())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().size(), 36); // the photo's id
        {
            // Each photo's preview for the report's annex is made as it is added.
            auto db = PressDesk::Database::open(m_db);
            QVERIFY(db);
            auto kept = PressDesk::Sql::value(*db.value(), QStringLiteral("SELECT count(*) FROM "
                                                                          "image_previews"));
            QVERIFY(kept);
            QCOMPARE(kept->toInt(), 2);
        }
        progress = activityProgress(QStringLiteral("12/KH-UBND"), QStringLiteral("a-visual"));
        QCOMPARE(progress[QLatin1String("installed")].toInt(), 8);
        QCOMPARE(itemOf(panels)[QLatin1String("photos")].toArray().size(), 1);
        QVERIFY(itemOf(panels)[QLatin1String("photos")]
                    .toArray()
                    .first()[QLatin1String("taken_at")]
                    .isNull());

        // Taken down today: still counted, as it was put up.
        r = visual({QStringLiteral("remove"), banners, QStringLiteral("--date"), iso(today)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(itemOf(banners)[QLatin1String("status")].toString(), QStringLiteral("removed"));
        QCOMPARE(itemOf(banners)[QLatin1String("removed_date")].toString(), iso(today));
        QCOMPARE(activityProgress(QStringLiteral("12/KH-UBND"),
                                  QStringLiteral("a-visual"))[QLatin1String("installed")]
                     .toInt(),
                 8);
        // Before the installations (the range asked): nothing.
        QCOMPARE(activityProgress(
                     QStringLiteral("12/KH-UBND"), QStringLiteral("a-visual"),
                     {QStringLiteral("--to"), iso(today.addDays(-4))})[QLatin1String("installed")]
                     .toInt(),
                 0);

        // The table as a person reads it.
        r = visual(
            {QStringLiteral("list"), QStringLiteral("--plan"), QStringLiteral("12/KH-UBND")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Banner × 6\tQuốc lộ 32, Thị trấn Trạm Trôi\t")),
                 qPrintable(r.out));
        QVERIFY2(
            r.out.contains(
                QStringLiteral("removed %1").arg(today.toString(QStringLiteral("dd/MM/yyyy")))),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Panel × 2")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 photo")), qPrintable(r.out));
    }

    void formsInVietnameseAndEnglish_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::newRow("key") << QStringLiteral("led_screen") << QStringLiteral("led_screen");
        QTest::newRow("with diacritics") << QStringLiteral("áp phích") << QStringLiteral("poster");
        QTest::newRow("without") << QStringLiteral("to roi") << QStringLiteral("leaflet");
        QTest::newRow("capitals") << QStringLiteral("KHẨU HIỆU") << QStringLiteral("slogan");
        QTest::newRow("màn hình LED")
            << QStringLiteral("màn hình LED") << QStringLiteral("led_screen");
    }

    void formsInVietnameseAndEnglish()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        importPlan();
        const CliRun r =
            visual({QStringLiteral("add"), QStringLiteral("--activity"), QStringLiteral("a-visual"),
                    QStringLiteral("--form"), typed, QStringLiteral("--quantity"),
                    QStringLiteral("1"), QStringLiteral("--place"), QStringLiteral("Thôn 3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(itemOf(r.out.trimmed())[QLatin1String("form")].toString(), key);
    }

    void mistakesAreExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        const auto add = [](const QStringList &extra) {
            return QStringList{QStringLiteral("add"), QStringLiteral("--place"),
                               QStringLiteral("Thôn 3")} +
                   extra;
        };
        const QString activity = QStringLiteral("--activity");
        const QString form = QStringLiteral("--form");
        const QString quantity = QStringLiteral("--quantity");
        QTest::newRow("quantity 0")
            << add({activity, QStringLiteral("a-visual"), form, QStringLiteral("banner"), quantity,
                    QStringLiteral("0")})
            << 1 << QStringLiteral("The quantity must be 1 or more, not 0.");
        QTest::newRow("unknown activity")
            << add({activity, QStringLiteral("a-nope"), form, QStringLiteral("banner"), quantity,
                    QStringLiteral("1")})
            << 1 << QStringLiteral("No activity with id a-nope.");
        QTest::newRow("a portal activity")
            << add({activity, QStringLiteral("a-portal"), form, QStringLiteral("banner"), quantity,
                    QStringLiteral("1")})
            << 1 << QStringLiteral("only a visual campaign activity counts");
        QTest::newRow("unknown form")
            << add({activity, QStringLiteral("a-visual"), form, QStringLiteral("billboard"),
                    quantity, QStringLiteral("1")})
            << 2 << QStringLiteral("--form is banner (băng rôn)");
        QTest::newRow("no quantity")
            << add({activity, QStringLiteral("a-visual"), form, QStringLiteral("banner")}) << 2
            << QStringLiteral("visual add needs --activity, --form, --quantity and --place.");
        QTest::newRow("installed in the future")
            << add({activity, QStringLiteral("a-visual"), form, QStringLiteral("banner"), quantity,
                    QStringLiteral("1"), QStringLiteral("--installed"),
                    QDate::currentDate().addDays(3).toString(Qt::ISODate)})
            << 1 << QStringLiteral("is still to come");
        QTest::newRow("not a date")
            << add({activity, QStringLiteral("a-visual"), form, QStringLiteral("banner"), quantity,
                    QStringLiteral("1"), QStringLiteral("--installed"), QStringLiteral("hôm qua")})
            << 2 << QStringLiteral("not “hôm qua”");
        QTest::newRow("half a position")
            << add({activity, QStringLiteral("a-visual"), form, QStringLiteral("banner"), quantity,
                    QStringLiteral("1"), QStringLiteral("--lat"), QStringLiteral("21.07")})
            << 2 << QStringLiteral("--lat and --lon are given together");
        QTest::newRow("install an unknown item")
            << QStringList{QStringLiteral("install"), QStringLiteral("abcdef"),
                           QStringLiteral("--date"), QStringLiteral("2019-02-26")}
            << 1 << QStringLiteral("No visual campaign item with id abcdef.");
        QTest::newRow("remove without a date")
            << QStringList{QStringLiteral("remove"), QStringLiteral("abcdef")} << 2
            << QStringLiteral("visual remove needs the item's id and --date.");
    }

    void mistakesAreExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        importPlan();
        const CliRun r = visual(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(listJson().isEmpty()); // nothing was registered
    }

    void aPhotoThatIsNotAnImageLeavesNoItem()
    {
        importPlan();
        const CliRun r = visual(
            {QStringLiteral("add"), QStringLiteral("--activity"), QStringLiteral("a-visual"),
             QStringLiteral("--form"), QStringLiteral("poster"), QStringLiteral("--quantity"),
             QStringLiteral("20"), QStringLiteral("--place"), QStringLiteral("Nhà văn hóa thôn 3"),
             QStringLiteral("--installed"), iso(QDate::currentDate()), QStringLiteral("--photo"),
             writeFile(QStringLiteral("report.txt"), "not a photo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("report.txt: This file is not a JPEG, PNG or WebP "
                                               "image.")),
                 qPrintable(r.err));
        QVERIFY(listJson().isEmpty());
        QCOMPARE(activityProgress(QStringLiteral("12/KH-UBND"),
                                  QStringLiteral("a-visual"))[QLatin1String("done")]
                     .toInt(),
                 0);
    }

    void removalBeforeInstallationIsRefused()
    {
        importPlan();
        const QDate today = QDate::currentDate();
        CliRun r = visual(
            {QStringLiteral("add"), QStringLiteral("--activity"), QStringLiteral("a-visual"),
             QStringLiteral("--form"), QStringLiteral("banner"), QStringLiteral("--quantity"),
             QStringLiteral("3"), QStringLiteral("--place"), QStringLiteral("Đường Trạm Trôi"),
             QStringLiteral("--installed"), iso(today.addDays(-2))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();
        r = visual(
            {QStringLiteral("remove"), id, QStringLiteral("--date"), iso(today.addDays(-5))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be before the installation")),
                 qPrintable(r.err));
        QCOMPARE(itemOf(id)[QLatin1String("status")].toString(), QStringLiteral("installed"));
    }

    void sloganLibrary()
    {
        importPlan();
        CliRun r = visual({QStringLiteral("slogan"), QStringLiteral("add"),
                           QStringLiteral("--plan"), QStringLiteral("12/KH-UBND"),
                           QStringLiteral("--topic"), QStringLiteral("Cải cách hành chính"),
                           QStringLiteral("Dân biết, dân bàn, dân làm, dân kiểm tra")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString slogan = r.out.trimmed();
        r = visual({QStringLiteral("slogan"), QStringLiteral("add"), QStringLiteral("--plan"),
                    QStringLiteral("12/KH-UBND"),
                    QStringLiteral("dan biet, dan ban, dan lam, dan kiem tra")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already has this slogan")), qPrintable(r.err));

        r = cli({QStringLiteral("--json"), QStringLiteral("visual"), QStringLiteral("slogan"),
                 QStringLiteral("list"), QStringLiteral("--plan"), QStringLiteral("12/KH-UBND")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray slogans = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(slogans.size(), 1);
        QCOMPARE(slogans.first()[QLatin1String("id")].toString(), slogan);
        QCOMPARE(slogans.first()[QLatin1String("topic")].toString(),
                 QStringLiteral("Cải cách hành chính"));

        // A khẩu hiệu carrying it takes its words.
        r = visual({QStringLiteral("add"), QStringLiteral("--activity"), QStringLiteral("a-visual"),
                    QStringLiteral("--form"), QStringLiteral("khẩu hiệu"),
                    QStringLiteral("--quantity"), QStringLiteral("4"), QStringLiteral("--place"),
                    QStringLiteral("Thôn 3"), QStringLiteral("--slogan"), slogan});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject item = itemOf(r.out.trimmed());
        QCOMPARE(item[QLatin1String("slogan_id")].toString(), slogan);
        QCOMPARE(item[QLatin1String("content")].toString(),
                 QStringLiteral("Dân biết, dân bàn, dân làm, dân kiểm tra"));
    }

    void theDemoPlanHasItsBanners()
    {
        // A new profile: Plan 65's six banners on Quốc lộ 32 count, its planned panel does not.
        const QJsonArray items = listJson(QStringLiteral("65/KH-UBND"));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0)[QLatin1String("form")].toString(), QStringLiteral("banner"));
        QCOMPARE(items.at(0)[QLatin1String("quantity")].toInt(), 6);
        QCOMPARE(items.at(0)[QLatin1String("place")].toString(), QStringLiteral("Quốc lộ 32"));
        QCOMPARE(items.at(0)[QLatin1String("installed_date")].toString(),
                 QStringLiteral("2019-02-26"));
        QCOMPARE(items.at(1)[QLatin1String("status")].toString(), QStringLiteral("planned"));
        const CliRun r =
            cli({QStringLiteral("visual"), QStringLiteral("slogan"), QStringLiteral("list"),
                 QStringLiteral("--plan"), QStringLiteral("65/KH-UBND")});
        QVERIFY2(r.out.contains(QStringLiteral(
                     "Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliVisual)
#include "TestCliVisual.moc"
