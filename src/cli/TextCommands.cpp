// The `text` commands of pressdesk-cli: converting text from the legacy Vietnamese encodings.
#include "TextCommands.h"

#include "office/OfficeRepository.h"
#include "store/DictionaryRepository.h"
#include "text/LegacyVietnamese.h"
#include "text/SpellChecker.h"
#include "text/StyleHints.h"
#include "text/TextFold.h"
#include "text/ToneMarks.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

namespace PressDesk {

namespace {

// The text of a file. A file that is valid UTF-8 and not plain ASCII is Unicode text (legacy
// bytes are practically never valid UTF-8) and is read as such, without a BOM; any other file is
// read byte by byte, each byte as its Latin-1 character, as fromLegacy() expects (TCVN3, VNI and
// 1258 files; VIQR is ASCII).
QString fileText(const QByteArray &bytes)
{
    bool ascii = true;
    for (const char c : bytes)
        ascii = ascii && uchar(c) < 0x80;
    if (!ascii) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            if (text.startsWith(QChar(0xfeff)))
                text.remove(0, 1);
            return text;
        }
    }
    return QString::fromLatin1(bytes);
}

QString encodingName(Text::LegacyEncoding encoding)
{
    switch (encoding) {
    case Text::LegacyEncoding::Tcvn3:
        return QStringLiteral("TCVN3");
    case Text::LegacyEncoding::Vni:
        return QStringLiteral("VNI");
    case Text::LegacyEncoding::Viqr:
        return QStringLiteral("VIQR");
    case Text::LegacyEncoding::Cp1258:
        return QStringLiteral("Windows-1258");
    }
    return {};
}

// Line and column (from 1) of each of `offsets` (ascending) in `text`.
QList<std::pair<qsizetype, qsizetype>> lineColumns(const QString &text,
                                                   const QList<qsizetype> &offsets)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    qsizetype line = 1;
    qsizetype lineStart = 0;
    qsizetype scanned = 0;
    for (qsizetype offset : offsets) {
        for (; scanned < offset; ++scanned) {
            if (text.at(scanned) == u'\n') {
                ++line;
                lineStart = scanned + 1;
            }
        }
        out.append({line, offset - lineStart + 1});
    }
    return out;
}

} // namespace

QList<CommandGroup::Command> TextCommands::commands()
{
    return {{QStringLiteral("text convert"), false, call(&TextCommands::convert)},
            {QStringLiteral("text tone"), false, call(&TextCommands::tone)},
            {QStringLiteral("text spell"), true, call(&TextCommands::spell)},
            {QStringLiteral("text style"), true, call(&TextCommands::style)},
            {QStringLiteral("text dict add"), false, call(&TextCommands::dictAdd)},
            {QStringLiteral("text dict remove"), false, call(&TextCommands::dictRemove)},
            {QStringLiteral("text dict list"), true, call(&TextCommands::dictList)}};
}

// Text that already is Unicode is never converted: with --from auto, the file must be recognised
// as legacy text (Text::detectLegacy); with an encoding named, its characters must all be ones
// that encoding gives (Text::canBeLegacy; a UTF-8 file with ạ or ư is refused). A UTF-8 file
// whose characters are legacy ones (TCVN3 text pasted into a Unicode editor) is converted.
// The result goes to standard output, with the system's line ends.
int TextCommands::convert(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("from"), QString(), QStringLiteral("ENCODING"), QStringLiteral("auto")});
    if (!p.parse(QStringList{QStringLiteral("text-convert")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("text convert takes one file name."));
    const QString from = p.value(QStringLiteral("from"));
    std::optional<Text::LegacyEncoding> encoding;
    if (from != QLatin1String("auto")) {
        encoding = Text::legacyEncodingFromKey(from);
        if (!encoding)
            return usage(tr("--from is auto, tcvn3, vni, viqr or cp1258, not %1.").arg(from));
    }
    const QString path = p.positionalArguments().first();
    auto bytes = m_ctx.readFile(path);
    if (!bytes)
        return fail(bytes.error());
    const QString text = fileText(bytes.value());

    if (!encoding) {
        encoding = Text::detectLegacy(text);
        if (!encoding)
            return fail(Error{
                QStringLiteral("not-legacy"),
                tr("%1 holds no text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR or "
                   "Windows-1258): it is already Unicode or plain text. Nothing was converted.")
                    .arg(path)});
    } else if (!Text::canBeLegacy(text, *encoding)) {
        return fail(Error{QStringLiteral("not-legacy"),
                          tr("%1 is already Unicode text (it has Vietnamese letters that %2 "
                             "cannot hold). Nothing was converted.")
                              .arg(path, encodingName(*encoding))});
    }
    QString converted = Text::fromLegacy(text, *encoding);
    converted.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out() << converted << Qt::flush;
    return Success;
}

// The text of a UTF-8 file with the tone marks of its oa/oe/uy syllables placed in one style,
// on standard output; how many were moved on standard error.
int TextCommands::tone(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("style"), QString(), QStringLiteral("STYLE")});
    if (!p.parse(QStringList{QStringLiteral("text-tone")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("text tone takes one file name."));
    std::optional<Text::ToneStyle> style;
    if (p.isSet(QStringLiteral("style"))) {
        style = Text::toneStyleFromKey(p.value(QStringLiteral("style")));
        if (!style)
            return usage(tr("--style is traditional (hòa, thủy) or modern (hoà, thuỷ)."));
    } else {
        // The office's style (its profile: office set --tone-style).
        if (auto st = open(); !st)
            return fail(st.error());
        auto office = OfficeRepository(db()).load();
        if (!office)
            return fail(office.error());
        style = office->effectiveToneStyle();
    }
    const QString path = p.positionalArguments().first();
    auto bytes = m_ctx.readFile(path);
    if (!bytes)
        return fail(bytes.error());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes.value());
    if (decoder.hasError())
        return fail(Error{QStringLiteral("not-utf8"),
                          tr("%1 is not UTF-8 text. If it was typed in an old Vietnamese "
                             "encoding, convert it first: text convert %1")
                              .arg(path)});
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const int moved = Text::countToneStyles(text).notIn(*style);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out() << Text::withToneStyle(text, *style) << Qt::flush;
    err() << tr("%n syllable(s) respelled.", nullptr, moved) << Qt::endl;
    return Success;
}

// The words of a UTF-8 file that neither hunspell-vi nor the profile's office dictionary
// knows: one line each, "LINE:COLUMN", the word and its suggestions (columns count
// characters from 1), or JSON. Exits 0 when the file was checked, whatever it holds; 1 when
// it cannot be read or no dictionary is installed.
int TextCommands::spell(const QStringList &args)
{
    QCommandLineParser p;
    if (!p.parse(QStringList{QStringLiteral("text-spell")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("text spell takes one file name."));
    const QString path = p.positionalArguments().first();
    auto text = m_ctx.readTextFile(path);
    if (!text)
        return fail(text.error());
    auto checker = Text::SpellChecker::open();
    if (!checker)
        return fail(checker.error());
    if (Status opened = open(); !opened)
        return fail(opened.error());
    auto officeWords = DictionaryRepository(db()).words();
    if (!officeWords)
        return fail(officeWords.error());
    if (Status loaded = checker.value()->setOfficeWords(officeWords.value()); !loaded)
        return fail(loaded.error());

    const QString &t = text.value();
    const QList<Text::Misspelling> found = checker.value()->check(t, true);
    QJsonArray unknown;
    QList<QStringList> rows;
    QList<qsizetype> offsets;
    for (const Text::Misspelling &m : found)
        offsets << m.offset;
    const auto positions = lineColumns(t, offsets);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Text::Misspelling &m = found.at(i);
        const auto [line, column] = positions.at(i);
        if (json())
            unknown.append(QJsonObject{
                {QStringLiteral("line"), line},
                {QStringLiteral("column"), column},
                {QStringLiteral("offset"), m.offset},
                {QStringLiteral("length"), m.length},
                {QStringLiteral("word"), m.word},
                {QStringLiteral("suggestions"), QJsonArray::fromStringList(m.suggestions)}});
        else
            rows.append({QStringLiteral("%1:%2").arg(line).arg(column), m.word,
                         m.suggestions.join(QStringLiteral(", "))});
    }
    if (json())
        return m_ctx.printJson(
            QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                        {QStringLiteral("dictionary"),
                         QDir::toNativeSeparators(checker.value()->dictionaryPath())},
                        {QStringLiteral("words"), qsizetype(Text::checkableWords(t).size())},
                        {QStringLiteral("unknown"), unknown}});
    m_ctx.printRows(rows);
    err() << tr("%n unknown word(s).", nullptr, int(found.size())) << Qt::endl;
    return Success;
}

// The style check (Text::StyleCheck) of a UTF-8 file: each hint as LINE:COLUMN, what is
// written there, what it would become and why; with --apply, the text with every hint applied
// instead. The tone-mark style is --style, else the office's when it chose one.
int TextCommands::style(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("style"), QString(), QStringLiteral("STYLE")});
    p.addOption({QStringLiteral("apply"), QString()});
    if (!p.parse(QStringList{QStringLiteral("text-style")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("text style takes one file name."));
    if (json() && p.isSet(QStringLiteral("apply")))
        return usage(tr("text style --apply prints the text, not JSON."));
    std::optional<Text::ToneStyle> style;
    if (p.isSet(QStringLiteral("style"))) {
        style = Text::toneStyleFromKey(p.value(QStringLiteral("style")));
        if (!style)
            return usage(tr("--style is traditional (hòa, thủy) or modern (hoà, thuỷ)."));
    }
    // The office's abbreviations, and its tone-mark style unless --style names one.
    if (auto st = open(); !st)
        return fail(st.error());
    auto office = OfficeRepository(db()).load();
    if (!office)
        return fail(office.error());
    if (!style)
        style = office->toneStyle;
    const QString path = p.positionalArguments().first();
    auto text = m_ctx.readTextFile(path);
    if (!text)
        return fail(text.error());
    QString t = Text::toNfc(text.value());
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QList<Text::StyleHint> hints =
        Text::StyleCheck::hints(t, office->effectiveGlossary(), style);
    if (p.isSet(QStringLiteral("apply"))) {
        out() << Text::StyleCheck::apply(t, hints) << Qt::flush;
        err() << tr("%n hint(s) applied.", nullptr, int(hints.size())) << Qt::endl;
        return Success;
    }
    QList<qsizetype> offsets;
    for (const Text::StyleHint &h : hints)
        offsets << h.from;
    const auto positions = lineColumns(t, offsets);
    QJsonArray found;
    QList<QStringList> rows;
    for (qsizetype i = 0; i < hints.size(); ++i) {
        const Text::StyleHint &h = hints.at(i);
        const auto [line, column] = positions.at(i);
        const QString written = t.mid(h.from, h.length);
        if (json())
            found.append(QJsonObject{{QStringLiteral("line"), line},
                                     {QStringLiteral("column"), column},
                                     {QStringLiteral("offset"), h.from},
                                     {QStringLiteral("length"), h.length},
                                     {QStringLiteral("kind"), Text::StyleCheck::kindKey(h.kind)},
                                     {QStringLiteral("text"), written},
                                     {QStringLiteral("replacement"), h.replacement},
                                     {QStringLiteral("message"), h.message}});
        else
            rows.append({QStringLiteral("%1:%2").arg(line).arg(column),
                         QStringLiteral("“%1” → “%2”").arg(written, h.replacement), h.message});
    }
    if (json())
        return m_ctx.printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                                           {QStringLiteral("hints"), found}});
    m_ctx.printRows(rows);
    err() << tr("%n style hint(s).", nullptr, int(hints.size())) << Qt::endl;
    return Success;
}

// Adds words, or names with --name, to the office dictionary; each argument is one entry
// ("Khuổi Vài" quoted is one name).
int TextCommands::dictAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("name"), QString()});
    if (!p.parse(QStringList{QStringLiteral("text-dict-add")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().isEmpty())
        return usage(tr("text dict add takes one word or more."));
    if (Status opened = open(); !opened)
        return fail(opened.error());
    const auto kind =
        p.isSet(QStringLiteral("name")) ? DictionaryWord::Kind::Name : DictionaryWord::Kind::Word;
    DictionaryRepository dictionary(db());
    for (const QString &word : p.positionalArguments()) {
        auto added = dictionary.add(word, kind);
        if (!added)
            return fail(added.error());
        out() << added->word << u'\n';
    }
    out().flush();
    return Success;
}

int TextCommands::dictRemove(const QStringList &args)
{
    QCommandLineParser p;
    if (!p.parse(QStringList{QStringLiteral("text-dict-remove")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().isEmpty())
        return usage(tr("text dict remove takes one word or more."));
    if (Status opened = open(); !opened)
        return fail(opened.error());
    DictionaryRepository dictionary(db());
    for (const QString &word : p.positionalArguments())
        if (Status removed = dictionary.remove(word); !removed)
            return fail(removed.error());
    return Success;
}

// The office dictionary: each entry and its kind (word, name), in Vietnamese order.
int TextCommands::dictList(const QStringList &args)
{
    QCommandLineParser p;
    if (!p.parse(QStringList{QStringLiteral("text-dict-list")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("text dict list takes no argument."));
    if (Status opened = open(); !opened)
        return fail(opened.error());
    auto entries = DictionaryRepository(db()).list();
    if (!entries)
        return fail(entries.error());
    if (json()) {
        QJsonArray array;
        for (const DictionaryWord &w : entries.value())
            array.append(
                QJsonObject{{QStringLiteral("word"), w.word},
                            {QStringLiteral("kind"), DictionaryRepository::kindKey(w.kind)},
                            {QStringLiteral("addedBy"), w.addedBy},
                            {QStringLiteral("addedAt"), w.addedAt.toString(Qt::ISODateWithMs)}});
        return m_ctx.printJson(array);
    }
    QList<QStringList> rows;
    for (const DictionaryWord &w : entries.value())
        rows.append({w.word, DictionaryRepository::kindKey(w.kind)});
    return m_ctx.printRows(rows);
}

} // namespace PressDesk
