#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PressDesk;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newProfileIsMigratedToLatest()
    {
        TempDatabase t;
        QVERIFY(t.db().isNew());
        QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
    }

    void profileOfSchemaOneGainsTheSearchVocabulary()
    {
        // A profile written before migration 2: its existing words become prefix-searchable.
        TempDatabase t;
        QVERIFY(
            ArticleRepository(t.db()).create(Article{.title = QStringLiteral("Nông thôn mới")}));
        {
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE search_terms")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        const QString path = t.path();
        t.close();
        auto again = Database::open(path);
        QVERIFY(again);
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(again.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT term FROM search_terms ORDER BY term")));
        QStringList terms;
        while (q.next())
            terms << q.value(0).toString();
        QCOMPARE(terms, (QStringList{QStringLiteral("moi"), QStringLiteral("nong"),
                                     QStringLiteral("thon")}));
    }

    void walAndForeignKeysAreOn()
    {
        TempDatabase t;
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A revision for an article that does not exist is refused.
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO revisions (id, article_id, number, title, lead, body_html, created_at, "
            "updated_at) VALUES ('r', 'missing', 1, '', '', '', '', '')")));
    }

    void reopeningKeepsDataAndIsNotNew()
    {
        TempDatabase t;
        auto a = ArticleRepository(t.db()).create(Article{.title = QStringLiteral("Giữ lại")});
        QVERIFY(a);
        const QString path = t.path();
        t.close();
        auto again = Database::open(path);
        QVERIFY(again);
        QVERIFY(!again.value()->isNew());
        auto got = ArticleRepository(*again.value()).get(a->id);
        QVERIFY(got);
        QCOMPARE(got->title, QStringLiteral("Giữ lại"));
    }

    void newerSchemaIsRefusedUntouched()
    {
        TempDatabase t;
        const QString path = t.path();
        {
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        t.close();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("newer-schema"));
        QVERIFY(db.error().message.contains(QStringLiteral("999")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void notADatabaseGivesAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("corrupt"));
    }

    void resolvePathPrefersOptionThenEnvironment()
    {
        qputenv("PRESSDESK_DB", "/tmp/from-env.sqlite");
        QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/opt.sqlite")),
                 QStringLiteral("/tmp/opt.sqlite"));
        QCOMPARE(Database::resolvePath(), QStringLiteral("/tmp/from-env.sqlite"));
        qunsetenv("PRESSDESK_DB");
        QVERIFY(Database::resolvePath().endsWith(QStringLiteral("pressdesk.sqlite")));
    }

    void demoContentHoldsTheSeedArticle()
    {
        TempDatabase t;
        QVERIFY(DemoContent::seed(t.db()));
        auto list = ArticleRepository(t.db()).list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        const Article &a = list->first();
        QCOMPARE(a.title,
                 QStringLiteral("Huyện Hoài Đức: Thúc đẩy tuyên truyền cải cách hành chính"));
        QCOMPARE(a.source, QStringLiteral("Theo Hà Nội portal"));
        QVERIFY(a.lead.startsWith(QStringLiteral("Ngày 19/02, UBND huyện Hoài Đức ban hành")));
        QCOMPARE(a.bodyHtml.count(QStringLiteral("<p>")), 3);
        QVERIFY(a.bodyHtml.contains(QStringLiteral("gương người tốt - việc tốt")));
        QVERIFY(!a.categoryId.isEmpty());
        QCOMPARE(a.createdAt, QDateTime(QDate(2019, 2, 21), QTime(7, 5), Qt::UTC));
    }

    void readOnlyStoreReportsAClearError()
    {
        TempDatabase t;
        auto a = ArticleRepository(t.db()).create(Article{.title = QStringLiteral("A")});
        QVERIFY(a);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = ON")));
        Article changed = a.value();
        changed.title = QStringLiteral("B");
        auto saved = ArticleRepository(t.db()).save(changed, SaveKind::Manual);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, QStringLiteral("read-only"));
        QVERIFY(!saved.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
