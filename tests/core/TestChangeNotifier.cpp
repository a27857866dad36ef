#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/ChangeNotifier.h"
#include "store/CommentRepository.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace PressDesk;

// The store announces what changed after each commit, whoever wrote it: panels subscribe
// to it instead of being refreshed by hand.
class TestChangeNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void transactionAnnouncesItsTopicOnce();
    void singleStatementWriteIsAnnounced();
    void rolledBackWriteIsNotAnnounced();
    void subscriberHearsOnlyItsTopics();
    void writeByAnotherConnectionReachesAWatchingStore();
    void nothingChangedNothingEmitted();
};

namespace {

Changes changesOf(const QSignalSpy &spy)
{
    Changes all;
    for (const auto &args : spy)
        all |= args.at(0).value<Changes>();
    return all;
}

} // namespace

void TestChangeNotifier::transactionAnnouncesItsTopicOnce()
{
    TempDatabase t;
    QSignalSpy spy(&t.db().changes(), &ChangeNotifier::changed);
    Article a;
    a.title = QStringLiteral("Hội nghị triển khai Kế hoạch 65/KH-UBND");
    auto created = ArticleRepository(t.db()).create(a);
    QVERIFY(created.ok());
    // Not synchronously from inside the writer: after the commit, from the event loop.
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(changesOf(spy).testFlag(Change::Articles));
    QVERIFY(!changesOf(spy).testFlag(Change::Plans));
    QVERIFY(!changesOf(spy).testFlag(Change::Outbox));
    // A burst of writes gives one signal.
    spy.clear();
    for (int i = 0; i < 5; ++i) {
        Article b = created.value();
        b.title = QStringLiteral("Bản %1").arg(i);
        QVERIFY(ArticleRepository(t.db()).save(b, SaveKind::Manual).ok());
    }
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
}

void TestChangeNotifier::singleStatementWriteIsAnnounced()
{
    TempDatabase t;
    QSignalSpy spy(&t.db().changes(), &ChangeNotifier::changed);
    QVERIFY(CategoryRepository(t.db()).create(QStringLiteral("Cải cách hành chính")).ok());
    QTRY_VERIFY(changesOf(spy).testFlag(Change::Categories));
}

void TestChangeNotifier::rolledBackWriteIsNotAnnounced()
{
    TempDatabase t;
    QSignalSpy spy(&t.db().changes(), &ChangeNotifier::changed);
    const Status st = t.db().transaction([&]() -> Status {
        if (auto c = CategoryRepository(t.db()).create(QStringLiteral("Tạm")); !c)
            return c.error();
        return Error{QStringLiteral("test"), QStringLiteral("rolled back on purpose")};
    });
    QVERIFY(!st.ok());
    QTest::qWait(50);
    QCOMPARE(spy.count(), 0);
}

void TestChangeNotifier::subscriberHearsOnlyItsTopics()
{
    TempDatabase t;
    QObject receiver;
    int articleCalls = 0;
    int commentCalls = 0;
    t.db().changes().subscribe(&receiver, Change::Articles, [&] { ++articleCalls; });
    t.db().changes().subscribe(&receiver, Change::Comments, [&] { ++commentCalls; });
    auto created = ArticleRepository(t.db()).create(Article{});
    QVERIFY(created.ok());
    QTRY_COMPARE(articleCalls, 1);
    QCOMPARE(commentCalls, 0);
    QVERIFY(CommentRepository(t.db()).add(created->id, QStringLiteral("Sửa lại sapo")).ok());
    QTRY_COMPARE(commentCalls, 1);
    QCOMPARE(articleCalls, 1);
}

void TestChangeNotifier::writeByAnotherConnectionReachesAWatchingStore()
{
    TempDatabase t;
    QSignalSpy spy(&t.db().changes(), &ChangeNotifier::changed);
    t.db().changes().watch(50);
    QVERIFY(t.db().changes().isWatching());
    // Another connection to the same file: what the outbox thread, the command line or a
    // second window write.
    auto other = Database::open(t.path());
    QVERIFY(other.ok());
    Article a;
    a.title = QStringLiteral("Viết từ dòng lệnh");
    QVERIFY(ArticleRepository(*other.value()).create(a).ok());
    QTRY_VERIFY(changesOf(spy).testFlag(Change::Articles));
    // The watching store sees the article itself, not only the signal.
    const auto list = ArticleRepository(t.db()).list(10);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().title, a.title);
}

void TestChangeNotifier::nothingChangedNothingEmitted()
{
    TempDatabase t;
    QSignalSpy spy(&t.db().changes(), &ChangeNotifier::changed);
    QCOMPARE(t.db().changes().check(), Changes());
    // Reads are not changes.
    QVERIFY(ArticleRepository(t.db()).list(10).ok());
    t.db().changes().watch(20);
    QTest::qWait(100);
    QCOMPARE(spy.count(), 0);
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "TestChangeNotifier.moc"
