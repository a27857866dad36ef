// Publisher against an in-memory portal, so the outbox, the post links and the portal
// mappings are checked on every build (TestPublisher does the same against the real
// WordPress when scripts/run-tests.sh starts it).
#include "PublishFixtures.h"
#include "TempDatabase.h"
#include "publish/Portal.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/ImageStore.h"
#include "store/UserRepository.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QImage>
#include <QMap>
#include <QTest>

using namespace PressDesk;

namespace {

// A portal keeping its posts, media, categories and tags in memory. failNext makes the next
// call that sends a post fail with that code; loseAnswer makes the next create succeed on
// the portal but fail for PressDesk (the answer was lost).
class MemoryPortal : public Portal
{
public:
    QMap<qint64, RemotePost> posts;
    QMap<qint64, PostFields> sentFields;
    QList<PortalCategory> remoteCategories;
    int uploads = 0;
    int creates = 0;
    int categoriesCreated = 0;
    QString failNext;
    bool loseAnswer = false;

    // The portal's own editor (or cron) changes a post.
    void changeOnPortal(qint64 id, const QString &title, const QString &status)
    {
        posts[id].titleRaw = title;
        posts[id].status = status;
        posts[id].modifiedGmt = tick();
    }

    Result<PortalConnection> testConnection() override { return PortalConnection{}; }
    Result<QList<PortalCategory>> categories() override { return remoteCategories; }
    Result<PortalCategory> createCategory(const QString &name) override
    {
        ++categoriesCreated;
        PortalCategory c{100 + qint64(remoteCategories.size()), name, QString(), 0, 0};
        remoteCategories << c;
        return c;
    }
    Result<qint64> ensureTag(const QString &name) override
    {
        if (!m_tags.contains(name))
            m_tags.insert(name, 500 + m_tags.size());
        return m_tags.value(name);
    }
    Result<RemoteMedia> uploadMedia(const QByteArray &, const QString &, const QString &fileName,
                                    const QString &, const QString &) override
    {
        ++uploads;
        return RemoteMedia{900 + uploads,
                           QStringLiteral("https://cong.example.vn/media/") + fileName};
    }
    Result<RemotePost> createPost(const PostFields &f) override
    {
        if (auto failed = failure())
            return *failed;
        ++creates;
        const qint64 id = 1000 + creates;
        posts.insert(id, RemotePost{});
        RemotePost stored = store(id, f);
        if (loseAnswer) {
            loseAnswer = false;
            return Error{QStringLiteral("timeout"), QStringLiteral("The portal did not answer.")};
        }
        return stored;
    }
    Result<RemotePost> updatePost(qint64 id, const PostFields &f) override
    {
        if (auto failed = failure())
            return *failed;
        if (!posts.contains(id))
            return Error{QStringLiteral("not-found"), QStringLiteral("No such post.")};
        return store(id, f);
    }
    Result<RemotePost> getPost(qint64 id) override
    {
        if (!posts.contains(id))
            return Error{QStringLiteral("not-found"), QStringLiteral("No such post.")};
        return posts.value(id);
    }
    Result<RemotePost> findPostBySlug(const QString &slug) override
    {
        for (const RemotePost &p : std::as_const(posts)) {
            if (p.slug == slug)
                return p;
        }
        return RemotePost{};
    }
    Result<RemotePost> withdrawPost(qint64 id, bool trash) override
    {
        if (!posts.contains(id))
            return Error{QStringLiteral("not-found"), QStringLiteral("No such post.")};
        posts[id].status = trash ? QStringLiteral("trash") : QStringLiteral("draft");
        posts[id].modifiedGmt = tick();
        return posts.value(id);
    }
    Result<RemotePostPage> listPosts(const PostListQuery &) override { return RemotePostPage{}; }

private:
    std::optional<Error> failure()
    {
        if (failNext.isEmpty())
            return std::nullopt;
        const Error e{failNext, QStringLiteral("The portal failed (%1).").arg(failNext)};
        failNext.clear();
        return e;
    }
    QString tick()
    {
        return QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC)
            .addSecs(++m_clock)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    RemotePost store(qint64 id, const PostFields &f)
    {
        RemotePost &p = posts[id];
        p.id = id;
        p.titleRaw = QString(f.title).replace(u'&', QStringLiteral("&amp;"));
        p.contentRaw = f.content;
        p.slug = f.slug;
        p.status = f.status;
        p.link = QStringLiteral("https://cong.example.vn/?p=%1").arg(id);
        p.modifiedGmt = tick();
        p.dateGmt = f.dateGmt;
        p.categories = f.categories;
        sentFields.insert(id, f);
        return p;
    }

    QMap<QString, qint64> m_tags;
    int m_clock = 0;
};

} // namespace

class TestPublishOffline : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    PortalAccount m_account;
    MemoryPortal m_portal;

    Database &db() { return m_t->db(); }

    // An approved article with a photo, a category and two tags.
    Article approvedArticle(const QString &title)
    {
        const QString imageHash = storeTestImage(db(), QSize(64, 40));
        Article a;
        a.title = title;
        a.lead = QStringLiteral("Sapo: huyện đẩy mạnh chuyển đổi số.");
        a.bodyHtml = QStringLiteral("<p>Đoạn một.</p>\n<figure><img src=\"pdimg:%1\" "
                                    "alt=\"Hội nghị\"><figcaption>Quang cảnh</figcaption>"
                                    "</figure>\n<p>Đoạn hai.</p>")
                         .arg(imageHash);
        a.categoryId = CategoryRepository(db()).find(QStringLiteral("Kinh tế"))->id;
        a.tags = QStringList{QStringLiteral("chuyển đổi số"), QStringLiteral("Hoài Đức")};
        return createApproved(db(), a);
    }

    void approve(const QString &id) { QVERIFY(submitAndApprove(db(), id)); }

    int run(const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        auto done = Publisher(db()).run(m_account, m_portal, now);
        if (!done)
            qWarning("%s", qPrintable(done.error().message));
        return done ? done.value() : -1;
    }

    ArticleStatus statusOf(const QString &id) { return ArticleRepository(db()).get(id)->status; }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TempDatabase>();
        m_portal = MemoryPortal();
        QVERIFY(UserRepository(db()).ensureCurrentUser()); // an administrator
        auto account = PortalRepository(db()).add(QStringLiteral("Cổng huyện"),
                                                  QUrl(QStringLiteral("https://cong.example.vn")),
                                                  QStringLiteral("bientap"));
        QVERIFY(account);
        m_account = account.value();
    }

    void cleanup() { m_t.reset(); }

    void publishSendsTheArticleWithThePortalsImageCategoryAndTags()
    {
        const Article a = approvedArticle(QStringLiteral("Kinh tế & xã hội huyện"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(Publisher(db()).dueCount(m_account.id).value(), 1);
        QCOMPARE(run(), 1);

        QCOMPARE(m_portal.posts.size(), 1);
        const RemotePost post = m_portal.posts.first();
        const PostFields sent = m_portal.sentFields.value(post.id);
        QCOMPARE(sent.title, a.title);
        QVERIFY(!sent.content.contains(QStringLiteral("pdimg:")));
        QVERIFY(sent.content.contains(QStringLiteral("https://cong.example.vn/media/")));
        QCOMPARE(sent.featuredMedia, qint64(901));
        QCOMPARE(m_portal.categoriesCreated, 1); // the portal had no "Kinh tế"
        QCOMPARE(sent.categories, QList<qint64>{m_portal.remoteCategories.first().id});
        QCOMPARE(sent.tags.size(), 2);

        QCOMPARE(statusOf(a.id), ArticleStatus::Published);
        auto posts = Publisher(db()).postsOf(a.id);
        QCOMPARE(posts->size(), 1);
        QCOMPARE(posts->first().remoteId, post.id);
        QCOMPARE(posts->first().portalName, m_account.name);
        QCOMPARE(posts->first().link, post.link);
        QCOMPARE(posts->first().remoteStatus, QStringLiteral("publish"));
        QVERIFY(Publisher(db()).queue()->isEmpty());
        QCOMPARE(Publisher(db()).queue(true)->first().state, QStringLiteral("done"));
        QCOMPARE(Publisher(db()).queue(true)->first().attempts, 1);
    }

    void republishUpdatesTheSamePostAndReusesImageAndCategory()
    {
        Article a = approvedArticle(QStringLiteral("Tin cập nhật hai lần"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);
        a.bodyHtml.replace(QStringLiteral("Đoạn hai."), QStringLiteral("Đoạn hai đã sửa."));
        QVERIFY(ArticleRepository(db()).save(a, SaveKind::Manual));
        approve(a.id);
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);

        QCOMPARE(m_portal.posts.size(), 1);
        QCOMPARE(m_portal.creates, 1);
        QVERIFY(m_portal.posts.first().contentRaw.contains(QStringLiteral("Đoạn hai đã sửa.")));
        QCOMPARE(m_portal.uploads, 1);
        QCOMPARE(m_portal.categoriesCreated, 1);
    }

    void aPostChangedOnThePortalWaitsForTheUsersDecision()
    {
        Article a = approvedArticle(QStringLiteral("Tin bị sửa trên Cổng"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);
        const qint64 id = m_portal.posts.firstKey();
        m_portal.changeOnPortal(id, QStringLiteral("Sửa trên Cổng"), QStringLiteral("publish"));

        a.lead += QStringLiteral(" Bổ sung.");
        QVERIFY(ArticleRepository(db()).save(a, SaveKind::Manual));
        approve(a.id);
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 0);
        auto queue = Publisher(db()).queue();
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().state, QStringLiteral("failed"));
        QCOMPARE(queue->first().errorCode, QStringLiteral("conflict"));
        QCOMPARE(m_portal.posts.value(id).titleRaw, QStringLiteral("Sửa trên Cổng"));

        QVERIFY(Publisher(db()).overwrite(queue->first().id));
        QVERIFY(Publisher(db()).queue()->first().overwrite);
        QCOMPARE(run(), 1);
        QCOMPARE(m_portal.posts.value(id).titleRaw, a.title);
        QCOMPARE(m_portal.posts.size(), 1);
        // Only a conflict can be overwritten.
        const Status again = Publisher(db()).overwrite(queue->first().id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("not-found"));
    }

    void aLostAnswerIsFoundAgainNotDuplicated()
    {
        const Article a = approvedArticle(QStringLiteral("Tin mất phản hồi"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        m_portal.loseAnswer = true;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(run(now), 0);
        auto queue = Publisher(db()).queue();
        QCOMPARE(queue->first().state, QStringLiteral("queued")); // worth another try
        QCOMPARE(queue->first().errorCode, QStringLiteral("timeout"));
        QCOMPARE(queue->first().attempts, 1);
        QCOMPARE(Publisher(db()).dueCount(m_account.id, now).value(), 0); // backing off
        QVERIFY(Publisher(db()).postsOf(a.id)->isEmpty());

        QCOMPARE(run(now.addSecs(3600)), 1);
        QCOMPARE(m_portal.creates, 1); // adopted by its slug
        QCOMPARE(Publisher(db()).postsOf(a.id)->first().remoteId, m_portal.posts.firstKey());
        QCOMPARE(statusOf(a.id), ArticleStatus::Published);
    }

    void aPermanentFailureStopsTheEntryAndRetryQueuesItAgain()
    {
        const Article a = approvedArticle(QStringLiteral("Tin bị từ chối"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        m_portal.failNext = QStringLiteral("auth");
        QCOMPARE(run(), 0);
        auto queue = Publisher(db()).queue();
        QCOMPARE(queue->first().state, QStringLiteral("failed"));
        QVERIFY(queue->first().lastError.contains(QStringLiteral("auth")));
        QCOMPARE(Publisher(db()).dueCount(m_account.id).value(), 0);

        QVERIFY(Publisher(db()).retryFailed());
        QCOMPARE(Publisher(db()).queue()->first().state, QStringLiteral("queued"));
        QCOMPARE(run(QDateTime::currentDateTimeUtc().addSecs(5)), 1);
        QCOMPARE(statusOf(a.id), ArticleStatus::Published);
    }

    void aCancelledEntryIsNotSent()
    {
        const Article a = approvedArticle(QStringLiteral("Tin bị hủy"));
        auto id = Publisher(db()).enqueuePublish(a.id, m_account.name);
        QVERIFY(id);
        QVERIFY(Publisher(db()).cancel(id.value()));
        QVERIFY(Publisher(db()).queue()->isEmpty());
        QCOMPARE(run(), 0);
        QVERIFY(m_portal.posts.isEmpty());
        QCOMPARE(statusOf(a.id), ArticleStatus::Approved);
    }

    void withdrawingTakesThePostDownAndKeepsItsLink()
    {
        const Article a = approvedArticle(QStringLiteral("Tin gỡ xuống"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);
        const QString link = Publisher(db()).postsOf(a.id)->first().link;
        QVERIFY(Publisher(db()).enqueueWithdraw(a.id, m_account.name, false));
        QCOMPARE(run(), 1);
        QCOMPARE(m_portal.posts.first().status, QStringLiteral("draft"));
        QCOMPARE(statusOf(a.id), ArticleStatus::Withdrawn);
        const ArticlePost post = Publisher(db()).postsOf(a.id)->first();
        QCOMPARE(post.remoteStatus, QStringLiteral("draft"));
        QCOMPARE(post.link, link);

        // An article that is not on the portal cannot be withdrawn from it.
        const Article other = approvedArticle(QStringLiteral("Tin chưa đăng"));
        QVERIFY(Publisher(db()).enqueueWithdraw(other.id, m_account.name, true));
        QCOMPARE(run(), 0);
        QCOMPARE(Publisher(db()).queue()->first().errorCode, QStringLiteral("not-published"));
    }

    void aScheduledPostFollowsThePortal()
    {
        const Article a = approvedArticle(QStringLiteral("Tin hẹn giờ đăng"));
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(2);
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name, at));
        QCOMPARE(run(), 1);
        QCOMPARE(m_portal.posts.first().status, QStringLiteral("future"));
        QCOMPARE(statusOf(a.id), ArticleStatus::Scheduled);
        auto scheduled = Publisher(db()).scheduledPublications();
        QCOMPARE(scheduled->size(), 1);
        QCOMPARE(scheduled->first().articleId, a.id);
        QCOMPARE(scheduled->first().title, a.title);
        QCOMPARE(Publisher(db()).needsRun(m_account.id).value(), false);
        QCOMPARE(Publisher(db()).needsRun(m_account.id, at.addSecs(60)).value(), true);

        // The portal publishes it at its time: the article follows, once.
        const qint64 id = m_portal.posts.firstKey();
        m_portal.changeOnPortal(id, a.title, QStringLiteral("publish"));
        QCOMPARE(Publisher(db()).followScheduled(m_account, m_portal).value(), 1);
        QCOMPARE(statusOf(a.id), ArticleStatus::Published);
        const ArticlePost post = Publisher(db()).postsOf(a.id)->first();
        QCOMPARE(post.remoteStatus, QStringLiteral("publish"));
        QCOMPARE(post.link, m_portal.posts.value(id).link);
        QCOMPARE(Publisher(db()).followScheduled(m_account, m_portal).value(), 0);
        QVERIFY(Publisher(db()).scheduledPublications()->isEmpty());
    }
};

QTEST_MAIN(TestPublishOffline)
#include "TestPublishOffline.moc"
