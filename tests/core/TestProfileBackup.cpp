// Backups that restore: a consistent copy while PressDesk writes, refused files that change
// nothing, a damaged profile found, the profile a restore replaces kept, rotation.
#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/ProfileBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace PressDesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Article article(const QString &title)
{
    Article a;
    a.title = title;
    a.bodyHtml = QStringLiteral("<p>Nội dung bài %1.</p>").arg(title);
    return a;
}

qint64 articleCount(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM articles WHERE deleted = 0")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestProfileBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBackupRestoresWhatWasThere()
    {
        TempDatabase temp;
        QVERIFY(DemoContent::seed(temp.db()));
        QVERIFY(ArticleRepository(temp.db()).create(article(QStringLiteral("Trước sao lưu"))));
        const qint64 before = articleCount(temp.db());
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("sao lưu/pressdesk-2026-12-04.sqlite"));
        const Status made = ProfileBackup::backup(temp.path(), backup);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        auto info = ProfileBackup::inspect(backup);
        QVERIFY(info);
        QCOMPARE(info->articles, before);
        QCOMPARE(info->schema, Database::latestSchemaVersion());
        QVERIFY(!QFile::exists(backup + QStringLiteral(".part")));

        // Work after the backup, then the backup put back: the profile is as it was.
        QVERIFY(ArticleRepository(temp.db()).create(article(QStringLiteral("Sau sao lưu"))));
        temp.close();
        auto aside = ProfileBackup::restore(backup, temp.path());
        QVERIFY2(aside, aside ? "" : qPrintable(aside.error().message));
        auto restored = Database::open(temp.path());
        QVERIFY(restored);
        QCOMPARE(articleCount(*restored.value()), before);
        // The profile it replaced is kept whole, with what was written after the backup.
        QVERIFY(QFile::exists(aside.value()));
        auto kept = Database::open(aside.value());
        QVERIFY(kept);
        QCOMPARE(articleCount(*kept.value()), before + 1);
    }

    // A backup taken while another connection keeps saving is the profile as of one moment:
    // sound, every revision with its article, and between the counts before and after.
    void aBackupDuringHeavyWritingIsConsistent()
    {
        TempDatabase temp;
        QVERIFY(DemoContent::seed(temp.db()));
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        QString writerError;
        QThread *writer = QThread::create([&] {
            auto db = Database::open(temp.path());
            if (!db) {
                writerError = db.error().message;
                return;
            }
            ArticleRepository repo(*db.value());
            while (!stop) {
                auto created = repo.create(article(QStringLiteral("Tin %1").arg(written + 1)));
                if (!created) {
                    writerError = created.error().message;
                    return;
                }
                Article a = created.value();
                a.bodyHtml += QStringLiteral("<p>Sửa lần hai.</p>");
                if (auto saved = repo.save(a, SaveKind::Manual); !saved) {
                    writerError = saved.error().message;
                    return;
                }
                ++written;
            }
        });
        writer->start();
        QTRY_VERIFY(written > 20);
        QTemporaryDir dir;
        qint64 previous = 0;
        for (int i = 0; i < 3; ++i) {
            const int before = written;
            const QString backup = dir.filePath(QStringLiteral("b%1.sqlite").arg(i));
            const Status made = ProfileBackup::backup(temp.path(), backup);
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            const int after = written;
            auto check = ProfileBackup::check(backup);
            QVERIFY(check);
            QVERIFY2(check->problems.isEmpty(), qPrintable(check->problems.join(u'\n')));
            // The demo article plus what the writer had finished, give or take the one in
            // flight.
            QVERIFY2(check->info.articles >= 1 + before && check->info.articles <= 2 + after,
                     qPrintable(QStringLiteral("%1 not in [%2, %3]")
                                    .arg(check->info.articles)
                                    .arg(before + 1)
                                    .arg(after + 2)));
            QVERIFY(check->info.articles >= previous);
            previous = check->info.articles;
        }
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    }

    void filesThatAreNotBackupsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("not-found");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("corrupt");
        QTest::newRow("other program's database")
            << QStringLiteral("other") << QStringLiteral("not-a-profile");
        QTest::newRow("newer PressDesk")
            << QStringLiteral("newer") << QStringLiteral("newer-schema");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("corrupt");
    }

    void filesThatAreNotBackupsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        TempDatabase temp;
        QVERIFY(DemoContent::seed(temp.db()));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("backup.sqlite"));
        if (kind == QLatin1String("text")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Đây không phải cơ sở dữ liệu.\n");
        } else if (kind == QLatin1String("other")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            q.finish();
            db.close();
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(ProfileBackup::backup(temp.path(), file));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(Database::latestSchemaVersion() + 1)));
            q.finish();
            db.close();
        } else if (kind == QLatin1String("damaged")) {
            QVERIFY(ProfileBackup::backup(temp.path(), file));
            damage(file);
        }
        if (kind == QLatin1String("other") || kind == QLatin1String("newer"))
            QSqlDatabase::removeDatabase(kind);

        auto inspected = ProfileBackup::inspect(file);
        QVERIFY(!inspected);
        QCOMPARE(inspected.error().code, code);
        QVERIFY(!inspected.error().message.isEmpty());

        temp.close();
        const QByteArray before = fileHash(temp.path());
        auto restored = ProfileBackup::restore(file, temp.path());
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, code);
        QCOMPARE(fileHash(temp.path()), before);
        QCOMPARE(QDir(QFileInfo(temp.path()).absolutePath())
                     .entryList({QStringLiteral("*before-restore*")}, QDir::Files),
                 QStringList());
    }

    // A damaged profile is told in plain words, and the newest good backup is found past a
    // damaged one.
    void aDamagedProfileIsFoundAndTheLatestGoodBackupOffered()
    {
        TempDatabase temp;
        QVERIFY(DemoContent::seed(temp.db()));
        for (int i = 0; i < 200; ++i)
            QVERIFY(ArticleRepository(temp.db()).create(article(QStringLiteral("Tin %1").arg(i))));
        QTemporaryDir dir;
        const QString older =
            dir.filePath(ProfileBackup::scheduledName(temp.path(), QDate(2026, 12, 1)));
        const QString newer =
            dir.filePath(ProfileBackup::scheduledName(temp.path(), QDate(2026, 12, 2)));
        QVERIFY(ProfileBackup::backup(temp.path(), older));
        QVERIFY(ProfileBackup::backup(temp.path(), newer));
        // Another profile's backup in the same folder is not this one's.
        QVERIFY(ProfileBackup::backup(temp.path(),
                                      dir.filePath(QStringLiteral("other-2026-12-03.sqlite"))));
        QCOMPARE(ProfileBackup::latestGood(dir.path(), temp.path()), newer);
        damage(newer);
        auto check = ProfileBackup::check(newer);
        QVERIFY(!check || !check->problems.isEmpty());
        QCOMPARE(ProfileBackup::latestGood(dir.path(), temp.path()), older);
        auto sound = ProfileBackup::check(older);
        QVERIFY(sound);
        QVERIFY(sound->problems.isEmpty());
        QCOMPARE(sound->info.articles, 201);
    }

    void aBrokenLinkIsReported()
    {
        TempDatabase temp;
        QVERIFY(DemoContent::seed(temp.db()));
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("UPDATE revisions SET article_id = 'lost' WHERE rowid = "
                                      "(SELECT min(rowid) FROM revisions)")));
        q.finish();
        auto check = ProfileBackup::check(temp.path());
        QVERIFY(check);
        QCOMPARE(check->problems.size(), 1);
        QVERIFY2(check->problems.first().contains(QLatin1String("revisions")),
                 qPrintable(check->problems.first()));
    }

    void rotationKeepsSevenDaysAndFourWeeks()
    {
        QTemporaryDir dir;
        const QDate today(2026, 12, 4);
        const QString profile = QStringLiteral("/somewhere/pressdesk.sqlite");
        for (int i = 0; i < 60; ++i) {
            QFile f(dir.filePath(ProfileBackup::scheduledName(profile, today.addDays(-i))));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile other(dir.filePath(QStringLiteral("pressdesk-before-the-move.sqlite")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        const QStringList deleted = ProfileBackup::rotate(dir.path(), profile, 7, 4);
        QStringList left = QDir(dir.path()).entryList(QDir::Files, QDir::Name | QDir::Reversed);
        QCOMPARE(deleted.size(), 60 - 11);
        QCOMPARE(left.size(), 12);
        QVERIFY(left.contains(QStringLiteral("pressdesk-before-the-move.sqlite")));
        left.removeAll(QStringLiteral("pressdesk-before-the-move.sqlite"));
        // The newest seven days…
        for (int i = 0; i < 7; ++i)
            QCOMPARE(left.at(i), ProfileBackup::scheduledName(profile, today.addDays(-i)));
        // …then one a week, each from an older week than the one before.
        int lastWeek = 0;
        for (int i = 7; i < 11; ++i) {
            const QDate day = QDate::fromString(left.at(i).mid(10, 10), Qt::ISODate);
            QVERIFY(day.isValid());
            QVERIFY(day < today.addDays(-6));
            int year = 0;
            const int week = day.weekNumber(&year) + year * 100;
            if (lastWeek)
                QVERIFY(week < lastWeek);
            lastWeek = week;
        }
    }

private:
    // Overwrites pages in the middle of the file, as a failing disk would.
    static void damage(const QString &path)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        QVERIFY(f.seek(size / 2));
        f.write(QByteArray(4096, '\x5a'));
        QVERIFY(f.seek(4096 + 100));
        f.write(QByteArray(3000, '\x00'));
    }
};

QTEST_GUILESS_MAIN(TestProfileBackup)
#include "TestProfileBackup.moc"
