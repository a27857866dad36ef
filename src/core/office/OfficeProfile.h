#pragma once

#include "text/ReadingScript.h"
#include "text/ToneMarks.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace PressDesk {

// The office a profile works for, as its documents name it (migration 19). Since the 2025
// reorganisation an office is a commune, a ward, or a body of the province; nothing in the code
// names one: plans, reports and the demo read this. Empty until the office fills it in
// (Settings → Office, `pressdesk-cli office set`), and then every document says so neutrally:
// no place, no parent body, dotted spaces to fill in by hand.
struct OfficeProfile
{
    // As written in running text ("UBND xã Vân Canh", "Phòng Văn hóa - Xã hội"); a document's
    // header writes it in capitals. A new plan proposes it as the issuing body.
    QString name;
    // The body above it, the header's first line ("UBND phường Hoàn Kiếm" above its unit);
    // empty for an office with none above it in its header.
    QString parentBody;
    QString place;          // "Vân Canh", as in "Vân Canh, ngày … tháng … năm …"
    QString signerName;     // who usually signs
    QString signerTitle;    // "Chủ tịch", "Trưởng phòng"
    QStringList recipients; // "Nơi nhận", in order ("UBND thành phố (để b/c);", "Lưu: VT.")
    // The office's part of a document's symbol: "UBND" gives 65/KH-UBND for a plan and
    // …/BC-UBND for a report. Given with a kind ("KH-UBND"), the kind is replaced.
    QString numberSuffix;
    std::optional<Text::ToneStyle> toneStyle; // nullopt: not chosen yet (traditional)
    // The office's own abbreviations (Settings → Abbreviations, `office glossary`): what it
    // adds to and changes in the default glossary, an empty expansion for a default entry it
    // takes out. Radio scripts expand them and the style hints ask for them at first use.
    QList<Text::GlossaryEntry> glossary;

    bool operator==(const OfficeProfile &other) const = default;

    // The symbol of a document of `kind` ("KH", "BC"): "BC-UBND"; the kind alone without a
    // suffix.
    QString documentSymbol(const QString &kind) const;
    Text::ToneStyle effectiveToneStyle() const
    {
        return toneStyle.value_or(Text::ToneStyle::Traditional);
    }

    // The glossary the office's scripts and hints use: the default one with the office's own.
    QList<Text::GlossaryEntry> effectiveGlossary() const { return Text::glossaryWith(glossary); }

    // Trimmed, one space between words, recipients without empty lines, the glossary as its
    // differences from the default one.
    OfficeProfile normalized() const;
};

} // namespace PressDesk
