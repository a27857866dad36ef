// Vietnamese is complete where the user looks: our strings, the workflow's states and
// Qt's own standard buttons (Debian ships no qtbase_vi.qm).
#include "Language.h"
#include "model/Article.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QTest>

using namespace PressDesk;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vietnameseIsTheDefault()
    {
        installTranslation(QCoreApplication::instance(), QString());
        QCOMPARE(statusDisplayName(ArticleStatus::Submitted), QStringLiteral("Chờ duyệt"));
        QCOMPARE(statusDisplayName(ArticleStatus::Returned), QStringLiteral("Trả lại"));
        QCOMPARE(actionDisplayName(WorkflowAction::Approve), QStringLiteral("Duyệt"));
        QCOMPARE(roleDisplayName(Role::Supervisor), QStringLiteral("Lãnh đạo duyệt bài"));
        // Standard dialog buttons.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), QStringLiteral("Đóng"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("Đồng ý"));
        // Plurals.
        QCOMPARE(QCoreApplication::translate("PressDesk::NoticesPanel", "%n unread comment(s)",
                                             nullptr, 3),
                 QStringLiteral("3 ý kiến chưa đọc"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "TestLanguage.moc"
