// Vietnamese is complete where the user looks: our strings, the workflow's states, a
// portal's post states and Qt's own standard buttons, file chooser and context menus
// (Debian ships no qtbase_vi.qm).
#include "Language.h"
#include "model/Article.h"
#include "publish/Publisher.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QTest>

#include <initializer_list>
#include <utility>

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
        // Qt's file chooser (not the desktop's), message box details and text menus.
        for (const auto &[context, source] :
             std::initializer_list<std::pair<const char *, const char *>>{
                 {"QFileDialog", "Look in:"},
                 {"QFileDialog", "File &name:"},
                 {"QFileDialog", "Files of type:"},
                 {"QFileDialog", "&Open"},
                 {"QFileDialog", "Open"},
                 {"QFileDialog", "Save As"},
                 {"QFileSystemModel", "Name"},
                 {"QFileSystemModel", "Date Modified"},
                 {"QMessageBox", "Show Details..."},
                 {"QLineEdit", "&Paste"},
                 {"QWidgetTextControl", "Select All"}}) {
            const QString vi = QCoreApplication::translate(context, source);
            QVERIFY2(vi != QLatin1String(source), source);
        }
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"),
                 QStringLiteral("Tìm trong:"));
        // A WordPress post status in our words, never the raw "(publish)".
        QCOMPARE(remoteStatusDisplayName(QStringLiteral("publish")), QStringLiteral("đã đăng"));
        QCOMPARE(remoteStatusDisplayName(QStringLiteral("trash")),
                 QStringLiteral("trong thùng rác"));
        // Plurals.
        QCOMPARE(QCoreApplication::translate("PressDesk::NoticesPanel", "%n unread comment(s)",
                                             nullptr, 3),
                 QStringLiteral("3 ý kiến chưa đọc"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "TestLanguage.moc"
