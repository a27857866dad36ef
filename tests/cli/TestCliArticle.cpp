// The article and search commands: create, show, edit, export, find.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class TestCliArticle : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { newProfile(); }

    void newProfileHoldsTheDemoArticle()
    {
        const CliRun r =
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

        CliRun r =
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

        // A text file for people ends its lines the system's way: CRLF on Windows.
        const QString txt = m_dir.filePath(QStringLiteral("bài.txt"));
        r = cli({QStringLiteral("article"), QStringLiteral("export"), id,
                 QStringLiteral("--format"), QStringLiteral("txt"), QStringLiteral("--out"), txt});
        QCOMPARE(r.exitCode, 0);
        QFile file(txt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
#ifdef Q_OS_WIN
        QVERIFY(bytes.startsWith(QStringLiteral("Bài đã sửa\r\n\r\nSapo ngắn\r\n").toUtf8()));
        QCOMPARE(bytes.count("\r\n"), bytes.count('\n'));
#else
        QVERIFY(bytes.startsWith(QStringLiteral("Bài đã sửa\n\nSapo ngắn\n").toUtf8()));
        QVERIFY(!bytes.contains('\r'));
#endif
    }

    void searchFindsFoldedText()
    {
        const QString id = newArticle(
            {QStringLiteral("--title"), QStringLiteral("Đẩy mạnh chuyển đổi số ở Sơn Đồng")});
        CliRun r =
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

    void invalidUtf8BodyIsRefusedAndNothingCreated()
    {
        const QString latin1 = writeFile(QStringLiteral("latin1.html"), QByteArray("<p>C\xe1"
                                                                                   "ch</p>"));
        CliRun r = cli({QStringLiteral("article"), QStringLiteral("new"), QStringLiteral("--title"),
                        QStringLiteral("Hỏng"), QStringLiteral("--body-file"), latin1});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not valid UTF-8")), qPrintable(r.err));
        r = cli({QStringLiteral("article"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1); // the demo only
    }
};

QTEST_GUILESS_MAIN(TestCliArticle)
#include "TestCliArticle.moc"
