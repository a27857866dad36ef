// Importing a portal's posts (PortalImporter): against the real WordPress that
// scripts/run-tests.sh starts, plus an in-process portal that fails on purpose midway.
// The WordPress is shared with other tests: every post and category here carries this
// run's tag, and the imports are narrowed to this run's categories.
#include "TempDatabase.h"
#include "TestWordPress.h"
#include "publish/PortalImporter.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/CategoryRepository.h"
#include "store/Search.h"
#include "store/UserRepository.h"
#include "workflow/ContentHash.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowService.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace PressDesk;

namespace {

// A portal holding posts in memory, listing them two per page; it can fail on one page.
class FakePortal : public Portal
{
public:
    QList<RemotePost> posts;
    int failOnPage = 0;

    Result<PortalConnection> testConnection() override { return unsupported(); }
    Result<QList<PortalCategory>> categories() override
    {
        return QList<PortalCategory>{
            {1, QStringLiteral("Uncategorized"), QStringLiteral("uncategorized"), 0, 0},
            {7, QStringLiteral("Tin địa phương"), QStringLiteral("tin-dia-phuong"), 0, 0}};
    }
    Result<PortalCategory> createCategory(const QString &) override { return unsupported(); }
    Result<qint64> ensureTag(const QString &) override { return unsupported(); }
    Result<RemoteMedia> uploadMedia(const QByteArray &, const QString &, const QString &,
                                    const QString &, const QString &) override
    {
        return unsupported();
    }
    Result<RemotePost> createPost(const PostFields &) override { return unsupported(); }
    Result<RemotePost> updatePost(qint64, const PostFields &) override { return unsupported(); }
    Result<RemotePost> getPost(qint64) override { return unsupported(); }
    Result<RemotePost> findPostBySlug(const QString &) override { return unsupported(); }
    Result<RemotePost> withdrawPost(qint64, bool) override { return unsupported(); }
    Result<RemotePostPage> listPosts(const PostListQuery &query) override
    {
        if (query.page == failOnPage)
            return Error{QStringLiteral("timeout"), QStringLiteral("The portal did not answer.")};
        RemotePostPage page;
        page.totalPages = int((posts.size() + 1) / 2);
        page.posts = posts.mid((query.page - 1) * 2, 2);
        return page;
    }

private:
    static Error unsupported() { return Error{QStringLiteral("unsupported"), QString()}; }
};

RemotePost fakePost(qint64 id, const QString &title)
{
    RemotePost p;
    p.id = id;
    p.titleRaw = title;
    p.contentRaw = QStringLiteral("<p>Nội dung bài %1.</p>").arg(id);
    p.link = QStringLiteral("https://cong.example.vn/?p=%1").arg(id);
    p.status = QStringLiteral("publish");
    p.slug = QStringLiteral("bai-%1").arg(id);
    p.modifiedGmt = QStringLiteral("2024-03-0%1T02:00:00").arg(id);
    p.dateGmt = QDateTime(QDate(2024, 3, int(id)), QTime(1, 0), Qt::UTC);
    p.categories = {7};
    return p;
}

} // namespace

class TestPortalImport : public QObject
{
    Q_OBJECT

private:
    TestWordPress m_wp;
    std::unique_ptr<TempDatabase> m_t;
    PortalAccount m_account;
    QString m_tag; // this run's mark in titles and category names

    Database &db() { return m_t->db(); }
    WordPressPortal portal() { return WordPressPortal(m_wp.url, m_wp.user, m_wp.password); }

    qint64 remoteCategory(const QString &name)
    {
        WordPressPortal p = portal();
        auto c = p.createCategory(name);
        if (!c)
            qFatal("cannot create the category %s: %s", qPrintable(name),
                   qPrintable(c.error().message));
        return c->id;
    }

    RemotePost remotePost(const QString &title, QList<qint64> categories,
                          const QString &content = QStringLiteral("<p>Nội dung.</p>"),
                          const QString &excerpt = {}, const QDateTime &date = {})
    {
        PostFields f;
        f.title = title;
        f.content = content;
        f.excerpt = excerpt;
        f.status = QStringLiteral("publish");
        f.categories = categories;
        f.dateGmt = date;
        WordPressPortal p = portal();
        auto post = p.createPost(f);
        if (!post)
            qFatal("cannot create the post %s: %s", qPrintable(title),
                   qPrintable(post.error().message));
        return post.value();
    }

    ImportSummary import(const ImportOptions &options)
    {
        WordPressPortal p = portal();
        auto s = PortalImporter(db()).run(m_account, p, options);
        if (!s)
            qFatal("import failed: %s", qPrintable(s.error().message));
        return s.value();
    }

    // Articles whose title contains text, by title.
    QMap<QString, Article> articlesWith(const QString &text)
    {
        QMap<QString, Article> out;
        const QList<Article> all = ArticleRepository(db()).list().value();
        for (const Article &a : all) {
            if (a.title.contains(text))
                out.insert(a.title, a);
        }
        return out;
    }

    qint64 linkedRemoteId(const QString &articleId)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral(
            "SELECT remote_id FROM article_posts WHERE article_id = ? AND portal_id = ?"));
        q.addBindValue(articleId);
        q.addBindValue(m_account.id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    QStringList foundIds(const QString &query)
    {
        QStringList ids;
        const SearchResult result = Search(db()).find(query).value();
        for (const SearchHit &h : result.hits)
            ids << h.articleId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_wp = TestWordPress::fromEnvironment();
        m_tag =
            QStringLiteral("m%1").arg(QRandomGenerator::global()->bounded(100000000, 999999999));
    }

    void init()
    {
        m_t = std::make_unique<TempDatabase>();
        QVERIFY(UserRepository(db()).ensureCurrentUser()); // an administrator
        auto account = PortalRepository(db()).add(
            QStringLiteral("Cổng huyện"),
            m_wp.isAvailable() ? m_wp.url : QUrl(QStringLiteral("https://cong.example.vn")),
            m_wp.isAvailable() ? m_wp.user : QStringLiteral("bientap"));
        QVERIFY(account);
        m_account = account.value();
    }

    void cleanup() { m_t.reset(); }

    void rawFieldsBecomePlainTitleLeadAndCleanBody_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("title");
        QTest::newRow("ampersand")
            << QStringLiteral("Kinh tế &amp; Xã hội") << QStringLiteral("Kinh tế & Xã hội");
        QTest::newRow("numeric entity")
            << QStringLiteral("Hoài Đức &#8211; 2024") << QStringLiteral("Hoài Đức – 2024");
        QTest::newRow("decomposed")
            << QStringLiteral("Huyện Hoài Đức").normalized(QString::NormalizationForm_D)
            << QStringLiteral("Huyện Hoài Đức");
        QTest::newRow("inline tags and spaces")
            << QStringLiteral("  <em>Tin</em>  nóng ") << QStringLiteral("Tin nóng");
    }

    void rawFieldsBecomePlainTitleLeadAndCleanBody()
    {
        QFETCH(QString, raw);
        QFETCH(QString, title);
        QCOMPARE(PortalImporter::titleFromRaw(raw), title);
        QCOMPARE(PortalImporter::leadFromRaw(raw), title);
    }

    void classicPostsKeepTheirParagraphs()
    {
        QCOMPARE(PortalImporter::bodyFromRaw(
                     QStringLiteral("Đoạn một\ncòn tiếp.\n\nĐoạn <strong>hai</strong>.\n")),
                 QStringLiteral("<p>Đoạn một<br>còn tiếp.</p>\n<p>Đoạn <strong>hai</strong>.</p>"));
        QCOMPARE(PortalImporter::bodyFromRaw(
                     QStringLiteral("<!-- wp:paragraph -->\n<p>Một</p>\n<!-- /wp:paragraph -->\n\n"
                                    "<!-- wp:paragraph -->\n<p>Hai</p>\n<!-- /wp:paragraph -->")),
                 QStringLiteral("<p>Một</p>\n<p>Hai</p>"));
    }

    void aFailureMidwayKeepsWhatWasImportedAndTheNextRunContinues()
    {
        FakePortal fake;
        for (qint64 id = 1; id <= 5; ++id)
            fake.posts << fakePost(id, QStringLiteral("Bài số %1 &amp; ảnh").arg(id));
        fake.failOnPage = 2;
        const int before = ArticleRepository(db()).count().value();

        auto first = PortalImporter(db()).run(m_account, fake, {});
        QVERIFY(first);
        QCOMPARE(first->imported, 2);
        QVERIFY(first->stoppedBy);
        QCOMPARE(first->stoppedBy->code, QStringLiteral("timeout"));
        QCOMPARE(ArticleRepository(db()).count().value(), before + 2);

        fake.failOnPage = 0;
        auto second = PortalImporter(db()).run(m_account, fake, {});
        QVERIFY(second);
        QCOMPARE(second->imported, 3);
        QCOMPARE(second->skipped, 2);
        QVERIFY(!second->stoppedBy);
        QCOMPARE(ArticleRepository(db()).count().value(), before + 5);
        const auto imported = articlesWith(QStringLiteral("Bài số"));
        QCOMPARE(imported.size(), 5);
        const Article third = imported.value(QStringLiteral("Bài số 3 & ảnh"));
        QCOMPARE(third.status, ArticleStatus::Published);
        QCOMPARE(third.createdAt, QDateTime(QDate(2024, 3, 3), QTime(1, 0), Qt::UTC));
        QCOMPARE(third.updatedAt, QDateTime(QDate(2024, 3, 3), QTime(2, 0), Qt::UTC));
        QCOMPARE(third.bodyHtml, QStringLiteral("<p>Nội dung bài 3.</p>"));
        QCOMPARE(CategoryRepository(db()).find(third.categoryId)->name,
                 QStringLiteral("Tin địa phương"));
        QCOMPARE(linkedRemoteId(third.id), 3);
    }

    void aPostThatCannotBeStoredIsReportedAndTheRestImported()
    {
        FakePortal fake;
        fake.posts << fakePost(1, QStringLiteral("Có tiêu đề")) << fakePost(2, QString())
                   << fakePost(3, QStringLiteral("Cũng có tiêu đề"));
        auto s = PortalImporter(db()).run(m_account, fake, {});
        QVERIFY(s);
        QCOMPARE(s->imported, 2);
        QCOMPARE(s->failed.size(), 1);
        QCOMPARE(s->failed.first().remoteId, 2);
        QVERIFY(s->failed.first().reason.contains(QStringLiteral("no title")));
        // It is tried again next time (and fails again), the others are not duplicated.
        s = PortalImporter(db()).run(m_account, fake, {});
        QCOMPARE(s->imported, 0);
        QCOMPARE(s->skipped, 2);
        QCOMPARE(s->failed.size(), 1);
    }

    void staffMayNotImport()
    {
        QVERIFY(UserRepository(db()).add(QStringLiteral("phong.vien"), Role::Staff));
        db().setActingUser(QStringLiteral("phong.vien"));
        FakePortal fake;
        fake.posts << fakePost(1, QStringLiteral("Tin"));
        auto s = PortalImporter(db()).run(m_account, fake, {});
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("not-allowed"));
    }

    void postsComeInPublishedSearchableAndOnce()
    {
        PRESSDESK_REQUIRE_WORDPRESS(m_wp);
        const QString thoiSu = QStringLiteral("Thời sự %1").arg(m_tag);
        const qint64 catA = remoteCategory(thoiSu);
        const qint64 catB = remoteCategory(QStringLiteral("Văn hóa %1").arg(m_tag));

        const QString title1 =
            QStringLiteral("Hội nghị tuyên truyền cải cách hành chính %1").arg(m_tag);
        const RemotePost p1 = remotePost(
            title1, {catA},
            QStringLiteral("<!-- wp:paragraph -->\n<p>Đoạn một với <strong>chữ đậm</strong>."
                           "</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:image -->\n<figure "
                           "class=\"wp-block-image\"><img src=\"https://example.org/hoi-nghi.jpg\" "
                           "alt=\"Hội nghị\"/><figcaption>Quang cảnh hội nghị</figcaption>"
                           "</figure>\n<!-- /wp:image -->"),
            QStringLiteral("Sapo: huyện Hoài Đức đẩy mạnh chuyển đổi số."));
        const QString title2 = QStringLiteral("Kinh tế & Xã hội: phiên chợ quê %1").arg(m_tag);
        const RemotePost p2 = remotePost(title2, {catA});
        const QString title3 = QStringLiteral("Lễ hội làng Đông Lao %1").arg(m_tag);
        const RemotePost p3 = remotePost(title3, {catB});
        const QString title4 = QStringLiteral("Tin cũ năm 2020 %1").arg(m_tag);
        const QDateTime old(QDate(2020, 5, 1), QTime(3, 0), Qt::UTC);
        const RemotePost p4 = remotePost(title4, {catA}, QStringLiteral("<p>Tin cũ.</p>"), {}, old);
        QCOMPARE(p4.status, QStringLiteral("publish"));

        // Since yesterday, in "Thời sự …" (by name, without diacritics): the two new posts.
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-1);
        ImportSummary s = import({since, QStringLiteral("thoi su %1").arg(m_tag)});
        QVERIFY(s.failed.isEmpty() && !s.stoppedBy);
        QCOMPARE(s.imported, 2);
        QCOMPARE(s.skipped, 0);
        auto mine = articlesWith(m_tag);
        QCOMPARE(mine.keys(), (QStringList{title1, title2}));

        const Article a1 = mine.value(title1);
        QCOMPARE(a1.status, ArticleStatus::Published);
        QCOMPARE(a1.lead, QStringLiteral("Sapo: huyện Hoài Đức đẩy mạnh chuyển đổi số."));
        QCOMPARE(a1.bodyHtml,
                 QStringLiteral("<p>Đoạn một với <strong>chữ đậm</strong>.</p>\n"
                                "<figure><img src=\"https://example.org/hoi-nghi.jpg\" "
                                "alt=\"Hội nghị\"><figcaption>Quang cảnh hội nghị</figcaption>"
                                "</figure>"));
        QCOMPARE(a1.createdAt, p1.dateGmt);
        QCOMPARE(CategoryRepository(db()).find(a1.categoryId)->name, thoiSu);
        QCOMPARE(linkedRemoteId(a1.id), p1.id);
        QCOMPARE(linkedRemoteId(mine.value(title2).id), p2.id);
        {
            QSqlQuery q(db().connection());
            q.prepare(QStringLiteral("SELECT link, slug, remote_status, modified_gmt, pushed_hash "
                                     "FROM article_posts WHERE article_id = ?"));
            q.addBindValue(a1.id);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), p1.link);
            QCOMPARE(q.value(1).toString(), p1.slug);
            QCOMPARE(q.value(2).toString(), QStringLiteral("publish"));
            QCOMPARE(q.value(3).toString(), p1.modifiedGmt);
            QCOMPARE(q.value(4).toString(), contentHash(a1));
        }
        // On the record: who imported it, from where.
        const AuditEntry entry = AuditLog(db()).list(a1.id)->last();
        QCOMPARE(entry.action, QStringLiteral("import"));
        QCOMPARE(auditActionDisplayName(entry.action), QStringLiteral("Imported from the portal"));
        QCOMPARE(entry.toStatus, QStringLiteral("published"));
        QCOMPARE(entry.comment, p1.link);
        QCOMPARE(entry.hashAfter, contentHash(a1));
        QVERIFY(AuditLog(db()).verify()->ok);

        // Found with and without diacritics, and counted.
        QCOMPARE(foundIds(QStringLiteral("cải cách hành chính %1").arg(m_tag)), QStringList{a1.id});
        QCOMPARE(foundIds(QStringLiteral("cai cach hanh chinh %1").arg(m_tag)), QStringList{a1.id});
        QCOMPARE(foundIds(QStringLiteral("chu dam %1").arg(m_tag)), QStringList{a1.id});
        QCOMPARE(foundIds(QStringLiteral("kinh te xa hoi %1").arg(m_tag)),
                 QStringList{mine.value(title2).id});
        ArticleFilter published;
        published.status = ArticleStatus::Published;
        QCOMPARE(Search(db()).countMatches(m_tag, published).value(), 2);

        // Again: nothing new, nothing doubled.
        const int count = ArticleRepository(db()).count().value();
        s = import({since, thoiSu});
        QCOMPARE(s.imported, 0);
        QCOMPARE(s.skipped, 2);
        QCOMPARE(ArticleRepository(db()).count().value(), count);

        // The other category (by its slug), then the old post once no date is given.
        WordPressPortal p = portal();
        QString slugB;
        const QList<PortalCategory> all = p.categories().value();
        for (const PortalCategory &c : all)
            if (c.id == catB)
                slugB = c.slug;
        s = import({{}, slugB});
        QCOMPARE(s.imported, 1);
        const Article a3 = articlesWith(m_tag).value(title3);
        QCOMPARE(linkedRemoteId(a3.id), p3.id);
        QCOMPARE(CategoryRepository(db()).find(a3.categoryId)->name,
                 QStringLiteral("Văn hóa %1").arg(m_tag));

        s = import({{}, thoiSu});
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.skipped, 2);
        const Article a4 = articlesWith(m_tag).value(title4);
        QCOMPARE(linkedRemoteId(a4.id), p4.id);
        QCOMPARE(a4.createdAt, old);
        QCOMPARE(articlesWith(m_tag).size(), 4);
        QCOMPARE(import({{}, thoiSu}).imported, 0);
        QCOMPARE(import({{}, slugB}).imported, 0);
        QCOMPARE(articlesWith(m_tag).size(), 4);
    }

    void postsPublishedByPressDeskAreNotImportedAgain()
    {
        PRESSDESK_REQUIRE_WORDPRESS(m_wp);
        const QString category = QStringLiteral("Tin xuất bản %1").arg(m_tag);
        auto local = CategoryRepository(db()).create(category);
        QVERIFY(local);
        Article a;
        a.title = QStringLiteral("Bài do PressDesk đăng %1").arg(m_tag);
        a.bodyHtml = QStringLiteral("<p>Nội dung đã duyệt.</p>");
        a.categoryId = local->id;
        const QString id = ArticleRepository(db()).create(a)->id;
        WorkflowService wf(db());
        QVERIFY(wf.apply(id, WorkflowAction::Submit));
        QVERIFY(wf.apply(id, WorkflowAction::Approve));
        QVERIFY(Publisher(db()).enqueuePublish(id, m_account.name));
        WordPressPortal p = portal();
        QCOMPARE(Publisher(db()).run(m_account, p).value(), 1);
        const qint64 published = linkedRemoteId(id);
        QVERIFY(published > 0);

        // A post written on the portal in the same category comes in; ours does not.
        auto categories = p.categories();
        QVERIFY(categories);
        qint64 remote = 0;
        for (const PortalCategory &c : std::as_const(categories.value()))
            if (c.name == category)
                remote = c.id;
        QVERIFY(remote > 0);
        const QString portalTitle = QStringLiteral("Bài viết trên cổng %1").arg(m_tag);
        const RemotePost written = remotePost(portalTitle, {remote});
        const int count = ArticleRepository(db()).count().value();
        ImportSummary s = import({{}, category});
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(ArticleRepository(db()).count().value(), count + 1);
        const Article imported = articlesWith(portalTitle).value(portalTitle);
        QCOMPARE(imported.categoryId, local->id); // the category Publisher mapped
        QCOMPARE(linkedRemoteId(imported.id), written.id);

        // Edited, approved and published again, the imported article updates its own post.
        Article edited = imported;
        edited.bodyHtml = QStringLiteral("<p>Nội dung đã sửa.</p>");
        QVERIFY(ArticleRepository(db()).save(edited, SaveKind::Manual));
        QVERIFY(wf.apply(imported.id, WorkflowAction::Submit));
        QVERIFY(wf.apply(imported.id, WorkflowAction::Approve));
        QVERIFY(Publisher(db()).enqueuePublish(imported.id, m_account.name));
        QCOMPARE(Publisher(db()).run(m_account, p).value(), 1);
        QCOMPARE(linkedRemoteId(imported.id), written.id);
        QVERIFY(p.getPost(written.id)->contentRaw.contains(QStringLiteral("Nội dung đã sửa.")));
        QCOMPARE(import({{}, category}).imported, 0);
    }
};

QTEST_GUILESS_MAIN(TestPortalImport)
#include "TestPortalImport.moc"
