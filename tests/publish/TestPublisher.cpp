// Publishing to a real WordPress (started by scripts/run-tests.sh): what the portal really
// holds after publish, update, schedule, withdraw and a lost answer.
#include "PublishFixtures.h"
#include "TempDatabase.h"
#include "TestWordPress.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/CategoryRepository.h"
#include "store/ImageStore.h"
#include "store/UserRepository.h"
#include "text/TextFold.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QImage>
#include <QSqlQuery>
#include <QTest>

using namespace PressDesk;

class TestPublisher : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QString m_user;
    QString m_password;
    std::unique_ptr<TempDatabase> m_t;
    PortalAccount m_account;

    Database &db() { return m_t->db(); }
    WordPressPortal portal() { return WordPressPortal(m_url, m_user, m_password); }

    // An approved article with a photo and a category, ready to publish.
    Article approvedArticle(const QString &title)
    {
        const QString imageHash = storeTestImage(db(), QSize(320, 200));
        Article a;
        a.title = title;
        a.lead = QStringLiteral("Sapo: huyện đẩy mạnh cải cách hành chính & chuyển đổi số.");
        a.bodyHtml = QStringLiteral("<p>Đoạn một với <strong>chữ đậm</strong>.</p>\n"
                                    "<figure><img src=\"pdimg:%1\" alt=\"Hội nghị\"><figcaption>"
                                    "Quang cảnh hội nghị</figcaption></figure>\n"
                                    "<p>Đoạn hai.</p>")
                         .arg(imageHash);
        a.categoryId = CategoryRepository(db()).find(QStringLiteral("Kinh tế"))->id;
        a.source = QStringLiteral("Theo Cổng thông tin điện tử huyện");
        a.tags = QStringList{QStringLiteral("cải cách hành chính"), QStringLiteral("Hoài Đức")};
        return createApproved(db(), a);
    }

    void approve(const QString &id) { QVERIFY(submitAndApprove(db(), id)); }

    qint64 remoteId(const QString &articleId)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT remote_id FROM article_posts WHERE article_id = ?"));
        q.addBindValue(articleId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    int run()
    {
        WordPressPortal p = portal();
        auto done = Publisher(db()).run(m_account, p);
        if (!done)
            qWarning("%s", qPrintable(done.error().message));
        return done ? done.value() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const TestWordPress wp = TestWordPress::fromEnvironment();
        PRESSDESK_REQUIRE_WORDPRESS(wp);
        m_url = wp.url;
        m_user = wp.user;
        m_password = wp.password;
    }

    void init()
    {
        m_t = std::make_unique<TempDatabase>();
        QVERIFY(UserRepository(db()).ensureCurrentUser()); // an administrator
        auto account = PortalRepository(db()).add(QStringLiteral("Cổng huyện"), m_url, m_user);
        QVERIFY(account);
        m_account = account.value();
    }

    void cleanup() { m_t.reset(); }

    void publishedPostHoldsExactlyWhatWasApproved()
    {
        const Article a = approvedArticle(QStringLiteral("Huyện Hoài Đức: Thúc đẩy tuyên truyền "
                                                         "cải cách hành chính & chuyển đổi số"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);

        const qint64 id = remoteId(a.id);
        QVERIFY(id > 0);
        auto post = portal().getPost(id);
        QVERIFY2(post, post ? "" : qPrintable(post.error().message));
        QCOMPARE(post->status, QStringLiteral("publish"));
        QCOMPARE(QString(post->titleRaw).replace(QLatin1String("&amp;"), QLatin1String("&")),
                 a.title);
        QVERIFY(post->slug.startsWith(QStringLiteral("huyen-hoai-duc-thuc-day")));
        // The body as approved, with the image pointing at the portal's copy.
        QVERIFY(!post->contentRaw.contains(QStringLiteral("pdimg:")));
        QVERIFY(post->contentRaw.contains(QStringLiteral("<strong>chữ đậm</strong>")));
        QVERIFY(post->contentRaw.contains(m_url.toString() + QStringLiteral("/")));
        QVERIFY(post->featuredMedia > 0);
        // The local category was created on the portal and used.
        auto categories = portal().categories();
        QVERIFY(categories);
        qint64 kinhTe = 0;
        for (const PortalCategory &c : std::as_const(categories.value()))
            if (c.name == QStringLiteral("Kinh tế"))
                kinhTe = c.id;
        QVERIFY(kinhTe > 0);
        QCOMPARE(post->categories, QList<qint64>{kinhTe});
        // The tags exist on the portal once each, and the post carries them.
        QCOMPARE(post->tags.size(), 2);
        auto hoaiDuc = portal().ensureTag(QStringLiteral("Hoài Đức"));
        QVERIFY(hoaiDuc);
        QVERIFY(post->tags.contains(hoaiDuc.value()));
        QVERIFY(
            post->tags.contains(portal().ensureTag(QStringLiteral("Cải cách hành chính")).value()));

        const Article after = ArticleRepository(db()).get(a.id).value();
        QCOMPARE(after.status, ArticleStatus::Published);
        const AuditEntry last = AuditLog(db()).list(a.id)->last();
        QCOMPARE(last.action, QStringLiteral("publish"));
        QCOMPARE(last.comment, post->link);
        QCOMPARE(last.hashAfter, a.approvedHash);
    }

    // A statistics table (header row, a merged cell, a caption) reaches the portal as the
    // supervisor approved it.
    void aTableArrivesOnThePortalAsATable()
    {
        const QString table = QStringLiteral(
            "<table>\n<caption>Bảng 1. Số tin bài</caption>\n"
            "<tr><th>Kênh</th><th>Kế hoạch</th><th>Thực hiện</th></tr>\n"
            "<tr><td>Cổng thông tin điện tử</td><td>12</td><td>15</td></tr>\n"
            "<tr><td>Truyền thanh</td><td colspan=\"2\">Phát 3 lần/tuần</td></tr>\n</table>");
        Article a;
        a.title = QStringLiteral("Kết quả tuyên truyền quý I");
        a.bodyHtml = QStringLiteral("<p>Kết quả:</p>\n") + table;
        a = createApproved(db(), a);
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);
        auto post = portal().getPost(remoteId(a.id));
        QVERIFY2(post, post ? "" : qPrintable(post.error().message));
        QVERIFY2(post->contentRaw.contains(table), qPrintable(post->contentRaw));
    }

    void onlyApprovedContentIsQueued()
    {
        Article draft;
        draft.title = QStringLiteral("Bản nháp chưa duyệt");
        const QString id = ArticleRepository(db()).create(draft)->id;
        auto refused = Publisher(db()).enqueuePublish(id, m_account.name);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("illegal-transition"));

        // Approved, then the approval record is forged to another hash: still refused.
        approve(id);
        QSqlQuery(db().connection())
            .exec(
                QStringLiteral("UPDATE articles SET approved_hash = 'x' WHERE id = '%1'").arg(id));
        auto forged = Publisher(db()).enqueuePublish(id, m_account.name);
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, QStringLiteral("not-approved"));
        QVERIFY(Publisher(db()).queue()->isEmpty());
    }

    void republishUpdatesTheSamePostAndReusesMedia()
    {
        Article a = approvedArticle(QStringLiteral("Tin cập nhật hai lần"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);
        const qint64 first = remoteId(a.id);
        const qint64 media = portal().getPost(first)->featuredMedia;

        a.bodyHtml.replace(QStringLiteral("Đoạn hai."), QStringLiteral("Đoạn hai đã sửa."));
        QVERIFY(ArticleRepository(db()).save(a, SaveKind::Manual));
        approve(a.id);
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);
        QCOMPARE(remoteId(a.id), first);
        auto post = portal().getPost(first);
        QVERIFY(post->contentRaw.contains(QStringLiteral("Đoạn hai đã sửa.")));
        QCOMPARE(post->featuredMedia, media); // not uploaded again
    }

    void scheduledPostWaitsOnThePortal()
    {
        const Article a = approvedArticle(QStringLiteral("Tin hẹn giờ đăng"));
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(2).addSecs(
            -QDateTime::currentDateTimeUtc().time().second());
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name, at));
        QCOMPARE(run(), 1);
        auto post = portal().getPost(remoteId(a.id));
        QVERIFY(post);
        QCOMPARE(post->status, QStringLiteral("future"));
        QCOMPARE(post->dateGmt,
                 QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()), Qt::UTC));
        QCOMPARE(ArticleRepository(db()).get(a.id)->status, ArticleStatus::Scheduled);
        // Nothing to send before its time; at its time the outbox wakes up to follow it.
        QCOMPARE(Publisher(db()).needsRun(m_account.id).value(), false);
        QCOMPARE(Publisher(db()).needsRun(m_account.id, at.addSecs(60)).value(), true);
        QCOMPARE(Publisher(db()).scheduledPublications()->first().at, at);

        // The portal publishes it at its time (here: now, as WordPress's cron would).
        PostFields due;
        due.title = a.title;
        due.content = post->contentRaw;
        due.status = QStringLiteral("publish");
        due.dateGmt = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(portal().updatePost(post->id, due));
        WordPressPortal p = portal();
        QCOMPARE(Publisher(db()).followScheduled(m_account, p).value(), 1);
        QCOMPARE(ArticleRepository(db()).get(a.id)->status, ArticleStatus::Published);
        QCOMPARE(Publisher(db()).postsOf(a.id)->first().remoteStatus, QStringLiteral("publish"));
        QCOMPARE(Publisher(db()).followScheduled(m_account, p).value(), 0); // once
    }

    void aLostAnswerDoesNotMakeASecondPost()
    {
        // The create reached WordPress but its answer was lost: the post exists with our slug.
        const Article a = approvedArticle(QStringLiteral("Tin mất phản hồi"));
        PostFields fields;
        fields.title = a.title;
        fields.content = QStringLiteral("<p>Bản đã tới Cổng.</p>");
        fields.status = QStringLiteral("publish");
        fields.slug = Text::slugify(a.title, 60) + u'-' + a.id.left(8);
        auto orphan = portal().createPost(fields);
        QVERIFY(orphan);

        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        // The outbox records an attempt before it sends: this one was tried once already.
        QSqlQuery(db().connection()).exec(QStringLiteral("UPDATE outbox SET attempts = 1"));
        QCOMPARE(run(), 1);
        QCOMPARE(remoteId(a.id), orphan->id); // adopted, not duplicated
        auto found = portal().findPostBySlug(fields.slug);
        QCOMPARE(found->id, orphan->id);
        QVERIFY(portal().getPost(orphan->id)->contentRaw.contains(QStringLiteral("Đoạn một")));
    }

    void aPostChangedOnThePortalIsNotOverwritten()
    {
        Article a = approvedArticle(QStringLiteral("Tin bị sửa trên Cổng"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);
        const qint64 id = remoteId(a.id);
        QTest::qWait(1100); // modified_gmt has one-second resolution
        PostFields edit;
        edit.title = QStringLiteral("Sửa trực tiếp trên Cổng");
        edit.status = QStringLiteral("publish");
        edit.content = QStringLiteral("<p>Biên tập viên Cổng sửa.</p>");
        QVERIFY(portal().updatePost(id, edit));

        a.lead += QStringLiteral(" Bổ sung.");
        QVERIFY(ArticleRepository(db()).save(a, SaveKind::Manual));
        approve(a.id);
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 0);
        auto queue = Publisher(db()).queue();
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().state, QStringLiteral("failed"));
        QCOMPARE(queue->first().errorCode, QStringLiteral("conflict"));
        QVERIFY(queue->first().lastError.contains(QStringLiteral("portal")));
        QCOMPARE(portal().getPost(id)->titleRaw, QStringLiteral("Sửa trực tiếp trên Cổng"));

        // The user, asked, chooses to overwrite: the approved version replaces the portal's.
        QVERIFY(Publisher(db()).overwrite(queue->first().id));
        QCOMPARE(run(), 1);
        auto post = portal().getPost(id);
        QCOMPARE(post->titleRaw, a.title);
        QVERIFY(post->contentRaw.contains(QStringLiteral("Đoạn một")));
        QCOMPARE(remoteId(a.id), id); // the same post, not a new one
        // Only a conflict can be overwritten.
        QVERIFY(!Publisher(db()).overwrite(queue->first().id));
    }

    void decomposedAndAmpersandTitlesArriveAsTyped_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slugStart");
        // Typed with combining marks (NFD, as some Mac and old Windows keyboards produce).
        QTest::newRow("nfd")
            << QStringLiteral("Hoài Đức tổ chức hội nghị").normalized(QString::NormalizationForm_D)
            << QStringLiteral("hoai-duc-to-chuc-hoi-nghi");
        QTest::newRow("ampersand and quotes")
            << QStringLiteral("Kinh tế & xã hội: “Dân vận khéo” năm 2026")
            << QStringLiteral("kinh-te-xa-hoi-dan-van-kheo-nam-2026");
    }

    void decomposedAndAmpersandTitlesArriveAsTyped()
    {
        QFETCH(QString, title);
        QFETCH(QString, slugStart);
        const Article a = approvedArticle(title);
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);
        auto post = portal().getPost(remoteId(a.id));
        QVERIFY(post);
        // WordPress keeps & as &amp; in a raw title; the reader sees the same characters,
        // composed (NFC), as the article has them.
        QString shown = post->titleRaw;
        shown.replace(QLatin1String("&amp;"), QLatin1String("&"));
        QCOMPARE(shown, title.normalized(QString::NormalizationForm_C));
        QVERIFY2(post->slug.startsWith(slugStart), qPrintable(post->slug));
    }

    void aBatchReportsItsProgressAndCanStop()
    {
        QStringList ids;
        for (int i = 1; i <= 3; ++i) {
            const Article a = approvedArticle(QStringLiteral("Tin loạt %1").arg(i));
            QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
            ids << a.id;
        }
        QCOMPARE(Publisher(db()).dueCount(m_account.id).value(), 3);
        QList<QPair<int, int>> seen;
        WordPressPortal p = portal();
        // Stop after the first: the app's Stop button.
        auto done = Publisher(db()).run(m_account, p, QDateTime::currentDateTimeUtc(),
                                        [&](int n, int total, const OutboxEntry &) {
                                            seen << qMakePair(n, total);
                                            return n < 1;
                                        });
        QCOMPARE(done.value(), 1);
        QCOMPARE(seen, (QList<QPair<int, int>>{{0, 3}, {1, 3}}));
        QCOMPARE(Publisher(db()).dueCount(m_account.id).value(), 2);
        seen.clear();
        done = Publisher(db()).run(m_account, p, QDateTime::currentDateTimeUtc(),
                                   [&](int n, int total, const OutboxEntry &) {
                                       seen << qMakePair(n, total);
                                       return true;
                                   });
        QCOMPARE(done.value(), 2);
        QCOMPARE(seen, (QList<QPair<int, int>>{{0, 2}, {1, 2}, {2, 2}}));
        for (const QString &id : std::as_const(ids))
            QVERIFY(remoteId(id) > 0);
    }

    void withdrawBringsThePostBackToDraft()
    {
        const Article a = approvedArticle(QStringLiteral("Tin sẽ gỡ"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        QCOMPARE(run(), 1);
        QVERIFY(Publisher(db()).enqueueWithdraw(a.id, m_account.name, false));
        QCOMPARE(run(), 1);
        QCOMPARE(portal().getPost(remoteId(a.id))->status, QStringLiteral("draft"));
        QCOMPARE(ArticleRepository(db()).get(a.id)->status, ArticleStatus::Withdrawn);
        QCOMPARE(AuditLog(db()).list(a.id)->last().action, QStringLiteral("withdraw"));
    }

    void anUnreachablePortalIsRetriedLater()
    {
        const Article a = approvedArticle(QStringLiteral("Tin chờ mạng"));
        QVERIFY(Publisher(db()).enqueuePublish(a.id, m_account.name));
        WordPressPortal offline(QUrl(QStringLiteral("http://127.0.0.1:1/")), m_user, m_password);
        QCOMPARE(Publisher(db()).run(m_account, offline).value(), 0);
        auto queue = Publisher(db()).queue().value();
        QCOMPARE(queue.first().state, QStringLiteral("queued"));
        QCOMPARE(queue.first().attempts, 1);
        QVERIFY(queue.first().nextAttemptAt > QDateTime::currentDateTimeUtc());
        // Back online, after the wait: sent.
        WordPressPortal online = portal();
        QCOMPARE(Publisher(db()).run(m_account, online, queue.first().nextAttemptAt).value(), 1);
        QVERIFY(remoteId(a.id) > 0);
    }
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "TestPublisher.moc"
