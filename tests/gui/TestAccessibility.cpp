// What a screen reader meets: every control of the main window (its side tabs built, the demo
// article open), of the plan, radio and visual windows and of the dialogs they open (the
// Designer forms are walked in TestDialogForms) has a name it can read — the title,
// the lead and the body, the lists, every button and box. Walks the windows through QAccessible
// as an assistive technology does, and fails on any control without a name, listing them by
// object name and class so they can be found.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "editor/ArticleEditor.h"
#include "editor/StyleHintsDialog.h"
#include "help/HelpDialogs.h"
#include "plan/LinkActivitiesDialog.h"
#include "plan/PlanRepository.h"
#include "plan/PlanWindow.h"
#include "plan/ReportDialog.h"
#include "radio/RadioDialogs.h"
#include "radio/RadioRepository.h"
#include "radio/RadioStationsDialog.h"
#include "radio/RadioWindow.h"
#include "settings/FirstRunWizard.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"
#include "sync/ServerDialog.h"
#include "sync/SyncController.h"
#include "visual/VisualDialogs.h"
#include "visual/VisualRepository.h"
#include "visual/VisualWindow.h"
#include "workflow/AuditLogDialog.h"
#include "workflow/HistoryDialog.h"
#include "workflow/PreviewDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

#include <functional>
#include <memory>

using namespace PressDesk;
using TestSupport::unnamedIn;

class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::setActive(true);
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("a11y.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(UserRepository(*m_db).ensureCurrentUser());
        QVERIFY(DemoContent::seed(*m_db));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void everyControlOfTheMainWindowHasAName()
    {
        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The side tabs built (the getters build them), the demo article open.
        QVERIFY(w.reviewQueue() && w.notices() && w.outbox());
        const auto list = ArticleRepository(*m_db).list();
        QVERIFY(list && !list->isEmpty());
        QVERIFY(w.editor()->openArticle(list->first().id));
        QApplication::processEvents();
        const QStringList missing = unnamedIn(&w);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("\n") + missing.join(u'\n')));
    }

    // The dialogs built in code or opened from the plan, radio and visual windows, each on the
    // demo profile's own plan, programme, article and visual item.
    void everyControlOfTheOtherDialogsHasAName()
    {
        const Plan plan = PlanRepository(*m_db).list()->first();
        const Program program = RadioRepository(*m_db).programs()->first();
        const QString article = ArticleRepository(*m_db).list()->first().id;
        const VisualItem item = VisualRepository(*m_db).items(plan.id)->first();
        const QDate day(2019, 2, 20);
        QStringList missing;
        const auto walk = [&missing](QDialog &d) {
            d.show();
            QApplication::processEvents();
            missing += unnamedIn(&d);
            d.close();
        };
        {
            RadioStationsDialog d(*m_db);
            walk(d);
        }
        {
            RadioArticleDialog d(*m_db, program.id, day);
            walk(d);
        }
        {
            RadioItemDialog d(*m_db, program.id, day);
            walk(d);
        }
        {
            VisualItemDialog d(*m_db, plan);
            walk(d);
        }
        {
            VisualItemDialog d(*m_db, plan, item);
            walk(d);
        }
        {
            MarkInstalledDialog d(*m_db, item);
            walk(d);
        }
        {
            SloganDialog d(*m_db, plan);
            walk(d);
        }
        {
            // The photo shown larger, once it is loaded (a picture, then its caption).
            QImage picture(800, 600, QImage::Format_RGB32);
            picture.fill(Qt::darkGreen);
            QByteArray jpeg;
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            picture.save(&buffer, "JPG");
            auto photo =
                VisualRepository(*m_db).addPhoto(item.id, jpeg, QStringLiteral("IMG_0412.jpg"));
            QVERIFY(photo);
            PhotoViewDialog d(*m_db, photo.value(), QStringLiteral("Quốc lộ 32 — 27/02/2019"));
            d.show();
            QTRY_VERIFY(d.loaded());
            missing += unnamedIn(&d);
            const auto *shown = d.findChild<QLabel *>(QStringLiteral("photoLabel"));
            QVERIFY(shown);
            QCOMPARE(QAccessible::queryAccessibleInterface(const_cast<QLabel *>(shown))
                         ->text(QAccessible::Name),
                     QStringLiteral("Quốc lộ 32 — 27/02/2019"));
            d.close();
        }
        {
            ReportDialog d(*m_db, plan.id, plan.periodStart, plan.periodEnd);
            walk(d);
        }
        {
            LinkActivitiesDialog d(*m_db, article);
            walk(d);
        }
        {
            HistoryDialog d(*m_db, article);
            walk(d);
        }
        {
            AuditLogDialog d(*m_db);
            walk(d);
        }
        {
            FirstRunWizard d(*m_db);
            walk(d);
        }
        {
            SyncController sync(*m_db);
            ServerDialog d(*m_db, sync);
            walk(d);
        }
        {
            const auto rundown = RadioRepository(*m_db).rundown(program.id, day);
            QVERIFY(rundown && !rundown->items.isEmpty()); // the demo's item of that day
            MarkAiredDialog d(*m_db, rundown->items.first(), program);
            walk(d);
        }
        const QList<VisualItem> items = VisualRepository(*m_db).items(plan.id).value();
        for (const VisualItem &up : items) {
            if (up.status != VisualStatus::Installed)
                continue;
            MarkRemovedDialog d(*m_db, up);
            walk(d);
            break;
        }
        {
            QPlainTextEdit lead;
            QTextEdit body;
            lead.setPlainText(QStringLiteral("UBND huyện họp."));
            StyleHintsDialog d(*m_db, &lead, &body);
            walk(d);
        }
        {
            PreviewDialog d(*m_db, article);
            walk(d);
        }
        {
            ShortcutsDialog d({ShortcutEntry{QStringLiteral("Main window"), QStringLiteral("Save"),
                                             QKeySequence::Save}});
            walk(d);
        }
        {
            UserGuideDialog d;
            walk(d);
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("\n") + missing.join(u'\n')));
    }

    void everyControlOfThePlanRadioAndVisualWindowsHasAName()
    {
        MainWindow w(*m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList missing;
        PlanWindow *plans = w.showPlans();
        QApplication::processEvents();
        missing += unnamedIn(plans);
        RadioWindow *radio = w.showRadio();
        QApplication::processEvents();
        missing += unnamedIn(radio);
        VisualWindow *visual = w.showVisual();
        QApplication::processEvents();
        missing += unnamedIn(visual);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("\n") + missing.join(u'\n')));
    }

    // Full keyboard operation: whatever a toolbar offers can be done without the mouse — the
    // action is in the window's menus (Alt and the underlined letters) or has a shortcut, and a
    // field on a toolbar (the paragraph style, a date) is reached with Tab or has a menu twin.
    void everyToolbarCommandIsReachableFromTheKeyboard()
    {
        MainWindow w(*m_db);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto list = ArticleRepository(*m_db).list();
        QVERIFY(w.editor()->openArticle(list->first().id));
        QStringList unreachable;
        const auto check = [&unreachable](QWidget *window) {
            QApplication::processEvents();
            QSet<const QAction *> inMenus;
            std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
                for (QAction *a : menu->actions()) {
                    inMenus.insert(a);
                    if (a->menu())
                        collect(a->menu());
                }
            };
            for (const QMenu *menu : window->findChildren<QMenu *>())
                collect(menu);
            for (const QToolBar *bar : window->findChildren<QToolBar *>()) {
                for (QAction *a : bar->actions()) {
                    if (a->isSeparator() || !a->isVisible())
                        continue;
                    if (QWidget *field = bar->widgetForAction(a);
                        field && !qobject_cast<QToolButton *>(field)) {
                        if (field->focusPolicy() & Qt::TabFocus)
                            continue;
                        // A list of choices each of which the menus offer (the paragraph
                        // style: Format → Paragraph, Heading 2, Heading 3).
                        QStringList menuTexts;
                        for (const QAction *m : std::as_const(inMenus))
                            menuTexts << m->text().remove(u'&');
                        bool twin = false;
                        if (const auto *choices = qobject_cast<QComboBox *>(field)) {
                            twin = choices->count() > 0;
                            for (int i = 0; i < choices->count(); ++i)
                                twin = twin && menuTexts.contains(choices->itemText(i));
                        }
                        if (!twin)
                            unreachable << window->objectName() + QStringLiteral(": field ") +
                                               field->objectName();
                        continue;
                    }
                    if (inMenus.contains(a) || !a->shortcut().isEmpty() ||
                        (a->menu() && !a->menu()->actions().isEmpty() &&
                         inMenus.contains(a->menu()->menuAction())))
                        continue;
                    // A toolbar's button that Tab reaches.
                    if (const QWidget *button = bar->widgetForAction(a);
                        button && (button->focusPolicy() & Qt::TabFocus))
                        continue;
                    unreachable << window->objectName() + QStringLiteral(": ") +
                                       a->text().remove(u'&') + QStringLiteral(" (") +
                                       a->objectName() + QStringLiteral(", on ") +
                                       bar->objectName() + u')';
                }
            }
        };
        check(&w);
        check(w.showPlans());
        check(w.showRadio());
        check(w.showVisual());
        QVERIFY2(unreachable.isEmpty(), qPrintable(QStringLiteral("\n") + unreachable.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
