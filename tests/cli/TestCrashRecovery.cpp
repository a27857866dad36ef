#include "store/ArticleRepository.h"
#include "store/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PressDesk;

// A writer process saves and autosaves in a loop and is killed with SIGKILL at random
// moments. Every time, the store must be intact and hold everything the writer reported
// committed: every manual revision, and the text up to the last autosave.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        const QString articleId = QStringLiteral("0c5a1e2b-1111-4222-8333-944455556666");
        QRandomGenerator rng(20261125);
        QMap<int, qint64> committed; // revision number -> counter in its body
        qint64 lastAutosaved = 0;

        for (int round = 0; round < 50; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(CRASH_WRITER),
                         {path, articleId, QString::number(lastAutosaved + 1)});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // Let it run until it has written something, then a random extra time.
            QTRY_VERIFY_WITH_TIMEOUT(
                writer.bytesAvailable() > 0 || writer.state() != QProcess::Running, 10000);
            QTest::qWait(int(rng.bounded(5, 120)));
            writer.kill(); // SIGKILL on Unix, TerminateProcess on Windows
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            const auto lines = QString::fromUtf8(writer.readAllStandardOutput()).split(u'\n');
            // A line is complete with its end: LF, or CRLF as Windows programs write it.
            static const QRegularExpression re(
                QStringLiteral("^(autosaved|committed) (\\d+) (\\d+)\r?$"));
            for (const QString &line : lines) {
                const auto m = re.match(line);
                if (!m.hasMatch())
                    continue;
                const qint64 counter = m.captured(3).toLongLong();
                lastAutosaved = counter;
                if (m.captured(1) == QLatin1String("committed"))
                    committed.insert(m.captured(2).toInt(), counter);
            }

            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            {
                QSqlQuery q(db.value()->connection());
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            }
            ArticleRepository repo(*db.value());
            auto revisions = repo.revisions(articleId);
            QVERIFY(revisions);
            QMap<int, QString> bodies;
            for (const Revision &r : revisions.value())
                bodies.insert(r.number, r.bodyHtml);
            for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
                QVERIFY2(
                    bodies.contains(it.key()),
                    qPrintable(
                        QStringLiteral("round %1: revision %2 lost").arg(round).arg(it.key())));
                QVERIFY(bodies.value(it.key()).startsWith(
                    QStringLiteral("<p>Lần gõ %1</p>").arg(it.value())));
            }
            // What was typed up to the last reported autosave is there (or something newer).
            auto article = repo.get(articleId);
            QVERIFY(article);
            static const QRegularExpression counterRe(QStringLiteral("^<p>Lần gõ (\\d+)</p>"));
            const auto m = counterRe.match(article->bodyHtml);
            if (lastAutosaved > 0) {
                QVERIFY(m.hasMatch());
                QVERIFY2(m.captured(1).toLongLong() >= lastAutosaved,
                         qPrintable(QStringLiteral("round %1: stored %2, reported %3")
                                        .arg(round)
                                        .arg(m.captured(1))
                                        .arg(lastAutosaved)));
                lastAutosaved = m.captured(1).toLongLong();
            }
        }
        QVERIFY2(committed.size() >= 10, "the writer committed too little to prove anything");
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
