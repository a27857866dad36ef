#pragma once

#include "store/DictionaryRepository.h"
#include "text/SpellChecker.h"

#include <QSyntaxHighlighter>

#include <memory>
#include <optional>

class QMenu;
class QWidget;

namespace PressDesk {

class Database;

// Spell checking as you type: the words of the article body that neither hunspell-vi nor the
// office dictionary knows get a red wavy underline. Paragraph by paragraph (Qt re-highlights
// the paragraph being typed in: a tenth of a millisecond), never in the document itself (the
// underline is not saved, undone or counted as an edit). Follows the office dictionary
// (Change::Dictionary: a word added or removed here, in another window, by pressdesk-cli or on
// another desk of the office, brought by a sync).
// Without a dictionary it underlines nothing and says why (unavailableReason()). The
// dictionary is loaded with the first paragraph of text, not at start-up.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

public:
    SpellHighlighter(Database &db, QTextDocument *document);
    ~SpellHighlighter() override;

    // Loads the dictionary if no text has yet (a few milliseconds).
    bool isAvailable();
    QString unavailableReason();

    // The unknown word at `position` of the document, with its position in the document
    // and suggestions; nullopt when the word there is known (or there is none).
    std::optional<Text::Misspelling> misspellingAt(int position);

    // Adds the word to the office dictionary (a name keeps its capitals); the underline goes
    // at once, everywhere it is.
    Status addToDictionary(const QString &word, DictionaryWord::Kind kind);

    // Puts the suggestions for the unknown word at `position` and "add to the office
    // dictionary" at the top of a text field's context menu (owner: where a refusal is shown).
    // False when the word there is known (nothing added).
    bool addSpellingActions(QMenu *menu, int position, QWidget *owner);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool ensureChecker();
    void loadOfficeWords();
    void rehighlightQuietly();

    Database &m_db;
    std::unique_ptr<Text::SpellChecker> m_checker;
    QString m_unavailable;
    bool m_tried = false; // opening the dictionary was tried (once: it does not appear later)
};

} // namespace PressDesk
