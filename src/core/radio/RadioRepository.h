#pragma once

#include "Result.h"
#include "radio/Radio.h"
#include "radio/RadioDuration.h"
#include "text/ReadingScript.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace PressDesk {

class Database;
struct Article;

// Stations, programmes, the items of a programme's day and the aired log: the only place that
// runs SQL on the radio tables (migration 16). What the aired log counts for a plan is read by
// PlanRepository::countableItems and decided by PlanProgress.
//
// Removing marks a row deleted (as the plan tables do, ready for the office server's sync,
// which the radio tables do not have yet); every reader here skips deleted rows.
class RadioRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::RadioRepository)

public:
    // Scripts are timed at wordsPerMinute (RadioDuration: 160 unless the office reads at
    // another pace).
    explicit RadioRepository(Database &db,
                             int wordsPerMinute = RadioDuration::defaultWordsPerMinute)
        : m_db(db), m_wordsPerMinute(wordsPerMinute)
    {}

    // Stations. A name is needed and unique among the stations, whatever its case.
    Result<Station> addStation(Station station);
    // The station's name, kind and note, checked as addStation does.
    Result<Station> updateStation(Station station);
    // A station no programme uses any more; its broadcasts stay in the aired log and count.
    Status removeStation(const QString &id);
    Result<QList<Station>> stations() const; // by name
    Result<Station> station(const QString &id) const;
    // By id, name (without case; then without diacritics when only one matches) or a unique
    // id prefix of at least 4 characters. Not found: the message lists the stations.
    Result<Station> findStation(const QString &idOrName) const;

    // Programmes: a name, a station that exists, a length of more than 0 minutes, a weekday of
    // 0 (any day) or 1 (Monday) to 7 (Sunday), a start time "HH:MM" or none. Two programmes
    // of one station may not share a name.
    Result<Program> addProgram(Program program);
    // The programme's name, station and slot, checked as addProgram does.
    Result<Program> updateProgram(Program program);
    // A programme with no item in any rundown (items and their broadcasts are history).
    Status removeProgram(const QString &id);
    Result<QList<Program>> programs() const; // by station, start time, name
    Result<Program> program(const QString &id) const;
    // As findStation; a name two stations' programmes share asks for the id.
    Result<Program> findProgram(const QString &idOrName) const;

    // The reading script of an article (Text::readingScript): its title, lead and body as
    // plain text (figures and their captions left out), a paragraph to a line, separated by
    // blank lines. The abbreviations of `glossary` are read out in full: pass the office's
    // (OfficeProfile::effectiveGlossary).
    static QString scriptOf(const Article &article,
                            const QList<Text::GlossaryEntry> &glossary = Text::defaultGlossary());
    // What scriptOf reads aloud before it is written as said: the article's title, lead and
    // body as plain text, figures left out, blank lines between them. Comparing it with a
    // script shows what the script says differently (abbreviations, numbers, dates).
    static QString readableTextOf(const Article &article);

    // A new item at the end of the programme's rundown of that day, its script made from the
    // article (scriptOf) and timed. activityId, when given, must name a radio activity.
    Result<RadioItem> addItemFromArticle(const QString &articleId, const QString &programId,
                                         const QDate &date, const QString &activityId = {});
    // A new item with a typed script (item.script; the title defaults to its first line), at
    // the end of the rundown. item.articleId may name the article it was written from.
    Result<RadioItem> addItem(RadioItem item);
    // The script edited: timed again.
    Status setScript(const QString &itemId, const QString &script);
    // Removes an item (its broadcasts no longer count) and closes the gap in its rundown.
    Status removeItem(const QString &itemId);
    Result<RadioItem> item(const QString &id) const;
    // By id or a unique id prefix of at least 4 characters.
    Result<RadioItem> findItem(const QString &idOrPrefix) const;

    // The programme's items on that day in order, their total against its slot.
    Result<Rundown> rundown(const QString &programId, const QDate &date) const;
    // Moves an item to position (1 is first; beyond the end is last); the others close up.
    Status moveItem(const QString &itemId, int position);

    // One broadcast of the item on the station at `at`, recorded by the database's acting
    // user. The same item on the same station at the same minute is refused (already
    // recorded), and so is a time still to come.
    Result<AiredEntry> markAired(const QString &itemId, const QString &stationId,
                                 const QDateTime &at);
    Status removeAired(const QString &airedId);
    // One broadcast, removed or not (a plan's count names the ones behind it).
    Result<AiredEntry> airedEntry(const QString &airedId) const;
    // The broadcasts aired on [from, to] (local days; an invalid end is open), oldest first.
    Result<QList<AiredEntry>> aired(const QDate &from = {}, const QDate &to = {}) const;
    Result<QList<AiredEntry>> airedOfItem(const QString &itemId) const; // oldest first

    // What a person types, read or refused in their words.
    // A broadcast date: yyyy-MM-dd (as stored), or dd/MM/yyyy as the rest of PressDesk takes.
    static Result<QDate> parseDate(const QString &text);
    // A broadcast time: "yyyy-MM-dd HH:MM" in local time, or ISO 8601 (an offset or Z names
    // the zone; none is local time). Returned in UTC.
    static Result<QDateTime> parseAiredAt(const QString &text);

private:
    Status checkStation(Station &station) const; // cleans the text; refuses what addStation does
    Status checkProgram(Program &program) const;
    Result<int> nextPosition(const QString &programId, const QDate &date) const;
    Status checkActivity(const QString &activityId) const;
    Status renumber(const QStringList &order); // positions 1, 2, … in that order
    Result<RadioItem> insertItem(RadioItem item);

    Database &m_db;
    int m_wordsPerMinute;
};

} // namespace PressDesk
