// The review through the command line: users, decisions, history, restore, diff, the audit log.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

class TestCliWorkflow : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
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
        CliRun r = cli(approve + QStringList{QStringLiteral("1")}); // read before the edit
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("revision 2")), qPrintable(r.err));
        QCOMPARE(cli(approve + QStringList{QStringLiteral("x")}).exitCode, 2);
        r = cli(approve + QStringList{QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
    }

    void categoryRemoveRefusesOrMovesArticles()
    {
        const auto ok = [](const CliRun &r) {
            if (r.exitCode != 0)
                qWarning("%s", qPrintable(r.err));
            return r.exitCode == 0;
        };
        const QStringList category{QStringLiteral("category")};
        QVERIFY(ok(cli(category + QStringList{QStringLiteral("add"), QStringLiteral("Thể thao")})));
        QVERIFY(ok(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lan"),
                        QStringLiteral("--role"), QStringLiteral("staff")})));
        QVERIFY(ok(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hung"),
                        QStringLiteral("--role"), QStringLiteral("supervisor")})));
        const QStringList asLan{QStringLiteral("--user"), QStringLiteral("lan")};
        const QStringList asHung{QStringLiteral("--user"), QStringLiteral("hung")};
        const QString id = newArticle({QStringLiteral("--title"), QStringLiteral("Giải bơi"),
                                       QStringLiteral("--category"), QStringLiteral("the thao")});
        QVERIFY(
            ok(cli(asLan + QStringList{QStringLiteral("article"), QStringLiteral("submit"), id})));
        QVERIFY(ok(
            cli(asHung + QStringList{QStringLiteral("article"), QStringLiteral("approve"), id})));
        const auto show = [&] {
            const CliRun r = cli(
                {QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("show"), id});
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };

        // Used: refused, saying how many articles and how to move them; nothing changes.
        CliRun r = cli(asLan + category +
                       QStringList{QStringLiteral("remove"), QStringLiteral("the thao")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("1 article")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--move-to")), qPrintable(r.err));
        r = cli(category + QStringList{QStringLiteral("remove"), QStringLiteral("the thao"),
                                       QStringLiteral("--move-to"), QStringLiteral("Không có")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("No category named")));
        QCOMPARE(show().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(show().value(QStringLiteral("category")).toString(), QStringLiteral("Thể thao"));

        // Wrong usage exits 2.
        QCOMPARE(cli(category + QStringList{QStringLiteral("remove")}).exitCode, 2);
        QCOMPARE(cli(category + QStringList{QStringLiteral("remove"), QStringLiteral("the thao"),
                                            QStringLiteral("--bogus")})
                     .exitCode,
                 2);

        // With --move-to: moved as an edit by the acting user, the approval voided.
        r = cli(asLan + category +
                QStringList{QStringLiteral("remove"), QStringLiteral("the thao"),
                            QStringLiteral("--move-to"), QStringLiteral("kinh te")});
        QVERIFY(ok(r));
        QVERIFY2(r.out.contains(QStringLiteral("Moved 1 article to Kinh tế")), qPrintable(r.out));
        const QJsonObject moved = show();
        QCOMPARE(moved.value(QStringLiteral("category")).toString(), QStringLiteral("Kinh tế"));
        QCOMPARE(moved.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(moved.value(QStringLiteral("approved_hash")).toString(), QString());
        r = cli(
            {QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("history"), id});
        const QJsonObject history = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(history.value(QStringLiteral("revisions")).toArray().size(), 2);
        const QJsonArray events = history.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.last()[QStringLiteral("action")].toString(), QStringLiteral("edit"));
        QCOMPARE(events.last()[QStringLiteral("user")].toString(), QStringLiteral("lan"));
        r = cli(category + QStringList{QStringLiteral("list")});
        QVERIFY(!r.out.contains(QStringLiteral("Thể thao")));
        QVERIFY(ok(cli({QStringLiteral("audit"), QStringLiteral("verify")})));
    }

    void init() { newProfile(); }

    void reviewCycleThroughTheCommandLine()
    {
        const auto ok = [](const CliRun &r) {
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
        CliRun r = cli(asLan + article + QStringList{QStringLiteral("approve"), id});
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
        const CliRun r = cli({QStringLiteral("article"), QStringLiteral("diff"), id,
                              QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Đẩy mạnh [-cải-]{+cãi+} cách")), qPrintable(r.out));
        QVERIFY(r.out.startsWith(QStringLiteral("Tin CCHC\n")));
        QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("diff"), id, QStringLiteral("1"),
                      QStringLiteral("7")})
                     .exitCode,
                 1);
    }

    void diffAsJsonListsTheChangedWords()
    {
        const QString body1 =
            writeFile(QStringLiteral("j1.html"), QByteArray("<p>Một hai ba.</p>"));
        const QString body2 =
            writeFile(QStringLiteral("j2.html"), QByteArray("<p>Một bốn ba.</p>"));
        const QString id = newArticle({QStringLiteral("--title"), QStringLiteral("Tin"),
                                       QStringLiteral("--body-file"), body1});
        QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("edit"), id,
                      QStringLiteral("--body-file"), body2})
                     .exitCode,
                 0);
        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("article"), QStringLiteral("diff"), id,
                 QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("article_id")].toString(), id);
        QStringList changes;
        for (const QJsonValue &s : o[QLatin1String("segments")].toArray()) {
            if (s[QLatin1String("kind")].toString() != QLatin1String("equal"))
                changes << s[QLatin1String("kind")].toString() + u':' +
                               s[QLatin1String("text")].toString();
        }
        QCOMPARE(changes,
                 (QStringList{QStringLiteral("deleted:hai"), QStringLiteral("inserted:bốn")}));
    }

    void auditVerifyAsJson()
    {
        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("intact")].toBool(), true);
        QVERIFY(o.contains(QLatin1String("entries")));
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
        const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("entry 2")), qPrintable(r.err));
    }

    void unknownUserIsRefused()
    {
        const CliRun r = cli({QStringLiteral("--user"), QStringLiteral("ai-do"),
                              QStringLiteral("article"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("ai-do")));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "TestCliWorkflow.moc"
