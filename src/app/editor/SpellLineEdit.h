#pragma once

#include <QLineEdit>

class QTextDocument;

namespace PressDesk {

class Database;
class SpellHighlighter;

// A one-line field spell-checked as the body is (the article's title): the unknown words get
// the red wavy underline, and its context menu the suggestions and "add to the office
// dictionary". A QLineEdit still — its text, undo and signals are QLineEdit's. The words are
// checked on a copy of the line in a QTextDocument (SpellHighlighter's own rules, and the
// office dictionary followed as there); a suggestion chosen is typed into the line, so that
// Ctrl+Z takes it back.
class SpellLineEdit : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellLineEdit)

public:
    SpellLineEdit(Database &db, QWidget *parent = nullptr);
    ~SpellLineEdit() override;

    // The unknown words shown underlined, as [start, end) positions in text().
    QList<std::pair<int, int>> misspelledRanges() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void copyText();
    void takeReplacement(int position, int removed, int added);

    QTextDocument *m_copy = nullptr;
    SpellHighlighter *m_spell = nullptr;
    bool m_copying = false;
};

} // namespace PressDesk
