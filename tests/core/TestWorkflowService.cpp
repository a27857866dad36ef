// Editorial decisions on stored articles: approvals bound to content, voided by edits, audited.
#include "TempDatabase.h"
#include "store/ArticleRepository.h"
#include "store/AuditLog.h"
#include "store/CommentRepository.h"
#include "store/UserRepository.h"
#include "text/WordDiff.h"
#include "workflow/ContentHash.h"
#include "workflow/WorkflowService.h"

#include <QTest>

using namespace PressDesk;

class TestWorkflowService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;

    Database &db() { return m_t->db(); }
    void actAs(const QString &name) { QVERIFY(UserRepository(db()).setCurrentUser(name)); }

    Article newArticle()
    {
        Article a;
        a.title = QStringLiteral("Huyện Hoài Đức đẩy mạnh cải cách hành chính");
        a.lead = QStringLiteral("Sapo");
        a.bodyHtml = QStringLiteral("<p>Nội dung ban đầu.</p>");
        auto created = ArticleRepository(db()).create(a);
        if (!created)
            qFatal("create failed");
        return created.value();
    }

    QStringList auditActions(const QString &articleId)
    {
        QStringList out;
        const QList<AuditEntry> entries = AuditLog(db()).list(articleId).value();
        for (const AuditEntry &e : entries)
            out << e.action + u'/' + e.userName;
        return out;
    }

    Article approved()
    {
        actAs(QStringLiteral("lan"));
        const Article a = newArticle();
        WorkflowService wf(db());
        if (!wf.apply(a.id, WorkflowAction::Submit))
            qFatal("submit failed");
        actAs(QStringLiteral("hung"));
        auto ok = wf.apply(a.id, WorkflowAction::Approve);
        if (!ok)
            qFatal("approve failed: %s", qPrintable(ok.error().message));
        actAs(QStringLiteral("lan"));
        return ok.value();
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TempDatabase>();
        auto admin = UserRepository(db()).ensureCurrentUser();
        QVERIFY(admin);
        QCOMPARE(admin->role, Role::Admin);
        QVERIFY(UserRepository(db()).add(QStringLiteral("lan"), Role::Staff));
        QVERIFY(UserRepository(db()).add(QStringLiteral("hung"), Role::Supervisor));
    }

    void cleanup() { m_t.reset(); }

    // Two revisions of a table compare row by row: the changed cell is the only difference.
    void revisionsOfATableCompareByCell()
    {
        Revision a;
        a.title = QStringLiteral("Bảng");
        a.bodyHtml = QStringLiteral("<table>\n<tr><th>Xã</th><th>Tin</th></tr>\n"
                                    "<tr><td>An Khánh</td><td>12</td></tr>\n</table>");
        Revision b = a;
        b.bodyHtml.replace(QStringLiteral("<td>12</td>"), QStringLiteral("<td>15</td>"));
        const WorkflowService service(db());
        QVERIFY2(service.comparableText(a).contains(QStringLiteral("Xã | Tin\nAn Khánh | 12")),
                 qPrintable(service.comparableText(a)));
        const auto segments = Text::wordDiff(service.comparableText(a), service.comparableText(b));
        QStringList changed;
        for (const Text::DiffSegment &s : segments)
            if (s.kind != Text::DiffSegment::Equal)
                changed << s.text.trimmed();
        QCOMPARE(changed, (QStringList{QStringLiteral("12"), QStringLiteral("15")}));
    }

    void approvalIsBoundToTheContent()
    {
        const Article a = approved();
        QCOMPARE(a.status, ArticleStatus::Approved);
        QCOMPARE(a.approvedHash, contentHash(a));
        QCOMPARE(a.approvedBy, QStringLiteral("hung"));
        QVERIFY(a.approvedAt.isValid());
        QCOMPARE(auditActions(a.id),
                 (QStringList{QStringLiteral("submit/lan"), QStringLiteral("approve/hung")}));
        const AuditEntry last = AuditLog(db()).list(a.id)->last();
        QCOMPARE(last.fromStatus, QStringLiteral("submitted"));
        QCOMPARE(last.toStatus, QStringLiteral("approved"));
        QCOMPARE(last.hashAfter, a.approvedHash);
        QVERIFY(AuditLog(db()).verify()->ok);
    }

    void staffCannotApproveAndNothingIsWritten()
    {
        actAs(QStringLiteral("lan"));
        const Article a = newArticle();
        WorkflowService wf(db());
        QVERIFY(wf.apply(a.id, WorkflowAction::Submit));
        auto refused = wf.apply(a.id, WorkflowAction::Approve);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("not-allowed"));
        QCOMPARE(ArticleRepository(db()).get(a.id)->status, ArticleStatus::Submitted);
        QCOMPARE(auditActions(a.id), QStringList{QStringLiteral("submit/lan")});
    }

    void anApprovalNamesTheRevisionRead()
    {
        actAs(QStringLiteral("lan"));
        Article a = newArticle();
        WorkflowService wf(db());
        QVERIFY(wf.apply(a.id, WorkflowAction::Submit));
        // The supervisor opens revision 1; the author, still in the article, adds a line.
        a.bodyHtml += QStringLiteral("<p>Câu thêm sau khi gửi.</p>");
        QVERIFY(ArticleRepository(db()).save(a, SaveKind::Manual));
        actAs(QStringLiteral("hung"));
        auto refused = wf.approve(a.id, ReadMark{1, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("changed-since-read"));
        QCOMPARE(refused.error().detail, QStringLiteral("1 2"));
        QVERIFY2(refused.error().message.contains(u'2'), qPrintable(refused.error().message));
        QCOMPARE(ArticleRepository(db()).get(a.id)->status, ArticleStatus::Submitted);
        QCOMPARE(auditActions(a.id), QStringList{QStringLiteral("submit/lan")});
        QVERIFY(!wf.approve(a.id, ReadMark{0, {}})); // never opened

        // What was on screen is compared too: revision 2 grew in place by an autosave.
        const Article shown = ArticleRepository(db()).get(a.id).value();
        actAs(QStringLiteral("lan"));
        a.bodyHtml += QStringLiteral("<p>Gõ tiếp.</p>");
        QVERIFY(ArticleRepository(db()).save(a, SaveKind::Autosave, QStringLiteral("s1")));
        QVERIFY(ArticleRepository(db()).save(a, SaveKind::Autosave, QStringLiteral("s1")));
        a.bodyHtml += QStringLiteral("<p>Gõ thêm nữa.</p>");
        QVERIFY(ArticleRepository(db()).save(a, SaveKind::Autosave, QStringLiteral("s1")));
        const int latest = ArticleRepository(db()).latestRevisionNumber(a.id).value();
        actAs(QStringLiteral("hung"));
        auto stale = wf.approve(a.id, ReadMark{latest, contentHash(shown)});
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, QStringLiteral("changed-since-read"));

        // Reading the latest: approved, bound to exactly that content.
        const Article current = ArticleRepository(db()).get(a.id).value();
        auto ok = wf.approve(a.id, ReadMark{latest, contentHash(current)});
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->status, ArticleStatus::Approved);
        QCOMPARE(ok->approvedHash, contentHash(current));
    }

    void anyEditVoidsTheApproval()
    {
        const Article a = approved();
        Article edit = a;
        edit.bodyHtml = QStringLiteral("<p>Nội dung đã sửa sau khi duyệt.</p>");
        auto saved = ArticleRepository(db()).save(edit, SaveKind::Autosave, QStringLiteral("s1"));
        QVERIFY(saved && saved->changed);
        QCOMPARE(saved->article.status, ArticleStatus::Draft);
        QVERIFY(saved->article.approvedHash.isEmpty());
        QVERIFY(saved->article.approvedBy.isEmpty());
        const AuditEntry voided = AuditLog(db()).list(a.id)->last();
        QCOMPARE(voided.action, QStringLiteral("edit"));
        QCOMPARE(voided.fromStatus, QStringLiteral("approved"));
        QCOMPARE(voided.toStatus, QStringLiteral("draft"));
        QCOMPARE(voided.hashBefore, a.approvedHash);
        QVERIFY(voided.hashAfter != a.approvedHash);
        QVERIFY(!voided.comment.isEmpty());
        // Further autosaves of the draft are not workflow events.
        edit.bodyHtml += QStringLiteral("<p>Thêm.</p>");
        QVERIFY(ArticleRepository(db()).save(edit, SaveKind::Autosave, QStringLiteral("s1")));
        QCOMPARE(AuditLog(db()).list(a.id)->size(), 3);
        // The revision records who saved it and in which state.
        const Revision rev = ArticleRepository(db()).revisions(a.id)->last();
        QCOMPARE(rev.savedBy, QStringLiteral("lan"));
        QCOMPARE(rev.status, ArticleStatus::Draft);
    }

    void aSaveThatChangesNothingKeepsTheApproval()
    {
        const Article a = approved();
        Article same = a;
        same.title = a.title.normalized(QString::NormalizationForm_D) + QStringLiteral("  ");
        same.bodyHtml = QStringLiteral("<p style=\"margin:0\">Nội dung ban đầu.</p>");
        auto saved = ArticleRepository(db()).save(same, SaveKind::Manual);
        QVERIFY(saved);
        QVERIFY(!saved->changed);
        const Article stored = ArticleRepository(db()).get(a.id).value();
        QCOMPARE(stored.status, ArticleStatus::Approved);
        QCOMPARE(stored.approvedHash, a.approvedHash);
        QCOMPARE(contentHash(stored), stored.approvedHash);
    }

    void returnNeedsACommentAndTheAuthorResubmits()
    {
        actAs(QStringLiteral("lan"));
        const Article a = newArticle();
        WorkflowService wf(db());
        QVERIFY(wf.apply(a.id, WorkflowAction::Submit));
        actAs(QStringLiteral("hung"));
        auto noComment = wf.apply(a.id, WorkflowAction::Return);
        QVERIFY(!noComment);
        QCOMPARE(noComment.error().code, QStringLiteral("comment-required"));
        auto returned = wf.apply(a.id, WorkflowAction::Return, QStringLiteral("Bổ sung số liệu."));
        QVERIFY(returned);
        QCOMPARE(returned->status, ArticleStatus::Returned);
        QCOMPARE(AuditLog(db()).list(a.id)->last().comment, QStringLiteral("Bổ sung số liệu."));
        actAs(QStringLiteral("lan"));
        QCOMPARE(wf.apply(a.id, WorkflowAction::Submit)->status, ArticleStatus::Submitted);
    }

    void restoringMakesANewRevisionAndVoidsApproval()
    {
        actAs(QStringLiteral("lan"));
        Article a = newArticle();
        ArticleRepository repo(db());
        a.bodyHtml = QStringLiteral("<p>Bản thứ hai.</p>");
        QVERIFY(repo.save(a, SaveKind::Manual));
        WorkflowService wf(db());
        QVERIFY(wf.apply(a.id, WorkflowAction::Submit));
        actAs(QStringLiteral("hung"));
        QVERIFY(wf.apply(a.id, WorkflowAction::Approve));

        auto restored = wf.restore(a.id, 1);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->bodyHtml, QStringLiteral("<p>Nội dung ban đầu.</p>"));
        QCOMPARE(restored->status, ArticleStatus::Draft);
        const auto revisions = repo.revisions(a.id).value();
        QCOMPARE(revisions.size(), 3); // 1 and 2 untouched, 3 is the restore
        QCOMPARE(revisions.at(1).bodyHtml, QStringLiteral("<p>Bản thứ hai.</p>"));
        QCOMPARE(revisions.last().bodyHtml, QStringLiteral("<p>Nội dung ban đầu.</p>"));
        QVERIFY(revisions.last().note.contains(u'1'));
        QCOMPARE(revisions.last().savedBy, QStringLiteral("hung"));
        QCOMPARE(auditActions(a.id).last(), QStringLiteral("restore/hung"));
        QVERIFY(AuditLog(db()).verify()->ok);

        auto again = wf.restore(a.id, 3);
        QVERIFY(!again); // already the current content
        auto missing = wf.restore(a.id, 9);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("no-revision"));
    }

    void queueListsSubmittedOldestFirst()
    {
        actAs(QStringLiteral("lan"));
        WorkflowService wf(db());
        const Article first = newArticle();
        const Article second = newArticle();
        const Article draft = newArticle();
        QVERIFY(wf.apply(second.id, WorkflowAction::Submit));
        QTest::qWait(5); // distinct submission times
        QVERIFY(wf.apply(first.id, WorkflowAction::Submit));
        auto queue = wf.reviewQueue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 2);
        QCOMPARE(queue->at(0).articleId, second.id);
        QCOMPARE(queue->at(1).articleId, first.id);
        QCOMPARE(queue->at(0).submittedBy, QStringLiteral("lan"));
        QCOMPARE(queue->at(0).wordCount, 4);
        QCOMPARE(queue->at(0).latestRevision, 1);
        QCOMPARE(queue->at(0).seenRevision, 0); // never opened
        QVERIFY(CommentRepository(db()).markSeen(second.id, 1));
        QCOMPARE(wf.reviewQueue()->at(0).seenRevision, 1);
        actAs(QStringLiteral("hung"));
        QCOMPARE(wf.reviewQueue()->at(0).seenRevision, 0); // what lan saw is not hung's view
        QVERIFY(wf.apply(second.id, WorkflowAction::Approve));
        QCOMPARE(wf.reviewQueue()->size(), 1);
        Q_UNUSED(draft)
    }

    void onlyAnAdministratorAddsUsers()
    {
        actAs(QStringLiteral("hung"));
        auto refused = UserRepository(db()).add(QStringLiteral("mai"), Role::Staff);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("not-allowed"));
        auto bad = UserRepository(db()).add(QStringLiteral("Nguyễn Lan"), Role::Staff);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("invalid-name"));
        QCOMPARE(UserRepository(db()).list()->size(), 3);
    }

    void displayNamesAreRenamedByTheUserOrAnAdministrator()
    {
        UserRepository users(db());
        // hung renames himself; the name is trimmed to single spaces.
        actAs(QStringLiteral("hung"));
        QVERIFY(users.setDisplayName(QStringLiteral("hung"), QStringLiteral("  Trần  Văn Hùng ")));
        QCOMPARE(users.find(QStringLiteral("hung"))->displayName, QStringLiteral("Trần Văn Hùng"));
        // but not lan, nor to nothing.
        auto refused = users.setDisplayName(QStringLiteral("lan"), QStringLiteral("Lan"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("not-allowed"));
        auto empty = users.setDisplayName(QStringLiteral("hung"), QStringLiteral("  "));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, QStringLiteral("invalid-display-name"));
        QCOMPARE(users.find(QStringLiteral("hung"))->displayName, QStringLiteral("Trần Văn Hùng"));
        // An administrator renames anyone; an unknown user is said to be unknown.
        const QList<User> everyone = users.list().value();
        for (const User &u : everyone)
            if (u.role == Role::Admin)
                actAs(u.name);
        QVERIFY(users.find(db().actingUser())->role == Role::Admin);
        QVERIFY(users.setDisplayName(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan")));
        QCOMPARE(users.find(QStringLiteral("lan"))->displayName, QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(users.setDisplayName(QStringLiteral("mai"), QStringLiteral("Mai")).error().code,
                 QStringLiteral("no-user"));
    }

    void currentUserIsRemembered()
    {
        actAs(QStringLiteral("hung"));
        const QString path = m_t->path();
        m_t->close();
        auto again = Database::open(path);
        QVERIFY(again);
        auto me = UserRepository(*again.value()).ensureCurrentUser();
        QVERIFY(me);
        QCOMPARE(me->name, QStringLiteral("hung"));
        QCOMPARE(again.value()->actingUser(), QStringLiteral("hung"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowService)
#include "TestWorkflowService.moc"
