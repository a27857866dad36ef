#include "OldProfile.h"
#include "TempDatabase.h"
#include "office/OfficeRepository.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "radio/RadioRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/DictionaryRepository.h"
#include "store/Search.h"
#include "store/SqlQuery.h"
#include "store/UserRepository.h"
#include "store/WalCheckpointer.h"
#include "visual/VisualRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
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

    void profileOfSchemaOneIsMigrated()
    {
        // A profile written by the first release (schema 1, made from its own script), with
        // one article: its words become prefix-searchable, it gains the workflow columns and
        // keeps its content.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase v1 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            v1.setDatabaseName(path);
            QVERIFY(v1.open());
            QFile script(QStringLiteral(":/pressdesk/migrations/001_initial.sql"));
            QVERIFY(script.open(QIODevice::ReadOnly));
            QString sql;
            for (const QString &line : QString::fromUtf8(script.readAll()).split(u'\n')) {
                if (line.trimmed().startsWith(QLatin1String("--")))
                    continue;
                sql += line + u'\n';
                if (line.trimmed().endsWith(u';')) {
                    QSqlQuery q(v1);
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                    sql.clear();
                }
            }
            QSqlQuery q(v1);
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO articles (id, title, created_at, updated_at) VALUES "
                               "('a1', 'Nông thôn mới', '2020-01-01T00:00:00.000Z', "
                               "'2020-01-01T00:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO article_fts (rowid, title, lead, body) "
                                          "VALUES (1, 'nong thon moi', '', '')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            v1.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(again.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT term FROM search_terms ORDER BY term")));
        QStringList terms;
        while (q.next())
            terms << q.value(0).toString();
        QCOMPARE(terms, (QStringList{QStringLiteral("moi"), QStringLiteral("nong"),
                                     QStringLiteral("thon")}));
        auto a = ArticleRepository(*again.value()).get(QStringLiteral("a1"));
        QVERIFY(a);
        QCOMPARE(a->title, QStringLiteral("Nông thôn mới"));
        QCOMPARE(a->status, ArticleStatus::Draft);
        QVERIFY(a->approvedHash.isEmpty());
    }

    // A profile of schema 9 (before plans synced): each manual entry gets its own UUID, links
    // and entries wait to be sent, and nothing is lost.
    void profileOfSchemaNineGetsPlanSyncMarks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
        {
            QSqlDatabase v9 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            v9.setDatabaseName(path);
            QVERIFY(v9.open());
            const auto run = [&v9](const QString &sql) {
                QSqlQuery q(v9);
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            };
            applyMigrationsUpTo(v9, 9);
            run(QStringLiteral("INSERT INTO plans (id, number, created_at, updated_at) VALUES "
                               "('p', '65/KH-UBND', '2019-02-19T00:00:00.000Z', "
                               "'2019-02-19T00:00:00.000Z')"));
            run(QStringLiteral("INSERT INTO plan_activities (id, plan_id, channel, created_at, "
                               "updated_at) VALUES ('a', 'p', 'meetings', "
                               "'2019-02-19T00:00:00.000Z', '2019-02-19T00:00:00.000Z')"));
            for (int i = 1; i <= 2; ++i)
                run(QStringLiteral("INSERT INTO activity_manual_entries (activity_id, "
                                   "entry_date, quantity, created_at) VALUES ('a', "
                                   "'2019-03-0%1', %1, '2019-03-01T00:00:00.000Z')")
                        .arg(i));
            run(QStringLiteral("PRAGMA user_version = 9"));
            v9.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));

        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
        auto entries = PlanRepository(*again.value()).manualEntries(QStringLiteral("a"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        static const QRegularExpression uuid(QStringLiteral(
            "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (const ManualEntry &e : entries.value())
            QVERIFY2(uuid.match(e.id).hasMatch(), qPrintable(e.id));
        QVERIFY(entries->first().id != entries->last().id);
        QCOMPARE(entries->last().quantity, 2);
        QSqlQuery q(again.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM activity_manual_entries "
                                      "WHERE dirty = 1 AND deleted = 0 AND updated_at = "
                                      "created_at")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(PlanRepository(*again.value()).removeManualEntry(entries->first().id));
        QCOMPARE(PlanRepository(*again.value()).manualEntries(QStringLiteral("a"))->size(), 1);
    }

    // A profile of schema 19 (before the exact search index): migration 20 writes the exact
    // index of its indexed articles, so a query with diacritics lists the words as typed first
    // at once; an article still waiting for its index gets both from indexPending().
    void profileOfSchemaNineteenGetsTheExactIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v19.sqlite"));
        {
            QSqlDatabase v19 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v19"));
            v19.setDatabaseName(path);
            QVERIFY(v19.open());
            const auto run = [&v19](const QString &sql) {
                QSqlQuery q(v19);
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            };
            applyMigrationsUpTo(v19, 19);
            // 1: "cái cách" in its title (folded-only for "cải cách"), 2: "cải cách" in its
            // lead, 3: "cải cách" in its body, saved by a join and not indexed yet.
            run(QStringLiteral(
                "INSERT INTO articles (local_id, id, title, lead, body_html, created_at, "
                "updated_at) VALUES "
                "(1, 'a1', 'Cái cách làm hay ở thôn Đông', '', '<p>Nuôi cá.</p>', "
                "'2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z'), "
                "(2, 'a2', 'Hội nghị tổng kết', 'Xã đẩy mạnh cải cách hành chính.', '', "
                "'2020-01-02T00:00:00.000Z', '2020-01-02T00:00:00.000Z'), "
                "(3, 'a3', 'Bản tin tuần', '', '<p>Cải cách thủ tục ở bộ phận một cửa.</p>', "
                "'2020-01-03T00:00:00.000Z', '2020-01-03T00:00:00.000Z')"));
            run(QStringLiteral("INSERT INTO article_fts (rowid, title, lead, body) VALUES "
                               "(1, 'cai cach lam hay o thon dong', '', 'nuoi ca.'), "
                               "(2, 'hoi nghi tong ket', 'xa day manh cai cach hanh chinh.', "
                               "'')"));
            run(QStringLiteral("INSERT INTO article_title_fts (rowid, title) VALUES "
                               "(1, 'cai cach lam hay o thon dong'), (2, 'hoi nghi tong ket')"));
            run(QStringLiteral("INSERT INTO search_terms (term) VALUES ('cai'), ('cach')"));
            run(QStringLiteral("INSERT INTO search_pending (local_id) VALUES (3)"));
            run(QStringLiteral("PRAGMA user_version = 19"));
            v19.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v19"));

        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        Database &db = *again.value();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT rowid, title, lead FROM article_exact_fts "
                                      "ORDER BY rowid")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("cái cách làm hay ở thôn đông"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(2).toString(), QStringLiteral("xã đẩy mạnh cải cách hành chính."));
        QVERIFY(!q.next()); // 3 waits for indexPending
        q.finish();
        Search search(db);
        const auto titles = [&search](const QString &query) {
            QStringList out;
            const auto hits = search.search(query);
            for (const SearchHit &h : hits.value())
                out << h.title;
            return out;
        };
        QCOMPARE(titles(QStringLiteral("cải cách")),
                 (QStringList{QStringLiteral("Hội nghị tổng kết"),
                              QStringLiteral("Cái cách làm hay ở thôn Đông")}));
        QCOMPARE(titles(QStringLiteral("cai cach")),
                 (QStringList{QStringLiteral("Cái cách làm hay ở thôn Đông"),
                              QStringLiteral("Hội nghị tổng kết")}));

        auto indexed = ArticleRepository(db).indexPending();
        QVERIFY(indexed);
        QCOMPARE(indexed.value(), 1);
        QCOMPARE(titles(QStringLiteral("cải cách")),
                 (QStringList{QStringLiteral("Hội nghị tổng kết"), QStringLiteral("Bản tin tuần"),
                              QStringLiteral("Cái cách làm hay ở thôn Đông")}));
    }

    // A profile of schema 15 (before the radio): it gains the radio's tables, empty, and its
    // change topic; its plans count as before.
    void profileOfSchemaFifteenGetsTheRadio()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v15.sqlite"));
        {
            QSqlDatabase v15 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v15"));
            v15.setDatabaseName(path);
            QVERIFY(v15.open());
            const auto run = [&v15](const QString &sql) {
                QSqlQuery q(v15);
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            };
            applyMigrationsUpTo(v15, 15);
            run(QStringLiteral("INSERT INTO plans (id, number, period_start, period_end, "
                               "created_at, updated_at) VALUES ('p', '65/KH-UBND', '2019-01-01', "
                               "'2019-12-31', '2019-02-19T00:00:00.000Z', "
                               "'2019-02-19T00:00:00.000Z')"));
            run(QStringLiteral("INSERT INTO plan_activities (id, plan_id, channel, target, "
                               "created_at, updated_at) VALUES ('a', 'p', 'radio', 48, "
                               "'2019-02-19T00:00:00.000Z', '2019-02-19T00:00:00.000Z')"));
            run(QStringLiteral("INSERT INTO activity_manual_entries (activity_id, entry_date, "
                               "quantity, created_at, uid) VALUES ('a', '2019-03-01', 3, "
                               "'2019-03-01T00:00:00.000Z', 'e')"));
            run(QStringLiteral("PRAGMA user_version = 15"));
            v15.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v15"));

        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        Database &db = *again.value();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        for (const QString &table :
             {QStringLiteral("radio_stations"), QStringLiteral("radio_programs"),
              QStringLiteral("radio_items"), QStringLiteral("radio_aired")}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*), sum(dirty), sum(local_rev), "
                                           "sum(server_version), sum(deleted) FROM %1")
                                .arg(table)) &&
                         q.next(),
                     qPrintable(table));
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM change_counters WHERE topic = 'radio'")) &&
                q.next());
        auto progress = PlanProgress(db).activities(QStringLiteral("p"));
        QVERIFY(progress);
        QCOMPARE(progress->first().done(), 3);

        // The new tables work, and a new station waits to be sent like a plan's rows.
        RadioRepository radio(db);
        auto station = radio.addStation(Station{.name = QStringLiteral("Đài Truyền thanh huyện")});
        QVERIFY2(station, station ? "" : qPrintable(station.error().message));
        QVERIFY(q.exec(QStringLiteral("SELECT dirty, local_rev, server_version, deleted "
                                      "FROM radio_stations")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 0);
        QCOMPARE(q.value(3).toInt(), 0);
        // A second live station of that name is refused by the store itself, too.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO radio_stations (id, name, created_at, "
                                       "updated_at) VALUES ('s3', 'Đài Truyền thanh huyện', '', "
                                       "'')")));
    }

    // A profile of schema 16 (the radio, before visual campaigns): it gains the visual
    // register's tables, empty, and their change topic; its radio and manual entries count as
    // before, and an article linked to its visual activity no longer counts as a banner.
    void profileOfSchemaSixteenGetsTheVisualRegister()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v16.sqlite"));
        {
            QSqlDatabase v16 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v16"));
            v16.setDatabaseName(path);
            QVERIFY(v16.open());
            const auto run = [&v16](const QString &sql) {
                QSqlQuery q(v16);
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            };
            applyMigrationsUpTo(v16, 16);
            run(QStringLiteral("INSERT INTO plans (id, number, period_start, period_end, "
                               "created_at, updated_at) VALUES ('p', '65/KH-UBND', '2019-01-01', "
                               "'2019-12-31', '2019-02-19T00:00:00.000Z', "
                               "'2019-02-19T00:00:00.000Z')"));
            run(QStringLiteral("INSERT INTO plan_activities (id, plan_id, channel, target, "
                               "created_at, updated_at) VALUES ('v', 'p', 'visual', 10, "
                               "'2019-02-19T00:00:00.000Z', '2019-02-19T00:00:00.000Z')"));
            run(QStringLiteral("INSERT INTO activity_manual_entries (activity_id, entry_date, "
                               "quantity, created_at, uid) VALUES ('v', '2019-03-01', 3, "
                               "'2019-03-01T00:00:00.000Z', 'e')"));
            run(QStringLiteral("PRAGMA user_version = 16"));
            v16.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v16"));

        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        Database &db = *again.value();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 17);
        QSqlQuery q(db.connection());
        for (const QString &table :
             {QStringLiteral("visual_slogans"), QStringLiteral("visual_items"),
              QStringLiteral("visual_photos")}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next(),
                     qPrintable(table));
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM change_counters WHERE topic = 'visual'")) &&
                q.next());
        auto progress = PlanProgress(db).activities(QStringLiteral("p"));
        QVERIFY(progress);
        QCOMPARE(progress->first().done(), 3);

        // The new tables work; an installed item counts; a new row waits to be sent.
        VisualItem banners;
        banners.activityId = QStringLiteral("v");
        banners.quantity = 6;
        banners.place = QStringLiteral("Quốc lộ 32");
        banners.installedDate = QDate(2019, 2, 26);
        auto added = VisualRepository(db).addItem(banners);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        progress = PlanProgress(db).activities(QStringLiteral("p"));
        QCOMPARE(progress->first().installed, 6);
        QCOMPARE(progress->first().done(), 9);
        QVERIFY(q.exec(QStringLiteral("SELECT dirty, local_rev, server_version, deleted "
                                      "FROM visual_items")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 0);
        QCOMPARE(q.value(3).toInt(), 0);
    }

    // Migration 18 (the office dictionary) stands alone: a profile of schema 16 takes it with
    // whatever comes between.
    void profileOfSchemaSixteenGetsTheDictionary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v16.sqlite"));
        {
            QSqlDatabase v16 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v16"));
            v16.setDatabaseName(path);
            QVERIFY(v16.open());
            applyMigrationsUpTo(v16, 16);
            QSqlQuery q(v16);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 16")));
            v16.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v16"));

        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        Database &db = *again.value();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM dictionary_words")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM change_counters WHERE topic = "
                                      "'dictionary'")) &&
                q.next());
        // Case is kept and matters: a name and the same letters in lower case are two entries.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO dictionary_words (word, kind, added_at) "
                                      "VALUES ('Khuổi', 'name', '')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO dictionary_words (word, added_at) VALUES "
                                      "('khuổi', '')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO dictionary_words (word, kind, added_at) "
                                       "VALUES ('x', 'other', '')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO dictionary_words (word, added_at) VALUES "
                                       "('', '')")));
    }

    // Migration 19 (the office profile): a profile of schema 18 keeps its plans' issuing
    // bodies and starts with no office (neutral until the office fills it in); one row at most.
    void profileOfSchemaEighteenGetsAnEmptyOffice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v18.sqlite"));
        {
            QSqlDatabase v18 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v18"));
            v18.setDatabaseName(path);
            QVERIFY(v18.open());
            applyMigrationsUpTo(v18, 18);
            QSqlQuery q(v18);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO plans (id, number, issuing_body, created_at, updated_at) VALUES "
                "('p', '65/KH-UBND', 'UBND huyện Hoài Đức', '2019-02-19T00:00:00.000Z', "
                "'2019-02-19T00:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 18")));
            v18.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v18"));

        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        Database &db = *again.value();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(OfficeRepository(db).load().value(), OfficeProfile{});
        QCOMPARE(PlanRepository(db).get(QStringLiteral("p"))->issuingBody,
                 QStringLiteral("UBND huyện Hoài Đức"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM change_counters WHERE topic = 'office'")) &&
                q.next());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO office_profile (id, created_at, updated_at) "
                                      "VALUES ('a', '', '')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO office_profile (id, created_at, updated_at) "
                                       "VALUES ('b', '', '')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE office_profile SET tone_style = 'old'")));
    }

    // Migration 22 (the dictionary syncs): a profile of schema 21 keeps its office dictionary,
    // who added each entry and when; the spell checker still gets every word, each waits to go
    // to the office server, and a removal is now kept as a tombstone the sync sends.
    void profileOfSchemaTwentyOneKeepsItsDictionary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v21.sqlite"));
        {
            QSqlDatabase v21 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v21"));
            v21.setDatabaseName(path);
            QVERIFY(v21.open());
            applyMigrationsUpTo(v21, 21);
            QSqlQuery q(v21);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO dictionary_words (word, kind, added_by, added_at) VALUES "
                "('Khuổi Vài', 'name', 'lan.nguyen', '2026-03-02T08:15:00.000Z'), "
                "('livestream', 'word', '', '2026-04-10T01:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 21")));
            v21.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v21"));

        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        Database &db = *again.value();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        DictionaryRepository dictionary(db);
        QCOMPARE(dictionary.words().value(),
                 QStringList({QStringLiteral("Khuổi Vài"), QStringLiteral("livestream")}));
        const QList<DictionaryWord> entries = dictionary.list().value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().word, QStringLiteral("Khuổi Vài"));
        QCOMPARE(entries.first().kind, DictionaryWord::Kind::Name);
        QCOMPARE(entries.first().addedBy, QStringLiteral("lan.nguyen"));
        QCOMPARE(entries.first().addedAt, QDateTime(QDate(2026, 3, 2), QTime(8, 15), Qt::UTC));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM dictionary_words WHERE dirty = 1 AND "
                                      "deleted = 0 AND server_version = 0 AND updated_at = "
                                      "added_at")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        QVERIFY(dictionary.remove(QStringLiteral("livestream")));
        QCOMPARE(dictionary.words().value(), QStringList{QStringLiteral("Khuổi Vài")});
        QVERIFY(q.exec(QStringLiteral("SELECT deleted, dirty FROM dictionary_words WHERE word = "
                                      "'livestream'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
    }

    // Migration 23 (units reassigned): a profile of schema 22 keeps its activities' units and
    // counts, has no history yet, and a reassignment is recorded and kept as written.
    void profileOfSchemaTwentyTwoGetsTheUnitHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v22.sqlite"));
        {
            QSqlDatabase v22 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v22"));
            v22.setDatabaseName(path);
            QVERIFY(v22.open());
            applyMigrationsUpTo(v22, 22);
            QSqlQuery q(v22);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO plans (id, number, period_start, period_end, created_at, updated_at) "
                "VALUES ('p', '65/KH-UBND', '2019-01-01', '2019-12-31', "
                "'2019-02-19T00:00:00.000Z', '2019-02-19T00:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO plan_activities (id, plan_id, channel, responsible_unit, target, "
                "created_at, updated_at) VALUES ('a', 'p', 'meetings', "
                "'Phòng Văn hóa và Thông tin', 4, '2019-02-19T00:00:00.000Z', "
                "'2019-02-19T00:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO activity_manual_entries (uid, activity_id, entry_date, quantity, "
                "created_at) VALUES ('e', 'a', '2019-03-01', 3, '2019-03-01T00:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 22")));
            v22.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v22"));

        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        Database &db = *again.value();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(UserRepository(db).ensureCurrentUser()); // an administrator
        PlanRepository plans(db);
        QCOMPARE(plans.activity(QStringLiteral("a"))->responsibleUnit,
                 QStringLiteral("Phòng Văn hóa và Thông tin"));
        QVERIFY(plans.unitHistory(QStringLiteral("a"))->isEmpty());
        const auto done = [&db] {
            return PlanProgress(db).activities(QStringLiteral("p")).value().first().done();
        };
        QCOMPARE(done(), 3);
        auto change =
            plans.reassignUnit(QStringLiteral("a"), QStringLiteral("Phòng Văn hóa – Xã hội"));
        QVERIFY2(change, qPrintable(change ? QString() : change.error().message));
        QCOMPARE(done(), 3);
        QCOMPARE(plans.unitHistory(QStringLiteral("a"))->first().fromUnit,
                 QStringLiteral("Phòng Văn hóa và Thông tin"));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE activity_unit_history SET note = 'sửa'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM activity_unit_history")));
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

    void aConnectionThatLeavesCheckpointsToAWorkerNeverCopiesTheWal()
    {
        // The window's connection: its saves only append to the WAL, however large it grows
        // (SQLite would copy it into the database in the saving thread past 4 MB); the
        // WalCheckpointer copies it on a worker, and nothing saved is lost on the way.
        TempDatabase t;
        t.db().leaveCheckpointsToWorker();
        {
            // A sync's pull pauses checkpoints and gives back the setting it found.
            Database::NoCheckpoints pull(t.db());
        }
        const QString wal = t.path() + QStringLiteral("-wal");
        const qint64 before = QFileInfo(t.path()).size();
        ArticleRepository repo(t.db());
        const QString paragraph =
            QStringLiteral("<p>Huyện Hoài Đức triển khai Kế hoạch 65/KH-UBND về tuyên truyền cải "
                           "cách hành chính năm 2019 trên cổng thông tin điện tử.</p>");
        QStringList ids;
        // (Bounded: were the WAL copied on every commit, it would never grow.)
        while (QFileInfo(wal).size() < 2 * WalCheckpointer::threshold() && ids.size() < 200) {
            auto a = repo.create(Article{.title = QStringLiteral("Bài %1").arg(ids.size()),
                                         .bodyHtml = paragraph.repeated(800)});
            QVERIFY(a);
            ids << a->id;
        }
        QCOMPARE(QFileInfo(t.path()).size(), before);

        WalCheckpointer checkpointer(t.path());
        QSignalSpy done(&checkpointer, &WalCheckpointer::checkpointed);
        checkpointer.start(20);
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toInt(), 0);
        QVERIFY(QFileInfo(t.path()).size() > before + WalCheckpointer::threshold());

        // The database file alone, without its WAL, now holds every article (copied while
        // the window's connection is open, so nobody else has checkpointed).
        checkpointer.start(0);
        QTemporaryDir copyDir;
        const QString copy = copyDir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(t.path(), copy));
        auto alone = Database::open(copy);
        QVERIFY(alone);
        auto count = Sql::value(*alone.value(), QStringLiteral("SELECT count(*) FROM articles"));
        QVERIFY(count);
        QCOMPARE(count->toInt(), ids.size());
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

        // The plan the article reports, with the article on its portal activity.
        PlanRepository plans(t.db());
        auto plan = plans.find(QStringLiteral("65/KH-UBND"));
        QVERIFY(plan);
        QCOMPARE(plan->issuingBody, QStringLiteral("UBND huyện Hoài Đức"));
        QCOMPARE(plan->issueDate, QDate(2019, 2, 19));
        QCOMPARE(plan->title,
                 QStringLiteral("Thúc đẩy thông tin, tuyên truyền cải cách hành chính năm 2019"));
        QCOMPARE(plan->focusTopics.size(), 5);
        auto linked = plans.activitiesOfArticle(a.id);
        QVERIFY(linked);
        QCOMPARE(linked->size(), 1);
        QCOMPARE(linked->first().channel, Channel::Portal);
        QCOMPARE(linked->first().target, 24);
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
