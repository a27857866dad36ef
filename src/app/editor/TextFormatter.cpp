#include "editor/TextFormatter.h"

#include "editor/DocumentStyle.h"
#include "editor/EditorIcons.h"
#include "editor/FormatPrototypes.h"
#include "text/RichText.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QIcon>
#include <QInputDialog>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QUrl>

namespace PressDesk {

namespace {

const FormatPrototypes &proto()
{
    return FormatPrototypes::instance();
}

// The blocks touched by the cursor's selection (or the cursor's block).
QList<QTextBlock> blocksOf(const QTextCursor &cursor)
{
    QList<QTextBlock> out;
    const QTextDocument *doc = cursor.document();
    QTextBlock b = doc->findBlock(cursor.selectionStart());
    const QTextBlock last = doc->findBlock(cursor.selectionEnd());
    for (; b.isValid(); b = b.next()) {
        out << b;
        if (b == last)
            break;
    }
    return out;
}

QTextCursor wholeBlock(const QTextBlock &block)
{
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    return c;
}

QString normalizedUrl(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char(':')))
        return QUrl(QStringLiteral("mailto:") + text).toString(QUrl::FullyEncoded);
    // "portal.hanoi.gov.vn" means the secure site.
    const QString withScheme =
        text.contains(QLatin1String("://")) || text.startsWith(QLatin1String("mailto:"))
            ? text
            : QStringLiteral("https://") + text;
    return QUrl::fromUserInput(withScheme).toString(QUrl::FullyEncoded);
}

} // namespace

TextFormatter::TextFormatter(QTextEdit *edit, QObject *parent) : QObject(parent), m_edit(edit)
{
    const QPalette palette = m_edit->palette();
    auto icon = [&palette](EditorIcon kind) {
        return editorIcon(kind, palette);
    };
    m_styleGroup = new QActionGroup(this);
    m_paragraph = makeAction(tr("&Paragraph"), QIcon(), QKeySequence(tr("Ctrl+0")), true);
    m_heading2 = makeAction(tr("Heading &2"), QIcon(), QKeySequence(tr("Ctrl+2")), true);
    m_heading3 = makeAction(tr("Heading &3"), QIcon(), QKeySequence(tr("Ctrl+3")), true);
    m_paragraph->setObjectName(QStringLiteral("paragraphAction"));
    m_heading2->setObjectName(QStringLiteral("heading2Action"));
    m_heading3->setObjectName(QStringLiteral("heading3Action"));
    for (QAction *a : {m_paragraph, m_heading2, m_heading3})
        m_styleGroup->addAction(a);
    m_paragraph->setChecked(true);
    connect(m_paragraph, &QAction::triggered, this,
            [this] { setBlockStyle(BlockStyle::Paragraph); });
    connect(m_heading2, &QAction::triggered, this, [this] { setBlockStyle(BlockStyle::Heading2); });
    connect(m_heading3, &QAction::triggered, this, [this] { setBlockStyle(BlockStyle::Heading3); });

    m_bold = makeAction(tr("&Bold"), icon(EditorIcon::Bold), QKeySequence::Bold, true);
    m_bold->setObjectName(QStringLiteral("boldAction"));
    m_italic = makeAction(tr("&Italic"), icon(EditorIcon::Italic), QKeySequence::Italic, true);
    m_italic->setObjectName(QStringLiteral("italicAction"));
    m_link = makeAction(tr("&Link…"), icon(EditorIcon::Link), QKeySequence(tr("Ctrl+K")), true);
    m_link->setObjectName(QStringLiteral("linkAction"));
    m_bulletList = makeAction(tr("B&ulleted list"), icon(EditorIcon::BulletList),
                              QKeySequence(tr("Ctrl+Shift+8")), true);
    m_bulletList->setObjectName(QStringLiteral("bulletListAction"));
    m_numberedList = makeAction(tr("&Numbered list"), icon(EditorIcon::NumberedList),
                                QKeySequence(tr("Ctrl+Shift+7")), true);
    m_numberedList->setObjectName(QStringLiteral("numberedListAction"));
    m_quote = makeAction(tr("Block &quote"), icon(EditorIcon::Quote),
                         QKeySequence(tr("Ctrl+Shift+Q")), true);
    m_quote->setObjectName(QStringLiteral("quoteAction"));
    m_image = makeAction(tr("Insert &image…"), icon(EditorIcon::Image), {}, false);
    m_image->setObjectName(QStringLiteral("insertImageAction"));
    m_undo = makeAction(tr("&Undo"), icon(EditorIcon::Undo), QKeySequence::Undo, false);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo =
        makeAction(tr("&Redo"), icon(EditorIcon::Redo), QKeySequence(tr("Ctrl+Shift+Z")), false);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    auto separator = [this] {
        auto *s = new QAction(this);
        s->setSeparator(true);
        return s;
    };
    m_menuActions = {m_paragraph, m_heading2,  m_heading3,  separator(),  m_bold,
                     m_italic,    m_link,      separator(), m_bulletList, m_numberedList,
                     m_quote,     separator(), m_image};

    connect(m_bold, &QAction::triggered, this, &TextFormatter::toggleBold);
    connect(m_italic, &QAction::triggered, this, &TextFormatter::toggleItalic);
    connect(m_link, &QAction::triggered, this, &TextFormatter::editLink);
    connect(m_bulletList, &QAction::triggered, this, &TextFormatter::toggleBulletList);
    connect(m_numberedList, &QAction::triggered, this, &TextFormatter::toggleNumberedList);
    connect(m_quote, &QAction::triggered, this, &TextFormatter::toggleQuote);
    connect(m_image, &QAction::triggered, this, &TextFormatter::insertImageRequested);
    connect(m_undo, &QAction::triggered, m_edit, &QTextEdit::undo);
    connect(m_redo, &QAction::triggered, m_edit, &QTextEdit::redo);
    connect(m_edit, &QTextEdit::undoAvailable, m_undo, &QAction::setEnabled);
    connect(m_edit, &QTextEdit::redoAvailable, m_redo, &QAction::setEnabled);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &TextFormatter::updateStates);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &TextFormatter::updateStates);
}

TextFormatter::~TextFormatter() = default;

QAction *TextFormatter::makeAction(const QString &text, const QIcon &icon,
                                   const QKeySequence &shortcut, bool checkable)
{
    auto *action = new QAction(text, this);
    action->setIcon(icon);
    action->setShortcut(shortcut);
    action->setCheckable(checkable);
    if (!shortcut.isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
    return action;
}

QList<QAction *> TextFormatter::menuActions() const
{
    return m_menuActions;
}

QToolBar *TextFormatter::createToolBar(QWidget *parent)
{
    auto *bar = new QToolBar(tr("Formatting"), parent);
    bar->setObjectName(QStringLiteral("formatToolBar"));
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_styleCombo = new QComboBox(bar);
    m_styleCombo->setObjectName(QStringLiteral("paragraphStyleComboBox"));
    m_styleCombo->setAccessibleName(tr("Paragraph style"));
    m_styleCombo->setToolTip(tr("Paragraph style"));
    m_styleCombo->addItem(tr("Paragraph"), int(BlockStyle::Paragraph));
    m_styleCombo->addItem(tr("Heading 2"), int(BlockStyle::Heading2));
    m_styleCombo->addItem(tr("Heading 3"), int(BlockStyle::Heading3));
    m_styleCombo->setFocusPolicy(Qt::NoFocus);
    connect(m_styleCombo, &QComboBox::activated, this, [this](int index) {
        setBlockStyle(BlockStyle(m_styleCombo->itemData(index).toInt()));
        m_edit->setFocus();
    });
    bar->addWidget(m_styleCombo);
    bar->addSeparator();
    bar->addActions({m_bold, m_italic, m_link});
    bar->addSeparator();
    bar->addActions({m_bulletList, m_numberedList, m_quote});
    bar->addSeparator();
    bar->addAction(m_image);
    bar->addSeparator();
    bar->addActions({m_undo, m_redo});
    updateStates();
    return bar;
}

void TextFormatter::forEachFragment(const QTextCursor &selection,
                                    const std::function<void(QTextCharFormat &)> &change)
{
    const int start = selection.selectionStart();
    const int end = selection.selectionEnd();
    QTextDocument *doc = selection.document();
    // Collect first: changing formats while iterating invalidates the iterators.
    struct Range
    {
        int from;
        int to;
        QTextCharFormat format;
    };
    QList<Range> ranges;
    for (QTextBlock b = doc->findBlock(start); b.isValid() && b.position() <= end; b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const int from = std::max(start, f.position());
            const int to = std::min(end, f.position() + f.length());
            if (from < to)
                ranges.append({from, to, f.charFormat()});
        }
    }
    QTextCursor edit(doc);
    for (Range &r : ranges) {
        change(r.format);
        edit.setPosition(r.from);
        edit.setPosition(r.to, QTextCursor::KeepAnchor);
        edit.setCharFormat(r.format);
    }
}

void TextFormatter::toggleCharDelta(const QMap<int, QVariant> &delta)
{
    const bool on = !FormatPrototypes::matches(m_edit->currentCharFormat(), delta);
    const QTextCharFormat &base = proto().paragraph.chars;
    auto change = [&](QTextCharFormat &f) {
        if (on)
            FormatPrototypes::apply(f, delta);
        else
            FormatPrototypes::revert(f, delta, base);
    };
    QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection()) {
        cursor.beginEditBlock();
        forEachFragment(cursor, change);
        cursor.endEditBlock();
    }
    QTextCharFormat current = m_edit->currentCharFormat();
    change(current);
    m_edit->setCurrentCharFormat(current);
    updateStates();
}

void TextFormatter::toggleBold()
{
    toggleCharDelta(proto().bold);
}

void TextFormatter::toggleItalic()
{
    toggleCharDelta(proto().italic);
}

void TextFormatter::setBlockStyle(BlockStyle style)
{
    const FormatPrototypes &p = proto();
    const FormatPrototypes::BlockStyle &target = style == BlockStyle::Heading2   ? p.heading2
                                                 : style == BlockStyle::Heading3 ? p.heading3
                                                                                 : p.paragraph;
    const QList<int> blockKeys = p.headingBlockKeys();
    const QList<int> charKeys = p.headingCharKeys();
    auto restyleChars = [&](QTextCharFormat &f) {
        for (int key : charKeys) {
            if (target.chars.hasProperty(key))
                f.setProperty(key, target.chars.property(key));
            else
                f.clearProperty(key);
        }
    };
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    for (const QTextBlock &block : blocksOf(cursor)) {
        QTextBlockFormat bf = block.blockFormat();
        for (int key : blockKeys) {
            if (target.block.hasProperty(key))
                bf.setProperty(key, target.block.property(key));
            else
                bf.clearProperty(key);
        }
        QTextCursor c = wholeBlock(block);
        c.setBlockFormat(bf);
        QTextCharFormat bcf = block.charFormat();
        restyleChars(bcf);
        c.setBlockCharFormat(bcf);
        if (c.hasSelection())
            forEachFragment(c, restyleChars);
    }
    DocumentStyle::polish(cursor.document(), cursor.selectionStart(), cursor.selectionEnd());
    cursor.endEditBlock();
    QTextCharFormat current = m_edit->currentCharFormat();
    restyleChars(current);
    m_edit->setCurrentCharFormat(current);
    updateStates();
}

void TextFormatter::continueAsParagraph()
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextBlock block = cursor.block();
    const QTextBlock previous = block.previous();
    if (!previous.isValid())
        return;
    // Enter at the end of a heading, a figure or its caption continues with a paragraph;
    // splitting a heading in the middle keeps both halves headings.
    const QTextBlockFormat pf = previous.blockFormat();
    const bool wasSpecial =
        pf.headingLevel() > 0 || pf.intProperty(RichText::BlockKindProperty) != 0;
    if (!wasSpecial || block.textList() || block.length() > 1)
        return;
    cursor.beginEditBlock();
    cursor.setBlockFormat(proto().paragraph.block);
    cursor.setBlockCharFormat(proto().paragraph.chars);
    DocumentStyle::polish(cursor.document(), cursor.selectionStart(), cursor.selectionEnd());
    cursor.endEditBlock();
    m_edit->setCurrentCharFormat(proto().paragraph.chars);
    updateStates();
}

void TextFormatter::toggleQuote()
{
    const FormatPrototypes &p = proto();
    QTextCursor cursor = m_edit->textCursor();
    const bool on = !FormatPrototypes::matches(cursor.blockFormat(), p.quote);
    cursor.beginEditBlock();
    for (const QTextBlock &block : blocksOf(cursor)) {
        QTextBlockFormat bf = block.blockFormat();
        if (on)
            FormatPrototypes::apply(bf, p.quote);
        else
            FormatPrototypes::revert(bf, p.quote, p.paragraph.block);
        QTextCursor(block).setBlockFormat(bf);
    }
    DocumentStyle::polish(cursor.document(), cursor.selectionStart(), cursor.selectionEnd());
    cursor.endEditBlock();
    updateStates();
}

void TextFormatter::toggleBulletList()
{
    toggleList(false);
}

void TextFormatter::toggleNumberedList()
{
    toggleList(true);
}

void TextFormatter::toggleList(bool numbered)
{
    const QTextListFormat &wanted = numbered ? proto().numberedList : proto().bulletList;
    QTextCursor cursor = m_edit->textCursor();
    QTextList *current = cursor.currentList();
    cursor.beginEditBlock();
    if (current && current->format().style() == wanted.style()) {
        for (const QTextBlock &block : blocksOf(cursor)) {
            if (QTextList *list = block.textList()) {
                list->remove(block);
                QTextBlockFormat bf = block.blockFormat();
                bf.setIndent(0);
                QTextCursor(block).setBlockFormat(bf);
            }
        }
    } else if (current) {
        QTextListFormat f = current->format();
        f.setStyle(wanted.style());
        current->setFormat(f);
    } else {
        cursor.createList(wanted);
    }
    DocumentStyle::polish(cursor.document(), cursor.selectionStart(), cursor.selectionEnd());
    cursor.endEditBlock();
    updateStates();
}

void TextFormatter::editLink()
{
    const QTextCharFormat current = m_edit->textCursor().charFormat();
    const QString existing = current.isAnchor() ? current.anchorHref() : QString();
    bool ok = false;
    const QString url = QInputDialog::getText(
        m_edit, tr("Link"), tr("Web address (leave empty to remove the link):"), QLineEdit::Normal,
        existing.isEmpty() ? QStringLiteral("https://") : existing, &ok);
    if (ok)
        setLink(url == QLatin1String("https://") ? QString() : url);
    updateStates();
}

void TextFormatter::setLink(const QString &typed)
{
    const FormatPrototypes &p = proto();
    const QString href = normalizedUrl(typed);
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (!cursor.hasSelection() && cursor.charFormat().isAnchor()) {
        // Select the whole link around the cursor.
        const QString oldHref = cursor.charFormat().anchorHref();
        const QTextBlock block = cursor.block();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().anchorHref() == oldHref && f.position() <= cursor.position() &&
                cursor.position() <= f.position() + f.length()) {
                cursor.setPosition(f.position());
                cursor.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
                break;
            }
        }
    }
    if (href.isEmpty()) {
        if (cursor.hasSelection())
            forEachFragment(cursor, [&](QTextCharFormat &f) {
                FormatPrototypes::revert(f, p.link, p.paragraph.chars);
                f.clearProperty(QTextFormat::AnchorHref);
            });
    } else {
        auto linkify = [&](QTextCharFormat &f) {
            FormatPrototypes::apply(f, p.link);
            f.setAnchorHref(href);
        };
        if (cursor.hasSelection()) {
            forEachFragment(cursor, linkify);
        } else {
            QTextCharFormat f = cursor.charFormat();
            linkify(f);
            cursor.insertText(typed.trimmed(), f);
            QTextCharFormat after = f;
            FormatPrototypes::revert(after, p.link, p.paragraph.chars);
            after.clearProperty(QTextFormat::AnchorHref);
            m_edit->setTextCursor(cursor);
            m_edit->setCurrentCharFormat(after);
        }
    }
    cursor.endEditBlock();
    updateStates();
}

void TextFormatter::updateStates()
{
    if (m_updating)
        return;
    m_updating = true;
    const FormatPrototypes &p = proto();
    const QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat chars = m_edit->currentCharFormat();
    m_bold->setChecked(FormatPrototypes::matches(chars, p.bold));
    m_italic->setChecked(FormatPrototypes::matches(chars, p.italic));
    m_link->setChecked(chars.isAnchor());
    const QTextList *list = cursor.currentList();
    m_bulletList->setChecked(list && list->format().style() == p.bulletList.style());
    m_numberedList->setChecked(list && list->format().style() == p.numberedList.style());
    m_quote->setChecked(FormatPrototypes::matches(cursor.blockFormat(), p.quote));
    const int level = cursor.blockFormat().headingLevel();
    const BlockStyle style = level == 2   ? BlockStyle::Heading2
                             : level == 3 ? BlockStyle::Heading3
                                          : BlockStyle::Paragraph;
    (style == BlockStyle::Heading2   ? m_heading2
     : style == BlockStyle::Heading3 ? m_heading3
                                     : m_paragraph)
        ->setChecked(true);
    if (m_styleCombo)
        m_styleCombo->setCurrentIndex(m_styleCombo->findData(int(style)));
    m_updating = false;
}

} // namespace PressDesk
