// The whole transition table, allowed and refused, per role; and what an edit does to a state.
#include "workflow/Workflow.h"

#include <QTest>

using namespace PressDesk;

Q_DECLARE_METATYPE(PressDesk::ArticleStatus)
Q_DECLARE_METATYPE(PressDesk::WorkflowAction)
Q_DECLARE_METATYPE(PressDesk::Role)

namespace {

// The expected table, written out independently of Workflow::table(): for each action, the
// states it starts from, where it leads, and whether staff may do it.
struct Expected
{
    WorkflowAction action;
    QList<ArticleStatus> from;
    ArticleStatus to;
    bool staffMay;
};

const QList<Expected> &expectedTable()
{
    using S = ArticleStatus;
    using A = WorkflowAction;
    static const QList<Expected> rows{
        {A::Submit, {S::Draft, S::Returned}, S::Submitted, true},
        {A::Approve, {S::Submitted}, S::Approved, false},
        {A::Return, {S::Submitted, S::Approved, S::Scheduled}, S::Returned, false},
        {A::Schedule, {S::Approved}, S::Scheduled, false},
        {A::Unschedule, {S::Scheduled}, S::Approved, false},
        {A::Publish, {S::Approved, S::Scheduled}, S::Published, false},
        {A::Withdraw, {S::Published}, S::Withdrawn, false},
        {A::Archive, {S::Draft, S::Returned, S::Published, S::Withdrawn}, S::Archived, false},
        {A::Reopen, {S::Archived, S::Withdrawn}, S::Draft, false},
    };
    return rows;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateActionAndRole_data()
    {
        QTest::addColumn<ArticleStatus>("from");
        QTest::addColumn<WorkflowAction>("action");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("error"); // empty: allowed
        QTest::addColumn<ArticleStatus>("to");
        for (const Expected &e : expectedTable()) {
            for (ArticleStatus from : allStatuses()) {
                for (Role role : allRoles()) {
                    QString error;
                    if (!e.from.contains(from))
                        error = QStringLiteral("illegal-transition");
                    else if (role == Role::Staff && !e.staffMay)
                        error = QStringLiteral("not-allowed");
                    QTest::addRow("%s %s by %s", qPrintable(actionKey(e.action)),
                                  qPrintable(statusKey(from)), qPrintable(roleKey(role)))
                        << from << e.action << role << error << e.to;
                }
            }
        }
    }

    void everyStateActionAndRole()
    {
        QFETCH(ArticleStatus, from);
        QFETCH(WorkflowAction, action);
        QFETCH(Role, role);
        QFETCH(QString, error);
        QFETCH(ArticleStatus, to);
        // A comment is given, so only the state and the role decide.
        auto r = Workflow::check(from, action, role, QStringLiteral("Sửa lại sapo"));
        if (error.isEmpty()) {
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QCOMPARE(r.value(), to);
            QVERIFY(Workflow::available(from, role).contains(action));
        } else {
            QVERIFY(!r);
            QCOMPARE(r.error().code, error);
            QVERIFY(!r.error().message.isEmpty());
            QVERIFY(!Workflow::available(from, role).contains(action));
        }
    }

    void returningNeedsAComment()
    {
        auto r = Workflow::check(ArticleStatus::Submitted, WorkflowAction::Return, Role::Supervisor,
                                 QStringLiteral("   "));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("comment-required"));
        QVERIFY(
            Workflow::check(ArticleStatus::Submitted, WorkflowAction::Approve, Role::Supervisor));
    }

    void refusalNamesTheActionAndTheState()
    {
        auto r = Workflow::check(ArticleStatus::Draft, WorkflowAction::Approve, Role::Admin);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(actionDisplayName(WorkflowAction::Approve)));
        QVERIFY(r.error().message.contains(statusDisplayName(ArticleStatus::Draft).toLower()));
    }

    void anEditVoidsApprovalAndReopens_data()
    {
        QTest::addColumn<ArticleStatus>("from");
        QTest::addColumn<ArticleStatus>("after");
        using S = ArticleStatus;
        QTest::newRow("draft") << S::Draft << S::Draft;
        QTest::newRow("submitted") << S::Submitted << S::Submitted;
        QTest::newRow("returned") << S::Returned << S::Returned;
        QTest::newRow("approved") << S::Approved << S::Draft;
        QTest::newRow("scheduled") << S::Scheduled << S::Draft;
        QTest::newRow("published") << S::Published << S::Draft;
        QTest::newRow("withdrawn") << S::Withdrawn << S::Draft;
        QTest::newRow("archived") << S::Archived << S::Draft;
    }

    void anEditVoidsApprovalAndReopens()
    {
        QFETCH(ArticleStatus, from);
        QFETCH(ArticleStatus, after);
        QCOMPARE(Workflow::afterContentEdit(from), after);
    }

    void keysRoundTrip()
    {
        for (ArticleStatus s : allStatuses())
            QCOMPARE(statusFromKey(statusKey(s)), s);
        for (Role r : allRoles())
            QCOMPARE(roleFromKey(roleKey(r)), r);
        for (WorkflowAction a : allActions())
            QCOMPARE(actionFromKey(actionKey(a)), a);
        QVERIFY(!statusFromKey(QStringLiteral("deleted")));
        QVERIFY(!roleFromKey(QStringLiteral("root")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "TestWorkflow.moc"
