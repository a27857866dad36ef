#include "TestWordPress.h"
#include "publish/WordPressPortal.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
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
