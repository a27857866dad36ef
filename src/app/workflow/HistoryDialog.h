#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTreeWidget;

namespace PressDesk {

class Database;

// An article's history: every revision and decision (who, when, state, note), and any two
// revisions compared word by word, inline or side by side. Restoring a revision makes it
// the current content as a new revision; nothing is rewritten.
class HistoryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(Database &db, const QString &articleId, QWidget *parent = nullptr);

    // Called before a restore; false cancels it (the open article could not be saved).
    void setSaveHook(std::function<bool()> hook) { m_saveHook = std::move(hook); }

    // Compares revision numbers a (old) and b (new) and shows the result.
    void compare(int a, int b);
    void setSideBySide(bool on);
    bool restoreSelected(); // restores revision A

Q_SIGNALS:
    void restored(const QString &articleId);

private:
    void reload();
    void showDiff();

    Database &m_db;
    QString m_articleId;
    QTreeWidget *m_timeline = nullptr;
    QComboBox *m_a = nullptr;
    QComboBox *m_b = nullptr;
    QRadioButton *m_inline = nullptr;
    QRadioButton *m_sideBySide = nullptr;
    QTextBrowser *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_restore = nullptr;
    std::function<bool()> m_saveHook;
};

} // namespace PressDesk
