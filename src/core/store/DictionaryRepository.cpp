#include "store/DictionaryRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "store/UserRepository.h"
#include "text/SpellChecker.h"
#include "text/TextFold.h"

#include <algorithm>

namespace PressDesk {

namespace {

DictionaryWord fromRow(const QSqlQuery &q)
{
    return DictionaryWord{
        .word = q.value(0).toString(),
        .kind = q.value(1).toString() == QLatin1String("name") ? DictionaryWord::Kind::Name
                                                               : DictionaryWord::Kind::Word,
        .addedBy = q.value(2).toString(),
        .addedAt = Sql::fromIso(q.value(3).toString()),
    };
}

} // namespace

QString DictionaryRepository::kindKey(DictionaryWord::Kind kind)
{
    return kind == DictionaryWord::Kind::Name ? QStringLiteral("name") : QStringLiteral("word");
}

QString DictionaryRepository::normalized(const QString &word)
{
    return word.simplified().normalized(QString::NormalizationForm_C);
}

Result<DictionaryWord> DictionaryRepository::add(const QString &input, DictionaryWord::Kind kind)
{
    const QString word = normalized(input);
    if (word.isEmpty() || word.size() > 200 || Text::checkableWords(word).isEmpty())
        return Error{QStringLiteral("not-a-word"),
                     tr("\"%1\" cannot be added to the office dictionary: it holds no word the "
                        "spell checker checks (numbers, abbreviations in capitals and "
                        "punctuation are never marked as mistakes).")
                         .arg(input.trimmed())};
    const QString now = Sql::iso(QDateTime::currentDateTimeUtc());
    // A word removed before (its tombstone kept for the sync) is added again, as this user's.
    if (Status s = Sql::run(
            m_db,
            QStringLiteral("INSERT INTO dictionary_words (word, kind, added_by, added_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (word) DO UPDATE SET "
                           "kind = excluded.kind, added_by = CASE WHEN deleted = 1 THEN "
                           "excluded.added_by ELSE added_by END, added_at = CASE WHEN deleted = "
                           "1 THEN excluded.added_at ELSE added_at END, deleted = 0, updated_at = "
                           "excluded.updated_at, local_rev = local_rev + 1, dirty = 1 WHERE kind "
                           "<> excluded.kind OR deleted = 1"),
            {word, kindKey(kind), Sql::text(m_db.actingUser()), now, now});
        !s)
        return s.error();
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT word, kind, added_by, added_at FROM "
                                       "dictionary_words WHERE word = ?"),
                        {word});
    if (!row)
        return row.error();
    return fromRow(**row);
}

Status DictionaryRepository::remove(const QString &input)
{
    const QString word = normalized(input);
    auto row = Sql::value(m_db,
                          QStringLiteral("SELECT added_by FROM dictionary_words WHERE word = ? "
                                         "AND deleted = 0"),
                          {word});
    if (!row)
        return row.error();
    if (!row->isValid())
        return Error{QStringLiteral("not-found"),
                     tr("\"%1\" is not in the office dictionary.").arg(word)};
    // Staff remove the words they added; a supervisor any (the office server holds the same
    // rule, server step 7). A user this profile does not know is judged by the server alone.
    const QString addedBy = row->toString();
    if (!addedBy.isEmpty() && addedBy != m_db.actingUser()) {
        UserRepository users(m_db);
        auto me = users.find(m_db.actingUser());
        if (me && me->role == Role::Staff) {
            auto adder = users.find(addedBy);
            return Error{QStringLiteral("not-allowed"),
                         tr("\"%1\" was added to the office dictionary by %2: only they or a "
                            "supervisor can remove it.")
                             .arg(word, adder && !adder->displayName.isEmpty() ? adder->displayName
                                                                               : addedBy)};
        }
    }
    // A removal is kept as a tombstone: the office's other desks learn it at their next sync.
    return Sql::run(m_db,
                    QStringLiteral("UPDATE dictionary_words SET deleted = 1, updated_at = ?, "
                                   "local_rev = local_rev + 1, dirty = 1 WHERE word = ?"),
                    {Sql::now(), word});
}

Result<QList<DictionaryWord>> DictionaryRepository::list() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT word, kind, added_by, added_at FROM "
                                            "dictionary_words WHERE deleted = 0"));
    if (!q)
        return q.error();
    QList<std::pair<QString, DictionaryWord>> rows;
    while (q->next()) {
        DictionaryWord w = fromRow(*q);
        rows.append({Text::fold(w.word), std::move(w)});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.word < b.second.word;
    });
    QList<DictionaryWord> words;
    words.reserve(rows.size());
    for (auto &row : rows)
        words.append(std::move(row.second));
    return words;
}

Result<QStringList> DictionaryRepository::words() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT word FROM dictionary_words WHERE deleted = 0 "
                                            "ORDER BY word"));
    if (!q)
        return q.error();
    QStringList words;
    while (q->next())
        words.append(q->value(0).toString());
    return words;
}

} // namespace PressDesk
