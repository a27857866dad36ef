#include "editor/BodyTextEdit.h"

#include "editor/DocumentStyle.h"
#include "editor/SpellHighlighter.h"
#include "text/RichText.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
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
        if (encoding && offerConversion(this, *encoding, clean.toPlainText(), upperCase))
            RichText::fromLegacy(&clean, *encoding, upperCase);
        cursor.insertFragment(QTextDocumentFragment(&clean));
    } else if (source->hasText()) {
        QString text = source->text();
        if (const auto encoding = Text::detectLegacy(text);
            encoding && offerConversion(this, *encoding, text, false))
            text = Text::fromLegacy(text, *encoding);
        cursor.insertText(text);
    } else {
        return;
    }
    setTextCursor(cursor);
    ensureCursorVisible();
    Q_EMIT contentPasted();
}

bool BodyTextEdit::offerConversion(QWidget *parent, Text::LegacyEncoding encoding,
                                   const QString &text, bool upperCase, LegacySource source)
{
    const bool import = source == LegacySource::Import;
    const auto excerpt = [](QString s) {
        s = s.simplified();
        return s.size() > 160 ? s.left(160) + u'…' : s;
    };
    const QString name = Text::legacyEncodingDisplayName(encoding);
    QMessageBox box(QMessageBox::Question, tr("Convert to Unicode?"),
                    import ? tr("The imported document seems to be typed in the old %1 "
                                "encoding. Convert it to Unicode so that it reads right "
                                "everywhere?")
                                 .arg(name)
                           : tr("The pasted text seems to be typed in the old %1 encoding. "
                                "Convert it to Unicode so that it reads right everywhere?")
                                 .arg(name),
                    QMessageBox::NoButton, parent);
    box.setObjectName(import ? QStringLiteral("legacyImportBox")
                             : QStringLiteral("legacyPasteBox"));
    const QString converted = excerpt(Text::fromLegacy(text.left(400), encoding, upperCase));
    box.setInformativeText(
        import
            ? tr("In the document: “%1”\nConverted: “%2”").arg(excerpt(text.left(400)), converted)
            : tr("As pasted: “%1”\nConverted: “%2”").arg(excerpt(text.left(400)), converted));
    QPushButton *convert = box.addButton(tr("&Convert"), QMessageBox::AcceptRole);
    convert->setObjectName(QStringLiteral("convertLegacyButton"));
    QPushButton *asIs = box.addButton(import ? tr("Import &as it is") : tr("Paste &as it is"),
                                      QMessageBox::RejectRole);
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

// The standard menu; on a word the spell checker underlines, its suggestions first (choosing
// one replaces the word, one undo step, its formatting kept), then adding it to the office
// dictionary as a word or as a proper name.
void BodyTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const int position = cursorForPosition(event->pos()).position();
    const auto misspelling = m_spell && !isReadOnly() && !textCursor().hasSelection()
                                 ? m_spell->misspellingAt(position)
                                 : std::nullopt;
    if (misspelling) {
        QAction *first = menu->actions().value(0);
        const auto replaceWith = [this, m = *misspelling](const QString &suggestion) {
            QTextCursor c(document());
            c.setPosition(int(m.offset));
            c.setPosition(int(m.offset + m.length), QTextCursor::KeepAnchor);
            c.insertText(suggestion);
        };
        QList<QAction *> added;
        for (const QString &suggestion : misspelling->suggestions) {
            auto *a = new QAction(suggestion, menu.get());
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            connect(a, &QAction::triggered, this,
                    [replaceWith, suggestion] { replaceWith(suggestion); });
            added << a;
        }
        if (misspelling->suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), menu.get());
            none->setEnabled(false);
            added << none;
        }
        const auto addAs = [this](const QString &word, DictionaryWord::Kind kind) {
            if (Status s = m_spell->addToDictionary(word, kind); !s)
                QMessageBox::warning(this, tr("Office dictionary"), s.error().message);
        };
        // A word with a capital (it starts a sentence) goes in as a word in lower case, which
        // is then correct in any case; "as a proper name" keeps the capital.
        const QString &word = misspelling->word;
        const QString asWord = word.front().isUpper() ? word.left(1).toLower() + word.mid(1) : word;
        auto *addWord =
            new QAction(tr("Add \"%1\" to the office dictionary").arg(asWord), menu.get());
        addWord->setObjectName(QStringLiteral("addToDictionaryAction"));
        connect(addWord, &QAction::triggered, this,
                [addAs, asWord] { addAs(asWord, DictionaryWord::Kind::Word); });
        added << addWord;
        if (word.front().isUpper()) {
            auto *addName = new QAction(tr("Add \"%1\" as a proper name").arg(word), menu.get());
            addName->setObjectName(QStringLiteral("addNameToDictionaryAction"));
            connect(addName, &QAction::triggered, this,
                    [addAs, word] { addAs(word, DictionaryWord::Kind::Name); });
            added << addName;
        }
        menu->insertActions(first, added);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

} // namespace PressDesk
