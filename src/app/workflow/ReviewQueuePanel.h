#pragma once

#include "workflow/WorkflowService.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace PressDesk {

class Database;

// The supervisor's queue: submitted articles, the longest waiting first, with author,
// category, length and waiting time. Select one to read it in the editor; approve with
// Ctrl+Enter or return with Ctrl+Shift+Enter (a comment is asked).
class ReviewQueuePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueuePanel)

public:
    explicit ReviewQueuePanel(Database &db, QWidget *parent = nullptr);

    void setSaveHook(std::function<bool()> hook) { m_saveHook = std::move(hook); }
    // What the user has read of an article (the revision on screen); an approval names it.
    // Without one, or for another article, the revision the user last opened counts.
    void setReadHook(std::function<ReadMark(const QString &)> hook)
    {
        m_readHook = std::move(hook);
    }
    void refresh();
    int count() const;
    // Selects the article open in the editor when it is in the queue (no signal).
    void selectArticle(const QString &id);
    QString selectedArticleId() const;
    bool approveSelected();
    bool returnSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void articleActivated(const QString &id);
    void countChanged(int count);
    void decided(const QString &id);
    // Show what changed between the revision the reviewer saw and the latest one.
    void compareRequested(const QString &id, int seenRevision, int latestRevision);
    // An approval was refused: the article changed since the revision read (see WorkflowBar).
    void readOutdated(const QString &articleId, int readRevision, int latestRevision,
                      bool showChanges);

private:
    bool decideSelected(int action);
    void updateButtons();

    Database &m_db;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
    std::function<bool()> m_saveHook;
    std::function<ReadMark(const QString &)> m_readHook;
};

} // namespace PressDesk
