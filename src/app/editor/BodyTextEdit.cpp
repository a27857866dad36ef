#include "editor/BodyTextEdit.h"

#include "editor/DocumentStyle.h"
#include "text/RichText.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QUrl>

#include <algorithm>

namespace PressDesk {

BodyTextEdit::BodyTextEdit(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(false);
    setAutoFormatting(QTextEdit::AutoNone);
}

BodyTextEdit::~BodyTextEdit() = default;

bool BodyTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText();
}

void BodyTextEdit::insertFromMimeData(const QMimeData *source)
{
    insertSanitized(source);
}

void BodyTextEdit::insertSanitized(const QMimeData *source)
{
    if (!source)
        return;
    QTextCursor cursor = textCursor();
    if (source->hasHtml()) {
        QTextDocument clean;
        RichText::setHtml(&clean, source->html()); // sanitizes first
        DocumentStyle::polish(&clean);
        cursor.insertFragment(QTextDocumentFragment(&clean));
    } else if (source->hasText()) {
        cursor.insertText(source->text());
    } else {
        return;
    }
    setTextCursor(cursor);
    ensureCursorVisible();
    Q_EMIT contentPasted();
}

void BodyTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool split = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                       !(event->modifiers() & Qt::ShiftModifier);
    QTextEdit::keyPressEvent(event);
    if (split && event->isAccepted())
        Q_EMIT blockSplit();
}

void BodyTextEdit::resizeEvent(QResizeEvent *event)
{
    // Margins first: QTextEdit::resizeEvent lays the text out for the viewport's new width.
    updateColumnMargins();
    QTextEdit::resizeEvent(event);
    fitImages();
}

void BodyTextEdit::setImageResource(const QString &name, const QImage &image)
{
    m_images.insert(name, image);
    const int room = std::max(16, m_imageWidth);
    document()->addResource(QTextDocument::ImageResource, QUrl(name),
                            image.width() > room && m_imageWidth > 0
                                ? image.scaledToWidth(room, Qt::SmoothTransformation)
                                : image);
}

void BodyTextEdit::fitImages(bool force)
{
    const int room = std::max(16, viewport()->width() - 2 * int(document()->documentMargin()) - 4);
    if (room == m_imageWidth && !force)
        return;
    m_imageWidth = room;
    bool changed = false;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
        const QImage &image = it.value();
        document()->addResource(
            QTextDocument::ImageResource, QUrl(it.key()),
            image.width() > room ? image.scaledToWidth(room, Qt::SmoothTransformation) : image);
        changed = true;
    }
    if (changed) // relayout only: not an edit
        document()->markContentsDirty(0, document()->characterCount());
}

void BodyTextEdit::updateColumnMargins()
{
    // Viewport margins rather than document margins: layout only, never saved content.
    const int spare = width() - 2 * frameWidth() - columnWidth();
    const int side = spare > 0 ? spare / 2 : 0;
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

} // namespace PressDesk
