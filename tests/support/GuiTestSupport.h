#pragma once

// Helpers for the GUI tests (tests/gui): find a widget by object name, answer a modal
// dialog that is about to open, press a dialog's standard button.
#include <QDialogButtonBox>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QPushButton;
class QWidget;

namespace TestSupport {

[[noreturn]] void missingChild(const QObject *parent, const QString &name);

// The descendant of parent named name; the test program stops when there is none (a
// renamed widget is a broken test, not a skipped check).
template <typename T> T *child(const QObject *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    if (!w)
        missingChild(parent, name);
    return w;
}

// Once the next modal dialog is open (a dialog's exec() or a QMessageBox), checks that its
// object name is dialogName and hands it to answer, which fills it and closes it. The test
// program stops when another dialog, or none, is open.
void answerModal(const QString &dialogName, const std::function<void(QWidget *)> &answer);

// The standard button (Ok, Cancel, Close…) of the dialog's button box.
QPushButton *dialogButton(const QWidget *dialog, QDialogButtonBox::StandardButton which);

// Clicks the standard button with the mouse, as a user does (only an enabled button acts).
void clickDialogButton(const QWidget *dialog, QDialogButtonBox::StandardButton which);

// Every visible control of the window that a screen reader would announce without a name
// (walked through QAccessible as an assistive technology does), by object path and role. A
// combo box needs a name of its own or a label whose buddy it is.
QStringList unnamedIn(QWidget *window);

// What a user reads cut off in a shown window or dialog: a label or button narrower than its
// text, a wrapped label shorter than its lines, a line edit's placeholder wider than the field.
QStringList cutTexts(QWidget *window);

} // namespace TestSupport
