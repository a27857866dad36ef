// The `radio` commands of pressdesk-cli.
#include "RadioCommands.h"

#include "model/Article.h"
#include "office/OfficeRepository.h"
#include "radio/RadioDuration.h"
#include "radio/RadioExport.h"
#include "radio/RadioRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace PressDesk {

namespace {

QString weekdayName(int weekday)
{
    switch (weekday) {
    case 1:
        return RadioCommands::tr("Monday");
    case 2:
        return RadioCommands::tr("Tuesday");
    case 3:
        return RadioCommands::tr("Wednesday");
    case 4:
        return RadioCommands::tr("Thursday");
    case 5:
        return RadioCommands::tr("Friday");
    case 6:
        return RadioCommands::tr("Saturday");
    case 7:
        return RadioCommands::tr("Sunday");
    default:
        return RadioCommands::tr("every day");
    }
}

QJsonObject stationJson(const Station &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("kind"), stationKindKey(s.kind)},
                       {QStringLiteral("note"), s.note}};
}

QJsonObject programJson(const Program &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("station_id"), p.stationId},
                       {QStringLiteral("station"), p.stationName},
                       {QStringLiteral("weekday"),
                        p.weekday > 0 ? QJsonValue(p.weekday) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("time"), p.startTime},
                       {QStringLiteral("length_minutes"), p.lengthMinutes}};
}

QJsonObject itemJson(const RadioItem &i)
{
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return QJsonObject{{QStringLiteral("id"), i.id},
                       {QStringLiteral("position"), i.position},
                       {QStringLiteral("title"), i.title},
                       {QStringLiteral("duration_seconds"), i.durationSeconds},
                       {QStringLiteral("duration"), RadioDuration::format(i.durationSeconds)},
                       {QStringLiteral("article_id"), orNull(i.articleId)},
                       {QStringLiteral("activity_id"), orNull(i.activityId)},
                       {QStringLiteral("script"), i.script}};
}

QString shownDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QList<CommandGroup::Command> RadioCommands::commands()
{
    return {{QStringLiteral("radio script"), false, call(&RadioCommands::script)},
            {QStringLiteral("radio station add"), false, call(&RadioCommands::addStation)},
            {QStringLiteral("radio station list"), true, call(&RadioCommands::listStations)},
            {QStringLiteral("radio program add"), false, call(&RadioCommands::addProgram)},
            {QStringLiteral("radio program list"), true, call(&RadioCommands::listPrograms)},
            {QStringLiteral("radio item add"), false, call(&RadioCommands::addItem)},
            {QStringLiteral("radio rundown"), true, call(&RadioCommands::rundown)},
            {QStringLiteral("radio aired"), false, call(&RadioCommands::aired)},
            {QStringLiteral("radio export"), false, call(&RadioCommands::exportRundown)}};
}

// The reading script of an article, on standard output or into a UTF-8 file.
int RadioCommands::script(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("FILE")});
    if (!p.parse(QStringList{QStringLiteral("radio-script")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("radio script needs the article's id."));
    auto article = m_ctx.article(p.positionalArguments().first());
    if (!article)
        return fail(article.error());
    auto office = OfficeRepository(db()).load();
    if (!office)
        return fail(office.error());
    const QString text = RadioRepository::scriptOf(article.value(), office->effectiveGlossary());
    if (!p.isSet(QStringLiteral("out"))) {
        out() << text << Qt::endl;
        return Success;
    }
    const QString path = p.value(QStringLiteral("out"));
    if (auto st = m_ctx.writeFile(path, (text + u'\n').toUtf8(), true); !st)
        return fail(st.error());
    return Success;
}

int RadioCommands::addStation(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("kind"), QString(), QStringLiteral("KIND"), QStringLiteral("station")});
    if (!p.parse(QStringList{QStringLiteral("radio-station-add")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("radio station add needs the station's name (in quotes if it has "
                        "spaces)."));
    const auto kind = stationKindFromKey(p.value(QStringLiteral("kind")));
    if (!kind)
        return usage(
            tr("--kind is station or loudspeakers, not %1.").arg(p.value(QStringLiteral("kind"))));
    if (auto st = open(); !st)
        return fail(st.error());
    Station s;
    s.name = p.positionalArguments().first();
    s.kind = *kind;
    auto added = RadioRepository(db()).addStation(s);
    if (!added)
        return fail(added.error());
    out() << added->id << Qt::endl;
    return Success;
}

int RadioCommands::listStations(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("Unexpected argument: %1").arg(args.first()));
    if (auto st = open(); !st)
        return fail(st.error());
    auto stations = RadioRepository(db()).stations();
    if (!stations)
        return fail(stations.error());
    if (json()) {
        QJsonArray arr;
        for (const Station &s : std::as_const(stations.value()))
            arr << stationJson(s);
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const Station &s : std::as_const(stations.value()))
        rows << QStringList{s.id, s.name, stationKindDisplayName(s.kind)};
    return m_ctx.printRows(rows);
}

int RadioCommands::addProgram(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("station"), QString(), QStringLiteral("STATION")});
    p.addOption({QStringLiteral("weekday"), QString(), QStringLiteral("1-7")});
    p.addOption({QStringLiteral("time"), QString(), QStringLiteral("HH:MM")});
    p.addOption({QStringLiteral("length"), QString(), QStringLiteral("MINUTES")});
    if (!p.parse(QStringList{QStringLiteral("radio-program-add")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("station")))
        return usage(tr("radio program add needs the programme's name and --station."));
    Program program;
    program.name = p.positionalArguments().first();
    program.startTime = p.value(QStringLiteral("time"));
    if (p.isSet(QStringLiteral("weekday"))) {
        const auto weekday = CliContext::number(QStringLiteral("--weekday"),
                                                p.value(QStringLiteral("weekday")), 1, 7);
        if (!weekday)
            return usage(weekday.error().message);
        program.weekday = int(weekday.value());
    }
    if (p.isSet(QStringLiteral("length"))) {
        // A day at most; the repository refuses 0 and less in its own words.
        const auto length = CliContext::number(QStringLiteral("--length"),
                                               p.value(QStringLiteral("length")), -1440, 1440);
        if (!length)
            return usage(length.error().message);
        program.lengthMinutes = int(length.value());
    }
    if (auto st = open(); !st)
        return fail(st.error());
    RadioRepository radio(db());
    auto station = radio.findStation(p.value(QStringLiteral("station")));
    if (!station)
        return fail(station.error());
    program.stationId = station->id;
    auto added = radio.addProgram(program);
    if (!added)
        return fail(added.error());
    out() << added->id << Qt::endl;
    return Success;
}

int RadioCommands::listPrograms(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("Unexpected argument: %1").arg(args.first()));
    if (auto st = open(); !st)
        return fail(st.error());
    auto programs = RadioRepository(db()).programs();
    if (!programs)
        return fail(programs.error());
    if (json()) {
        QJsonArray arr;
        for (const Program &p : std::as_const(programs.value()))
            arr << programJson(p);
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const Program &p : std::as_const(programs.value()))
        rows << QStringList{p.id,
                            p.stationName,
                            p.name,
                            weekdayName(p.weekday),
                            p.startTime.isEmpty() ? QStringLiteral("–") : p.startTime,
                            tr("%1 min").arg(p.lengthMinutes)};
    return m_ctx.printRows(rows);
}

int RadioCommands::addItem(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("program"), QString(), QStringLiteral("PROGRAM")});
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("activity"), QString(), QStringLiteral("ACTIVITY")});
    if (!p.parse(QStringList{QStringLiteral("radio-item-add")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("program")) ||
        !p.isSet(QStringLiteral("date")))
        return usage(tr("radio item add needs the article's id, --program and --date."));
    const auto date = RadioRepository::parseDate(p.value(QStringLiteral("date")));
    if (!date)
        return usage(date.error().message);
    auto article = m_ctx.articleId(p.positionalArguments().first());
    if (!article)
        return fail(article.error());
    RadioRepository radio(db());
    auto program = radio.findProgram(p.value(QStringLiteral("program")));
    if (!program)
        return fail(program.error());
    auto added = radio.addItemFromArticle(article.value(), program->id, date.value(),
                                          p.value(QStringLiteral("activity")).trimmed());
    if (!added)
        return fail(added.error());
    out() << added->id << Qt::endl;
    return Success;
}

// The programme's items of the day in order, each with its duration, and the total against
// the slot.
int RadioCommands::rundown(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("DATE")});
    if (!p.parse(QStringList{QStringLiteral("radio-rundown")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("date")))
        return usage(tr("radio rundown needs the programme and --date."));
    const auto date = RadioRepository::parseDate(p.value(QStringLiteral("date")));
    if (!date)
        return usage(date.error().message);
    if (auto st = open(); !st)
        return fail(st.error());
    RadioRepository radio(db());
    auto program = radio.findProgram(p.positionalArguments().first());
    if (!program)
        return fail(program.error());
    auto r = radio.rundown(program->id, date.value());
    if (!r)
        return fail(r.error());

    if (json()) {
        QJsonArray items;
        for (const RadioItem &i : std::as_const(r->items))
            items << itemJson(i);
        return m_ctx.printJson(
            QJsonObject{{QStringLiteral("program"), programJson(r->program)},
                        {QStringLiteral("date"), date->toString(Qt::ISODate)},
                        {QStringLiteral("items"), items},
                        {QStringLiteral("total_seconds"), r->totalSeconds},
                        {QStringLiteral("slot_seconds"), r->slotSeconds()},
                        {QStringLiteral("over"), r->over()},
                        {QStringLiteral("over_by_seconds"), r->overBySeconds()}});
    }
    out() << tr("%1 (%2), %3").arg(r->program.name, r->program.stationName, shownDate(r->date));
    if (!r->program.startTime.isEmpty())
        out() << tr(", at %1").arg(r->program.startTime);
    out() << u'\n';
    for (const RadioItem &i : std::as_const(r->items))
        out() << i.position << u'\t' << i.title << u'\t' << RadioDuration::format(i.durationSeconds)
              << u'\t' << i.id << u'\n';
    out() << tr("Total %1 of %2")
                 .arg(RadioDuration::format(r->totalSeconds),
                      RadioDuration::format(r->slotSeconds()))
          << u'\n';
    if (r->over())
        out() << tr("OVER by %1").arg(RadioDuration::format(r->overBySeconds())) << u'\n';
    out().flush();
    return Success;
}

// One broadcast of an item on a station: a "lượt phát" for the plan's radio activity.
int RadioCommands::aired(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("station"), QString(), QStringLiteral("STATION")});
    p.addOption({QStringLiteral("at"), QString(), QStringLiteral("DATETIME")});
    if (!p.parse(QStringList{QStringLiteral("radio-aired")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("station")) ||
        !p.isSet(QStringLiteral("at")))
        return usage(tr("radio aired needs the item's id, --station and --at."));
    const auto at = RadioRepository::parseAiredAt(p.value(QStringLiteral("at")));
    if (!at)
        return usage(at.error().message);
    if (auto st = open(); !st)
        return fail(st.error());
    RadioRepository radio(db());
    auto item = radio.findItem(p.positionalArguments().first());
    if (!item)
        return fail(item.error());
    auto station = radio.findStation(p.value(QStringLiteral("station")));
    if (!station)
        return fail(station.error());
    auto entry = radio.markAired(item->id, station->id, at.value());
    if (!entry)
        return fail(entry.error());
    out() << entry->id << Qt::endl;
    return Success;
}

// The rundown written out: as one ODT or PDF document for the announcer (the rundown, the total
// against the slot, every script in full), or as one UTF-8 text file per item, in its order,
// for the text-to-speech systems of the loudspeakers: 01-<title>.txt, 02-…
int RadioCommands::exportRundown(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("format"), QString(), QStringLiteral("odt|pdf|txt")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("PATH")});
    if (!p.parse(QStringList{QStringLiteral("radio-export")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("date")) ||
        !p.isSet(QStringLiteral("format")) || !p.isSet(QStringLiteral("out")))
        return usage(tr("radio export needs the programme, --date, --format odt|pdf|txt and --out "
                        "(a file for odt and pdf, a folder for txt)."));
    const QString format = p.value(QStringLiteral("format")).trimmed().toLower();
    const bool document = format == QLatin1String("odt") || format == QLatin1String("pdf");
    if (!document && format != QLatin1String("txt"))
        return usage(
            tr("--format is odt, pdf or txt, not %1.").arg(p.value(QStringLiteral("format"))));
    const auto date = RadioRepository::parseDate(p.value(QStringLiteral("date")));
    if (!date)
        return usage(date.error().message);
    const QString outPath = p.value(QStringLiteral("out"));
    if (document) {
        if (auto st = CliContext::checkWritable(outPath); !st)
            return fail(st.error());
    }
    if (auto st = open(); !st)
        return fail(st.error());
    RadioRepository radio(db());
    auto program = radio.findProgram(p.positionalArguments().first());
    if (!program)
        return fail(program.error());
    if (document) {
        auto sheet = RadioExport::sheet(db(), program->id, date.value());
        if (!sheet)
            return fail(sheet.error());
        const Status st = format == QLatin1String("pdf")
                              ? RadioExport::writePdf(sheet.value(), outPath)
                              : RadioExport::writeOdt(sheet.value(), outPath);
        if (!st)
            return fail(st.error());
        out() << QDir::toNativeSeparators(outPath) << Qt::endl;
        return Success;
    }
    auto r = radio.rundown(program->id, date.value());
    if (!r)
        return fail(r.error());
    auto written = RadioExport::writeTextFiles(r.value(), outPath);
    if (!written)
        return fail(written.error());
    for (const QString &path : std::as_const(written.value()))
        out() << QDir::toNativeSeparators(path) << u'\n';
    out().flush();
    return Success;
}

} // namespace PressDesk
