#include "office/OfficeProfile.h"

namespace PressDesk {

namespace {

// The kinds of administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III) an office
// might type before its own part: "KH-UBND" is read as the kind KH and the office's UBND.
bool isDocumentKind(const QString &word)
{
    static const QStringList kinds{
        QStringLiteral("NQ"),  QStringLiteral("QĐ"), QStringLiteral("CT"),  QStringLiteral("QC"),
        QStringLiteral("TB"),  QStringLiteral("HD"), QStringLiteral("CTr"), QStringLiteral("KH"),
        QStringLiteral("PA"),  QStringLiteral("ĐA"), QStringLiteral("BC"),  QStringLiteral("BB"),
        QStringLiteral("TTr"), QStringLiteral("CV"), QStringLiteral("CĐ"),  QStringLiteral("GM"),
        QStringLiteral("GUQ")};
    return kinds.contains(word);
}

} // namespace

QString OfficeProfile::documentSymbol(const QString &kind) const
{
    QString own = numberSuffix.trimmed();
    while (own.startsWith(u'/') || own.startsWith(u'-'))
        own.remove(0, 1);
    const qsizetype dash = own.indexOf(u'-');
    if (dash > 0 && isDocumentKind(own.left(dash)))
        own = own.mid(dash + 1);
    return own.isEmpty() ? kind : kind + u'-' + own;
}

OfficeProfile OfficeProfile::normalized() const
{
    OfficeProfile n = *this;
    n.name = name.simplified();
    n.parentBody = parentBody.simplified();
    n.place = place.simplified();
    n.signerName = signerName.simplified();
    n.signerTitle = signerTitle.simplified();
    n.numberSuffix = numberSuffix.simplified().remove(u' ');
    n.recipients.clear();
    for (const QString &r : recipients)
        if (const QString line = r.simplified(); !line.isEmpty())
            n.recipients << line;
    n.glossary = Text::glossaryChanges(effectiveGlossary());
    return n;
}

} // namespace PressDesk
