#include "editor/TableEditor.h"

#include "editor/EditorIcons.h"
#include "text/RichText.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMenu>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextTable>

#include <algorithm>

namespace PressDesk {

namespace {

QTextBlockFormat captionFormat()
{
    QTextBlockFormat f;
    f.setProperty(RichText::BlockKindProperty, int(RichText::BlockKind::TableCaption));
    f.setAlignment(Qt::AlignHCenter);
    return f;
}

// The block right before the table (outside it), if there is one.
QTextBlock blockBefore(QTextTable *table)
{
    return table->cellAt(0, 0).firstCursorPosition().block().previous();
}

bool isCaption(const QTextBlock &block)
{
    return block.isValid() && block.blockFormat().intProperty(RichText::BlockKindProperty) ==
                                  int(RichText::BlockKind::TableCaption);
}

} // namespace

TableEditor::TableEditor(QTextEdit *edit, QObject *parent) : QObject(parent), m_edit(edit)
{
    m_menu = new QMenu(tr("&Table"), edit);
    m_menu->setObjectName(QStringLiteral("tableMenu"));
    m_menu->setIcon(editorIcon(EditorIcon::Table, edit->palette()));
    m_insert = makeAction(tr("&Insert table…"), "insertTableAction");
    m_insert->setIcon(editorIcon(EditorIcon::Table, edit->palette()));
    m_insert->setShortcut(QKeySequence(tr("Ctrl+Alt+T")));
    m_rowAbove = makeAction(tr("Insert row &above"), "insertRowAboveAction");
    m_rowBelow = makeAction(tr("Insert row &below"), "insertRowBelowAction");
    m_columnLeft = makeAction(tr("Insert column &left"), "insertColumnLeftAction");
    m_columnRight = makeAction(tr("Insert column &right"), "insertColumnRightAction");
    m_removeRow = makeAction(tr("Delete r&ow"), "deleteRowAction");
    m_removeColumn = makeAction(tr("Delete co&lumn"), "deleteColumnAction");
    m_merge = makeAction(tr("&Merge cells"), "mergeCellsAction");
    m_split = makeAction(tr("&Split cell"), "splitCellAction");
    m_header = makeAction(tr("&Header row"), "headerRowAction");
    m_header->setCheckable(true);
    m_caption = makeAction(tr("Table &caption"), "tableCaptionAction");
    m_removeTable = makeAction(tr("&Delete table"), "deleteTableAction");

    m_menu->addAction(m_insert);
    m_menu->addSeparator();
    m_menu->addActions({m_rowAbove, m_rowBelow, m_columnLeft, m_columnRight});
    m_menu->addSeparator();
    m_menu->addActions({m_removeRow, m_removeColumn});
    m_menu->addSeparator();
    m_menu->addActions({m_merge, m_split});
    m_menu->addSeparator();
    m_menu->addActions({m_header, m_caption});
    m_menu->addSeparator();
    m_menu->addAction(m_removeTable);

    connect(m_insert, &QAction::triggered, this, &TableEditor::askAndInsert);
    connect(m_rowAbove, &QAction::triggered, this, [this] { insertRow(false); });
    connect(m_rowBelow, &QAction::triggered, this, [this] { insertRow(true); });
    connect(m_columnLeft, &QAction::triggered, this, [this] { insertColumn(false); });
    connect(m_columnRight, &QAction::triggered, this, [this] { insertColumn(true); });
    connect(m_removeRow, &QAction::triggered, this, &TableEditor::removeRows);
    connect(m_removeColumn, &QAction::triggered, this, &TableEditor::removeColumns);
    connect(m_merge, &QAction::triggered, this, &TableEditor::mergeCells);
    connect(m_split, &QAction::triggered, this, &TableEditor::splitCell);
    connect(m_header, &QAction::triggered, this, &TableEditor::setHeaderRow);
    connect(m_caption, &QAction::triggered, this, &TableEditor::editCaption);
    connect(m_removeTable, &QAction::triggered, this, &TableEditor::removeTable);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &TableEditor::updateStates);
    connect(m_edit, &QTextEdit::selectionChanged, this, &TableEditor::updateStates);
    updateStates();
}

TableEditor::~TableEditor() = default;

QAction *TableEditor::makeAction(const QString &text, const char *name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    return action;
}

QList<QAction *> TableEditor::actions() const
{
    return {m_insert,       m_rowAbove, m_rowBelow, m_columnLeft, m_columnRight, m_removeRow,
            m_removeColumn, m_merge,    m_split,    m_header,     m_caption,     m_removeTable};
}

QTextTable *TableEditor::currentTable() const
{
    return m_edit->textCursor().currentTable();
}

void TableEditor::askAndInsert()
{
    QDialog dialog(m_edit);
    dialog.setObjectName(QStringLiteral("insertTableDialog"));
    dialog.setWindowTitle(tr("Insert table"));
    auto *form = new QFormLayout(&dialog);
    auto *rows = new QSpinBox(&dialog);
    rows->setObjectName(QStringLiteral("tableRowsSpinBox"));
    rows->setRange(1, 200);
    rows->setValue(3);
    auto *columns = new QSpinBox(&dialog);
    columns->setObjectName(QStringLiteral("tableColumnsSpinBox"));
    columns->setRange(1, 64);
    columns->setValue(3);
    auto *header = new QCheckBox(tr("The first row is a &header"), &dialog);
    header->setObjectName(QStringLiteral("tableHeaderCheckBox"));
    header->setChecked(true);
    form->addRow(tr("&Rows:"), rows);
    form->addRow(tr("&Columns:"), columns);
    form->addRow(header);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        insertTable(rows->value(), columns->value(), header->isChecked());
}

void TableEditor::insertTable(int rows, int columns, bool headerRow)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.clearSelection();
    if (QTextTable *table = cursor.currentTable()) { // after this table, not inside it
        cursor.setPosition(table->lastPosition() + 1);
    } else if (!cursor.block().text().isEmpty()) {
        cursor.movePosition(QTextCursor::EndOfBlock);
    }
    RichText::insertTable(cursor, rows, columns, headerRow);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

void TableEditor::insertRow(bool below)
{
    QTextTable *table = currentTable();
    if (!table)
        return;
    const QTextTableCell cell = table->cellAt(m_edit->textCursor());
    const int row = below ? cell.row() + cell.rowSpan() : cell.row();
    QTextCursor edit = m_edit->textCursor();
    edit.beginEditBlock();
    table->insertRows(row, 1);
    for (int c = 0; c < table->columns(); ++c) {
        QTextTableCell added = table->cellAt(row, c);
        if (added.row() == row && RichText::isHeaderCell(added))
            RichText::setHeaderCell(added, false); // a new row is a row of data
    }
    edit.endEditBlock();
    m_edit->setTextCursor(table->cellAt(row, cell.column()).firstCursorPosition());
}

void TableEditor::insertColumn(bool right)
{
    QTextTable *table = currentTable();
    if (!table)
        return;
    const QTextTableCell cell = table->cellAt(m_edit->textCursor());
    const int column = right ? cell.column() + cell.columnSpan() : cell.column();
    QTextCursor edit = m_edit->textCursor();
    edit.beginEditBlock();
    table->insertColumns(column, 1);
    // The new cell of each row is a header cell when its neighbour is one.
    const int neighbour = column > 0 ? column - 1 : column + 1;
    for (int r = 0; r < table->rows(); ++r) {
        QTextTableCell added = table->cellAt(r, column);
        if (added.column() != column || added.row() != r || neighbour >= table->columns())
            continue;
        RichText::setHeaderCell(added, RichText::isHeaderCell(table->cellAt(r, neighbour)));
    }
    edit.endEditBlock();
    m_edit->setTextCursor(table->cellAt(cell.row(), column).firstCursorPosition());
}

void TableEditor::removeRows()
{
    removeLines(Qt::Horizontal);
}

void TableEditor::removeColumns()
{
    removeLines(Qt::Vertical);
}

void TableEditor::removeLines(Qt::Orientation which)
{
    QTextTable *table = currentTable();
    if (!table)
        return;
    const bool rows = which == Qt::Horizontal;
    // The selected cells' rows (columns), else the cursor's.
    int firstRow = 0, rowCount = 0, firstColumn = 0, columnCount = 0;
    QTextCursor cursor = m_edit->textCursor();
    cursor.selectedTableCells(&firstRow, &rowCount, &firstColumn, &columnCount);
    const QTextTableCell cell = table->cellAt(cursor);
    const int cellRow = cell.row(), cellColumn = cell.column(); // the cell goes with its line
    int first = rows ? firstRow : firstColumn;
    int count = rows ? rowCount : columnCount;
    if (count <= 0) {
        first = rows ? cellRow : cellColumn;
        count = 1;
    }
    if (count >= (rows ? table->rows() : table->columns()))
        return removeTable();
    if (rows)
        table->removeRows(first, count);
    else
        table->removeColumns(first, count);
    // The cursor stays in the table, where the removed line was (or the last one).
    const int row = rows ? std::min(first, table->rows() - 1) : cellRow;
    const int column = rows ? cellColumn : std::min(first, table->columns() - 1);
    m_edit->setTextCursor(table->cellAt(row, column).firstCursorPosition());
}

void TableEditor::mergeCells()
{
    if (QTextTable *table = currentTable())
        table->mergeCells(m_edit->textCursor());
    updateStates();
}

void TableEditor::splitCell()
{
    QTextTable *table = currentTable();
    if (!table)
        return;
    const QTextTableCell cell = table->cellAt(m_edit->textCursor());
    table->splitCell(cell.row(), cell.column(), 1, 1);
    updateStates();
}

void TableEditor::setHeaderRow(bool header)
{
    QTextTable *table = currentTable();
    if (!table)
        return;
    QTextCursor edit = m_edit->textCursor();
    edit.beginEditBlock();
    for (int c = 0; c < table->columns(); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        if (cell.row() == 0 && cell.column() == c)
            RichText::setHeaderCell(cell, header);
    }
    edit.endEditBlock();
    updateStates();
}

void TableEditor::editCaption()
{
    QTextTable *table = currentTable();
    if (!table)
        return;
    QTextBlock before = blockBefore(table);
    QTextCursor cursor(m_edit->document());
    if (isCaption(before)) {
        cursor.setPosition(before.position());
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        m_edit->setTextCursor(cursor);
        return;
    }
    cursor.beginEditBlock();
    if (before.isValid() && before.text().isEmpty() && !before.textList()) {
        cursor.setPosition(before.position());
        cursor.setBlockFormat(captionFormat());
    } else if (before.isValid()) {
        cursor.setPosition(before.position() + before.length() - 1);
        cursor.insertBlock(captionFormat(), QTextCharFormat());
    } else {
        cursor.endEditBlock();
        return;
    }
    const int start = cursor.position();
    cursor.insertText(tr("Table 1. "));
    cursor.endEditBlock();
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

void TableEditor::removeTable()
{
    QTextTable *table = currentTable();
    if (!table)
        return;
    QTextCursor edit = m_edit->textCursor();
    edit.beginEditBlock();
    const QTextBlock caption = blockBefore(table);
    table->removeRows(0, table->rows());
    if (isCaption(caption)) {
        QTextCursor c(caption);
        c.select(QTextCursor::BlockUnderCursor);
        c.removeSelectedText();
    }
    edit.endEditBlock();
}

void TableEditor::updateStates()
{
    QTextTable *table = currentTable();
    for (QAction *a : {m_rowAbove, m_rowBelow, m_columnLeft, m_columnRight, m_removeRow,
                       m_removeColumn, m_header, m_caption, m_removeTable})
        a->setEnabled(table != nullptr);
    const QTextCursor cursor = m_edit->textCursor();
    m_merge->setEnabled(table && cursor.hasComplexSelection());
    const QTextTableCell cell = table ? table->cellAt(cursor) : QTextTableCell();
    m_split->setEnabled(cell.isValid() && (cell.rowSpan() > 1 || cell.columnSpan() > 1));
    m_header->setChecked(table && RichText::isHeaderCell(table->cellAt(0, 0)));
}

} // namespace PressDesk
