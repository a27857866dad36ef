#include "TestWordPress.h"
#include "publish/WordPressPortal.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PressDesk;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args, const QString &lang = QStringLiteral("en"),
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--lang"), lang};
        if (!args.contains(QStringLiteral("--db")) && !env.contains(QStringLiteral("PRESSDESK_DB")))
            all << QStringLiteral("--db") << m_db;
        p.start(QStringLiteral(PRESSDESK_CLI), all + args);
        if (!p.waitForFinished(60000))
            qFatal("pressdesk-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        f.write(bytes);
        return path;
    }

    QString newArticle(const QStringList &extra = {})
    {
        const Run r = cli(QStringList{QStringLiteral("article"), QStringLiteral("new")} + extra);
        if (r.exitCode != 0)
            qFatal("article new failed: %s", qPrintable(r.err));
        return r.out.trimmed();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++n));
    }

    void newProfileHoldsTheDemoArticle()
    {
        const Run r =
            cli({QStringLiteral("article"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(arr.size(), 1);
        QCOMPARE(arr.first()[QLatin1String("title")].toString(),
                 QStringLiteral("Huyện Hoài Đức: Thúc đẩy tuyên truyền cải cách hành chính"));
        QCOMPARE(arr.first()[QLatin1String("category")].toString(),
                 QStringLiteral("Tin cải cách hành chính"));
    }

    void newShowEditExport()
    {
        const QString body = writeFile(
            QStringLiteral("body.html"),
            QStringLiteral("<h2>Mục một</h2><p>Nội dung <b>đậm</b><script>x()</script></p>")
                .toUtf8());
        const QString id = newArticle(
            {QStringLiteral("--title"), QStringLiteral("Bài thử nghiệm"), QStringLiteral("--lead"),
             QStringLiteral("Sapo ngắn"), QStringLiteral("--body-file"), body,
             QStringLiteral("--category"), QStringLiteral("kinh te"), QStringLiteral("--tag"),
             QStringLiteral("CCHC"), QStringLiteral("--tag"), QStringLiteral("Hoài Đức"),
             QStringLiteral("--source"), QStringLiteral("Theo UBND huyện")});
        QCOMPARE(id.size(), 36);

        Run r =
            cli({QStringLiteral("article"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *key : {"id", "title", "lead", "body_html", "category", "tags", "source",
                                "status", "created_at", "updated_at"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[QLatin1String("id")].toString(), id);
        QCOMPARE(o[QLatin1String("lead")].toString(), QStringLiteral("Sapo ngắn"));
        QCOMPARE(o[QLatin1String("category")].toString(), QStringLiteral("Kinh tế"));
        QCOMPARE(o[QLatin1String("status")].toString(), QStringLiteral("draft"));
        QCOMPARE(o[QLatin1String("tags")].toArray().size(), 2);
        const QString html = o[QLatin1String("body_html")].toString();
        QVERIFY2(html.contains(QStringLiteral("<h2>Mục một</h2>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<strong>đậm</strong>")));
        QVERIFY(!html.contains(QStringLiteral("script")));

        r = cli({QStringLiteral("article"), QStringLiteral("edit"), id.left(8),
                 QStringLiteral("--title"), QStringLiteral("Bài đã sửa")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("article"), QStringLiteral("show"), id});
        QVERIFY(r.out.startsWith(QStringLiteral("Bài đã sửa\n")));

        r = cli({QStringLiteral("article"), QStringLiteral("export"), id,
                 QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("<h1>Bài đã sửa</h1>")));
        QVERIFY(r.out.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        r = cli({QStringLiteral("article"), QStringLiteral("export"), id,
                 QStringLiteral("--format"), QStringLiteral("txt")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Bài đã sửa\n\nSapo ngắn\n\nMục một")));
        QVERIFY(r.out.contains(QStringLiteral("Theo UBND huyện")));
    }

    void searchFindsFoldedText()
    {
        const QString id = newArticle(
            {QStringLiteral("--title"), QStringLiteral("Đẩy mạnh chuyển đổi số ở Sơn Đồng")});
        Run r =
            cli({QStringLiteral("search"), QStringLiteral("SON DONG"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(arr.size(), 1);
        QCOMPARE(arr.first()[QLatin1String("id")].toString(), id);
        QCOMPARE(arr.first()[QLatin1String("title_html")].toString(),
                 QStringLiteral("Đẩy mạnh chuyển đổi số ở <b>Sơn Đồng</b>"));
        r = cli({QStringLiteral("search"), QStringLiteral("cải cách"), QStringLiteral("--limit"),
                 QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Huyện Hoài Đức")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")};
        QTest::newRow("new without title")
            << QStringList{QStringLiteral("article"), QStringLiteral("new")};
        QTest::newRow("bad format") << QStringList{
            QStringLiteral("article"), QStringLiteral("export"), QStringLiteral("abcd"),
            QStringLiteral("--format"), QStringLiteral("doc")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("article"), QStringLiteral("list"), QStringLiteral("--x")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("a"),
                                                  QStringLiteral("--limit"), QStringLiteral("-1")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage: pressdesk-cli")));
    }

    void userErrorsExitOneWithMessage()
    {
        Run r = cli(
            {QStringLiteral("article"), QStringLiteral("show"), QStringLiteral("ffffffff-0000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No article with id")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        r = cli({QStringLiteral("article"), QStringLiteral("new"), QStringLiteral("--title"),
                 QStringLiteral("X"), QStringLiteral("--category"), QStringLiteral("Không có")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("No category named")));
    }

    void invalidUtf8BodyIsRefusedAndNothingCreated()
    {
        const QString latin1 = writeFile(QStringLiteral("latin1.html"), QByteArray("<p>C\xe1"
                                                                                   "ch</p>"));
        Run r = cli({QStringLiteral("article"), QStringLiteral("new"), QStringLiteral("--title"),
                     QStringLiteral("Hỏng"), QStringLiteral("--body-file"), latin1});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not valid UTF-8")), qPrintable(r.err));
        r = cli({QStringLiteral("article"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1); // the demo only
    }

    void approveNamesTheRevisionRead()
    {
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hung"),
                      QStringLiteral("--role"), QStringLiteral("supervisor")})
                     .exitCode,
                 0);
        const QString id = newArticle({QStringLiteral("--title"), QStringLiteral("Tin mới")});
        const QStringList article{QStringLiteral("article")};
        QCOMPARE(cli(article + QStringList{QStringLiteral("submit"), id}).exitCode, 0);
        QCOMPARE(cli(article + QStringList{QStringLiteral("edit"), id, QStringLiteral("--lead"),
                                           QStringLiteral("Sapo bổ sung")})
                     .exitCode,
                 0);
        const QStringList approve{QStringLiteral("--user"),
                                  QStringLiteral("hung"),
                                  QStringLiteral("article"),
                                  QStringLiteral("approve"),
                                  id,
                                  QStringLiteral("--revision")};
        Run r = cli(approve + QStringList{QStringLiteral("1")}); // read before the edit
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("revision 2")), qPrintable(r.err));
        QCOMPARE(cli(approve + QStringList{QStringLiteral("x")}).exitCode, 2);
        r = cli(approve + QStringList{QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
    }

    void reviewCycleThroughTheCommandLine()
    {
        const auto ok = [](const Run &r) {
            if (r.exitCode != 0)
                qWarning("%s", qPrintable(r.err));
            return r.exitCode == 0;
        };
        QVERIFY(ok(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lan"),
                        QStringLiteral("--role"), QStringLiteral("staff")})));
        QVERIFY(ok(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hung"),
                        QStringLiteral("--role"), QStringLiteral("supervisor")})));
        const QString id =
            newArticle({QStringLiteral("--title"), QStringLiteral("Tin hội nghị giao ban")});
        const QStringList asLan{QStringLiteral("--user"), QStringLiteral("lan")};
        const QStringList asHung{QStringLiteral("--user"), QStringLiteral("hung")};
        const QStringList article{QStringLiteral("article")};

        // Staff cannot approve; supervisors cannot return without a comment.
        QVERIFY(ok(cli(asLan + article + QStringList{QStringLiteral("submit"), id})));
        Run r = cli(asLan + article + QStringList{QStringLiteral("approve"), id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("supervisor")), qPrintable(r.err));
        r = cli(asHung + article + QStringList{QStringLiteral("return"), id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("comment")));
        QVERIFY(ok(cli(asHung + article +
                       QStringList{QStringLiteral("return"), id, QStringLiteral("--comment"),
                                   QStringLiteral("Thêm số liệu")})));
        QVERIFY(ok(cli(asLan + article + QStringList{QStringLiteral("submit"), id})));
        QVERIFY(ok(cli(asHung + article + QStringList{QStringLiteral("approve"), id})));

        r = cli({QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("show"), id});
        QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(shown.value(QStringLiteral("approved_hash")).toString().size(), 64);
        QCOMPARE(shown.value(QStringLiteral("approved_hash")),
                 shown.value(QStringLiteral("content_hash")));

        // An edit voids the approval.
        QVERIFY(ok(cli(asLan + article +
                       QStringList{QStringLiteral("edit"), id, QStringLiteral("--title"),
                                   QStringLiteral("Tin hội nghị giao ban quý IV")})));
        r = cli({QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("show"), id});
        shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(shown.value(QStringLiteral("approved_hash")).toString(), QString());

        // History: both revisions and every decision, with who made it.
        r = cli(
            {QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("history"), id});
        QVERIFY(ok(r));
        const QJsonObject history = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(history.value(QStringLiteral("revisions")).toArray().size(), 2);
        QStringList actions;
        for (const QJsonValue &e : history.value(QStringLiteral("events")).toArray())
            actions << e[QStringLiteral("action")].toString() + u'/' +
                           e[QStringLiteral("user")].toString();
        QCOMPARE(actions, (QStringList{QStringLiteral("submit/lan"), QStringLiteral("return/hung"),
                                       QStringLiteral("submit/lan"), QStringLiteral("approve/hung"),
                                       QStringLiteral("edit/lan")}));

        // Restore revision 1 as a new revision 3.
        QVERIFY(ok(cli(asHung + article +
                       QStringList{QStringLiteral("restore"), id, QStringLiteral("1")})));
        r = cli({QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("show"), id});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Tin hội nghị giao ban"));

        r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY(ok(r));
        QVERIFY2(r.out.contains(QStringLiteral(" 6 ")), qPrintable(r.out)); // 5 above + restore

        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(ok(cli(
            {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), csv})));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), 7); // header + 6 entries
    }

    void diffShowsAChangedToneMarkAsAWholeWord()
    {
        const QString body1 = writeFile(QStringLiteral("b1.html"),
                                        QByteArray("<p>Đẩy mạnh cải cách hành chính.</p>"));
        const QString body2 = writeFile(QStringLiteral("b2.html"),
                                        QByteArray("<p>Đẩy mạnh cãi cách hành chính.</p>"));
        const QString id = newArticle({QStringLiteral("--title"), QStringLiteral("Tin CCHC"),
                                       QStringLiteral("--body-file"), body1});
        QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("edit"), id,
                      QStringLiteral("--body-file"), body2})
                     .exitCode,
                 0);
        const Run r = cli({QStringLiteral("article"), QStringLiteral("diff"), id,
                           QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Đẩy mạnh [-cải-]{+cãi+} cách")), qPrintable(r.out));
        QVERIFY(r.out.startsWith(QStringLiteral("Tin CCHC\n")));
        QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("diff"), id, QStringLiteral("1"),
                      QStringLiteral("7")})
                     .exitCode,
                 1);
    }

    void auditVerifyNamesTheTamperedEntry()
    {
        QVERIFY(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hung"),
                     QStringLiteral("--role"), QStringLiteral("supervisor")})
                    .exitCode == 0);
        const QString id = newArticle({QStringLiteral("--title"), QStringLiteral("Bài A")});
        for (const char *action : {"submit", "approve"}) {
            QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("hung"),
                          QStringLiteral("article"), QLatin1String(action), id})
                         .exitCode,
                     0);
        }
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_update")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'admin' WHERE seq = 2")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("entry 2")), qPrintable(r.err));
    }

    void unknownUserIsRefused()
    {
        const Run r = cli({QStringLiteral("--user"), QStringLiteral("ai-do"),
                           QStringLiteral("article"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("ai-do")));
    }

    void portalTrustTakesAFingerprintAsOpensslPrintsIt()
    {
        QCOMPARE(cli({QStringLiteral("portal"), QStringLiteral("add"), QStringLiteral("Nội bộ"),
                      QStringLiteral("--url"), QStringLiteral("https://portal.internal"),
                      QStringLiteral("--user"), QStringLiteral("bientap")})
                     .exitCode,
                 0);
        Run r = cli({QStringLiteral("portal"), QStringLiteral("trust"), QStringLiteral("Nội bộ"),
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
        Run r =
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
        Run r = cli(import, QStringLiteral("en"), env);
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

    void messagesAreVietnameseByDefault()
    {
        const Run r = cli(
            {QStringLiteral("article"), QStringLiteral("show"), QStringLiteral("ffffffff-0000")},
            QStringLiteral("vi"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Không có bài viết")), qPrintable(r.err));
    }

    void environmentChoosesTheProfile()
    {
        const QString envDb = m_dir.filePath(QStringLiteral("from-env.sqlite"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRESSDESK_DB"), envDb);
        const Run r = cli({QStringLiteral("article"), QStringLiteral("new"),
                           QStringLiteral("--title"), QStringLiteral("Qua biến môi trường")},
                          QStringLiteral("en"), env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(envDb));
        QVERIFY(!QFile::exists(m_db));
    }

    void newerDatabaseIsRefused()
    {
        QVERIFY(cli({QStringLiteral("article"), QStringLiteral("list")}).exitCode == 0);
        {
            auto db = Database::open(m_db);
            QVERIFY(db);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const Run r = cli({QStringLiteral("article"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("newer version of PressDesk")));
    }

    // The progress of one activity as `plan progress --json` reports it.
    QJsonObject activityProgress(const QString &plan, const QString &activityId,
                                 const QStringList &extra = {})
    {
        const Run r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("plan"),
                                      QStringLiteral("progress"), plan} +
                          extra);
        if (r.exitCode != 0)
            qFatal("plan progress failed: %s", qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &a : o.value(QStringLiteral("activities")).toArray()) {
            if (a[QStringLiteral("id")].toString() == activityId)
                return a.toObject();
        }
        qFatal("activity %s missing", qPrintable(activityId));
    }

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
                 "description": "Đài truyền thanh"}]})")
                .arg(today.addDays(-30).toString(Qt::ISODate),
                     today.addDays(30).toString(Qt::ISODate))
                .toUtf8();
        Run r = cli({QStringLiteral("plan"), QStringLiteral("import"),
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
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("manual"), QStringLiteral("a-radio"),
                      QStringLiteral("--quantity"), QStringLiteral("2"), QStringLiteral("--date"),
                      today.toString(QStringLiteral("dd/MM/yyyy")), QStringLiteral("--note"),
                      QStringLiteral("Phát lại bản tin")})
                     .exitCode,
                 0);

        // Approved: it counts for the radio (a script ready to broadcast), not yet for the
        // portal.
        QJsonObject radio = activityProgress(plan, QStringLiteral("a-radio"));
        QCOMPARE(radio[QLatin1String("from_articles")].toInt(), 1);
        QCOMPARE(radio[QLatin1String("manual")].toInt(), 2);
        QCOMPARE(radio[QLatin1String("done")].toInt(), 3);
        QCOMPARE(radio[QLatin1String("percent")].toDouble(), 75.0);
        QCOMPARE(radio[QLatin1String("article_ids")].toArray().first().toString(), id);
        const QJsonObject portal = activityProgress(plan, QStringLiteral("a-portal"));
        QCOMPARE(portal[QLatin1String("done")].toInt(), 0);

        // A range that ends before today leaves it all out.
        radio = activityProgress(plan, QStringLiteral("a-radio"),
                                 {QStringLiteral("--to"), today.addDays(-1).toString(Qt::ISODate)});
        QCOMPARE(radio[QLatin1String("done")].toInt(), 0);

        QCOMPARE(
            cli({QStringLiteral("plan"), QStringLiteral("unlink"), id, QStringLiteral("a-radio")})
                .exitCode,
            0);
        QCOMPARE(activityProgress(plan, QStringLiteral("a-radio"))[QLatin1String("done")].toInt(),
                 2);

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
        Run r =
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
            const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("plan"),
                               QStringLiteral("report"), QStringLiteral("65/KH-UBND"),
                               QStringLiteral("--format"), format, QStringLiteral("--out"), out,
                               QStringLiteral("--from"), QStringLiteral("2019-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2019-03-31")},
                              QStringLiteral("vi"), env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("quý I năm 2019")), qPrintable(r.out));
            QVERIFY(QFileInfo(out).size() > 1000);
        }
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
        QVERIFY(pdf.contains(QStringLiteral("quý I năm 2019")));
        // Wrong usage: no format.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("report"),
                      QStringLiteral("65/KH-UBND"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.doc"))})
                     .exitCode,
                 2);
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
        QTest::newRow("not json") << QStringList{QStringLiteral("plan"), QStringLiteral("import"),
                                                 QStringLiteral(PRESSDESK_CLI)}
                                  << 1 << QStringLiteral("not a plan file");
    }

    void planCommandErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void demoProfileCountsTheDemoArticleOncePublished()
    {
        Run r = cli({QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("list")});
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

    void generateBuildsACorpus()
    {
        Run r = cli({QStringLiteral("db"), QStringLiteral("generate"), QStringLiteral("--articles"),
                     QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("article"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(arr.size(), 301);
        QSet<QString> categories;
        QSet<int> years;
        for (const auto &v : arr) {
            categories.insert(v[QLatin1String("category")].toString());
            years.insert(
                QDateTime::fromString(v[QLatin1String("created_at")].toString(), Qt::ISODateWithMs)
                    .date()
                    .year());
        }
        QVERIFY(categories.size() >= 5);
        QVERIFY(years.size() >= 8);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
