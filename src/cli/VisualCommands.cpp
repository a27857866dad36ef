// The `visual` commands of pressdesk-cli.
#include "VisualCommands.h"

#include "plan/Plan.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "visual/VisualRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace PressDesk {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<double> &x)
{
    return x ? QJsonValue(*x) : QJsonValue(QJsonValue::Null);
}

QJsonObject photoJson(const VisualPhoto &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("image_hash"), p.imageHash},
                       {QStringLiteral("file_name"), p.fileName},
                       {QStringLiteral("taken_at"),
                        p.takenAt.isValid()
                            ? QJsonValue(p.takenAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                            : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("latitude"), orNull(p.latitude)},
                       {QStringLiteral("longitude"), orNull(p.longitude)}};
}

QJsonObject itemJson(const VisualItem &i)
{
    QJsonArray photos;
    for (const VisualPhoto &p : i.photos)
        photos << photoJson(p);
    return QJsonObject{{QStringLiteral("id"), i.id},
                       {QStringLiteral("activity_id"), i.activityId},
                       {QStringLiteral("slogan_id"), orNull(i.sloganId)},
                       {QStringLiteral("content"), i.content},
                       {QStringLiteral("form"), visualFormKey(i.form)},
                       {QStringLiteral("form_name"), visualFormDisplayName(i.form)},
                       {QStringLiteral("size"), i.size},
                       {QStringLiteral("quantity"), i.quantity},
                       {QStringLiteral("commune"), i.commune},
                       {QStringLiteral("place"), i.place},
                       {QStringLiteral("latitude"), orNull(i.latitude)},
                       {QStringLiteral("longitude"), orNull(i.longitude)},
                       {QStringLiteral("responsible_unit"), i.responsibleUnit},
                       {QStringLiteral("planned_date"), orNull(i.plannedDate)},
                       {QStringLiteral("installed_date"), orNull(i.installedDate)},
                       {QStringLiteral("removed_date"), orNull(i.removedDate)},
                       {QStringLiteral("status"), visualStatusKey(i.status)},
                       {QStringLiteral("photos"), photos}};
}

QString shownDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// "Installed 26/02/2019": the item's state as a person reads it.
QString statusText(const VisualItem &i)
{
    switch (i.status) {
    case VisualStatus::Installed:
        return VisualCommands::tr("installed %1").arg(shownDate(i.installedDate));
    case VisualStatus::Removed:
        return VisualCommands::tr("installed %1, removed %2")
            .arg(shownDate(i.installedDate), shownDate(i.removedDate));
    case VisualStatus::Planned:
        break;
    }
    return i.plannedDate.isValid()
               ? VisualCommands::tr("planned for %1").arg(shownDate(i.plannedDate))
               : VisualCommands::tr("planned");
}

// Decimal degrees, with a point or a comma.
std::optional<double> degrees(const QString &text)
{
    bool ok = false;
    QString t = text.trimmed();
    t.replace(u',', u'.');
    const double x = QLocale::c().toDouble(t, &ok);
    return ok ? std::optional<double>(x) : std::nullopt;
}

} // namespace

QList<CommandGroup::Command> VisualCommands::commands()
{
    return {{QStringLiteral("visual add"), false, call(&VisualCommands::add)},
            {QStringLiteral("visual list"), true, call(&VisualCommands::list)},
            {QStringLiteral("visual install"), false, call(&VisualCommands::install)},
            {QStringLiteral("visual remove"), false, call(&VisualCommands::remove)},
            {QStringLiteral("visual photo"), false, call(&VisualCommands::photo)},
            {QStringLiteral("visual slogan add"), false, call(&VisualCommands::addSlogan)},
            {QStringLiteral("visual slogan list"), true, call(&VisualCommands::listSlogans)}};
}

Status VisualCommands::addPhotos(const QString &itemId, const QStringList &files, QStringList *ids)
{
    VisualRepository visual(db());
    for (const QString &path : files) {
        auto photo = visual.addPhotoFile(itemId, path);
        if (!photo)
            return photo.error();
        // The report's and the register's preview, made now rather than at the first report
        // (the app makes it when it first shows the photo, on a worker). One that cannot be
        // made is made again when needed: the photo itself is stored.
        (void)ImageStore(db()).preview(photo->imageHash);
        *ids << photo->id;
    }
    return {};
}

// A new item of the register; its id on standard output.
int VisualCommands::add(const QStringList &args)
{
    QCommandLineParser p;
    for (const char *option :
         {"activity", "form", "quantity", "place", "commune", "size", "text", "slogan",
          "responsible", "planned", "installed", "lat", "lon", "photo"})
        p.addOption({QString::fromLatin1(option), QString(), QStringLiteral("VALUE")});
    if (!p.parse(QStringList{QStringLiteral("visual-add")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument: %1").arg(p.positionalArguments().first()));
    if (!p.isSet(QStringLiteral("activity")) || !p.isSet(QStringLiteral("form")) ||
        !p.isSet(QStringLiteral("quantity")) ||
        (!p.isSet(QStringLiteral("place")) && !p.isSet(QStringLiteral("commune"))))
        return usage(tr("visual add needs --activity, --form, --quantity and --place."));
    VisualItem item;
    const auto form = visualFormFromText(p.value(QStringLiteral("form")));
    if (!form)
        return usage(tr("--form is banner (băng rôn), panel (pano), poster (áp phích), led_screen "
                        "(màn hình LED), leaflet (tờ rơi) or slogan (khẩu hiệu), not %1.")
                         .arg(p.value(QStringLiteral("form"))));
    item.form = *form;
    // The repository refuses less than 1 in its own words.
    const auto quantity = CliContext::number(
        QStringLiteral("--quantity"), p.value(QStringLiteral("quantity")), -1000000, 1000000);
    if (!quantity)
        return usage(quantity.error().message);
    item.quantity = int(quantity.value());
    for (const auto &[option, date] :
         {std::pair{QStringLiteral("planned"), &item.plannedDate},
          std::pair{QStringLiteral("installed"), &item.installedDate}}) {
        if (!p.isSet(option))
            continue;
        const auto parsed = VisualRepository::parseDate(p.value(option));
        if (!parsed)
            return usage(parsed.error().message);
        *date = parsed.value();
    }
    if (p.isSet(QStringLiteral("lat")) || p.isSet(QStringLiteral("lon"))) {
        item.latitude = degrees(p.value(QStringLiteral("lat")));
        item.longitude = degrees(p.value(QStringLiteral("lon")));
        if (!item.latitude || !item.longitude)
            return usage(tr("--lat and --lon are given together, in decimal degrees (--lat "
                            "21.0245 --lon 105.7012)."));
    }
    item.activityId = p.value(QStringLiteral("activity")).trimmed();
    item.place = p.value(QStringLiteral("place"));
    item.commune = p.value(QStringLiteral("commune"));
    item.size = p.value(QStringLiteral("size"));
    item.content = p.value(QStringLiteral("text"));
    item.sloganId = p.value(QStringLiteral("slogan")).trimmed();
    item.responsibleUnit = p.value(QStringLiteral("responsible"));
    if (auto st = open(); !st)
        return fail(st.error());
    QString id;
    QStringList photos;
    // The item and its photos together: a photo that cannot be stored leaves no item behind.
    auto st = db().transaction([&]() -> Status {
        auto added = VisualRepository(db()).addItem(item);
        if (!added)
            return added.error();
        id = added->id;
        return addPhotos(id, p.values(QStringLiteral("photo")), &photos);
    });
    if (!st)
        return fail(st.error());
    out() << id << Qt::endl;
    return Success;
}

int VisualCommands::list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("plan"), QString(), QStringLiteral("PLAN")});
    if (!p.parse(QStringList{QStringLiteral("visual-list")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument: %1").arg(p.positionalArguments().first()));
    if (auto st = open(); !st)
        return fail(st.error());
    QString planId;
    if (p.isSet(QStringLiteral("plan"))) {
        auto plan = m_ctx.plan(p.value(QStringLiteral("plan")));
        if (!plan)
            return fail(plan.error());
        planId = plan->id;
    }
    auto items = VisualRepository(db()).items(planId);
    if (!items)
        return fail(items.error());
    if (json()) {
        QJsonArray arr;
        for (const VisualItem &i : std::as_const(items.value()))
            arr << itemJson(i);
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const VisualItem &i : std::as_const(items.value()))
        rows << QStringList{i.id,
                            tr("%1 × %2").arg(visualFormDisplayName(i.form)).arg(i.quantity),
                            i.location(),
                            statusText(i),
                            tr("%n photo(s)", nullptr, int(i.photos.size())),
                            i.content};
    return m_ctx.printRows(rows);
}

int VisualCommands::install(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("photo"), QString(), QStringLiteral("FILE")});
    if (!p.parse(QStringList{QStringLiteral("visual-install")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("date")))
        return usage(tr("visual install needs the item's id and --date."));
    const auto date = VisualRepository::parseDate(p.value(QStringLiteral("date")));
    if (!date)
        return usage(date.error().message);
    if (auto st = open(); !st)
        return fail(st.error());
    VisualRepository visual(db());
    auto item = visual.findItem(p.positionalArguments().first());
    if (!item)
        return fail(item.error());
    QStringList photos;
    auto st = db().transaction([&]() -> Status {
        if (auto installed = visual.install(item->id, date.value()); !installed)
            return installed;
        return addPhotos(item->id, p.values(QStringLiteral("photo")), &photos);
    });
    if (!st)
        return fail(st.error());
    for (const QString &id : std::as_const(photos))
        out() << id << u'\n';
    out().flush();
    return Success;
}

int VisualCommands::remove(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("DATE")});
    if (!p.parse(QStringList{QStringLiteral("visual-remove")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("date")))
        return usage(tr("visual remove needs the item's id and --date."));
    const auto date = VisualRepository::parseDate(p.value(QStringLiteral("date")));
    if (!date)
        return usage(date.error().message);
    if (auto st = open(); !st)
        return fail(st.error());
    VisualRepository visual(db());
    auto item = visual.findItem(p.positionalArguments().first());
    if (!item)
        return fail(item.error());
    if (auto st = visual.remove(item->id, date.value()); !st)
        return fail(st.error());
    return Success;
}

// More photos of an item, at any time; their ids on standard output.
int VisualCommands::photo(const QStringList &args)
{
    if (args.size() < 2)
        return usage(tr("visual photo needs the item's id and one or more photo files."));
    if (auto st = open(); !st)
        return fail(st.error());
    auto item = VisualRepository(db()).findItem(args.first());
    if (!item)
        return fail(item.error());
    QStringList photos;
    if (auto st =
            db().transaction([&]() -> Status { return addPhotos(item->id, args.mid(1), &photos); });
        !st)
        return fail(st.error());
    for (const QString &id : std::as_const(photos))
        out() << id << u'\n';
    out().flush();
    return Success;
}

int VisualCommands::addSlogan(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("plan"), QString(), QStringLiteral("PLAN")});
    p.addOption({QStringLiteral("topic"), QString(), QStringLiteral("TOPIC")});
    if (!p.parse(QStringList{QStringLiteral("visual-slogan-add")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("plan")))
        return usage(tr("visual slogan add needs --plan and the slogan's text (in quotes)."));
    auto plan = m_ctx.plan(p.value(QStringLiteral("plan")));
    if (!plan)
        return fail(plan.error());
    VisualSlogan s;
    s.planId = plan->id;
    s.text = p.positionalArguments().first();
    s.topic = p.value(QStringLiteral("topic"));
    auto added = VisualRepository(db()).addSlogan(s);
    if (!added)
        return fail(added.error());
    out() << added->id << Qt::endl;
    return Success;
}

int VisualCommands::listSlogans(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("plan"), QString(), QStringLiteral("PLAN")});
    if (!p.parse(QStringList{QStringLiteral("visual-slogan-list")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("plan")))
        return usage(tr("visual slogan list needs --plan."));
    auto plan = m_ctx.plan(p.value(QStringLiteral("plan")));
    if (!plan)
        return fail(plan.error());
    auto slogans = VisualRepository(db()).slogans(plan->id);
    if (!slogans)
        return fail(slogans.error());
    if (json()) {
        QJsonArray arr;
        for (const VisualSlogan &s : std::as_const(slogans.value()))
            arr << QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("text"), s.text},
                               {QStringLiteral("topic"), s.topic}};
        return m_ctx.printJson(arr);
    }
    QList<QStringList> rows;
    for (const VisualSlogan &s : std::as_const(slogans.value()))
        rows << QStringList{s.id, s.text, s.topic};
    return m_ctx.printRows(rows);
}

} // namespace PressDesk
