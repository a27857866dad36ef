// What a screen reader meets: every control of the main window (its side tabs built, the demo
// article open) and of the plan, radio and visual windows has a name it can read — the title,
// the lead and the body, the lists, every button and box. Walks the windows through QAccessible
// as an assistive technology does, and fails on any control without a name, listing them by
// object name and class so they can be found.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "editor/ArticleEditor.h"
#include "plan/PlanWindow.h"
#include "radio/RadioWindow.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"
#include "visual/VisualWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace PressDesk;

namespace {

// The roles a person operates or reads as a whole: each needs a name.
bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QString path;
    for (QObject *p = o; p; p = p->parent()) {
        const QString name = p->objectName().isEmpty()
                                 ? QString::fromLatin1(p->metaObject()->className())
                                 : p->objectName();
        path = path.isEmpty() ? name : name + QStringLiteral("/") + path;
        if (p->isWidgetType() && static_cast<QWidget *>(p)->isWindow())
            break;
    }
    return QStringLiteral("%1 (role %2)").arg(path).arg(int(iface->role()));
}

// Every visible control under `root` that a screen reader would announce without a name.
void unnamed(QAccessibleInterface *iface, QStringList &out, int depth = 0)
{
    if (!iface || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    // A combo box's name may be its current value on one platform and nothing on another
    // (Windows): it needs a name of its own, or a label that names it.
    if (iface->role() == QAccessible::ComboBox) {
        if (auto *combo = qobject_cast<QWidget *>(iface->object());
            combo && !combo->isHidden() && combo->accessibleName().isEmpty()) {
            bool labelled = false;
            for (const QLabel *label : combo->window()->findChildren<QLabel *>())
                labelled = labelled || label->buddy() == combo;
            if (!labelled)
                out << describe(iface);
        }
    } else if (needsName(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        // An item view's own cells and headers are named by their text; the scroll bars' and
        // the spin boxes' inner line edits are announced with their owner.
        QObject *o = iface->object();
        const bool inner =
            o && o->parent() &&
            (o->parent()->inherits("QAbstractSpinBox") || o->parent()->inherits("QComboBox") ||
             o->parent()->inherits("QDateTimeEdit"));
        if (o && !inner)
            out << describe(iface);
    }
    for (int i = 0; i < iface->childCount(); ++i)
        unnamed(iface->child(i), out, depth + 1);
}

QStringList unnamedIn(QWidget *window)
{
    QStringList out;
    unnamed(QAccessible::queryAccessibleInterface(window), out);
    out.removeDuplicates();
    return out;
}

} // namespace

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
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
