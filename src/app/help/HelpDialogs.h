#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTableWidget;
class QTextBrowser;
class QWidget;

namespace PressDesk {

// One keyboard shortcut as Help → Keyboard shortcuts lists it.
struct ShortcutEntry
{
    QString window; // "Main window", "Radio bulletins" … (translated)
    QString action; // the action's text, without its mnemonic
    QKeySequence keys;
    Qt::ShortcutContext context = Qt::WindowShortcut; // where the keys act
};

// Every action with a shortcut under each of `windows` (their menus, toolbars and widgets),
// in the order the windows are given and then by action text. Read from the actions
// themselves, so the list is never out of date.
QList<ShortcutEntry> collectShortcuts(const QList<std::pair<QString, QWidget *>> &windows);

// Help → Keyboard shortcuts: collectShortcuts() in a table.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

// Help → User guide: the guide in Vietnamese (docs/user-guide-vi.md, built into the program
// with its pictures), or in English where the interface is English and the guide says so.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // Where the guide is read from (a resource).
    static QString guideSource();

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace PressDesk
