#pragma once

#include "workflow/Workflow.h"
#include "workflow/WorkflowService.h"

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace PressDesk {

class Database;
class ElidedLabel;

// The strip above the editor: the article's state, its approval (or that an edit voided
// it), and a button for each decision the current user may take now. It never asks for more
// width than its state chip and a "More" button: long details are elided (in full in the
// tooltip), a published article's address is a short link, and the buttons that do not fit
// move into the "More" menu.
class WorkflowBar : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowBar)

public:
    explicit WorkflowBar(Database &db, QWidget *parent = nullptr);

    // Called before a decision; false cancels it (the open article could not be saved).
    void setSaveHook(std::function<bool()> hook) { m_saveHook = std::move(hook); }
    // What the user has read of an article (the revision on screen); an approval names it.
    void setReadHook(std::function<ReadMark(const QString &)> hook)
    {
        m_readHook = std::move(hook);
    }

    void showArticle(const QString &id);
    void refresh();
    QString articleId() const { return m_articleId; }

    // Takes action on the shown article as the current user; Return asks for a comment.
    // False when refused or cancelled (the reason is shown).
    bool decide(WorkflowAction action);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void decided(const QString &articleId);
    void historyRequested();
    void previewRequested();
    void publishRequested();  // to a portal, now or at a time
    void withdrawRequested(); // from a portal
    // An approval was refused: the article changed since the revision read. Show the latest
    // and, when asked, what changed between the two.
    void readOutdated(const QString &articleId, int readRevision, int latestRevision,
                      bool showChanges);

private:
    // Shows the buttons that fit, in order, and puts the others in the "More" menu.
    void arrangeButtons();

    Database &m_db;
    QString m_articleId;
    QLabel *m_status = nullptr;
    ElidedLabel *m_detail = nullptr;
    QLabel *m_portalLink = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QList<QPushButton *> m_actions; // decisions, then preview and history, in priority order
    QPushButton *m_preview = nullptr;
    QPushButton *m_history = nullptr;
    QToolButton *m_more = nullptr;
    bool m_arranging = false;
    std::function<bool()> m_saveHook;
    std::function<ReadMark(const QString &)> m_readHook;
};

// How a decision reaches the rest of the window.
struct DecisionHooks
{
    std::function<bool()> save;                    // before deciding; false cancels
    std::function<ReadMark(const QString &)> read; // after saving: what the user read
    std::function<void(int, int, bool)> outdated;  // approval refused: read, latest, compare?
};

// Runs a decision with the UI around it (save first, ask a comment for Return, approve what
// was read, show a refusal and offer what changed). Shared by the bar and the review queue.
bool decideWithUi(Database &db, QWidget *parent, const QString &articleId, WorkflowAction action,
                  const DecisionHooks &hooks);

} // namespace PressDesk
