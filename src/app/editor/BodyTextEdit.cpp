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
#include <QTextTable>
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

// Tab and Shift+Tab in a table go to the next and previous cell (selecting what it holds); Tab
// in the last cell adds a row, as in a word processor.
bool BodyTextEdit::moveBetweenCells(bool back)
{
    QTextCursor cursor = textCursor();
    QTextTable *table = cursor.currentTable();
    if (!table)
        return false;
    const QTextTableCell cell = table->cellAt(cursor);
    // Cells in reading order, each where it starts.
    QList<QTextTableCell> cells;
    int here = -1;
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell at = table->cellAt(r, c);
            if (at.row() != r || at.column() != c)
                continue;
            if (at == cell)
                here = int(cells.size());
            cells.append(at);
        }
    }
    if (here < 0)
        return false;
    QTextTableCell target;
    if (back) {
        if (here == 0)
            return true;
        target = cells.at(here - 1);
    } else if (here + 1 < cells.size()) {
        target = cells.at(here + 1);
    } else {
        table->appendRows(1);
        const int row = table->rows() - 1;
        for (int c = 0; c < table->columns(); ++c) {
            QTextTableCell added = table->cellAt(row, c);
            if (added.row() == row && RichText::isHeaderCell(added))
                RichText::setHeaderCell(added, false);
        }
        target = table->cellAt(row, 0);
    }
    QTextCursor select = target.firstCursorPosition();
    select.setPosition(target.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    setTextCursor(select);
    return true;
}

void BodyTextEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) &&
        moveBetweenCells(event->key() == Qt::Key_Backtab ||
                         (event->modifiers() & Qt::ShiftModifier))) {
        event->accept();
        return;
    }
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
    if (m_spell && !isReadOnly() && !textCursor().hasSelection())
        m_spell->addSpellingActions(menu.get(), cursorForPosition(event->pos()).position(), this);
    menu->exec(event->globalPos());
}

} // namespace PressDesk
