// Editorial comments, unread counts, what a reviewer has seen, and the author's notices.
#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/CommentRepository.h"
#include "store/UserRepository.h"
#include "workflow/WorkflowService.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace PressDesk;

class TestComments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QString m_id;

    Database &db() { return m_t->db(); }
    void actAs(const QString &name) { QVERIFY(UserRepository(db()).setCurrentUser(name)); }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TempDatabase>();
        QVERIFY(UserRepository(db()).ensureCurrentUser());
        QVERIFY(UserRepository(db()).add(QStringLiteral("lan"), Role::Staff));
        QVERIFY(UserRepository(db()).add(QStringLiteral("hung"), Role::Supervisor));
        actAs(QStringLiteral("lan"));
        Article a;
        a.title = QStringLiteral("Tin giao ban");
        a.bodyHtml = QStringLiteral("<p>Năm 2019, huyện đạt 95% hồ sơ đúng hạn.</p>");
        m_id = ArticleRepository(db()).create(a)->id;
    }

    void cleanup() { m_t.reset(); }

    void commentsAnchoredToAPassage()
    {
        actAs(QStringLiteral("hung"));
        CommentRepository comments(db());
        auto c = comments.add(m_id, QStringLiteral("  Nguồn số liệu?  "),
                              QStringLiteral("đạt   95%\nhồ sơ"));
        QVERIFY(c);
        QCOMPARE(c->author, QStringLiteral("hung"));
        QCOMPARE(c->body, QStringLiteral("Nguồn số liệu?"));
        QCOMPARE(c->quote, QStringLiteral("đạt 95% hồ sơ"));
        QVERIFY(comments.add(m_id, QStringLiteral("Thêm ảnh.")));
        auto all = comments.list(m_id);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).quote, QStringLiteral("đạt 95% hồ sơ"));
        QVERIFY(all->at(1).quote.isEmpty());
        QVERIFY(comments.setResolved(all->at(0).id, true));
        QVERIFY(comments.list(m_id)->at(0).resolved);
        QVERIFY(!comments.add(m_id, QStringLiteral("   ")));
        QVERIFY(!comments.add(QStringLiteral("missing"), QStringLiteral("x")));
    }

    void theAuthorSeesUnreadCommentsAndReturnedArticles()
    {
        actAs(QStringLiteral("lan"));
        QVERIFY(WorkflowService(db()).apply(m_id, WorkflowAction::Submit));
        QVERIFY(CommentRepository(db()).noticesForActingUser()->isEmpty());

        actAs(QStringLiteral("hung"));
        QVERIFY(CommentRepository(db()).add(m_id, QStringLiteral("Nguồn số liệu?")));
        QVERIFY(WorkflowService(db()).apply(m_id, WorkflowAction::Return,
                                            QStringLiteral("Bổ sung nguồn.")));
        QCOMPARE(CommentRepository(db()).unreadCount(m_id).value(), 0);     // his own
        QVERIFY(CommentRepository(db()).noticesForActingUser()->isEmpty()); // not his article

        actAs(QStringLiteral("lan"));
        CommentRepository comments(db());
        QCOMPARE(comments.unreadCount(m_id).value(), 1);
        auto notices = comments.noticesForActingUser();
        QVERIFY(notices);
        QCOMPARE(notices->size(), 1);
        QCOMPARE(notices->first().articleId, m_id);
        QVERIFY(notices->first().returned);
        QCOMPARE(notices->first().unreadComments, 1);

        QVERIFY(comments.markRead(m_id));
        QCOMPARE(comments.unreadCount(m_id).value(), 0);
        QVERIFY(WorkflowService(db()).apply(m_id, WorkflowAction::Submit));
        QVERIFY(comments.noticesForActingUser()->isEmpty());
    }

    void everyWriterOfAReturnedArticleIsTold()
    {
        // Lan created it; Minh edited and submitted it; Thu added a paragraph before that.
        const QList<User> users = UserRepository(db()).list().value();
        for (const User &u : users) {
            if (u.role == Role::Admin)
                actAs(u.name); // adds users
        }
        QVERIFY(UserRepository(db()).add(QStringLiteral("minh"), Role::Staff));
        QVERIFY(UserRepository(db()).add(QStringLiteral("thu"), Role::Staff));
        QVERIFY(UserRepository(db()).add(QStringLiteral("khoa"), Role::Staff));
        ArticleRepository articles(db());
        actAs(QStringLiteral("thu"));
        Article a = articles.get(m_id).value();
        a.bodyHtml += QStringLiteral("<p>Đoạn thêm của Thu.</p>");
        QVERIFY(articles.save(a, SaveKind::Manual));
        actAs(QStringLiteral("minh"));
        a = articles.get(m_id).value();
        a.lead = QStringLiteral("Sapo của Minh");
        QVERIFY(articles.save(a, SaveKind::Manual));
        QVERIFY(WorkflowService(db()).apply(m_id, WorkflowAction::Submit));

        actAs(QStringLiteral("hung"));
        QVERIFY(WorkflowService(db()).apply(m_id, WorkflowAction::Return,
                                            QStringLiteral("Bổ sung nguồn.")));
        QVERIFY(CommentRepository(db()).noticesForActingUser()->isEmpty());

        for (const char *writer : {"minh", "thu", "lan"}) {
            actAs(QString::fromLatin1(writer));
            auto notices = CommentRepository(db()).noticesForActingUser();
            QVERIFY(notices);
            QCOMPARE(notices->size(), 1);
            QCOMPARE(notices->first().articleId, m_id);
            QVERIFY(notices->first().returned);
        }
        actAs(QStringLiteral("khoa")); // never wrote in it
        QVERIFY(CommentRepository(db()).noticesForActingUser()->isEmpty());
    }

    void aSupervisorWhoEditedIsNotToldOfTheirOwnReturn()
    {
        actAs(QStringLiteral("lan"));
        QVERIFY(WorkflowService(db()).apply(m_id, WorkflowAction::Submit));
        actAs(QStringLiteral("hung"));
        ArticleRepository articles(db());
        Article a = articles.get(m_id).value();
        a.title = QStringLiteral("Tin giao ban tháng 5");
        QVERIFY(articles.save(a, SaveKind::Manual));
        QVERIFY(WorkflowService(db()).apply(m_id, WorkflowAction::Return,
                                            QStringLiteral("Sửa lại số liệu.")));
        QVERIFY(CommentRepository(db()).noticesForActingUser()->isEmpty());
        actAs(QStringLiteral("lan"));
        QCOMPARE(CommentRepository(db()).noticesForActingUser()->size(), 1);
    }

    // Among many articles: an unread comment on a draft, a returned article without comments,
    // and nothing for read, own, other authors' or deleted articles.
    void noticesListOnlyWhatWaitsForTheAuthor()
    {
        actAs(QStringLiteral("lan"));
        ArticleRepository articles(db());
        const auto create = [&](const QString &title) {
            Article a;
            a.title = title;
            a.bodyHtml = QStringLiteral("<p>Nội dung.</p>");
            return articles.create(a)->id;
        };
        for (int i = 0; i < 30; ++i)
            create(QStringLiteral("Tin số %1").arg(i));
        const QString commented = create(QStringLiteral("Có góp ý chưa đọc"));
        const QString returned = create(QStringLiteral("Bị trả lại"));
        const QString read = create(QStringLiteral("Góp ý đã đọc"));
        const QString deleted = create(QStringLiteral("Đã xóa"));
        QVERIFY(WorkflowService(db()).apply(returned, WorkflowAction::Submit));
        QVERIFY(CommentRepository(db()).add(commented, QStringLiteral("Tự ghi chú."))); // own
        // Writing a comment marks the thread read up to that millisecond: Hùng's comments,
        // written after it, must carry a later time (on a fast machine they came in the same
        // millisecond, and counted as read).
        for (const QDateTime mark = QDateTime::currentDateTimeUtc();
             QDateTime::currentDateTimeUtc() <= mark;) {
        }

        actAs(QStringLiteral("hung"));
        const QString hisOwn = create(QStringLiteral("Bài của Hùng"));
        CommentRepository hung(db());
        QVERIFY(hung.add(commented, QStringLiteral("Thiếu nguồn.")));
        QVERIFY(hung.add(commented, QStringLiteral("Thêm ảnh.")));
        QVERIFY(hung.add(read, QStringLiteral("Được.")));
        QVERIFY(hung.add(deleted, QStringLiteral("Bỏ bài này?")));
        QVERIFY(hung.add(hisOwn, QStringLiteral("Ghi chú.")));
        QVERIFY(WorkflowService(db()).apply(returned, WorkflowAction::Return,
                                            QStringLiteral("Viết lại phần mở đầu.")));

        actAs(QStringLiteral("lan"));
        CommentRepository lan(db());
        QVERIFY(lan.markRead(read));
        QSqlQuery q(db().connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE articles SET deleted = 1 WHERE id = '%1'").arg(deleted)));
        auto notices = lan.noticesForActingUser();
        QVERIFY(notices);
        QCOMPARE(notices->size(), 2);
        QHash<QString, AuthorNotice> byId;
        for (const AuthorNotice &n : std::as_const(notices.value()))
            byId.insert(n.articleId, n);
        QVERIFY(byId.contains(commented));
        QVERIFY(!byId.value(commented).returned);
        QCOMPARE(byId.value(commented).unreadComments, 2);
        QCOMPARE(byId.value(commented).title, QStringLiteral("Có góp ý chưa đọc"));
        QVERIFY(byId.contains(returned));
        QVERIFY(byId.value(returned).returned);
        QCOMPARE(byId.value(returned).unreadComments, 0);
    }

    void lastSeenRevisionIsPerUser()
    {
        actAs(QStringLiteral("hung"));
        CommentRepository views(db());
        QCOMPARE(views.lastSeenRevision(m_id).value(), 0);
        QVERIFY(views.markSeen(m_id, 2));
        QCOMPARE(views.lastSeenRevision(m_id).value(), 2);
        actAs(QStringLiteral("lan"));
        QCOMPARE(CommentRepository(db()).lastSeenRevision(m_id).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestComments)
#include "TestComments.moc"
