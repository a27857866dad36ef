#include "editor/SpellHighlighter.h"

#include "store/ChangeNotifier.h"
#include "store/Database.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace PressDesk {

SpellHighlighter::SpellHighlighter(Database &db, QTextDocument *document)
    : QSyntaxHighlighter(document), m_db(db)
{
    m_db.changes().subscribe(this, Change::Dictionary, [this] {
        if (!m_checker)
            return;
        loadOfficeWords();
        rehighlightQuietly();
    });
}

bool SpellHighlighter::ensureChecker()
{
    if (m_checker || m_tried)
        return m_checker != nullptr;
    m_tried = true;
    auto checker = Text::SpellChecker::open();
    if (!checker) {
        m_unavailable = checker.error().message;
        return false;
    }
    m_checker = std::move(checker).value();
    loadOfficeWords();
    return m_checker != nullptr;
}

bool SpellHighlighter::isAvailable()
{
    return ensureChecker();
}

QString SpellHighlighter::unavailableReason()
{
    ensureChecker();
    return m_unavailable;
}

SpellHighlighter::~SpellHighlighter() = default;

void SpellHighlighter::loadOfficeWords()
{
    // An office dictionary that cannot be read leaves the checker with hunspell-vi alone:
    // more words underlined, nothing lost. A dictionary file gone since the start leaves no
    // checker: nothing underlined, rather than every word.
    if (!m_checker)
        return;
    if (auto words = DictionaryRepository(m_db).words()) {
        if (Status loaded = m_checker->setOfficeWords(words.value()); !loaded) {
            m_unavailable = loaded.error().message;
            m_checker.reset();
        }
    }
}

void SpellHighlighter::rehighlightQuietly()
{
    // rehighlight() ends an edit block, and the document then emits contentsChanged although
    // no character changed: the editor would take it for typing (and autosave). The layout
    // is told directly, so the underline is redrawn all the same.
    const QSignalBlocker quiet(document());
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    // The dictionary is loaded with the first text to check, not with the editor: an empty
    // editor at start-up costs nothing.
    if (text.isEmpty() || !ensureChecker())
        return;
    QTextCharFormat misspelled;
    misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelled.setUnderlineColor(Qt::red);
    for (const Text::Misspelling &m : m_checker->check(text))
        setFormat(int(m.offset), int(m.length), misspelled);
}

std::optional<Text::Misspelling> SpellHighlighter::misspellingAt(int position)
{
    if (!document() || !ensureChecker())
        return std::nullopt;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const int inBlock = position - block.position();
    for (Text::Misspelling m : m_checker->check(block.text())) {
        if (inBlock >= m.offset && inBlock <= m.offset + m.length) {
            m.suggestions = m_checker->suggestions(m.word);
            m.offset += block.position();
            return m;
        }
    }
    return std::nullopt;
}

Status SpellHighlighter::addToDictionary(const QString &word, DictionaryWord::Kind kind)
{
    auto added = DictionaryRepository(m_db).add(word, kind);
    if (!added)
        return added.error();
    // At once, not on the notifier's next turn.
    loadOfficeWords();
    rehighlightQuietly();
    return {};
}

bool SpellHighlighter::addSpellingActions(QMenu *menu, int position, QWidget *owner)
{
    const auto misspelling = misspellingAt(position);
    if (!misspelling)
        return false;
    QAction *first = menu->actions().value(0);
    QTextDocument *doc = document();
    const auto replaceWith = [doc, m = *misspelling](const QString &suggestion) {
        QTextCursor c(doc);
        c.setPosition(int(m.offset));
        c.setPosition(int(m.offset + m.length), QTextCursor::KeepAnchor);
        c.insertText(suggestion);
    };
    QList<QAction *> added;
    for (const QString &suggestion : misspelling->suggestions) {
        auto *a = new QAction(suggestion, menu);
        QFont bold = a->font();
        bold.setBold(true);
        a->setFont(bold);
        connect(a, &QAction::triggered, menu,
                [replaceWith, suggestion] { replaceWith(suggestion); });
        added << a;
    }
    if (misspelling->suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        added << none;
    }
    QPointer<SpellHighlighter> self(this);
    QPointer<QWidget> parent(owner);
    const auto addAs = [self, parent](const QString &word, DictionaryWord::Kind kind) {
        if (!self)
            return;
        if (Status s = self->addToDictionary(word, kind); !s)
            QMessageBox::warning(parent, tr("Office dictionary"), s.error().message);
    };
    // A word with a capital (it starts a sentence) goes in as a word in lower case, which
    // is then correct in any case; "as a proper name" keeps the capital.
    const QString &word = misspelling->word;
    const QString asWord = word.front().isUpper() ? word.left(1).toLower() + word.mid(1) : word;
    auto *addWord = new QAction(tr("Add \"%1\" to the office dictionary").arg(asWord), menu);
    addWord->setObjectName(QStringLiteral("addToDictionaryAction"));
    connect(addWord, &QAction::triggered, menu,
            [addAs, asWord] { addAs(asWord, DictionaryWord::Kind::Word); });
    added << addWord;
    if (word.front().isUpper()) {
        auto *addName = new QAction(tr("Add \"%1\" as a proper name").arg(word), menu);
        addName->setObjectName(QStringLiteral("addNameToDictionaryAction"));
        connect(addName, &QAction::triggered, menu,
                [addAs, word] { addAs(word, DictionaryWord::Kind::Name); });
        added << addName;
    }
    menu->insertActions(first, added);
    menu->insertSeparator(first);
    return true;
}

} // namespace PressDesk
