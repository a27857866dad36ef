#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace PressDesk {

class Database;

// An entry of the office dictionary: a word the office writes ("livestream") or a local proper
// name ("Khuổi Vài", "Pác Nặm"), NFC, one space between its syllables.
struct DictionaryWord
{
    enum class Kind { Word, Name };
    QString word;
    Kind kind = Kind::Word;
    QString addedBy;   // the profile user ('' unknown)
    QDateTime addedAt; // UTC
};

// The office dictionary of a profile (migration 18): what the spell checker accepts beyond
// hunspell-vi (Text::SpellChecker::setOfficeWords takes words()). Changes announce
// Change::Dictionary. Shared by the office's desks through the office server
// (sync/DictionarySync): what is added or removed here reaches the others at their next sync.
class DictionaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::DictionaryRepository)

public:
    explicit DictionaryRepository(Database &db) : m_db(db) {}

    // Adds an entry, or changes the kind of one already there. The entry is trimmed, its
    // spaces collapsed, put in NFC; it must hold a word the checker checks (not only numbers,
    // abbreviations or punctuation): else error "not-a-word". Case is kept: see
    // migration 18.
    Result<DictionaryWord> add(const QString &word, DictionaryWord::Kind kind);
    // Error "not-found" when the entry is not there (as written, case included); error
    // "not-allowed" when a staff user removes a word someone else added (a supervisor may).
    // The entry is kept marked removed, so that the removal syncs (migration 22); adding it
    // again brings it back.
    Status remove(const QString &word);
    // Names and words together, in the order of the folded word (Vietnamese letters as their
    // base letter), then as written.
    Result<QList<DictionaryWord>> list() const;
    // The entries alone, for the checker.
    Result<QStringList> words() const;

    static QString kindKey(DictionaryWord::Kind kind); // "word", "name"
    // The entry as stored: trimmed, one space between syllables, NFC.
    static QString normalized(const QString &word);

private:
    Database &m_db;
};

} // namespace PressDesk
