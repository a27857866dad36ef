// The `office` commands of pressdesk-cli.
#include "OfficeCommands.h"

#include "office/OfficeRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace PressDesk {

namespace {

QString toneStyleText(const OfficeProfile &office)
{
    if (!office.toneStyle)
        return OfficeCommands::tr("not chosen (traditional: hòa, thủy)");
    return *office.toneStyle == Text::ToneStyle::Modern
               ? OfficeCommands::tr("modern (hoà, thuỷ)")
               : OfficeCommands::tr("traditional (hòa, thủy)");
}

} // namespace

QList<CommandGroup::Command> OfficeCommands::commands()
{
    return {
        {QStringLiteral("office set"), false, call(&OfficeCommands::set)},
        {QStringLiteral("office show"), true, call(&OfficeCommands::show)},
        {QStringLiteral("office glossary list"), true, call(&OfficeCommands::glossaryList)},
        {QStringLiteral("office glossary add"), false, call(&OfficeCommands::glossaryAdd)},
        {QStringLiteral("office glossary remove"), false, call(&OfficeCommands::glossaryRemove)}};
}

// Changes what is named and keeps the rest; --recipient, repeated, replaces the whole list.
int OfficeCommands::set(const QStringList &args)
{
    QCommandLineParser p;
    const QString name = QStringLiteral("name");
    const QString parent = QStringLiteral("parent");
    const QString place = QStringLiteral("place");
    const QString signer = QStringLiteral("signer");
    const QString signerTitle = QStringLiteral("signer-title");
    const QString recipient = QStringLiteral("recipient");
    const QString suffix = QStringLiteral("number-suffix");
    const QString tone = QStringLiteral("tone-style");
    for (const auto &[option, value] :
         {std::pair{name, QStringLiteral("NAME")}, std::pair{parent, QStringLiteral("BODY")},
          std::pair{place, QStringLiteral("WHERE")}, std::pair{signer, QStringLiteral("NAME")},
          std::pair{signerTitle, QStringLiteral("TITLE")},
          std::pair{recipient, QStringLiteral("RECIPIENT")},
          std::pair{suffix, QStringLiteral("SUFFIX")}, std::pair{tone, QStringLiteral("STYLE")}})
        p.addOption({option, QString(), value});
    if (!p.parse(QStringList{QStringLiteral("office-set")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument: %1").arg(p.positionalArguments().first()));
    if (p.optionNames().isEmpty())
        return usage(tr("office set needs at least one of --name, --parent, --place, --signer, "
                        "--signer-title, --recipient, --number-suffix and --tone-style."));
    std::optional<Text::ToneStyle> style;
    if (p.isSet(tone)) {
        style = Text::toneStyleFromKey(p.value(tone));
        if (!style)
            return usage(tr("--tone-style is traditional (hòa, thủy) or modern (hoà, thuỷ), not "
                            "“%1”.")
                             .arg(p.value(tone)));
    }
    if (auto st = open(); !st)
        return fail(st.error());
    OfficeRepository repo(db());
    auto office = repo.load();
    if (!office)
        return fail(office.error());
    OfficeProfile changed = office.value();
    const auto take = [&p](const QString &option, QString &field) {
        if (p.isSet(option))
            field = p.value(option);
    };
    take(name, changed.name);
    take(parent, changed.parentBody);
    take(place, changed.place);
    take(signer, changed.signerName);
    take(signerTitle, changed.signerTitle);
    take(suffix, changed.numberSuffix);
    if (p.isSet(recipient))
        changed.recipients = p.values(recipient);
    if (style)
        changed.toneStyle = style;
    if (auto st = repo.save(changed); !st)
        return fail(st.error());
    return Success;
}

int OfficeCommands::show(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("Unexpected argument: %1").arg(args.first()));
    if (auto st = open(); !st)
        return fail(st.error());
    auto loaded = OfficeRepository(db()).load();
    if (!loaded)
        return fail(loaded.error());
    const OfficeProfile &office = loaded.value();
    if (json()) {
        return m_ctx.printJson(QJsonObject{
            {QStringLiteral("name"), office.name},
            {QStringLiteral("parent_body"), office.parentBody},
            {QStringLiteral("place"), office.place},
            {QStringLiteral("signer"), office.signerName},
            {QStringLiteral("signer_title"), office.signerTitle},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(office.recipients)},
            {QStringLiteral("number_suffix"), office.numberSuffix},
            {QStringLiteral("plan_symbol"), office.documentSymbol(QStringLiteral("KH"))},
            {QStringLiteral("report_symbol"), office.documentSymbol(QStringLiteral("BC"))},
            {QStringLiteral("tone_style"), office.toneStyle
                                               ? QJsonValue(Text::toneStyleKey(*office.toneStyle))
                                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("glossary_changes"), int(office.glossary.size())}});
    }
    const QString unset = tr("(not set)");
    const auto orUnset = [&unset](const QString &s) {
        return s.isEmpty() ? unset : s;
    };
    QList<QStringList> rows{
        {tr("Name:"), office.name.isEmpty()
                          ? tr("(not set: pressdesk-cli office set --name \"UBND xã …\")")
                          : office.name},
        {tr("Parent body:"), orUnset(office.parentBody)},
        {tr("Place:"), orUnset(office.place)},
        {tr("Signer:"), orUnset(office.signerName)},
        {tr("Signer's title:"), orUnset(office.signerTitle)}};
    if (office.recipients.isEmpty())
        rows << QStringList{tr("Recipients:"), unset};
    for (int i = 0; i < office.recipients.size(); ++i)
        rows << QStringList{i == 0 ? tr("Recipients:") : QString(), office.recipients.at(i)};
    rows << QStringList{tr("Number suffix:"), tr("%1 (a plan …/%2, a report …/%3)")
                                                  .arg(orUnset(office.numberSuffix),
                                                       office.documentSymbol(QStringLiteral("KH")),
                                                       office.documentSymbol(QStringLiteral("BC")))}
         << QStringList{tr("Tone marks:"), toneStyleText(office)}
         << QStringList{tr("Abbreviations:"),
                        tr("%n of its own or changed (pressdesk-cli office glossary list)", nullptr,
                           int(office.glossary.size()))};
    return m_ctx.printRows(rows);
}

// The office's glossary whole: PressDesk's abbreviations with the office's own, each marked.
int OfficeCommands::glossaryList(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("Unexpected argument: %1").arg(args.first()));
    if (auto st = open(); !st)
        return fail(st.error());
    auto office = OfficeRepository(db()).load();
    if (!office)
        return fail(office.error());
    const QList<Text::GlossaryEntry> defaults = Text::defaultGlossary();
    QJsonArray entries;
    QList<QStringList> rows;
    for (const Text::GlossaryEntry &e : office->effectiveGlossary()) {
        const bool own = !defaults.contains(e);
        entries.append(QJsonObject{{QStringLiteral("abbreviation"), e.abbreviation},
                                   {QStringLiteral("expansion"), e.expansion},
                                   {QStringLiteral("office"), own}});
        rows << QStringList{e.abbreviation, e.expansion, own ? tr("(the office's)") : QString()};
    }
    if (json())
        return m_ctx.printJson(entries);
    return m_ctx.printRows(rows);
}

// ABBREVIATION EXPANSION: added to the office's glossary, or what it stands for changed.
int OfficeCommands::glossaryAdd(const QStringList &args)
{
    if (args.size() != 2 || args.at(0).trimmed().isEmpty() || args.at(1).trimmed().isEmpty())
        return usage(tr("office glossary add needs the abbreviation and what it stands for, "
                        "e.g. office glossary add TTVH \"Trung tâm Văn hóa\"."));
    if (auto st = open(); !st)
        return fail(st.error());
    if (auto st = OfficeRepository(db()).addAbbreviation(args.at(0), args.at(1)); !st)
        return fail(st.error());
    return Success;
}

// ABBREVIATION: no longer read out (one of PressDesk's is taken out for this office).
int OfficeCommands::glossaryRemove(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("office glossary remove needs the abbreviation."));
    if (auto st = open(); !st)
        return fail(st.error());
    if (auto st = OfficeRepository(db()).removeAbbreviation(args.at(0)); !st) {
        if (st.error().code == QLatin1String("not-found"))
            return fail(
                Error{st.error().code, st.error().message + u' ' +
                                           tr("(pressdesk-cli office glossary list shows them.)")});
        return fail(st.error());
    }
    return Success;
}

} // namespace PressDesk
