#include "office/OfficeRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlUtil.h"
#include "text/TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace PressDesk {

namespace {

QString recipientsJson(const QStringList &recipients)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(recipients)).toJson(QJsonDocument::Compact));
}

QStringList recipientsFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

// [[abbreviation, expansion], …]
QString glossaryJson(const QList<Text::GlossaryEntry> &entries)
{
    QJsonArray pairs;
    for (const Text::GlossaryEntry &e : entries)
        pairs.append(QJsonArray{e.abbreviation, e.expansion});
    return QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact));
}

QList<Text::GlossaryEntry> glossaryFromJson(const QString &json)
{
    QList<Text::GlossaryEntry> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            out.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return out;
}

} // namespace

Result<OfficeProfile> OfficeRepository::load() const
{
    auto row = Sql::row(m_db, QStringLiteral("SELECT name, parent_body, place, signer_name, "
                                             "signer_title, recipients, number_suffix, tone_style, "
                                             "glossary FROM office_profile WHERE deleted = 0"));
    if (!row)
        return row.error();
    OfficeProfile office;
    if (!row->has_value())
        return office;
    const QVariantList &v = **row;
    office.name = v.at(0).toString();
    office.parentBody = v.at(1).toString();
    office.place = v.at(2).toString();
    office.signerName = v.at(3).toString();
    office.signerTitle = v.at(4).toString();
    office.recipients = recipientsFromJson(v.at(5).toString());
    office.numberSuffix = v.at(6).toString();
    if (const QString tone = v.at(7).toString(); !tone.isEmpty())
        office.toneStyle = Text::toneStyleFromKey(tone);
    office.glossary = glossaryFromJson(v.at(8).toString());
    return office;
}

Status OfficeRepository::save(const OfficeProfile &input)
{
    const OfficeProfile office = input.normalized();
    const QString now = Sql::iso(QDateTime::currentDateTimeUtc());
    // One row: the first save inserts it, later ones update it when something differs.
    return Sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO office_profile (id, name, parent_body, place, signer_name, signer_title, "
            "recipients, number_suffix, tone_style, glossary, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (one) DO UPDATE SET name = excluded.name, "
            "parent_body = excluded.parent_body, place = excluded.place, "
            "signer_name = excluded.signer_name, signer_title = excluded.signer_title, "
            "recipients = excluded.recipients, number_suffix = excluded.number_suffix, "
            "tone_style = excluded.tone_style, glossary = excluded.glossary, "
            "updated_at = excluded.updated_at, "
            "local_rev = local_rev + 1, dirty = 1, deleted = 0 "
            "WHERE name IS NOT excluded.name OR parent_body IS NOT excluded.parent_body "
            "OR place IS NOT excluded.place OR signer_name IS NOT excluded.signer_name "
            "OR signer_title IS NOT excluded.signer_title "
            "OR recipients IS NOT excluded.recipients "
            "OR number_suffix IS NOT excluded.number_suffix "
            "OR tone_style IS NOT excluded.tone_style OR glossary IS NOT excluded.glossary "
            "OR deleted <> 0"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), Sql::text(office.name),
         Sql::text(office.parentBody), Sql::text(office.place), Sql::text(office.signerName),
         Sql::text(office.signerTitle), recipientsJson(office.recipients),
         Sql::text(office.numberSuffix),
         office.toneStyle ? Text::toneStyleKey(*office.toneStyle) : QStringLiteral(""),
         glossaryJson(office.glossary), now, now});
}

Result<Text::ToneStyle> OfficeRepository::toneStyleOr(Text::ToneStyle former)
{
    Text::ToneStyle style = former;
    // Read and written together: another desk window saving the profile meanwhile is kept.
    const Status st = m_db.transaction([&]() -> Status {
        auto office = load();
        if (!office)
            return office.error();
        if (office->toneStyle) {
            style = *office->toneStyle;
            return {};
        }
        office->toneStyle = former;
        return save(office.value());
    });
    if (!st)
        return st.error();
    return style;
}

Status OfficeRepository::addAbbreviation(const QString &abbreviation, const QString &expansion)
{
    return m_db.transaction([&]() -> Status {
        auto office = load();
        if (!office)
            return office.error();
        QList<Text::GlossaryEntry> glossary = office->effectiveGlossary();
        glossary.append({abbreviation, expansion}); // the last of an abbreviation given wins
        office->glossary = Text::glossaryChanges(glossary);
        return save(office.value());
    });
}

Status OfficeRepository::removeAbbreviation(const QString &input)
{
    const QString abbreviation = Text::toNfc(input.simplified());
    return m_db.transaction([&]() -> Status {
        auto office = load();
        if (!office)
            return office.error();
        QList<Text::GlossaryEntry> glossary = office->effectiveGlossary();
        if (glossary.removeIf([&abbreviation](const Text::GlossaryEntry &e) {
                return e.abbreviation == abbreviation;
            }) == 0)
            return Error{QStringLiteral("not-found"),
                         tr("“%1” is not one of the office's abbreviations.").arg(abbreviation)};
        office->glossary = Text::glossaryChanges(glossary);
        return save(office.value());
    });
}

} // namespace PressDesk
