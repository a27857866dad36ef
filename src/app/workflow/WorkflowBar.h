#pragma once

#include "workflow/Workflow.h"

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace PressDesk {

class Database;

// The strip above the editor: the article's state, its approval (or that an edit voided
// it), and a button for each decision the current user may take now.
class WorkflowBar : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowBar)

public:
    explicit WorkflowBar(Database &db, QWidget *parent = nullptr);

    // Called before a decision; false cancels it (the open article could not be saved).
    void setSaveHook(std::function<bool()> hook) { m_saveHook = std::move(hook); }

    void showArticle(const QString &id);
    void refresh();
    QString articleId() const { return m_articleId; }

    // Takes action on the shown article as the current user; Return asks for a comment.
    // False when refused or cancelled (the reason is shown).
    bool decide(WorkflowAction action);

Q_SIGNALS:
    void decided(const QString &articleId);
    void historyRequested();
    void previewRequested();
    void publishRequested();  // to a portal, now or at a time
    void withdrawRequested(); // from a portal

private:
    Database &m_db;
    QString m_articleId;
    QLabel *m_status = nullptr;
    QLabel *m_detail = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    std::function<bool()> m_saveHook;
};

// Runs a decision with the UI around it (save first, ask a comment for Return, show a
// refusal). Shared by the bar and the review queue.
bool decideWithUi(Database &db, QWidget *parent, const QString &articleId, WorkflowAction action,
                  const std::function<bool()> &saveHook);

} // namespace PressDesk
