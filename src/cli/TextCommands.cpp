// The `text` commands of pressdesk-cli: converting text from the legacy Vietnamese encodings.
#include "TextCommands.h"

#include "text/LegacyVietnamese.h"
#include "text/ToneMarks.h"

#include <QCommandLineParser>
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

} // namespace

QList<CommandGroup::Command> TextCommands::commands()
{
    return {{QStringLiteral("text convert"), false, call(&TextCommands::convert)},
            {QStringLiteral("text tone"), false, call(&TextCommands::tone)}};
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
    const auto style = Text::toneStyleFromKey(p.value(QStringLiteral("style")));
    if (!style)
        return usage(tr("--style is traditional (hòa, thủy) or modern (hoà, thuỷ)."));
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
    const Text::ToneStyleCount before = Text::countToneStyles(text);
    const int moved = *style == Text::ToneStyle::Traditional ? before.modern : before.traditional;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out() << Text::withToneStyle(text, *style) << Qt::flush;
    err() << tr("%n syllable(s) respelled.", nullptr, moved) << Qt::endl;
    return Success;
}

} // namespace PressDesk
