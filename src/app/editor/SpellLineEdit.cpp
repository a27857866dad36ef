#include "editor/SpellLineEdit.h"

#include "editor/SpellHighlighter.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

#include <memory>

namespace PressDesk {

SpellLineEdit::SpellLineEdit(Database &db, QWidget *parent)
    : QLineEdit(parent), m_copy(new QTextDocument(this))
{
    // A document without a layout tells no one of its changes, and the highlighter would
    // never check the line: it gets the default one.
    (void)m_copy->documentLayout();
    m_spell = new SpellHighlighter(db, m_copy);
    connect(this, &QLineEdit::textChanged, this, &SpellLineEdit::copyText);
    // A suggestion replaces the word in the copy: the line takes the same change.
    connect(m_copy, &QTextDocument::contentsChange, this, &SpellLineEdit::takeReplacement);
    // The office dictionary changed (here, elsewhere, by a sync): the highlighter has checked
    // the copy again by the time this runs; the underline is redrawn.
    db.changes().subscribe(this, Change::Dictionary,
                           [this] { QTimer::singleShot(0, this, qOverload<>(&QWidget::update)); });
}

SpellLineEdit::~SpellLineEdit() = default;

void SpellLineEdit::copyText()
{
    if (m_copying)
        return;
    m_copying = true;
    m_copy->setPlainText(text());
    m_copying = false;
    update();
}

void SpellLineEdit::takeReplacement(int position, int removed, int added)
{
    if (m_copying || isReadOnly())
        return;
    const QString replacement = m_copy->toPlainText().mid(position, added);
    m_copying = true;
    setSelection(position, removed);
    insert(replacement); // undoable, as typing is
    m_copying = false;
}

QList<std::pair<int, int>> SpellLineEdit::misspelledRanges() const
{
    QList<std::pair<int, int>> ranges;
    const QTextBlock line = m_copy->firstBlock();
    if (!line.isValid() || !line.layout())
        return ranges;
    for (const QTextLayout::FormatRange &r : line.layout()->formats())
        if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ranges.append({r.start, r.start + r.length});
    return ranges;
}

void SpellLineEdit::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    const QList<std::pair<int, int>> ranges = misspelledRanges();
    if (ranges.isEmpty() || text().isEmpty())
        return;
    // Positions to pixels: from the cursor's place, which QLineEdit knows with its scrolling,
    // by the widths of the text between.
    const QString line = text();
    const QFontMetricsF fm(font());
    const qreal cursorX = cursorRect().center().x();
    const qreal cursorAdvance = fm.horizontalAdvance(line.left(cursorPosition()));
    const auto xOf = [&](int position) {
        return cursorX + fm.horizontalAdvance(line.left(position)) - cursorAdvance;
    };
    // Under the baseline, where the body's underline is.
    const QRect cursor = cursorRect();
    const qreal y = cursor.center().y() - (fm.ascent() + fm.descent()) / 2 + fm.ascent() + 1.5;
    QPainter painter(this);
    painter.setClipRect(contentsRect());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::red, 1.2));
    const qreal wave = 2.0;
    for (const auto &[from, to] : ranges) {
        const qreal x1 = xOf(from);
        const qreal x2 = xOf(to);
        QPainterPath path(QPointF(x1, y));
        bool up = true;
        for (qreal x = x1 + wave; x <= x2; x += wave, up = !up)
            path.lineTo(x, up ? y + wave : y);
        painter.drawPath(path);
    }
}

void SpellLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu());
    // On a word outside the selection (a right click does not move a line's cursor), the
    // word's suggestions; on the selection, the menu for what is selected.
    const int at = cursorPositionAt(event->pos());
    const bool onSelection = hasSelectedText() && at >= selectionStart() && at <= selectionEnd();
    if (!isReadOnly() && !onSelection)
        m_spell->addSpellingActions(menu.get(), at, this);
    menu->exec(event->globalPos());
}

} // namespace PressDesk
