#pragma once

#include <QObject>

class QAction;
class QMenu;
class QTextEdit;
class QTextTable;
class QWidget;

namespace PressDesk {

// The article body's table commands (Format → Table and the toolbar's table button): insert
// a table, add and remove rows and columns, merge and split cells, the header row, the
// caption, delete the table. Tables are what RichText keeps (see RichText::insertTable); the
// commands that need a table are enabled only while the cursor is in one.
class TableEditor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableEditor)

public:
    explicit TableEditor(QTextEdit *edit, QObject *parent = nullptr);
    ~TableEditor() override;

    // The Table menu (tableMenu): every command, for the Format menu and the toolbar button.
    QMenu *menu() const { return m_menu; }
    QAction *insertTableAction() const { return m_insert; }
    QList<QAction *> actions() const;

    // Inserts a table of rows x columns at the cursor (a header row when asked).
    void insertTable(int rows, int columns, bool headerRow);
    void insertRow(bool below);
    void insertColumn(bool right);
    void removeRows();
    void removeColumns();
    void mergeCells();
    void splitCell();
    void setHeaderRow(bool header);
    // Adds a caption paragraph before the table (or moves the cursor to the one it has).
    void editCaption();
    void removeTable();

private:
    QAction *makeAction(const QString &text, const char *name);
    QTextTable *currentTable() const;
    // Removes the selected rows (Qt::Horizontal) or columns, else the cursor's; all of them:
    // the table.
    void removeLines(Qt::Orientation which);
    void askAndInsert();
    void updateStates();

    QTextEdit *m_edit = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_insert = nullptr;
    QAction *m_rowAbove = nullptr;
    QAction *m_rowBelow = nullptr;
    QAction *m_columnLeft = nullptr;
    QAction *m_columnRight = nullptr;
    QAction *m_removeRow = nullptr;
    QAction *m_removeColumn = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_split = nullptr;
    QAction *m_header = nullptr;
    QAction *m_caption = nullptr;
    QAction *m_removeTable = nullptr;
};

} // namespace PressDesk
