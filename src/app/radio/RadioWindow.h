#pragma once

#include "Result.h"
#include "radio/Radio.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QAction;
class QProcess;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace PressDesk {

class Database;
class RundownView;

// The radio channel for the office's radio editor: a programme's rundown of a day (items in
// order, their reading time, the running total against the slot, over time said in words),
// reordered by dragging or with Alt+Up / Alt+Down; items added from approved articles or
// written; the selected item's reading script, edited in place (saved as typed, its reading time
// following) with the words it says differently from the article highlighted; its aired log,
// marked and unmarked; the rundown exported (Export…) as one ODT or PDF document for the
// announcer or as text files for text-to-speech loudspeakers.
// Follows the store (Change::Radio, Change::Articles) while shown.
class RadioWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RadioWindow)

public:
    explicit RadioWindow(Database &db, QWidget *parent = nullptr);
    ~RadioWindow() override;

    void refresh();
    void selectProgram(const QString &programId);
    QString currentProgramId() const;
    void setDate(const QDate &date);
    QDate date() const;
    void selectItem(const QString &itemId);
    QString currentItemId() const { return m_itemId; }
    const Rundown &rundown() const { return m_rundown; }

    // Saves the script being typed now rather than after the pause (leaving the item, closing
    // the window do so too). False, with the reason shown, when the store refused it.
    bool saveScript();
    // Writes the rundown as one text file per item into folder (Export… asks for it); the
    // outcome is shown in the window.
    Status exportTo(const QString &folder);
    // Stations and programmes… (a dialog), then the window drawn again.
    void editStations();
    // Writes the rundown and its scripts as one document for the announcer: a PDF when path
    // ends in .pdf, else an ODT (Export… → ODT or PDF asks for it); the outcome is shown.
    Status exportDocumentTo(const QString &path);

    // The day a programme is next on air from `now` (local time): the first day on or after
    // today of its weekday (any day for 0) whose slot has not begun; today for a programme
    // without a fixed time.
    static QDate nextSlotDay(const Program &program, const QDateTime &now);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void reloadPrograms();
    void reloadRundown();
    void programChosen();
    void itemChosen();
    void showScript(bool keepTyping);
    void updateScriptInfo();
    void reloadAired();
    void updateActions();
    void moveCurrentBy(int delta);
    void moveItemTo(const QString &itemId, int position);
    void addArticle();
    void writeItem();
    void removeItem();
    void markAired();
    void unmarkAired();
    void exportRundown();
    // Reads the script shown aloud with the Vietnamese voice (Speech), or stops it.
    void listen();
    void exportDocument(const QString &format); // "odt" or "pdf"
    void showStatus(const QString &text, bool error);
    const RadioItem *currentItem() const;
    Program currentProgram() const;

    Database &m_db;
    QList<Program> m_programs;
    Rundown m_rundown;
    QString m_itemId;      // the item whose script is shown
    QString m_articleText; // what its article says (empty: written for the radio)
    bool m_scriptDirty = false;
    bool m_loadingScript = false;
    bool m_refreshing = false;
    QTimer m_saveTimer;

    QComboBox *m_program = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_slot = nullptr;
    RundownView *m_view = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_itemTitle = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_changes = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QTextBrowser *m_compare = nullptr;
    QTreeWidget *m_aired = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_addArticle = nullptr;
    QAction *m_writeItem = nullptr;
    QAction *m_removeItem = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_markAired = nullptr;
    QAction *m_unmarkAired = nullptr;
    QAction *m_export = nullptr;
    QAction *m_listen = nullptr;
    QProcess *m_voice = nullptr;
    bool m_preparingVoice = false; // Listen pressed, the voice's speed being measured
    int m_voiceRequest = 0;        // which Listen a measured speed is for
};

} // namespace PressDesk
