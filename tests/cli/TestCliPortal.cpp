// The portal commands (those that talk to WordPress skip without PRESSDESK_WP_URL).
#include "CliRunner.h"
#include "TestWordPress.h"
#include "publish/WordPressPortal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace PressDesk;

class TestCliPortal : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { newProfile(); }

    void portalTrustTakesAFingerprintAsOpensslPrintsIt()
    {
        QCOMPARE(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("Nội bộ"),
                      QStringLiteral("--url"), QStringLiteral("https://portal.internal"),
                      QStringLiteral("--user"), QStringLiteral("bientap")})
                     .exitCode,
                 0);
        CliRun r =
            cli({QStringLiteral("portal"), QStringLiteral("trust"), QStringLiteral("Nội bộ"),
                 QStringLiteral("55:7E:AD:25:AD:A8:E5:2D:73:D4:92:97:06:69:EE:63:83:C8:01:68:"
                                "87:C1:3A:6C:31:FD:3A:26:04:7A:64:11")},
                QStringLiteral("en"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(
            QStringLiteral("557ead25ada8e52d73d492970669ee6383c8016887c13a6c31fd3a26047a6411")));
        // A SHA-1 fingerprint (what some browsers show first) is refused, in Vietnamese.
        r = cli({QStringLiteral("portal"), QStringLiteral("trust"), QStringLiteral("Nội bộ"),
                 QStringLiteral("55:7E:AD:25:AD:A8:E5:2D:73:D4:92:97:06:69:EE:63:83:C8:01:68")},
                QStringLiteral("vi"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("SHA-256")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("portal"), QStringLiteral("trust"), QStringLiteral("Nội bộ"),
                      QStringLiteral("--clear")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("portal"), QStringLiteral("trust"), QStringLiteral("Nội bộ")})
                     .exitCode,
                 2);
    }

    void portalCommandsAgainstTheRealWordPress()
    {
        const TestWordPress wp = TestWordPress::fromEnvironment();
        PRESSDESK_REQUIRE_WORDPRESS(wp);
        const QString url = wp.url.toString();
        QCOMPARE(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("Cổng huyện"),
                      QStringLiteral("--url"), url, QStringLiteral("--user"), wp.user})
                     .exitCode,
                 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRESSDESK_PORTAL_PASSWORD"), wp.password);
        CliRun r =
            cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("cổng huyện")},
                QStringLiteral("vi"), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Cổng thông tin điện tử huyện")), qPrintable(r.out));
        r = cli({QStringLiteral("--json"), QStringLiteral("portal"), QStringLiteral("categories"),
                 QStringLiteral("Cổng huyện")},
                QStringLiteral("en"), env);
        QCOMPARE(r.exitCode, 0);
        // WordPress's own category is always there (others depend on what ran before).
        QStringList slugs;
        for (const QJsonValue &c : QJsonDocument::fromJson(r.out.toUtf8()).array())
            slugs << c[QStringLiteral("slug")].toString();
        QVERIFY2(slugs.contains(QStringLiteral("uncategorized")), qPrintable(r.out));
        // A wrong password: exit 1 and a plain explanation in Vietnamese.
        env.insert(QStringLiteral("PRESSDESK_PORTAL_PASSWORD"), QStringLiteral("sai mat khau"));
        r = cli({QStringLiteral("portal"), QStringLiteral("test"), QStringLiteral("Cổng huyện")},
                QStringLiteral("vi"), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("mật khẩu")), qPrintable(r.err));
    }

    void portalImportBringsPostsInOnce()
    {
        const TestWordPress wp = TestWordPress::fromEnvironment();
        PRESSDESK_REQUIRE_WORDPRESS(wp);
        // A post in a category of its own (the WordPress is shared with other tests).
        const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
        WordPressPortal portal(wp.url, wp.user, wp.password);
        auto category = portal.createCategory(QStringLiteral("Nhập từ cổng %1").arg(tag));
        QVERIFY2(category, category ? "" : qPrintable(category.error().message));
        PostFields post;
        post.title = QStringLiteral("Đường làng sạch đẹp &amp; an toàn %1").arg(tag);
        post.content = QStringLiteral("<p>Xã Sơn Đồng ra quân vệ sinh môi trường.</p>");
        post.status = QStringLiteral("publish");
        post.categories = {category->id};
        QVERIFY(portal.createPost(post));

        QVERIFY(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("Cổng huyện"),
                     QStringLiteral("--url"), wp.url.toString(), QStringLiteral("--user"), wp.user})
                    .exitCode == 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRESSDESK_PORTAL_PASSWORD"), wp.password);
        const QString today = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const QStringList import{QStringLiteral("--json"),     QStringLiteral("portal"),
                                 QStringLiteral("import"),     QStringLiteral("Cổng huyện"),
                                 QStringLiteral("--since"),    today,
                                 QStringLiteral("--category"), category->slug};
        CliRun r = cli(import, QStringLiteral("en"), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary[QLatin1String("imported")].toInt(), 1);
        QCOMPARE(summary[QLatin1String("skipped")].toInt(), 0);
        const QString id = summary[QLatin1String("articles")].toArray().first().toString();

        r = cli({QStringLiteral("--json"), QStringLiteral("search"),
                 QStringLiteral("duong lang sach dep %1").arg(tag)});
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first()[QLatin1String("id")].toString(), id);
        r = cli({QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("show"), id});
        const QJsonObject article = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(article[QLatin1String("title")].toString(),
                 QStringLiteral("Đường làng sạch đẹp & an toàn %1").arg(tag));
        QCOMPARE(article[QLatin1String("status")].toString(), QStringLiteral("published"));

        // Again: nothing doubled.
        r = cli(import, QStringLiteral("en"), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary[QLatin1String("imported")].toInt(), 0);
        QCOMPARE(summary[QLatin1String("skipped")].toInt(), 1);
        r = cli(import.mid(1), QStringLiteral("vi"), env); // the human summary
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Cổng huyện")), qPrintable(r.out));

        // The user's mistakes, in the user's words.
        r = cli({QStringLiteral("portal"), QStringLiteral("import"), QStringLiteral("Cổng huyện"),
                 QStringLiteral("--category"), QStringLiteral("khong co chuyen muc nay")},
                QStringLiteral("en"), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no category")), qPrintable(r.err));
        r = cli({QStringLiteral("portal"), QStringLiteral("import"), QStringLiteral("Cổng huyện"),
                 QStringLiteral("--since"), QStringLiteral("hôm qua")},
                QStringLiteral("en"), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--since")), qPrintable(r.err));
    }

    // A mistyped address is quoted as it was typed (it used to be shown as “”).
    void aWrongAddressIsQuotedAsTyped_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("words") << QStringLiteral("not a url");
        QTest::newRow("ftp") << QStringLiteral("ftp://cong.hoaiduc.gov.vn");
        QTest::newRow("no host") << QStringLiteral("https://");
    }

    void aWrongAddressIsQuotedAsTyped()
    {
        QFETCH(QString, url);
        const CliRun r = cli({QStringLiteral("portal"), QStringLiteral("add"),
                              QStringLiteral("Cổng huyện"), QStringLiteral("--url"), url,
                              QStringLiteral("--user"), QStringLiteral("bientap")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("“%1” is not a web address").arg(url)),
                 qPrintable(r.err));
        const CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("portal"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPortal)
#include "TestCliPortal.moc"
