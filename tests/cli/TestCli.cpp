// What every command shares: usage and exit codes, the language, the profile.
#include "CliRunner.h"
#include "Wine.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace PressDesk;

class TestCli : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { newProfile(); }

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
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage: pressdesk-cli")));
    }

    void userErrorsExitOneWithMessage()
    {
        CliRun r = cli(
            {QStringLiteral("article"), QStringLiteral("show"), QStringLiteral("ffffffff-0000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No article with id")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        r = cli({QStringLiteral("article"), QStringLiteral("new"), QStringLiteral("--title"),
                 QStringLiteral("X"), QStringLiteral("--category"), QStringLiteral("Không có")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("No category named")));
    }

    void messagesAreVietnameseByDefault()
    {
        const CliRun r = cli(
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
        const CliRun r = cli({QStringLiteral("article"), QStringLiteral("new"),
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
        const CliRun r = cli({QStringLiteral("article"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("newer version of PressDesk")));
    }

    void generateBuildsACorpus()
    {
        CliRun r =
            cli({QStringLiteral("db"), QStringLiteral("generate"), QStringLiteral("--articles"),
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

    // db backup, check and restore: what was there before the backup comes back, the profile
    // it replaces is kept, and a file that is not a backup changes nothing.
    void aProfileIsBackedUpCheckedAndRestored()
    {
        const auto articles = [this] {
            const CliRun r =
                cli({QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("list")});
            return QJsonDocument::fromJson(r.out.toUtf8()).array().size();
        };
        newArticle({QStringLiteral("--title"), QStringLiteral("Trước sao lưu")});
        const qsizetype before = articles();
        const QString backup = m_dir.filePath(QStringLiteral("sao lưu/bản một.sqlite"));
        CliRun r =
            cli({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(backup));
        newArticle({QStringLiteral("--title"), QStringLiteral("Sau sao lưu")});
        QCOMPARE(articles(), before + 1);

        r = cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject check = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(check.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(check.value(QLatin1String("articles")).toInt(), before + 1);

        const QString notABackup =
            writeFile(QStringLiteral("ghi chú.sqlite"), QByteArray("Không phải bản sao lưu\n"));
        r = cli({QStringLiteral("db"), QStringLiteral("restore"), notABackup});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(articles(), before + 1);

        r = cli({QStringLiteral("db"), QStringLiteral("restore"), backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(articles(), before);
        QCOMPARE(QDir(QFileInfo(m_db).absolutePath())
                     .entryList({QStringLiteral("*.before-restore-*")}, QDir::Files)
                     .filter(QRegularExpression(QStringLiteral("-[0-9]{6}$")))
                     .size(),
                 1);
    }

    void unknownLanguageIsRefusedWithTheChoices_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("envLang");
        QTest::newRow("--lang xx")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} << QString();
        QTest::newRow("--lang=fr") << QStringList{QStringLiteral("--lang=fr")} << QString();
        QTest::newRow("PRESSDESK_LANG") << QStringList{} << QStringLiteral("de");
    }

    // An unknown language is refused with the choices, not quietly replaced by English.
    void unknownLanguageIsRefusedWithTheChoices()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, envLang);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!envLang.isEmpty())
            env.insert(QStringLiteral("PRESSDESK_LANG"), envLang);
        const CliRun r =
            runCli(args + QStringList{QStringLiteral("--db"), m_db, QStringLiteral("article"),
                                      QStringLiteral("list")},
                   env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString typed = envLang.isEmpty() ? args.join(u' ').right(2) : envLang;
        QVERIFY2(r.err.contains(QStringLiteral("“%1”").arg(typed)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("vi (Tiếng Việt)")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("en (English)")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_db)); // nothing was run

        // Without a value.
        const CliRun missing = runCli({QStringLiteral("--db"), m_db, QStringLiteral("article"),
                                       QStringLiteral("list"), QStringLiteral("--lang")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("vi (Tiếng Việt)")), qPrintable(missing.err));
    }

    void numbersOutOfRangeNameTheLimits_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *i : items)
                out << QString::fromUtf8(i);
            return out;
        };
        QTest::newRow("target too large")
            << l({"plan", "activity", "add", "65/KH-UBND", "--channel", "radio", "--target",
                  "99999999999", "--unit", "buổi"})
            << QStringLiteral("--target must be between 0 and 100000");
        QTest::newRow("target beyond 64 bits")
            << l({"plan", "activity", "add", "65/KH-UBND", "--channel", "radio", "--target",
                  "999999999999999999999999", "--unit", "buổi"})
            << QStringLiteral("--target must be between 0 and 100000");
        QTest::newRow("target not a number")
            << l({"plan", "activity", "add", "65/KH-UBND", "--channel", "radio", "--target", "ba",
                  "--unit", "buổi"})
            << QStringLiteral("--target needs a whole number from 0 to 100000, not “ba”");
        QTest::newRow("quantity too large")
            << l({"plan", "manual", "a", "--quantity", "20000", "--date", "2019-03-01", "--note",
                  "x"})
            << QStringLiteral("--quantity must be between 1 and 10000");
        QTest::newRow("limit too large") << l({"search", "a", "--limit", "4294967296"})
                                         << QStringLiteral("--limit must be between 1 and 10000");
        QTest::newRow("articles too large")
            << l({"db", "generate", "--articles", "5000000000"})
            << QStringLiteral("--articles must be between 1 and 1000000");
        QTest::newRow("revision too large")
            << l({"article", "restore", "abcd", "3000000000"})
            << QStringLiteral("REVISION must be between 1 and 2147483647");
        QTest::newRow("outbox entry zero")
            << l({"publish", "cancel", "0"}) << QStringLiteral("ENTRY must be between 1 and");
    }

    void numbersOutOfRangeNameTheLimits()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("not a number")), qPrintable(r.err));
    }

    // Every command that shows [--json] in --help prints a JSON document with it; every other
    // command refuses --json (exit 2) instead of quietly ignoring it.
    void jsonIsPrintedOrRefusedByEveryCommand()
    {
        const CliRun help =
            runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QSet<QString> withJson;
        QSet<QString> withoutJson;
        for (const QString &line : help.out.split(u'\n')) {
            if (!line.startsWith(QStringLiteral("  ")))
                continue;
            // "  plan link ARTICLE ACTIVITY    plan unlink ARTICLE ACTIVITY": two commands.
            static const QRegularExpression gap(QStringLiteral("\\s{4,}"));
            for (const QString &part : line.trimmed().split(gap)) {
                QStringList words;
                for (const QString &w : part.split(u' ')) {
                    if (!QRegularExpression(QStringLiteral("^[a-z]+$")).match(w).hasMatch())
                        break;
                    words << w;
                }
                if (words.isEmpty())
                    continue;
                (part.contains(QStringLiteral("[--json]")) ? withJson : withoutJson)
                    .insert(words.join(u' '));
            }
        }
        QVERIFY2(withJson.size() >= 15, qPrintable(help.out));
        QVERIFY(withJson.contains(QStringLiteral("article diff")));
        QVERIFY(withJson.contains(QStringLiteral("audit verify")));
        QVERIFY(withoutJson.contains(QStringLiteral("article export")));

        // A profile with a second revision and a plan file to import elsewhere.
        const QString id = newArticle({QStringLiteral("--title"), QStringLiteral("Bản tin")});
        QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("edit"), id,
                      QStringLiteral("--title"), QStringLiteral("Bản tin sáng")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("new"), QStringLiteral("--number"),
                      QStringLiteral("7/KH-UBND"), QStringLiteral("--title"),
                      QStringLiteral("Tuyên truyền bầu cử")})
                     .exitCode,
                 0);
        const CliRun exported =
            cli({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("7/KH-UBND")});
        QCOMPARE(exported.exitCode, 0);
        const QString planFile = writeFile(QStringLiteral("plan-7.json"), exported.out.toUtf8());
        // A station and its programme for the radio's lists and rundown.
        QCOMPARE(cli({QStringLiteral("radio"), QStringLiteral("station"), QStringLiteral("add"),
                      QStringLiteral("Đài huyện")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("radio"), QStringLiteral("program"), QStringLiteral("add"),
                      QStringLiteral("Bản tin sáng"), QStringLiteral("--station"),
                      QStringLiteral("Đài huyện")})
                     .exitCode,
                 0);

        const QString plan = QStringLiteral("65/KH-UBND");
        const QHash<QString, QStringList> runs{
            {QStringLiteral("article list"), {}},
            {QStringLiteral("article show"), {id}},
            {QStringLiteral("article history"), {id}},
            {QStringLiteral("article diff"), {id, QStringLiteral("1"), QStringLiteral("2")}},
            {QStringLiteral("search"), {QStringLiteral("bản tin")}},
            {QStringLiteral("category list"), {}},
            {QStringLiteral("user list"), {}},
            {QStringLiteral("audit list"), {}},
            {QStringLiteral("audit verify"), {}},
            {QStringLiteral("portal list"), {}},
            {QStringLiteral("publish queue"), {}},
            {QStringLiteral("plan export"), {plan}},
            {QStringLiteral("plan list"), {}},
            {QStringLiteral("plan show"), {plan}},
            {QStringLiteral("plan progress"), {plan}},
            {QStringLiteral("plan activity reassign"),
             {QStringLiteral("0c6f2a65-1902-4d19-a065-6b4b48000001"), QStringLiteral("--unit"),
              QStringLiteral("Phòng Văn hóa – Xã hội")}},
            {QStringLiteral("plan unit merge"),
             {QStringLiteral("--from"), QStringLiteral("Phòng Nội vụ"), QStringLiteral("--to"),
              QStringLiteral("Sở Nội vụ")}},
            {QStringLiteral("radio station list"), {}},
            {QStringLiteral("radio program list"), {}},
            {QStringLiteral("radio rundown"),
             {QStringLiteral("Bản tin sáng"), QStringLiteral("--date"),
              QStringLiteral("2024-03-05")}},
            {QStringLiteral("visual list"), {}},
            {QStringLiteral("visual slogan list"), {QStringLiteral("--plan"), plan}},
            {QStringLiteral("sync status"), {}},
            {QStringLiteral("sync conflicts"), {}},
            {QStringLiteral("text spell"),
             {writeFile(QStringLiteral("spell.txt"), QByteArray("Hội nghị tổng kêt.\n"))}},
            {QStringLiteral("text style"),
             {writeFile(QStringLiteral("style.txt"),
                        QByteArray("UBND x\xc3\xa3 h\xe1\xbb\x8dp.\n"))}},
            {QStringLiteral("text dict list"), {}},
            {QStringLiteral("db check"), {}},
            {QStringLiteral("office show"), {}},
            {QStringLiteral("office glossary list"), {}},
        };
        // These talk to a portal or the office server: TestCliPortal, TestCliServer and
        // TestCliSync parse their JSON against the real WordPress and PostgreSQL; article import
        // runs LibreOffice: TestCliImport parses its JSON.
        const QSet<QString> needPortal{
            QStringLiteral("article import"),  QStringLiteral("portal categories"),
            QStringLiteral("portal import"),   QStringLiteral("server init"),
            QStringLiteral("server user add"), QStringLiteral("server check"),
            QStringLiteral("sync join"),       QStringLiteral("sync"),
            QStringLiteral("sync resolve")};
        for (const QString &command : std::as_const(withJson)) {
            if (needPortal.contains(command))
                continue;
            QStringList args = command.split(u' ');
            if (command == QLatin1String("plan import")) {
                // Into another profile: this one has the plan already.
                args = QStringList{QStringLiteral("--db"),
                                   m_dir.filePath(QStringLiteral("json-import.sqlite")),
                                   QStringLiteral("plan"), QStringLiteral("import"), planFile};
            } else {
                QVERIFY2(runs.contains(command), qPrintable(command + u" is not run here"));
                args += runs.value(command);
            }
            const CliRun r = cli(QStringList{QStringLiteral("--json")} + args);
            QVERIFY2(r.exitCode == 0, qPrintable(command + u": " + r.err));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && !doc.isNull(),
                     qPrintable(command + u": " + r.out));
        }
        for (const QString &command : std::as_const(withoutJson)) {
            const CliRun r = cli(QStringList{QStringLiteral("--json")} + command.split(u' '));
            QVERIFY2(r.exitCode == 2, qPrintable(command));
            QVERIFY2(r.err.contains(QStringLiteral("--json is not available for %1.").arg(command)),
                     qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    // The system's own words ("No such file or directory") never stand in our sentences.
    void fileProblemsAreToldInOurWords_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString missing = QStringLiteral("/khong-co/tep.html");
        // The folder as the user's system writes it: "/khong-co" here, "C:\khong-co" on Windows.
        const QString missingFolder =
            QStringLiteral("thư mục %1 không tồn tại")
                .arg(QDir::toNativeSeparators(QFileInfo(missing).absolutePath()));
        QTest::newRow("body file")
            << QStringList{QStringLiteral("article"),     QStringLiteral("new"),
                           QStringLiteral("--title"),     QStringLiteral("X"),
                           QStringLiteral("--body-file"), missing}
            << QStringLiteral("không tìm thấy tệp");
        QTest::newRow("plan file") << QStringList{QStringLiteral("plan"), QStringLiteral("import"),
                                                  QStringLiteral("/khong-co/ke-hoach.json")}
                                   << QStringLiteral("không tìm thấy tệp");
        QTest::newRow("plan document")
            << QStringList{QStringLiteral("plan"), QStringLiteral("attach"),
                           QStringLiteral("65/KH-UBND"), QStringLiteral("/khong-co/kh.pdf")}
            << QStringLiteral("không tìm thấy tệp");
        QTest::newRow("visual photo")
            << QStringList{QStringLiteral("visual"),
                           QStringLiteral("add"),
                           QStringLiteral("--activity"),
                           QStringLiteral("0c6f2a65-1902-4d19-a065-6b4b48000003"),
                           QStringLiteral("--form"),
                           QStringLiteral("băng rôn"),
                           QStringLiteral("--quantity"),
                           QStringLiteral("2"),
                           QStringLiteral("--place"),
                           QStringLiteral("Quốc lộ 32"),
                           QStringLiteral("--photo"),
                           QStringLiteral("/khong-co/anh.jpg")}
            << QStringLiteral("không tìm thấy tệp");
        QTest::newRow("a folder") << QStringList{QStringLiteral("plan"), QStringLiteral("import"),
                                                 QStringLiteral("/tmp")}
                                  << QStringLiteral("là một thư mục");
        QTest::newRow("audit export")
            << QStringList{QStringLiteral("audit"), QStringLiteral("export"),
                           QStringLiteral("--out"), QStringLiteral("/khong-co/nhat-ky.csv")}
            << missingFolder;
        QTest::newRow("report") << QStringList{QStringLiteral("plan"),
                                               QStringLiteral("report"),
                                               QStringLiteral("65/KH-UBND"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("html"),
                                               QStringLiteral("--out"),
                                               QStringLiteral("/khong-co/bao-cao.html")}
                                << missingFolder;
    }

    void fileProblemsAreToldInOurWords()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = cli(args, QStringLiteral("vi"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("No such file")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("directory")), qPrintable(r.err));
    }

    // A Windows office: the account is "Nguyễn Văn An" and the profile and files live in
    // folders named in Vietnamese.
    void vietnameseAccountAndFolderNames()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("Hồ sơ của Nguyễn Văn An"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/Tin bài.sqlite");
        const QString body = folder + QStringLiteral("/Bài viết Đức.html");
        QFile f(body);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("<p>Xã Đức Thượng</p>").toUtf8());
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), QStringLiteral("Nguyễn Văn An"));
        env.insert(QStringLiteral("USERNAME"), QStringLiteral("Nguyễn Văn An"));

        const CliRun created =
            cli({QStringLiteral("--db"), db, QStringLiteral("article"), QStringLiteral("new"),
                 QStringLiteral("--title"), QStringLiteral("Đức Thượng"),
                 QStringLiteral("--body-file"), body},
                QStringLiteral("en"), env);
        QVERIFY2(created.exitCode == 0, qUtf8Printable(created.err));
        QVERIFY(QFileInfo::exists(db));
        const CliRun shown = cli({QStringLiteral("--db"), db, QStringLiteral("article"),
                                  QStringLiteral("show"), created.out.trimmed()},
                                 QStringLiteral("en"), env);
        QVERIFY2(shown.out.contains(QStringLiteral("Xã Đức Thượng")), qUtf8Printable(shown.out));

        // The first user is the account, with a login name without diacritics.
        const CliRun users = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                  QStringLiteral("user"), QStringLiteral("list")},
                                 QStringLiteral("en"), env);
        const QJsonArray list = QJsonDocument::fromJson(users.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QStringLiteral("name")].toString(), QStringLiteral("nguyen.van.an"));
        QCOMPARE(list.first()[QStringLiteral("display_name")].toString(),
                 QStringLiteral("Nguyễn Văn An"));
    }

#ifdef Q_OS_WIN
    // On Windows a file is unreadable when another program holds it open without sharing (as
    // Word does with the document it edits).
    void fileOpenInAnotherProgramIsToldInOurWords()
    {
        const QString path = writeFile(QStringLiteral("dang-mo.html"), QByteArray("<p>x</p>"));
        const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
        HANDLE lock = CreateFileW(native.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr,
                                  OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        QVERIFY(lock != INVALID_HANDLE_VALUE);
        const CliRun r =
            cli({QStringLiteral("article"), QStringLiteral("new"), QStringLiteral("--title"),
                 QStringLiteral("X"), QStringLiteral("--body-file"), path},
                QStringLiteral("vi"));
        CloseHandle(lock);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("chương trình khác đang mở")),
                 qUtf8Printable(r.err));
    }
#endif

    void unreadableFileIsToldInOurWords()
    {
        const QString path = writeFile(QStringLiteral("khoa.html"), QByteArray("<p>x</p>"));
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly)) {
#ifdef Q_OS_WIN
            QSKIP("Windows has no owner-read permission that Qt can take away "
                  "(fileOpenInAnotherProgramIsToldInOurWords is Windows' unreadable file)");
#else
            QSKIP("this user reads every file (root)");
#endif
        }
        const CliRun r =
            cli({QStringLiteral("article"), QStringLiteral("new"), QStringLiteral("--title"),
                 QStringLiteral("X"), QStringLiteral("--body-file"), path},
                QStringLiteral("vi"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("không có quyền đọc")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Permission denied")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
