#include "workflow/CommentsPanel.h"

#include "store/Database.h"
#include "store/UserRepository.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace PressDesk {

namespace {

const auto cardName = QLatin1String("commentCard");

// At most maxChars characters of text, cut between graphemes (never inside a letter with
// its tone marks), with an ellipsis when cut.
QString elided(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(maxChars - 1);
    if (!finder.isAtBoundary())
        finder.toPreviousBoundary();
    const qsizetype cut = std::max<qsizetype>(finder.position(), 1);
    return text.left(cut).trimmed() + QChar(0x2026);
}

// The plain text of a body selection as a quote: paragraph and line separators, frame
// boundaries and images become spaces, whitespace simplified (as the store keeps it).
QString quoteFromSelection(QString text)
{
    for (QChar &c : text) {
        switch (c.unicode()) {
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
        case QChar::ObjectReplacementCharacter:
        case 0xfdd0: // QTextBeginningOfFrame
        case 0xfdd1: // QTextEndOfFrame
            c = u' ';
            break;
        default:
            break;
        }
    }
    return text.simplified();
}

// The first occurrence of quote in doc starting at or after from. The quote is plain text
// with simplified whitespace: first searched as is, then allowing any run of whitespace
// (non-breaking spaces, paragraph breaks, images) between its words, for a passage that
// spans paragraphs.
QTextCursor findQuote(QTextDocument *doc, const QString &quote, int from)
{
    if (quote.isEmpty())
        return {};
    QTextCursor exact = doc->find(quote, from, QTextDocument::FindCaseSensitively);
    if (!exact.isNull())
        return exact;

    QString text;       // the blocks' text joined with '\n'
    QList<int> offsets; // the document position of each character of text
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QString blockText = b.text();
        for (qsizetype i = 0; i <= blockText.size(); ++i)
            offsets << b.position() + int(i);
        text += blockText + u'\n';
    }
    QStringList words = quote.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w = QRegularExpression::escape(w);
    const QRegularExpression pattern(words.join(QStringLiteral("[\\s\\x{fffc}]+")),
                                     QRegularExpression::UseUnicodePropertiesOption);
    const auto start = std::lower_bound(offsets.cbegin(), offsets.cend(), from);
    const QRegularExpressionMatch match =
        pattern.match(text, qsizetype(std::distance(offsets.cbegin(), start)));
    if (!match.hasMatch() || match.capturedLength() == 0)
        return {};
    QTextCursor found(doc);
    found.setPosition(offsets.at(match.capturedStart()));
    found.setPosition(offsets.at(match.capturedEnd() - 1) + 1, QTextCursor::KeepAnchor);
    return found;
}

// a mixed into b: share 0 is a, 1 is b.
QColor mixed(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

void setTextColor(QWidget *w, const QColor &color)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::ButtonText, color);
    w->setPalette(p);
}

QFont scaledFont(const QFont &base, qreal factor)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    return f;
}

} // namespace

CommentsPanel::CommentsPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("commentsPanel"));
    db.changes().subscribe(this, Change::Comments | Change::Users, [this] { refresh(); });
    setMinimumWidth(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("commentsHeaderLabel"));
    QFont headerFont = font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    layout->addWidget(m_header);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("commentsStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setFont(scaledFont(font(), 0.9));
    m_status->hide();
    layout->addWidget(m_status);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("commentsList"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_listWidget = new QWidget;
    m_listWidget->setObjectName(QStringLiteral("commentsListContents"));
    m_listLayout = new QVBoxLayout(m_listWidget);
    m_listLayout->setContentsMargins(0, 0, 2, 0);
    m_listLayout->setSpacing(8);
    m_empty = new QLabel(m_listWidget);
    m_empty->setObjectName(QStringLiteral("commentsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setContentsMargins(8, 24, 8, 24);
    setTextColor(m_empty, mixed(palette().color(QPalette::WindowText),
                                palette().color(QPalette::Window), 0.4));
    m_listLayout->addWidget(m_empty);
    m_listLayout->addStretch(1);
    m_scroll->setWidget(m_listWidget);
    layout->addWidget(m_scroll, 1);

    m_quote = new QLabel(this);
    m_quote->setObjectName(QStringLiteral("commentQuoteLabel"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    QFont quoteFont = scaledFont(font(), 0.9);
    quoteFont.setItalic(true);
    m_quote->setFont(quoteFont);
    setTextColor(m_quote, mixed(palette().color(QPalette::WindowText),
                                palette().color(QPalette::Window), 0.35));
    m_quote->hide();
    layout->addWidget(m_quote);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("commentEdit"));
    m_edit->setPlaceholderText(tr("Write a comment… (Ctrl+Enter to send)"));
    m_edit->setAccessibleName(tr("New comment"));
    m_edit->setTabChangesFocus(true);
    const QFontMetrics fm(m_edit->font());
    m_edit->setFixedHeight(fm.lineSpacing() * 4 + 2 * int(m_edit->document()->documentMargin()) +
                           2 * m_edit->frameWidth() + 2);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_add = new QPushButton(tr("&Comment"), this);
    m_add->setObjectName(QStringLiteral("addCommentButton"));
    m_add->setToolTip(tr("Add the comment (Ctrl+Enter); it is about the passage selected in "
                         "the text, if any"));
    buttons->addWidget(m_add);
    layout->addLayout(buttons);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &CommentsPanel::updateEnabled);
    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::addComment);
    showArticle(QString());
}

void CommentsPanel::setBodyEdit(QTextEdit *body)
{
    if (m_body)
        disconnect(m_body, nullptr, this, nullptr);
    m_body = body;
    if (body)
        connect(body, &QTextEdit::selectionChanged, this, &CommentsPanel::updateQuoteLabel);
    updateEnabled();
}

void CommentsPanel::showArticle(const QString &articleId)
{
    // A comment being written stays with its article.
    if (articleId != m_articleId) {
        if (!m_articleId.isEmpty() && !m_edit->toPlainText().trimmed().isEmpty())
            m_drafts.insert(m_articleId, m_edit->toPlainText());
        else
            m_drafts.remove(m_articleId);
        m_edit->setPlainText(m_drafts.take(articleId));
    }
    m_articleId = articleId;
    m_unread.clear();
    m_currentId.clear();
    setStatus(QString());
    if (articleId.isEmpty()) {
        m_comments.clear();
        clearCards();
        updateHeader();
        updateEnabled();
        return;
    }

    CommentRepository repo(m_db);
    const auto unread = repo.unreadCount(articleId);
    refresh();
    // The unread comments are the newest ones by others.
    int left = unread ? unread.value() : 0;
    const QString me = m_db.actingUser();
    for (auto it = m_comments.crbegin(); it != m_comments.crend() && left > 0; ++it) {
        if (it->author != me) {
            m_unread.insert(it->id);
            --left;
        }
    }
    if (!m_unread.isEmpty()) {
        const auto cards =
            m_listWidget->findChildren<QFrame *>(cardName, Qt::FindDirectChildrenOnly);
        for (QFrame *card : cards) {
            card->setProperty("unread", m_unread.contains(card->property("commentId").toString()));
            applyCardState(card);
        }
        if (auto read = repo.markRead(articleId); !read)
            setStatus(read.error().message, true);
        // Show the first new comment.
        for (const Comment &c : std::as_const(m_comments)) {
            if (m_unread.contains(c.id)) {
                scrollTo(c.id);
                break;
            }
        }
    } else if (!m_comments.isEmpty()) {
        scrollTo(m_comments.constLast().id);
    }
}

void CommentsPanel::refresh()
{
    m_names.clear();
    if (const auto users = UserRepository(m_db).list()) {
        for (const User &u : users.value())
            m_names.insert(u.name, u.displayName);
    }
    m_comments.clear();
    clearCards();
    if (!m_articleId.isEmpty()) {
        auto comments = CommentRepository(m_db).list(m_articleId);
        if (comments)
            m_comments = std::move(comments).value();
        else
            setStatus(comments.error().message, true);
    }
    for (const Comment &c : std::as_const(m_comments))
        m_listLayout->insertWidget(m_listLayout->count() - 1, buildCard(c));
    updateHeader();
    updateEnabled();
}

int CommentsPanel::unresolvedCount() const
{
    return int(std::count_if(m_comments.cbegin(), m_comments.cend(),
                             [](const Comment &c) { return !c.resolved; }));
}

bool CommentsPanel::addComment()
{
    const QString text = m_edit->toPlainText().trimmed();
    if (m_articleId.isEmpty() || text.isEmpty())
        return false;
    const QString quote = bodySelection();
    auto added = CommentRepository(m_db).add(m_articleId, text, quote);
    if (!added) {
        setStatus(added.error().message, true);
        return false;
    }
    m_edit->clear();
    setStatus(QString());
    // The passage has been commented on: the next comment is not about it unless chosen again.
    if (m_body && !quote.isEmpty()) {
        QTextCursor cursor = m_body->textCursor();
        cursor.clearSelection();
        m_body->setTextCursor(cursor);
    }
    refresh();
    scrollTo(added->id);
    Q_EMIT commentsChanged(m_articleId);
    return true;
}

bool CommentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        // Ctrl+Enter adds the comment, before any window shortcut can take it.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                addComment();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }

    auto *card = qobject_cast<QFrame *>(watched);
    if (!card || card->objectName() != cardName)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            // The release closing a double click does not activate again (which would go on
            // to the passage's next occurrence).
            m_doubleClicked = event->type() == QEvent::MouseButtonDblClick;
            card->setFocus(Qt::MouseFocusReason);
            return true;
        }
        break;
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QPoint at = card->mapFromGlobal(mouse->globalPosition().toPoint());
            if (card->rect().contains(at) && !std::exchange(m_doubleClicked, false))
                activate(card->property("commentId").toString());
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            activate(card->property("commentId").toString());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

QFrame *CommentsPanel::buildCard(const Comment &comment)
{
    auto *card = new QFrame(m_listWidget);
    card->setObjectName(cardName);
    card->setProperty("commentId", comment.id);
    card->setProperty("author", comment.author);
    card->setProperty("body", comment.body);
    card->setProperty("quote", comment.quote);
    card->setProperty("resolved", comment.resolved);
    card->setProperty("unread", m_unread.contains(comment.id));
    card->setFocusPolicy(Qt::StrongFocus);
    card->setAccessibleName(tr("Comment by %1").arg(comment.author));
    card->installEventFilter(this);
    if (!comment.quote.isEmpty()) {
        card->setCursor(Qt::PointingHandCursor);
        card->setToolTip(tr("Click to select the passage in the text"));
    }

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    auto *author = new QLabel(m_names.value(comment.author, comment.author), card);
    author->setObjectName(QStringLiteral("commentAuthorLabel"));
    author->setTextFormat(Qt::PlainText);
    author->setToolTip(comment.author);
    top->addWidget(author);
    auto *unread = new QLabel(tr("● New"), card);
    unread->setObjectName(QStringLiteral("commentNewLabel"));
    unread->setFont(scaledFont(font(), 0.85));
    top->addWidget(unread);
    top->addStretch(1);
    auto *time = new QLabel(
        comment.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), card);
    time->setObjectName(QStringLiteral("commentTimeLabel"));
    time->setFont(scaledFont(font(), 0.85));
    top->addWidget(time);
    layout->addLayout(top);

    // Long words (addresses) are cut rather than widening the panel.
    QSizePolicy wrapping(QSizePolicy::Ignored, QSizePolicy::Preferred);
    wrapping.setHeightForWidth(true);
    if (!comment.quote.isEmpty()) {
        auto *quote = new QLabel(tr("“%1”").arg(elided(comment.quote, 300)), card);
        quote->setObjectName(QStringLiteral("commentPassageLabel"));
        quote->setTextFormat(Qt::PlainText);
        quote->setWordWrap(true);
        quote->setSizePolicy(wrapping);
        QFont italic = font();
        italic.setItalic(true);
        quote->setFont(italic);
        if (comment.quote.size() > 300)
            quote->setToolTip(elided(comment.quote, 2000));
        layout->addWidget(quote);
    }
    auto *body = new QLabel(comment.body, card);
    body->setObjectName(QStringLiteral("commentBodyLabel"));
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setSizePolicy(wrapping);
    layout->addWidget(body);

    auto *bottom = new QHBoxLayout;
    auto *resolvedLabel = new QLabel(tr("✓ Resolved"), card);
    resolvedLabel->setObjectName(QStringLiteral("commentResolvedLabel"));
    resolvedLabel->setFont(scaledFont(font(), 0.85));
    bottom->addWidget(resolvedLabel);
    bottom->addStretch(1);
    auto *resolve = new QToolButton(card);
    resolve->setObjectName(QStringLiteral("resolveCommentButton"));
    resolve->setAutoRaise(true);
    resolve->setFont(scaledFont(font(), 0.9));
    bottom->addWidget(resolve);
    layout->addLayout(bottom);
    const QString id = comment.id;
    connect(resolve, &QToolButton::clicked, this, [this, id] { toggleResolved(id); });

    applyCardState(card);
    return card;
}

// Colours, fonts and texts that follow the card's state: resolved comments are greyed,
// new ones have a bold author, a "New" mark and an accent bar, the activated one a frame.
void CommentsPanel::applyCardState(QFrame *card)
{
    const bool resolved = card->property("resolved").toBool();
    const bool unread = card->property("unread").toBool();
    const bool current = card->property("commentId").toString() == m_currentId;
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor background = resolved ? mixed(base, pal.color(QPalette::Window), 0.6) : base;
    const QColor border = mixed(text, background, 0.8);
    card->setStyleSheet(QStringLiteral("QFrame#commentCard { background: %1; border: 1px solid %2; "
                                       "border-left: 3px solid %3; border-radius: 4px; }"
                                       "QFrame#commentCard:focus { border-color: %4; }")
                            .arg(background.name(), current ? accent.name() : border.name(),
                                 unread || current ? accent.name() : border.name(), accent.name()));

    const QColor mainText = resolved ? mixed(text, background, 0.5) : text;
    const QColor quietText = mixed(text, background, resolved ? 0.6 : 0.4);
    for (QLabel *label : card->findChildren<QLabel *>()) {
        const QString name = label->objectName();
        if (name == QLatin1String("commentNewLabel")) {
            label->setVisible(unread);
            setTextColor(label, accent);
        } else if (name == QLatin1String("commentResolvedLabel")) {
            label->setVisible(resolved);
            setTextColor(label, quietText);
        } else if (name == QLatin1String("commentPassageLabel") ||
                   name == QLatin1String("commentTimeLabel")) {
            setTextColor(label, quietText);
        } else {
            setTextColor(label, mainText);
        }
        if (name == QLatin1String("commentAuthorLabel")) {
            QFont f = font();
            f.setBold(unread || !resolved);
            label->setFont(f);
        }
    }
    if (auto *resolve = card->findChild<QToolButton *>(QStringLiteral("resolveCommentButton"))) {
        resolve->setText(resolved ? tr("Reopen") : tr("Resolve"));
        resolve->setToolTip(resolved ? tr("Mark the comment as still to be dealt with")
                                     : tr("Mark the comment as dealt with"));
    }
}

void CommentsPanel::clearCards()
{
    const auto cards = m_listWidget->findChildren<QFrame *>(cardName, Qt::FindDirectChildrenOnly);
    for (QFrame *card : cards) {
        m_listLayout->removeWidget(card);
        card->hide();
        card->setParent(nullptr);
        card->deleteLater(); // may be running one of its own handlers
    }
}

void CommentsPanel::scrollTo(const QString &commentId)
{
    // After the layout has given the new cards their size.
    QTimer::singleShot(0, this, [this, commentId] {
        const auto cards =
            m_listWidget->findChildren<QFrame *>(cardName, Qt::FindDirectChildrenOnly);
        for (QFrame *card : cards) {
            if (card->property("commentId").toString() == commentId)
                m_scroll->ensureWidgetVisible(card, 0, 8);
        }
    });
}

void CommentsPanel::activate(const QString &commentId)
{
    const Comment *comment = commentById(commentId);
    if (!comment)
        return;
    m_currentId = commentId;
    const auto cards = m_listWidget->findChildren<QFrame *>(cardName, Qt::FindDirectChildrenOnly);
    for (QFrame *card : cards)
        applyCardState(card);
    setStatus(QString());
    if (comment->quote.isEmpty() || !m_body)
        return;

    // Activated again while its passage is selected: the next occurrence, if any.
    const QTextCursor selected = m_body->textCursor();
    int from = 0;
    if (selected.hasSelection() && quoteFromSelection(selected.selectedText()) == comment->quote)
        from = selected.selectionStart() + 1;
    QTextCursor found = findQuote(m_body->document(), comment->quote, from);
    if (found.isNull() && from > 0)
        found = findQuote(m_body->document(), comment->quote, 0);
    if (found.isNull()) {
        setStatus(tr("The quoted passage is no longer in the text."));
        return;
    }
    m_body->setTextCursor(found);
    m_body->ensureCursorVisible(); // the end of the passage; its start too:
    QTextCursor start = found;
    start.setPosition(found.selectionStart());
    const QRect startRect = m_body->cursorRect(start);
    if (startRect.top() < 0) {
        QScrollBar *bar = m_body->verticalScrollBar();
        bar->setValue(bar->value() + startRect.top() - startRect.height());
    }
}

void CommentsPanel::toggleResolved(const QString &commentId)
{
    auto it = std::find_if(m_comments.begin(), m_comments.end(),
                           [&commentId](const Comment &c) { return c.id == commentId; });
    if (it == m_comments.end())
        return;
    const bool resolved = !it->resolved;
    if (auto done = CommentRepository(m_db).setResolved(commentId, resolved); !done) {
        setStatus(done.error().message, true);
        return;
    }
    it->resolved = resolved;
    setStatus(QString());
    const auto cards = m_listWidget->findChildren<QFrame *>(cardName, Qt::FindDirectChildrenOnly);
    for (QFrame *card : cards) {
        if (card->property("commentId").toString() == commentId) {
            card->setProperty("resolved", resolved);
            applyCardState(card);
        }
    }
    updateHeader();
    Q_EMIT commentsChanged(m_articleId);
}

void CommentsPanel::updateQuoteLabel()
{
    const QString quote = m_articleId.isEmpty() ? QString() : bodySelection();
    if (quote.isEmpty()) {
        m_quote->hide();
        m_quote->clear();
        return;
    }
    m_quote->setText(tr("On: “%1”").arg(elided(quote, 80)));
    m_quote->setToolTip(elided(quote, 1000));
    m_quote->show();
}

void CommentsPanel::updateEnabled()
{
    const bool open = !m_articleId.isEmpty();
    m_scroll->setEnabled(open);
    m_edit->setEnabled(open);
    m_add->setEnabled(open && !m_edit->toPlainText().trimmed().isEmpty());
    m_empty->setVisible(open && m_comments.isEmpty());
    m_empty->setText(m_body ? tr("No comments yet. Select a passage in the text to comment on "
                                 "it, or write about the whole article below.")
                            : tr("No comments yet."));
    updateQuoteLabel();
}

void CommentsPanel::updateHeader()
{
    if (m_articleId.isEmpty()) {
        m_header->setText(tr("No article open"));
        m_header->setToolTip(QString());
        return;
    }
    m_header->setText(m_comments.isEmpty() ? tr("Comments")
                                           : tr("Comments (%1)").arg(m_comments.size()));
    m_header->setToolTip(tr("%n comment(s) not resolved", nullptr, unresolvedCount()));
}

void CommentsPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: 600;")
                                  : QString());
    m_status->setVisible(!text.isEmpty());
}

QString CommentsPanel::bodySelection() const
{
    return m_body ? quoteFromSelection(m_body->textCursor().selectedText()) : QString();
}

const Comment *CommentsPanel::commentById(const QString &id) const
{
    for (const Comment &c : m_comments) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace PressDesk
