#pragma once

#include "store/CommentRepository.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTextEdit;
class QVBoxLayout;

namespace PressDesk {

class Database;

// The editorial comments of the article open in the editor, beside it: a supervisor writes
// comments, optionally about a passage selected in the body (the quote); the author reads
// them and resolves them. Clicking a comment with a quote selects the passage in the body.
// Comments by others that were unread when the article was shown are marked as new.
class CommentsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentsPanel)

public:
    explicit CommentsPanel(Database &db, QWidget *parent = nullptr);

    // The editor whose body selection becomes a comment's quote and whose body is searched
    // to show a quoted passage. May be null (then comments are whole-article only).
    void setBodyEdit(QTextEdit *body);
    // Loads the comments of articleId (empty: none open) and marks them read.
    void showArticle(const QString &articleId);
    // Reloads the comments of the article shown (keeps the "new" marks).
    void refresh();

    QString articleId() const { return m_articleId; }
    int count() const { return int(m_comments.size()); }
    int unresolvedCount() const;
    // Adds the text of the comment edit (quoting the body selection). False: nothing to add
    // or the store refused (the error is shown, the text kept).
    bool addComment();

Q_SIGNALS:
    void commentsChanged(const QString &articleId); // added / resolved

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QFrame *buildCard(const Comment &comment);
    void applyCardState(QFrame *card);
    void clearCards();
    void scrollTo(const QString &commentId);
    void activate(const QString &commentId);
    void toggleResolved(const QString &commentId);
    void updateQuoteLabel();
    void updateEnabled();
    void updateHeader();
    void setStatus(const QString &text, bool error = false);
    QString bodySelection() const;
    const Comment *commentById(const QString &id) const;

    Database &m_db;
    QString m_articleId;
    QList<Comment> m_comments;
    QSet<QString> m_unread;           // ids marked new since showArticle()
    QHash<QString, QString> m_names;  // user name -> display name
    QString m_currentId;              // the comment last activated
    QHash<QString, QString> m_drafts; // article id -> unsent comment text
    QPointer<QTextEdit> m_body;
    bool m_doubleClicked = false;

    QLabel *m_header = nullptr;
    QLabel *m_status = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_listWidget = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_quote = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace PressDesk
