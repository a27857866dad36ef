// A post is never made twice because two desks both had an article queued for the same portal:
// the office server (the real PostgreSQL of the test command) holds which article is which
// post, and the portal is the real WordPress of the test command. Each desk has its own account
// on the portal's site; what they share is the site.

#include "PublishFixtures.h"
#include "TestOfficeServer.h"
#include "TestWordPress.h"
#include "publish/OfficePostRepository.h"
#include "publish/PortalRepository.h"
#include "publish/PostLinkRepository.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/ArticleRepository.h"
#include "sync/OfficePostRegistry.h"
#include "workflow/WorkflowService.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace PressDesk;

namespace {

// A desk of the office with its own account on the portal.
struct PublishingDesk
{
    std::unique_ptr<TestDesk> desk;
    PortalAccount account;
    std::unique_ptr<OfficePostRegistry> registry; // null: the office cannot be asked

    Database &db() { return *desk->db; }
};

} // namespace

class TestPostSync : public QObject
{
    Q_OBJECT

    TestOfficeServer m_office;
    TestWordPress m_wp = TestWordPress::fromEnvironment();
    QTemporaryDir m_dir;
    QString m_an, m_binh, m_chi;

    // A new profile that joined as login, with an account on the test portal (written a little
    // differently on each desk: the site is the same).
    PublishingDesk deskOf(const QString &login, bool trailingSlash = false)
    {
        PublishingDesk d;
        d.desk = m_office.join(m_dir.path(), login);
        QUrl site = m_wp.url;
        if (trailingSlash && !site.path().endsWith(u'/'))
            site.setPath(site.path() + u'/');
        auto account = PortalRepository(d.db()).add(QStringLiteral("Cổng huyện"), site, m_wp.user);
        if (!account)
            qFatal("portal: %s", qPrintable(account.error().message));
        d.account = account.value();
        d.registry = std::make_unique<OfficePostRegistry>(m_office.connect(login),
                                                          SyncEngine::status(d.db())->userName +
                                                              QUuid::createUuid().toString());
        return d;
    }

    WordPressPortal portal() { return WordPressPortal(m_wp.url, m_wp.user, m_wp.password); }

    // Runs the desk's outbox (due at `at`); how many entries were done.
    int publish(PublishingDesk &d, bool askOffice = true,
                const QDateTime &at = QDateTime::currentDateTimeUtc())
    {
        WordPressPortal p = portal();
        Publisher publisher(d.db());
        publisher.setRegistry(askOffice ? d.registry.get() : nullptr);
        auto done = publisher.run(d.account, p, at);
        if (!done)
            qWarning("publish: %s", qPrintable(done.error().message));
        return done ? done.value() : -1;
    }

    static std::optional<PostLink> linkOf(PublishingDesk &d, const QString &articleId)
    {
        auto found = PostLinkRepository(d.db()).find(articleId, d.account.id);
        return found ? found.value() : std::nullopt;
    }

    // A reporter's article, submitted and synced; both supervisors' desks have it, approved
    // by the first.
    QString approvedOnBoth(PublishingDesk &a, PublishingDesk &b, const QString &title)
    {
        auto an = m_office.join(m_dir.path(), m_an);
        Article draft;
        draft.title = title + u' ' + QUuid::createUuid().toString(QUuid::Id128).left(6);
        draft.lead = QStringLiteral("Sáng nay, UBND xã tổ chức hội nghị tuyên truyền.");
        draft.bodyHtml = QStringLiteral("<p>Đoạn một.</p><p>Đoạn hai.</p>");
        draft.author = an->db->actingUser();
        const QString id = ArticleRepository(*an->db).create(draft).value().id;
        if (!WorkflowService(*an->db).apply(id, WorkflowAction::Submit) || !an->sync() ||
            !a.desk->sync())
            qFatal("the draft did not reach the supervisor");
        if (!WorkflowService(a.db()).apply(id, WorkflowAction::Approve) || !a.desk->sync() ||
            !b.desk->sync())
            qFatal("the approval did not reach the other desk");
        return id;
    }

    int postsOnServer(const QString &articleId)
    {
        return m_office
            .admin(QStringLiteral("SELECT count(*) FROM pd.article_post WHERE article_id = ?::uuid "
                                  "AND remote_id IS NOT NULL"),
                   {articleId})
            .toInt();
    }

    // Whether the portal holds a second post of it (WordPress adds "-2" to a slug in use).
    bool portalHasSecondPost(const PostLink &link)
    {
        auto second = portal().findPostBySlug(link.slug + QStringLiteral("-2"));
        return !second || second->id != 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PRESSDESK_REQUIRE_POSTGRES(m_office.pg());
        PRESSDESK_REQUIRE_WORDPRESS(m_wp);
        const QString error = m_office.setUp(QStringLiteral("UBND xã An Khánh"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_an =
            m_office.addPerson(QStringLiteral("an"), Role::Staff, QStringLiteral("Nguyễn Văn An"));
        m_binh = m_office.addPerson(QStringLiteral("binh"), Role::Supervisor,
                                    QStringLiteral("Trần Thị Bình"));
        m_chi = m_office.addPerson(QStringLiteral("chi"), Role::Supervisor,
                                   QStringLiteral("Lê Minh Chi"));
        QVERIFY(!m_an.isEmpty() && !m_binh.isEmpty() && !m_chi.isEmpty());
    }

    void cleanupTestCase()
    {
        const QString error = m_office.tearDown();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Two supervisors queue the same approved article for the portal before either syncs: the
    // first makes the post, the second updates that post (the office told it), and the portal
    // holds one post.
    void twoDesksThatHadItQueuedMakeOnePost()
    {
        PublishingDesk binh = deskOf(m_binh);
        PublishingDesk chi = deskOf(m_chi, true);
        const QString id =
            approvedOnBoth(binh, chi, QStringLiteral("Hội nghị cải cách hành chính"));
        QVERIFY(Publisher(binh.db()).enqueuePublish(id, binh.account.name));
        QVERIFY(Publisher(chi.db()).enqueuePublish(id, chi.account.name));

        QCOMPARE(publish(binh), 1);
        QCOMPARE(publish(chi), 1);
        const auto made = linkOf(binh, id);
        const auto followed = linkOf(chi, id);
        QVERIFY(made && followed);
        QCOMPARE(followed->remoteId, made->remoteId);
        QCOMPARE(followed->link, made->link);
        QVERIFY(!portalHasSecondPost(*made));
        QCOMPARE(postsOnServer(id), 1);
        QCOMPARE(ArticleRepository(chi.db()).get(id)->status, ArticleStatus::Published);

        // Nothing left to tell: both desks and the server agree.
        QVERIFY_PASS(binh.desk->sync());
        QVERIFY_PASS(chi.desk->sync());
        QCOMPARE(chi.desk->pending(), 0);
        QCOMPARE(binh.desk->pending(), 0);
    }

    // A desk that cannot ask the office goes by what its last sync brought: the post another
    // desk made is already its link (the reporter sees where the article is, too), and
    // publishing updates it.
    void aDeskFollowsThePostItsLastSyncBrought()
    {
        PublishingDesk binh = deskOf(m_binh);
        PublishingDesk chi = deskOf(m_chi);
        const QString id = approvedOnBoth(binh, chi, QStringLiteral("Chuyển đổi số ở xã"));
        QVERIFY(Publisher(binh.db()).enqueuePublish(id, binh.account.name));
        QVERIFY(Publisher(chi.db()).enqueuePublish(id, chi.account.name));
        QCOMPARE(publish(binh), 1);
        const auto made = linkOf(binh, id);
        QVERIFY(made);

        QVERIFY_PASS(binh.desk->sync());
        QVERIFY_PASS(chi.desk->sync());
        const auto known = linkOf(chi, id);
        QVERIFY2(known, "the post did not come with the sync");
        QCOMPARE(known->remoteId, made->remoteId);
        const QList<ArticlePost> shown = PostLinkRepository(chi.db()).postsOf(id).value();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().link, made->link);
        QCOMPARE(ArticleRepository(chi.db()).get(id)->status, ArticleStatus::Published);

        // A desk that adds its account on that portal afterwards sees where the article is.
        auto dao = m_office.join(m_dir.path(), m_an);
        QVERIFY(PostLinkRepository(*dao->db).postsOf(id)->isEmpty());
        auto account = PortalRepository(*dao->db).add(
            QStringLiteral("Cổng thông tin xã"), QUrl(m_wp.url.toString() + QStringLiteral("/")),
            m_wp.user);
        QVERIFY2(account, qPrintable(account ? QString() : account.error().message));
        const QList<ArticlePost> there = PostLinkRepository(*dao->db).postsOf(id).value();
        QCOMPARE(there.size(), 1);
        QCOMPARE(there.first().link, made->link);

        // Its queued entry, sent without asking the office, updates that post.
        QCOMPARE(publish(chi, false), 1);
        QCOMPARE(linkOf(chi, id)->remoteId, made->remoteId);
        QVERIFY(!portalHasSecondPost(*made));
        QVERIFY_PASS(chi.desk->sync());
        QCOMPARE(chi.desk->pending(), 0);
    }

    // While another desk is making the post, this one waits and says who; when that desk has
    // gone silent for ten minutes, this one looks on the portal and makes it.
    void aDeskMakingThePostMakesTheOtherWait()
    {
        PublishingDesk binh = deskOf(m_binh);
        PublishingDesk chi = deskOf(m_chi);
        const QString id = approvedOnBoth(binh, chi, QStringLiteral("Tuyên truyền pháp luật"));
        auto claimed = binh.registry->claim(id, binh.account.siteKey());
        QVERIFY2(claimed, qPrintable(claimed ? QString() : claimed.error().message));
        QCOMPARE(claimed->outcome, PostRegistry::Claim::Outcome::Ours);

        QVERIFY(Publisher(chi.db()).enqueuePublish(id, chi.account.name));
        QCOMPARE(publish(chi), 0);
        QVERIFY(!linkOf(chi, id));
        const QList<OutboxEntry> waiting = Publisher(chi.db()).queue().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().state, QStringLiteral("queued")); // tried again later
        QVERIFY2(waiting.first().lastError.contains(QStringLiteral("Trần Thị Bình")),
                 qPrintable(waiting.first().lastError));

        // Ten minutes later, nothing recorded: the claim is taken over.
        QSqlQuery q(m_office.adminDb());
        QVERIFY(q.exec(QStringLiteral("SET session_replication_role = replica")));
        QVERIFY(q.exec(QStringLiteral("UPDATE pd.article_post SET claimed_at = now() - "
                                      "interval '11 minutes' WHERE article_id = '%1'")
                           .arg(id)));
        QVERIFY(q.exec(QStringLiteral("RESET session_replication_role")));
        QCOMPARE(publish(chi, true, QDateTime::currentDateTimeUtc().addSecs(3600)), 1);
        const auto made = linkOf(chi, id);
        QVERIFY(made);
        QCOMPARE(postsOnServer(id), 1);

        // The first desk, back, is told of that post.
        auto again = binh.registry->claim(id, binh.account.siteKey());
        QVERIFY(again);
        QCOMPARE(again->outcome, PostRegistry::Claim::Outcome::Known);
        QCOMPARE(again->known.remoteId, made->remoteId);
    }

    // Two desks that could not ask the office both made a post: the office keeps the first
    // recorded, the other desk is told once which post to remove and follows the office's.
    void theOfficeKeepsTheFirstPostRecorded()
    {
        PublishingDesk binh = deskOf(m_binh);
        PublishingDesk chi = deskOf(m_chi);
        const QString id = approvedOnBoth(binh, chi, QStringLiteral("Phòng chống thiên tai"));
        QVERIFY(Publisher(binh.db()).enqueuePublish(id, binh.account.name));
        QVERIFY(Publisher(chi.db()).enqueuePublish(id, chi.account.name));
        QCOMPARE(publish(binh, false), 1);
        QCOMPARE(publish(chi, false), 1);
        const qint64 first = linkOf(binh, id)->remoteId;
        const qint64 second = linkOf(chi, id)->remoteId;
        QVERIFY(first != second);

        QVERIFY_PASS(binh.desk->sync());
        auto told = chi.desk->sync();
        QVERIFY(told);
        for (const QString &r : std::as_const(told->rejected))
            qInfo("refused: %s", qPrintable(r));
        QCOMPARE(told->rejected.size(), 1);
        QVERIFY2(told->rejected.first().contains(QString::number(second)) ||
                     told->rejected.first().contains(linkOf(binh, id)->link),
                 qPrintable(told->rejected.first()));
        QCOMPARE(linkOf(chi, id)->remoteId, first);
        QCOMPARE(chi.desk->pending(), 0);
        QVERIFY_PASS(chi.desk->sync()); // told once
        QCOMPARE(postsOnServer(id), 1);
        (void)portal().withdrawPost(second, true);
    }

    // The record of a post stays: not forgotten, not removed, even with psql; and the
    // server's own check holds with it (forced row-level security, nothing removable).
    void theServerKeepsTheRecord()
    {
        QCOMPARE(m_office.failedChecks(), QStringList());

        PublishingDesk binh = deskOf(m_binh);
        PublishingDesk chi = deskOf(m_chi);
        const QString id = approvedOnBoth(binh, chi, QStringLiteral("Xây dựng nông thôn mới"));
        QVERIFY(Publisher(binh.db()).enqueuePublish(id, binh.account.name));
        QCOMPARE(publish(binh), 1);
        auto staff = m_office.connect(m_an);
        QSqlQuery q(staff->db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE pd.article_post SET remote_id = NULL "
                                       "WHERE article_id = '%1'")
                            .arg(id)));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("cannot be forgotten")),
                 qPrintable(q.lastError().text()));
        QVERIFY(
            !q.exec(QStringLiteral("DELETE FROM pd.article_post WHERE article_id = '%1'").arg(id)));
        QCOMPARE(postsOnServer(id), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostSync)
#include "TestPostSync.moc"
