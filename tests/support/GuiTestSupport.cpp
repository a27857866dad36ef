#include "GuiTestSupport.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <memory>

namespace TestSupport {

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

} // namespace

QStringList unnamedIn(QWidget *window)
{
    QStringList out;
    unnamed(QAccessible::queryAccessibleInterface(window), out);
    out.removeDuplicates();
    return out;
}

void missingChild(const QObject *parent, const QString &name)
{
    qFatal("%s has no child named %s", qPrintable(parent->objectName()), qPrintable(name));
}

void answerModal(const QString &dialogName, const std::function<void(QWidget *)> &answer)
{
    // Polls: the dialog may open after slow work in the caller (a save, a query), and a
    // dialog that is closing may still be the active one for a moment.
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, dialogName, answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != dialogName) {
            if (++*waited * 20 > 10000)
                qFatal("the dialog %s did not open (open: %s)", qPrintable(dialogName),
                       dialog ? qPrintable(dialog->objectName()) : "none");
            return;
        }
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

QPushButton *dialogButton(const QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    for (auto *box : dialog->findChildren<QDialogButtonBox *>())
        if (QPushButton *b = box->button(which))
            return b;
    qFatal("%s has no standard button %d", qPrintable(dialog->objectName()), int(which));
}

void clickDialogButton(const QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialogButton(dialog, which), Qt::LeftButton);
}

QStringList cutTexts(QWidget *window)
{
    QStringList cut;
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty())
            continue;
        const bool fits = l->wordWrap() ? l->height() >= l->heightForWidth(l->width())
                                        : l->width() >= l->sizeHint().width();
        if (!fits)
            cut << l->objectName() + QStringLiteral(" “") + l->text() + u'”';
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && !b->text().isEmpty() && b->width() < b->sizeHint().width())
            cut << b->objectName() + QStringLiteral(" “") + b->text() + u'”';
    }
    // Or past the window's edge, though as wide as it asks to be.
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() || !w->parentWidget() ||
            !w->parentWidget()->isVisible())
            continue;
        const QRect shown(w->mapTo(window, QPoint(0, 0)), w->size());
        if (shown.right() > window->width() + 1 &&
            (qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
             qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)))
            cut << w->objectName() + QStringLiteral(" (past the window's edge)");
    }
    for (QLineEdit *e : window->findChildren<QLineEdit *>()) {
        if (!e->isVisible() || e->placeholderText().isEmpty() ||
            qobject_cast<QComboBox *>(e->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(e->parentWidget()))
            continue;
        // The frame and text margins take about a dozen pixels.
        if (e->fontMetrics().horizontalAdvance(e->placeholderText()) > e->width() - 12)
            cut << e->objectName() + QStringLiteral(" “") + e->placeholderText() + u'”';
    }
    return cut;
}

} // namespace TestSupport
