#include "radio/RadioRepository.h"

#include "model/Article.h"
#include "office/OfficeRepository.h"
#include "plan/Plan.h"
#include "plan/PlanJson.h"
#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "text/HtmlSanitizer.h"
#include "text/ReadingScript.h"
#include "text/TextFold.h"

#include <QRegularExpression>
#include <QTime>
#include <QUuid>

namespace PressDesk {

namespace {

const QLatin1String kStationColumns("id, name, kind, note, created_at, updated_at");
const QLatin1String kProgramColumns("p.id, p.name, p.station_id, s.name, p.weekday, "
                                    "p.start_time, p.length_minutes, p.created_at, p.updated_at");
const QLatin1String kItemColumns("id, program_id, broadcast_date, position, article_id, title, "
                                 "script, activity_id, duration_seconds, created_by, created_at, "
                                 "updated_at");
const QLatin1String kAiredColumns("r.id, r.item_id, i.title, r.station_id, s.name, r.aired_at, "
                                  "r.recorded_by, r.created_at");

using Sql::newId;

using Sql::now;

QString clean(const QString &s)
{
    return Text::toNfc(s).simplified();
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

Station stationFrom(const QSqlQuery &q)
{
    Station s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.kind = stationKindFromKey(q.value(2).toString()).value_or(StationKind::Station);
    s.note = q.value(3).toString();
    s.createdAt = Sql::fromIso(q.value(4).toString());
    s.updatedAt = Sql::fromIso(q.value(5).toString());
    return s;
}

Program programFrom(const QSqlQuery &q)
{
    Program p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.stationId = q.value(2).toString();
    p.stationName = q.value(3).toString();
    p.weekday = q.value(4).isNull() ? 0 : q.value(4).toInt();
    p.startTime = q.value(5).toString();
    p.lengthMinutes = q.value(6).toInt();
    p.createdAt = Sql::fromIso(q.value(7).toString());
    p.updatedAt = Sql::fromIso(q.value(8).toString());
    return p;
}

RadioItem itemFrom(const QSqlQuery &q)
{
    RadioItem i;
    i.id = q.value(0).toString();
    i.programId = q.value(1).toString();
    i.broadcastDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    i.position = q.value(3).toInt();
    i.articleId = q.value(4).toString();
    i.title = q.value(5).toString();
    i.script = q.value(6).toString();
    i.activityId = q.value(7).toString();
    i.durationSeconds = q.value(8).toInt();
    i.createdBy = q.value(9).toString();
    i.createdAt = Sql::fromIso(q.value(10).toString());
    i.updatedAt = Sql::fromIso(q.value(11).toString());
    return i;
}

AiredEntry airedFrom(const QSqlQuery &q)
{
    AiredEntry e;
    e.id = q.value(0).toString();
    e.itemId = q.value(1).toString();
    e.itemTitle = q.value(2).toString();
    e.stationId = q.value(3).toString();
    e.stationName = q.value(4).toString();
    e.airedAt = Sql::fromIso(q.value(5).toString());
    e.recordedBy = q.value(6).toString();
    e.createdAt = Sql::fromIso(q.value(7).toString());
    return e;
}

// "Bản tin sáng (Đài Truyền thanh huyện)": a programme as people tell it from another.
QString programLabel(const Program &p)
{
    return QStringLiteral("%1 (%2)").arg(p.name, p.stationName);
}

// The one of `all` that `key` names: by id, name without case, name without diacritics, or
// id prefix, each tried only when the one before found nothing. Several found: all of them.
template <typename T> QList<T> matching(const QList<T> &all, const QString &key)
{
    QList<T> byName, byFolded, byPrefix;
    const QString folded = Text::fold(key);
    for (const T &t : all) {
        if (t.id == key)
            return {t};
        if (t.name.compare(key, Qt::CaseInsensitive) == 0)
            byName << t;
        else if (Text::fold(t.name) == folded)
            byFolded << t;
        else if (key.size() >= 4 && t.id.startsWith(key))
            byPrefix << t;
    }
    if (!byName.isEmpty())
        return byName;
    return byFolded.isEmpty() ? byPrefix : byFolded;
}

} // namespace

// ---------------------------------------------------------------------------- stations ---

Status RadioRepository::checkStation(Station &s) const
{
    s.name = clean(s.name);
    s.note = Text::toNfc(s.note).trimmed();
    if (s.name.isEmpty())
        return Error{QStringLiteral("invalid"), tr("A station needs a name.")};
    auto all = stations();
    if (!all)
        return all.error();
    for (const Station &other : std::as_const(all.value())) {
        if (other.id != s.id && other.name.compare(s.name, Qt::CaseInsensitive) == 0)
            return Error{QStringLiteral("exists"),
                         tr("There already is a station named %1.").arg(other.name)};
    }
    return {};
}

Result<Station> RadioRepository::updateStation(Station s)
{
    auto before = station(s.id);
    if (!before)
        return before.error();
    if (auto st = checkStation(s); !st)
        return st.error();
    if (auto st = Sql::run(m_db,
                           QStringLiteral("UPDATE radio_stations SET name = ?, kind = ?, note = ?, "
                                          "updated_at = ?, local_rev = local_rev + 1, dirty = 1 "
                                          "WHERE id = ? AND deleted = 0"),
                           {s.name, stationKindKey(s.kind), Sql::text(s.note), now(), s.id});
        !st)
        return st.error();
    return station(s.id);
}

Status RadioRepository::removeStation(const QString &id)
{
    auto s = station(id);
    if (!s)
        return s.error();
    auto all = programs();
    if (!all)
        return all.error();
    QStringList using_;
    for (const Program &p : std::as_const(all.value()))
        if (p.stationId == id)
            using_ << p.name;
    if (!using_.isEmpty())
        return Error{QStringLiteral("in-use"),
                     tr("%1 still has programmes (%2): remove or move them first.")
                         .arg(s->name, using_.join(QStringLiteral(", ")))};
    // Its broadcasts stay in the aired log and keep counting.
    return Sql::run(m_db,
                    QStringLiteral("UPDATE radio_stations SET deleted = 1, updated_at = ?, "
                                   "local_rev = local_rev + 1, dirty = 1 WHERE id = ?"),
                    {now(), id});
}

Result<Station> RadioRepository::addStation(Station s)
{
    if (auto st = checkStation(s); !st)
        return st.error();
    s.id = s.id.isEmpty() ? newId() : s.id;
    const QString at = now();
    if (auto st = Sql::run(m_db,
                           QStringLiteral("INSERT INTO radio_stations (id, name, kind, note, "
                                          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                           {s.id, s.name, stationKindKey(s.kind), Sql::text(s.note), at, at});
        !st)
        return st.error();
    return station(s.id);
}

Result<QList<Station>> RadioRepository::stations() const
{
    auto q = Sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM radio_stations WHERE deleted = 0 ORDER BY name, id")
                  .arg(kStationColumns));
    if (!q)
        return q.error();
    QList<Station> out;
    while (q->next())
        out << stationFrom(q.value());
    return out;
}

Result<Station> RadioRepository::station(const QString &id) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT %1 FROM radio_stations WHERE id = ? AND deleted = 0")
                            .arg(kStationColumns),
                        {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No station with id %1.").arg(id)};
    return stationFrom(**row);
}

Result<Station> RadioRepository::findStation(const QString &idOrName) const
{
    const QString key = clean(idOrName);
    auto all = stations();
    if (!all)
        return all.error();
    QStringList names;
    for (const Station &s : std::as_const(all.value()))
        names << s.name;
    if (all->isEmpty())
        return Error{QStringLiteral("not-found"),
                     tr("No station named %1: no station has been added yet.").arg(key)};
    const QList<Station> found = key.isEmpty() ? QList<Station>{} : matching(all.value(), key);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error{QStringLiteral("not-found"), tr("No station named %1. The stations are: %2.")
                                                      .arg(key, names.join(QStringLiteral(", ")))};
    QStringList which;
    for (const Station &s : found)
        which << QStringLiteral("%1 (%2)").arg(s.name, s.id);
    return Error{QStringLiteral("ambiguous"),
                 tr("Several stations match %1: %2. Give the name in full or the id.")
                     .arg(key, which.join(QStringLiteral(", ")))};
}

// -------------------------------------------------------------------------- programmes ---

Status RadioRepository::checkProgram(Program &p) const
{
    p.name = clean(p.name);
    if (p.name.isEmpty())
        return Error{QStringLiteral("invalid"), tr("A programme needs a name.")};
    if (p.lengthMinutes <= 0)
        return Error{
            QStringLiteral("invalid"),
            tr("A programme's length must be more than 0 minutes, not %1.").arg(p.lengthMinutes)};
    if (p.weekday < 0 || p.weekday > 7)
        return Error{QStringLiteral("invalid"),
                     tr("The weekday is 1 (Monday) to 7 (Sunday), or none for every day, not %1.")
                         .arg(p.weekday)};
    p.startTime = p.startTime.trimmed();
    if (!p.startTime.isEmpty()) {
        QTime t = QTime::fromString(p.startTime, QStringLiteral("HH:mm"));
        if (!t.isValid())
            t = QTime::fromString(p.startTime, QStringLiteral("H:mm"));
        if (!t.isValid())
            return Error{
                QStringLiteral("invalid"),
                tr("The start time is written HH:MM (06:00, 17:30), not %1.").arg(p.startTime)};
        p.startTime = t.toString(QStringLiteral("HH:mm"));
    }
    auto st = station(p.stationId);
    if (!st)
        return st.error();
    auto all = programs();
    if (!all)
        return all.error();
    for (const Program &other : std::as_const(all.value())) {
        if (other.id != p.id && other.stationId == p.stationId &&
            other.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return Error{
                QStringLiteral("exists"),
                tr("The station %1 already has a programme named %2.").arg(st->name, other.name)};
    }
    return {};
}

Result<Program> RadioRepository::updateProgram(Program p)
{
    auto before = program(p.id);
    if (!before)
        return before.error();
    if (auto st = checkProgram(p); !st)
        return st.error();
    if (auto ran = Sql::run(
            m_db,
            QStringLiteral("UPDATE radio_programs SET name = ?, station_id = ?, weekday = ?, "
                           "start_time = ?, length_minutes = ?, updated_at = ?, "
                           "local_rev = local_rev + 1, dirty = 1 WHERE id = ? AND deleted = 0"),
            {p.name, p.stationId,
             p.weekday > 0 ? QVariant(p.weekday) : QVariant(QMetaType::fromType<int>()),
             Sql::text(p.startTime), p.lengthMinutes, now(), p.id});
        !ran)
        return ran.error();
    return program(p.id);
}

Status RadioRepository::removeProgram(const QString &id)
{
    auto p = program(id);
    if (!p)
        return p.error();
    auto items = Sql::value(
        m_db,
        QStringLiteral("SELECT count(*) FROM radio_items WHERE program_id = ? AND deleted = 0"),
        {id});
    if (!items)
        return items.error();
    if (const int n = items->toInt(); n > 0)
        return Error{QStringLiteral("in-use"),
                     tr("%1 has %n item(s) in its rundowns, which stay with their broadcasts: "
                        "rename the programme or change its slot instead.",
                        nullptr, n)
                         .arg(p->name)};
    return Sql::run(m_db,
                    QStringLiteral("UPDATE radio_programs SET deleted = 1, updated_at = ?, "
                                   "local_rev = local_rev + 1, dirty = 1 WHERE id = ?"),
                    {now(), id});
}

Result<Program> RadioRepository::addProgram(Program p)
{
    if (auto st = checkProgram(p); !st)
        return st.error();
    p.id = p.id.isEmpty() ? newId() : p.id;
    const QString at = now();
    if (auto ran =
            Sql::run(m_db,
                     QStringLiteral("INSERT INTO radio_programs (id, name, station_id, "
                                    "weekday, start_time, length_minutes, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {p.id, p.name, p.stationId,
                      p.weekday > 0 ? QVariant(p.weekday) : QVariant(QMetaType::fromType<int>()),
                      Sql::text(p.startTime), p.lengthMinutes, at, at});
        !ran)
        return ran.error();
    return program(p.id);
}

Result<QList<Program>> RadioRepository::programs() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM radio_programs p JOIN radio_stations s "
                                            "ON s.id = p.station_id WHERE p.deleted = 0 "
                                            "ORDER BY s.name, p.start_time, p.name, p.id")
                                 .arg(kProgramColumns));
    if (!q)
        return q.error();
    QList<Program> out;
    while (q->next())
        out << programFrom(q.value());
    return out;
}

Result<Program> RadioRepository::program(const QString &id) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT %1 FROM radio_programs p JOIN radio_stations s ON "
                                       "s.id = p.station_id WHERE p.id = ? AND p.deleted = 0")
                            .arg(kProgramColumns),
                        {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No programme with id %1.").arg(id)};
    return programFrom(**row);
}

Result<Program> RadioRepository::findProgram(const QString &idOrName) const
{
    const QString key = clean(idOrName);
    auto all = programs();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error{QStringLiteral("not-found"),
                     tr("No programme named %1: no programme has been added yet.").arg(key)};
    const QList<Program> found = key.isEmpty() ? QList<Program>{} : matching(all.value(), key);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        QStringList names;
        for (const Program &p : std::as_const(all.value()))
            names << programLabel(p);
        return Error{QStringLiteral("not-found"),
                     tr("No programme named %1. The programmes are: %2.")
                         .arg(key, names.join(QStringLiteral(", ")))};
    }
    QStringList which;
    for (const Program &p : found)
        which << QStringLiteral("%1 %2").arg(programLabel(p), p.id);
    return Error{QStringLiteral("ambiguous"), tr("Several programmes match %1: %2. Give the id.")
                                                  .arg(key, which.join(QStringLiteral(", ")))};
}

// ------------------------------------------------------------------------------- items ---

QString RadioRepository::scriptOf(const Article &article,
                                  const QList<Text::GlossaryEntry> &glossary)
{
    return Text::readingScript(readableTextOf(article), glossary);
}

QString RadioRepository::readableTextOf(const Article &article)
{
    // Figures are seen, not heard: their captions are not read.
    static const QRegularExpression figure(QStringLiteral("<figure>.*?</figure>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QString body = article.bodyHtml;
    body.remove(figure);
    // A table is read row by row, its cells as a list: "Cổng thông tin, 12, 15".
    const QString text = Html::toPlainText(body).replace(u'\t', QStringLiteral(", "));
    QStringList parts;
    for (const QString &part : {article.title.trimmed(), article.lead.trimmed(), text.trimmed()}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral("\n\n"));
}

Result<RadioItem> RadioRepository::addItemFromArticle(const QString &articleId,
                                                      const QString &programId, const QDate &date,
                                                      const QString &activityId)
{
    auto article = ArticleRepository(m_db).get(articleId);
    if (!article)
        return article.error();
    auto office = OfficeRepository(m_db).load();
    if (!office)
        return office.error();
    RadioItem i;
    i.programId = programId;
    i.broadcastDate = date;
    i.articleId = article->id;
    i.title = article->title.simplified();
    i.script = scriptOf(article.value(), office->effectiveGlossary());
    i.activityId = activityId;
    return insertItem(i);
}

Result<RadioItem> RadioRepository::addItem(RadioItem i)
{
    i.script = Text::toNfc(i.script).trimmed();
    if (i.script.isEmpty())
        return Error{QStringLiteral("invalid"), tr("An item needs a script to read.")};
    i.title = clean(i.title);
    if (i.title.isEmpty())
        i.title = clean(i.script.section(u'\n', 0, 0)).left(80);
    if (!i.articleId.isEmpty()) {
        if (auto a = ArticleRepository(m_db).get(i.articleId); !a)
            return a.error();
    }
    return insertItem(i);
}

Result<RadioItem> RadioRepository::insertItem(RadioItem i)
{
    if (!i.broadcastDate.isValid())
        return Error{QStringLiteral("invalid"),
                     tr("An item needs its broadcast date, written yyyy-MM-dd (2024-03-05).")};
    if (auto p = program(i.programId); !p)
        return p.error();
    if (!i.activityId.isEmpty()) {
        if (auto st = checkActivity(i.activityId); !st)
            return st.error();
    }
    i.id = newId();
    i.durationSeconds = RadioDuration::seconds(i.script, m_wordsPerMinute);
    i.createdBy = m_db.actingUser();
    const QString at = now();
    auto st = m_db.transaction([&]() -> Status {
        auto position = nextPosition(i.programId, i.broadcastDate);
        if (!position)
            return position.error();
        i.position = position.value();
        return Sql::run(m_db,
                        QStringLiteral("INSERT INTO radio_items (id, program_id, broadcast_date, "
                                       "position, article_id, title, script, activity_id, "
                                       "duration_seconds, created_by, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {i.id, i.programId, dateText(i.broadcastDate), i.position,
                         Sql::nullIfEmpty(i.articleId), Sql::text(i.title), i.script,
                         Sql::nullIfEmpty(i.activityId), i.durationSeconds, Sql::text(i.createdBy),
                         at, at});
    });
    if (!st)
        return st.error();
    return item(i.id);
}

Result<int> RadioRepository::nextPosition(const QString &programId, const QDate &date) const
{
    auto last = Sql::value(m_db,
                           QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM radio_items "
                                          "WHERE program_id = ? AND broadcast_date = ? AND "
                                          "deleted = 0"),
                           {programId, dateText(date)});
    if (!last)
        return last.error();
    return last->toInt();
}

Status RadioRepository::checkActivity(const QString &activityId) const
{
    auto activity = PlanRepository(m_db).activity(activityId);
    if (!activity)
        return activity.error();
    if (activity->channel != Channel::Radio)
        return Error{QStringLiteral("invalid"),
                     tr("The activity %1 is on the channel “%2”: only a radio activity counts "
                        "broadcasts.")
                         .arg(activityId, channelDisplayName(activity->channel))};
    return {};
}

Status RadioRepository::setScript(const QString &itemId, const QString &rawScript)
{
    const QString script = Text::toNfc(rawScript).trimmed();
    if (script.isEmpty())
        return Error{QStringLiteral("invalid"), tr("An item needs a script to read.")};
    auto changed = Sql::affected(
        m_db,
        QStringLiteral("UPDATE radio_items SET script = ?, duration_seconds = ?, updated_at = ?, "
                       "local_rev = local_rev + 1, dirty = 1 WHERE id = ? AND deleted = 0"),
        {script, RadioDuration::seconds(script, m_wordsPerMinute), now(), itemId});
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return Error{QStringLiteral("not-found"), tr("No radio item with id %1.").arg(itemId)};
    return {};
}

Status RadioRepository::removeItem(const QString &itemId)
{
    return m_db.transaction([&]() -> Status {
        auto it = item(itemId);
        if (!it)
            return it.error();
        if (auto st = Sql::run(m_db,
                               QStringLiteral("UPDATE radio_items SET deleted = 1, updated_at = ?, "
                                              "local_rev = local_rev + 1, dirty = 1 WHERE id = ?"),
                               {now(), itemId});
            !st)
            return st;
        auto left = rundown(it->programId, it->broadcastDate);
        if (!left)
            return left.error();
        QStringList order;
        for (const RadioItem &i : std::as_const(left->items))
            order << i.id;
        return renumber(order);
    });
}

Result<RadioItem> RadioRepository::item(const QString &id) const
{
    auto row = Sql::one(
        m_db,
        QStringLiteral("SELECT %1 FROM radio_items WHERE id = ? AND deleted = 0").arg(kItemColumns),
        {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No radio item with id %1.").arg(id)};
    return itemFrom(**row);
}

Result<RadioItem> RadioRepository::findItem(const QString &idOrPrefix) const
{
    const QString key = idOrPrefix.trimmed();
    if (key.size() < 4)
        return Error{QStringLiteral("not-found"),
                     tr("Which radio item? Give its id (at least its first 4 characters).")};
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM radio_items WHERE deleted = 0 AND "
                                      "substr(id, 1, ?) = ? ORDER BY id LIMIT 3")
                           .arg(kItemColumns),
                       {key.size(), key});
    if (!q)
        return q.error();
    QList<RadioItem> found;
    while (q->next()) {
        const RadioItem i = itemFrom(q.value());
        if (i.id == key)
            return i;
        found << i;
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error{QStringLiteral("not-found"), tr("No radio item with id %1.").arg(key)};
    return Error{QStringLiteral("ambiguous"),
                 tr("Several radio items have an id starting with %1: give more of it.").arg(key)};
}

Result<Rundown> RadioRepository::rundown(const QString &programId, const QDate &date) const
{
    auto p = program(programId);
    if (!p)
        return p.error();
    if (!date.isValid())
        return Error{QStringLiteral("invalid"),
                     tr("A rundown is of one day, written yyyy-MM-dd (2024-03-05).")};
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM radio_items WHERE program_id = ? AND "
                                      "broadcast_date = ? AND deleted = 0 "
                                      "ORDER BY position, created_at, id")
                           .arg(kItemColumns),
                       {programId, dateText(date)});
    if (!q)
        return q.error();
    Rundown r;
    r.program = p.value();
    r.date = date;
    while (q->next()) {
        r.items << itemFrom(q.value());
        r.totalSeconds += r.items.last().durationSeconds;
    }
    return r;
}

Status RadioRepository::renumber(const QStringList &order)
{
    const QString at = now();
    for (int i = 0; i < order.size(); ++i) {
        if (auto st =
                Sql::run(m_db,
                         QStringLiteral("UPDATE radio_items SET position = ?, updated_at = ?, "
                                        "local_rev = local_rev + 1, dirty = 1 "
                                        "WHERE id = ? AND position <> ?"),
                         {i + 1, at, order.at(i), i + 1});
            !st)
            return st;
    }
    return {};
}

Status RadioRepository::moveItem(const QString &itemId, int position)
{
    return m_db.transaction([&]() -> Status {
        auto it = item(itemId);
        if (!it)
            return it.error();
        auto r = rundown(it->programId, it->broadcastDate);
        if (!r)
            return r.error();
        QStringList order;
        for (const RadioItem &i : std::as_const(r->items)) {
            if (i.id != itemId)
                order << i.id;
        }
        order.insert(std::clamp<qsizetype>(position - 1, 0, order.size()), itemId);
        return renumber(order);
    });
}

// ----------------------------------------------------------------------------- aired ---

Result<AiredEntry> RadioRepository::markAired(const QString &itemId, const QString &stationId,
                                              const QDateTime &at)
{
    if (!at.isValid())
        return Error{QStringLiteral("invalid"), tr("When was it aired? The time is missing.")};
    // A little leeway for a clock that runs behind.
    if (at > QDateTime::currentDateTimeUtc().addSecs(10 * 60))
        return Error{QStringLiteral("invalid"),
                     tr("%1 is still to come: record a broadcast once it has aired.")
                         .arg(displayDateTime(at))};
    AiredEntry e;
    auto st = m_db.transaction([&]() -> Status {
        auto it = item(itemId);
        if (!it)
            return it.error();
        auto s = station(stationId);
        if (!s)
            return s.error();
        QDateTime minute = at.toUTC();
        minute.setTime(QTime(minute.time().hour(), minute.time().minute()));
        auto twice =
            Sql::value(m_db,
                       QStringLiteral("SELECT id FROM radio_aired WHERE item_id = ? AND "
                                      "station_id = ? AND aired_at >= ? AND "
                                      "aired_at < ? AND deleted = 0"),
                       {itemId, stationId, Sql::iso(minute), Sql::iso(minute.addSecs(60))});
        if (!twice)
            return twice.error();
        if (twice->isValid())
            return Error{QStringLiteral("exists"),
                         tr("This broadcast of %1 on %2 at %3 is already recorded.")
                             .arg(it->title, s->name, displayDateTime(at))};
        e.id = newId();
        const QString created = now();
        return Sql::run(m_db,
                        QStringLiteral("INSERT INTO radio_aired (id, item_id, station_id, "
                                       "aired_at, recorded_by, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {e.id, itemId, stationId, Sql::iso(at), Sql::text(m_db.actingUser()),
                         created, created});
    });
    if (!st)
        return st.error();
    return airedEntry(e.id);
}

Result<AiredEntry> RadioRepository::airedEntry(const QString &airedId) const
{
    auto row = Sql::one(m_db,
                        QStringLiteral("SELECT %1 FROM radio_aired r JOIN radio_items i ON i.id = "
                                       "r.item_id JOIN radio_stations s ON s.id = r.station_id "
                                       "WHERE r.id = ?")
                            .arg(kAiredColumns),
                        {airedId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QStringLiteral("not-found"), tr("No broadcast with id %1.").arg(airedId)};
    return airedFrom(**row);
}

Status RadioRepository::removeAired(const QString &airedId)
{
    auto changed = Sql::affected(
        m_db,
        QStringLiteral("UPDATE radio_aired SET deleted = 1, updated_at = ?, "
                       "local_rev = local_rev + 1, dirty = 1 WHERE id = ? AND deleted = 0"),
        {now(), airedId});
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return Error{QStringLiteral("not-found"), tr("No broadcast with id %1.").arg(airedId)};
    return {};
}

Result<QList<AiredEntry>> RadioRepository::aired(const QDate &from, const QDate &to) const
{
    // Local days, as the plan's progress counts them.
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM radio_aired r JOIN radio_items i ON i.id = "
                                      "r.item_id JOIN radio_stations s ON s.id = r.station_id "
                                      "WHERE r.deleted = 0 AND (? = '' OR date(r.aired_at, "
                                      "'localtime') >= ?) AND (? = '' OR date(r.aired_at, "
                                      "'localtime') <= ?) ORDER BY r.aired_at, s.name, r.id")
                           .arg(kAiredColumns),
                       {Sql::text(dateText(from)), Sql::text(dateText(from)),
                        Sql::text(dateText(to)), Sql::text(dateText(to))});
    if (!q)
        return q.error();
    QList<AiredEntry> out;
    while (q->next())
        out << airedFrom(q.value());
    return out;
}

Result<QList<AiredEntry>> RadioRepository::airedOfItem(const QString &itemId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM radio_aired r JOIN radio_items i ON i.id = "
                                      "r.item_id JOIN radio_stations s ON s.id = r.station_id "
                                      "WHERE r.item_id = ? AND r.deleted = 0 "
                                      "ORDER BY r.aired_at, s.name, r.id")
                           .arg(kAiredColumns),
                       {itemId});
    if (!q)
        return q.error();
    QList<AiredEntry> out;
    while (q->next())
        out << airedFrom(q.value());
    return out;
}

// ----------------------------------------------------------------------------- input ---

Result<QDate> RadioRepository::parseDate(const QString &text)
{
    const QDate d = PlanJson::parseDate(text); // 2019-02-19 or 19/02/2019, as plans take them
    if (!d.isValid())
        return Error{QStringLiteral("invalid"),
                     tr("The broadcast date must be a date written yyyy-MM-dd (2024-03-05), not "
                        "“%1”.")
                         .arg(text)};
    return d;
}

Result<QDateTime> RadioRepository::parseAiredAt(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd H:mm"),
          QStringLiteral("dd/MM/yyyy HH:mm"), QStringLiteral("dd/MM/yyyy H:mm")}) {
        const QDateTime local = QDateTime::fromString(t, format);
        if (local.isValid())
            return local.toUTC();
    }
    // ISO 8601: with an offset or Z in that zone, without one in local time.
    const QDateTime iso = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (iso.isValid() && t.contains(u'T'))
        return iso.toUTC();
    return Error{QStringLiteral("invalid"),
                 tr("The broadcast time must be written yyyy-MM-dd HH:MM in local time "
                    "(2024-03-05 06:15) or in ISO 8601 (2024-03-05T06:15:00+07:00), not “%1”.")
                     .arg(text)};
}

} // namespace PressDesk
