#include "text/StyleHints.h"

#include "text/TextFold.h"

#include <QRegularExpression>

#include <algorithm>

namespace PressDesk::Text {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// The first place `abbreviation` is used as itself: whole, not inside a word or a document
// number ("65/KH-UBND", "UBND-VP"); -1 when it is not used.
qsizetype firstUse(const QString &text, const QString &abbreviation)
{
    for (qsizetype at = text.indexOf(abbreviation); at >= 0;
         at = text.indexOf(abbreviation, at + 1)) {
        const qsizetype end = at + abbreviation.size();
        const QChar before = at > 0 ? text.at(at - 1) : QChar(u' ');
        const QChar after = end < text.size() ? text.at(end) : QChar(u' ');
        const auto joins = [](QChar c) {
            return isWordChar(c) || c == u'-' || c == u'/' || c == u'_';
        };
        if (!joins(before) && !joins(after))
            return at;
    }
    return -1;
}

void abbreviations(const QString &text, const QList<GlossaryEntry> &glossary, QList<StyleHint> &out)
{
    const QString folded = text.toCaseFolded();
    for (const GlossaryEntry &g : glossary) {
        if (g.abbreviation.isEmpty() || g.expansion.isEmpty())
            continue;
        const qsizetype at = firstUse(text, g.abbreviation);
        if (at < 0)
            continue;
        // Spelled out before (in any case: "Ủy ban nhân dân", "ủy ban nhân dân"): fine.
        const qsizetype spelled = folded.indexOf(toNfc(g.expansion).toCaseFolded());
        if (spelled >= 0 && spelled < at)
            continue;
        // "Ủy ban nhân dân (UBND)" written already, with the abbreviation in brackets.
        if (at > 0 && text.at(at - 1) == u'(')
            continue;
        QString expansion = toNfc(g.expansion);
        // At the start of a sentence the expansion starts with a capital.
        qsizetype back = at - 1;
        while (back >= 0 && text.at(back) == u' ')
            --back;
        if (back < 0 || text.at(back) == u'\n' || text.at(back) == u'.' || text.at(back) == u'!' ||
            text.at(back) == u'?' || text.at(back) == u':')
            expansion[0] = expansion.at(0).toUpper();
        StyleHint h;
        h.kind = StyleHint::Kind::Abbreviation;
        h.from = at;
        h.length = g.abbreviation.size();
        h.replacement = QStringLiteral("%1 (%2)").arg(expansion, g.abbreviation);
        h.message = StyleCheck::tr("%1 is used here for the first time: write it out, with the "
                                   "abbreviation after it.")
                        .arg(g.abbreviation);
        out << h;
    }
}

void toneStyle(const QString &text, std::optional<ToneStyle> style, QList<StyleHint> &out)
{
    if (!style) {
        const ToneStyleCount count = countToneStyles(text);
        if (!count.mixed())
            return;
        style = count.traditional >= count.modern ? ToneStyle::Traditional : ToneStyle::Modern;
    }
    const QString name = *style == ToneStyle::Traditional
                             ? StyleCheck::tr("the traditional style (hòa, thúy)")
                             : StyleCheck::tr("the modern style (hoà, thuý)");
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        const QString word = text.mid(i, end - i);
        const QString respelled = withToneStyle(word, *style);
        if (respelled != word) {
            StyleHint h;
            h.kind = StyleHint::Kind::ToneStyle;
            h.from = i;
            h.length = word.size();
            h.replacement = respelled;
            h.message =
                StyleCheck::tr("The office writes tone marks in %1: %2.").arg(name, respelled);
            out << h;
        }
        i = end;
    }
}

void quotes(const QString &text, QList<StyleHint> &out)
{
    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            open = -1; // a quote left open does not run into the next paragraph
            continue;
        }
        if (c != u'"')
            continue;
        if (open < 0) {
            open = i;
            continue;
        }
        StyleHint h;
        h.kind = StyleHint::Kind::StraightQuotes;
        h.from = open;
        h.length = i - open + 1;
        h.replacement = QChar(0x201C) + text.mid(open + 1, i - open - 1) + QChar(0x201D);
        h.message = StyleCheck::tr("Straight quotes: printed text uses “curly quotes”.");
        out << h;
        open = -1;
    }
}

void spaces(const QString &text, QList<StyleHint> &out)
{
    static const QRegularExpression runs(QStringLiteral("(?<=\\S)( {2,})(?=\\S)"));
    for (auto it = runs.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        StyleHint h;
        h.kind = StyleHint::Kind::DoubleSpace;
        h.from = m.capturedStart(1);
        h.length = m.capturedLength(1);
        h.replacement = QStringLiteral(" ");
        h.message = StyleCheck::tr("More than one space between words.");
        out << h;
    }
    static const QRegularExpression before(QStringLiteral("(?<=\\S)( +)([,.;:!?)\\]])"));
    for (auto it = before.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        StyleHint h;
        h.kind = StyleHint::Kind::SpaceBeforeMark;
        h.from = m.capturedStart(1);
        h.length = m.capturedLength(1);
        h.message = StyleCheck::tr("No space before “%1”.").arg(m.captured(2));
        out << h;
    }
}

} // namespace

QList<StyleHint> StyleCheck::hints(const QString &text, const QList<GlossaryEntry> &glossary,
                                   std::optional<ToneStyle> style)
{
    QList<StyleHint> all;
    abbreviations(text, glossary, all);
    toneStyle(text, style, all);
    quotes(text, all);
    spaces(text, all);
    std::stable_sort(all.begin(), all.end(),
                     [](const StyleHint &a, const StyleHint &b) { return a.from < b.from; });
    // Never overlapping: a later hint that starts inside an earlier one waits for the next check.
    QList<StyleHint> out;
    qsizetype end = 0;
    for (const StyleHint &h : std::as_const(all)) {
        if (h.from < end)
            continue;
        out << h;
        end = h.from + std::max<qsizetype>(h.length, 1);
    }
    return out;
}

QString StyleCheck::apply(const QString &text, const QList<StyleHint> &hints)
{
    QList<StyleHint> sorted = hints;
    std::sort(sorted.begin(), sorted.end(),
              [](const StyleHint &a, const StyleHint &b) { return a.from > b.from; });
    QString out = text;
    for (const StyleHint &h : std::as_const(sorted))
        out.replace(h.from, h.length, h.replacement);
    return out;
}

QString StyleCheck::kindKey(StyleHint::Kind kind)
{
    switch (kind) {
    case StyleHint::Kind::Abbreviation:
        return QStringLiteral("abbreviation");
    case StyleHint::Kind::ToneStyle:
        return QStringLiteral("tone-style");
    case StyleHint::Kind::StraightQuotes:
        return QStringLiteral("quotes");
    case StyleHint::Kind::DoubleSpace:
        return QStringLiteral("double-space");
    case StyleHint::Kind::SpaceBeforeMark:
        return QStringLiteral("space-before-mark");
    }
    return {};
}

} // namespace PressDesk::Text
