#include "editor/BodyTextEdit.h"

#include "editor/DocumentStyle.h"
#include "text/RichText.h"

#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
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
        // Text typed in an old Vietnamese font: the fonts the HTML names say which, else the
        // text itself (never when it already is Unicode).
        bool upperCase = false;
        auto encoding = Text::encodingOfHtmlFonts(source->html(), &upperCase);
        if (!encoding)
            encoding = Text::detectLegacy(clean.toPlainText());
        if (encoding && offerConversion(*encoding, clean.toPlainText(), upperCase))
            RichText::fromLegacy(&clean, *encoding, upperCase);
        cursor.insertFragment(QTextDocumentFragment(&clean));
    } else if (source->hasText()) {
        QString text = source->text();
        if (const auto encoding = Text::detectLegacy(text);
            encoding && offerConversion(*encoding, text, false))
            text = Text::fromLegacy(text, *encoding);
        cursor.insertText(text);
    } else {
        return;
    }
    setTextCursor(cursor);
    ensureCursorVisible();
    Q_EMIT contentPasted();
}

bool BodyTextEdit::offerConversion(Text::LegacyEncoding encoding, const QString &text,
                                   bool upperCase)
{
    const auto excerpt = [](QString s) {
        s = s.simplified();
        return s.size() > 160 ? s.left(160) + u'…' : s;
    };
    QMessageBox box(QMessageBox::Question, tr("Convert to Unicode?"),
                    tr("The pasted text seems to be typed in the old %1 encoding. Convert it to "
                       "Unicode so that it reads right everywhere?")
                        .arg(Text::legacyEncodingDisplayName(encoding)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("legacyPasteBox"));
    box.setInformativeText(
        tr("As pasted: “%1”\nConverted: “%2”")
            .arg(excerpt(text.left(400)),
                 excerpt(Text::fromLegacy(text.left(400), encoding, upperCase))));
    QPushButton *convert = box.addButton(tr("&Convert"), QMessageBox::AcceptRole);
    convert->setObjectName(QStringLiteral("convertLegacyButton"));
    QPushButton *asIs = box.addButton(tr("Paste &as it is"), QMessageBox::RejectRole);
    asIs->setObjectName(QStringLiteral("pasteAsIsButton"));
    box.setDefaultButton(convert);
    box.exec();
    return box.clickedButton() == convert;
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
