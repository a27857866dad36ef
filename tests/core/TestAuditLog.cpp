// The audit log's chain: every way of tampering with the SQLite file is detected and named.
#include "TempDatabase.h"
#include "store/AuditLog.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace PressDesk;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    // Five entries as the workflow writes them.
    static void fill(Database &db)
    {
        db.setActingUser(QStringLiteral("lan"));
        const QStringList actions{QStringLiteral("submit"), QStringLiteral("return"),
                                  QStringLiteral("submit"), QStringLiteral("approve"),
                                  QStringLiteral("publish")};
        for (int i = 0; i < actions.size(); ++i) {
            AuditEntry e;
            e.action = actions.at(i);
            e.articleId = QStringLiteral("article-%1").arg(i % 2);
            e.fromStatus = QStringLiteral("draft");
            e.toStatus = QStringLiteral("submitted");
            e.hashBefore = QString(64, u'1');
            e.hashAfter = QString(64, u'2');
            e.comment = i == 1 ? QStringLiteral("Sửa sapo, thêm nguồn \"Theo …\"") : QString();
            QVERIFY(AuditLog(db).append(e));
        }
    }

    // Another program editing the file: a separate connection, the app's guards removed.
    static void tamper(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_update")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_delete")));
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

private Q_SLOTS:
    void entriesChainAndVerify()
    {
        TempDatabase t;
        fill(t.db());
        auto entries = AuditLog(t.db()).list();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 5);
        QCOMPARE(entries->first().prevHash, AuditLog::genesisHash());
        for (int i = 1; i < entries->size(); ++i) {
            QCOMPARE(entries->at(i).seq, i + 1);
            QCOMPARE(entries->at(i).prevHash, entries->at(i - 1).entryHash);
        }
        QCOMPARE(entries->first().userName, QStringLiteral("lan"));
        QCOMPARE(AuditLog(t.db()).list(QStringLiteral("article-1"))->size(), 2);
        auto v = AuditLog(t.db()).verify();
        QVERIFY(v && v->ok);
        QCOMPARE(v->entries, 5);
    }

    void emptyLogVerifies()
    {
        TempDatabase t;
        auto v = AuditLog(t.db()).verify();
        QVERIFY(v && v->ok);
        QCOMPARE(v->entries, 0);
    }

    void appCannotRewriteTheLog()
    {
        TempDatabase t;
        fill(t.db());
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET comment = 'x' WHERE seq = 2")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        QVERIFY(AuditLog(t.db()).verify()->ok);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("firstBroken");
        QTest::newRow("comment changed")
            << QStringList{QStringLiteral("UPDATE audit_log SET comment = 'OK' WHERE seq = 2")}
            << qint64(2);
        QTest::newRow("approver changed")
            << QStringList{QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE seq = 4")}
            << qint64(4);
        QTest::newRow("middle entry deleted")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 3")} << qint64(3);
        QTest::newRow("deleted and renumbered")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 3"),
                           QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3")}
            << qint64(3);
        QTest::newRow("two entries swapped")
            << QStringList{QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 2"),
                           QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3"),
                           QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 100")}
            << qint64(2);
        QTest::newRow("newest entry deleted")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 5")} << qint64(5);
        QTest::newRow("first entry deleted")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 1")} << qint64(1);
        QTest::newRow("head removed")
            << QStringList{QStringLiteral("DELETE FROM audit_head")} << qint64(1);
    }

    void tamperingIsDetected()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, firstBroken);
        TempDatabase t;
        fill(t.db());
        const QString path = t.path();
        t.close();
        tamper(path, statements);
        auto db = Database::open(path);
        QVERIFY(db);
        auto v = AuditLog(*db.value()).verify();
        QVERIFY(v);
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBroken, firstBroken);
        QVERIFY(!v->problem.isEmpty());
    }

    void rehashedEntryBreaksTheNextLink()
    {
        // Someone who recomputes the changed entry's own hash is caught by the next entry.
        TempDatabase t;
        fill(t.db());
        auto entries = AuditLog(t.db()).list().value();
        AuditEntry forged = entries.at(1);
        forged.comment = QStringLiteral("Không có ý kiến");
        forged.entryHash = AuditLog::hashOf(forged);
        const QString path = t.path();
        t.close();
        tamper(path, {QStringLiteral("UPDATE audit_log SET comment = '%1', entry_hash = '%2' "
                                     "WHERE seq = 2")
                          .arg(forged.comment, forged.entryHash)});
        auto db = Database::open(path);
        auto v = AuditLog(*db.value()).verify();
        QVERIFY(v && !v->ok);
        QCOMPARE(v->firstBroken, qint64(3));
    }

    void exportsCsvThatSpreadsheetsRead()
    {
        TempDatabase t;
        fill(t.db());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(AuditLog(t.db()).exportCsv(&buffer));
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "seq,at,user,action,"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 6); // header + 5 entries
        // A comment with a quote and a comma-free Vietnamese text survives quoting.
        QVERIFY(text.contains(QStringLiteral("\"Sửa sapo, thêm nguồn \"\"Theo …\"\"\"")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
