#pragma once

#include <QObject>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QIcon;
class QTextCharFormat;
class QTextCursor;
class QTextEdit;
class QToolBar;

namespace PressDesk {

// The formatting actions of the article body (paragraph style, bold, italic, link, lists,
// block quote, undo, redo) and their toolbar. Formats come from FormatPrototypes, so they
// are exactly what RichText serializes.
class TextFormatter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFormatter)

public:
    enum class BlockStyle { Paragraph, Heading2, Heading3 };

    explicit TextFormatter(QTextEdit *edit, QObject *parent = nullptr);
    ~TextFormatter() override;

    QAction *boldAction() const { return m_bold; }
    QAction *italicAction() const { return m_italic; }
    QAction *linkAction() const { return m_link; }
    QAction *bulletListAction() const { return m_bulletList; }
    QAction *numberedListAction() const { return m_numberedList; }
    QAction *quoteAction() const { return m_quote; }
    QAction *imageAction() const { return m_image; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // Paragraph, Heading 2, Heading 3, then the actions above, with separators:
    // what the Format menu shows.
    QList<QAction *> menuActions() const;

    // A toolbar with the style combo (paragraphStyleComboBox) and the actions.
    QToolBar *createToolBar(QWidget *parent);

    void setBlockStyle(BlockStyle style);
    void toggleBold();
    void toggleItalic();
    void toggleBulletList();
    void toggleNumberedList();
    void toggleQuote();
    void editLink();                  // asks for the URL
    void setLink(const QString &url); // empty: removes the link under the cursor/selection

    // Resets the current block to the plain paragraph style (after Enter on a heading…).
    void continueAsParagraph();

Q_SIGNALS:
    void insertImageRequested();

private:
    QAction *makeAction(const QString &text, const QIcon &icon, const QKeySequence &shortcut,
                        bool checkable);
    void toggleCharDelta(const QMap<int, QVariant> &delta);
    void toggleList(bool numbered);
    void updateStates();
    static void forEachFragment(const QTextCursor &selection,
                                const std::function<void(QTextCharFormat &)> &change);

    QTextEdit *m_edit = nullptr;
    QActionGroup *m_styleGroup = nullptr;
    QAction *m_paragraph = nullptr;
    QAction *m_heading2 = nullptr;
    QAction *m_heading3 = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_link = nullptr;
    QAction *m_bulletList = nullptr;
    QAction *m_numberedList = nullptr;
    QAction *m_quote = nullptr;
    QAction *m_image = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_menuActions;
    QComboBox *m_styleCombo = nullptr;
    bool m_updating = false;
};

} // namespace PressDesk
