#pragma once

#include "text/LegacyVietnamese.h"

#include <QHash>
#include <QImage>
#include <QTextEdit>

namespace PressDesk {

class SpellHighlighter;

// The article body: a rich text edit whose paste goes through the HTML sanitizer (via
// RichText::setHtml), so nothing from a web page or Word (scripts, event handlers, styles,
// foreign images) reaches the document. Lays the text out as a centred column of
// readable width.
class BodyTextEdit : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyTextEdit)

public:
    explicit BodyTextEdit(QWidget *parent = nullptr);
    ~BodyTextEdit() override;

    static constexpr int columnWidth() { return 780; }

    // Inserts source at the cursor the way a paste does: HTML sanitized, else plain text. Text
    // typed in an old Vietnamese encoding (TCVN3, VNI, VIQR, Windows-1258: by the fonts the
    // HTML names, else by the text) is offered for conversion to Unicode, with a preview.
    void insertSanitized(const QMimeData *source);

    // Adds an image for the document, shown at most as wide as the text column: display
    // only — the document's image format (hence the saved HTML) carries no size, and the
    // stored image stays full size.
    void setImageResource(const QString &name, const QImage &image);

    // Where legacy text comes from, for the question's wording.
    enum class LegacySource { Paste, Import };

    // Asks whether to convert text typed in a legacy encoding (a preview of both: the text as
    // it came and converted); true to convert. The paste and File → Import document ask with
    // it. Object names: legacyPasteBox (legacyImportBox), convertLegacyButton, pasteAsIsButton.
    static bool offerConversion(QWidget *parent, Text::LegacyEncoding encoding, const QString &text,
                                bool upperCase, LegacySource source = LegacySource::Paste);

    // Spell checking as you type (the highlighter underlines; the context menu of an
    // underlined word offers its suggestions and adding it to the office dictionary).
    void setSpellHighlighter(SpellHighlighter *highlighter) { m_spell = highlighter; }
    SpellHighlighter *spellHighlighter() const { return m_spell; }

Q_SIGNALS:
    // Enter split a block: the new block may need the paragraph style back (after a heading,
    // a figure or its caption).
    void blockSplit();
    // Content arrived from outside (paste, drop) that may reference stored images.
    void contentPasted();

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool moveBetweenCells(bool back);
    void updateColumnMargins();
    // Re-adds the images scaled to the current column width when that changed.
    void fitImages(bool force = false);

    QHash<QString, QImage> m_images; // as decoded, by resource name
    int m_imageWidth = 0;            // the width images were last fitted to
    SpellHighlighter *m_spell = nullptr;
};

} // namespace PressDesk
