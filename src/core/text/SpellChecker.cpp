#include "text/SpellChecker.h"

#include "text/ToneMarks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.hxx>

namespace PressDesk::Text {

namespace {

// Where a piece of text ends: white space and the punctuation that never stands inside a
// number, a document number, an address or a word.
bool isPieceBreak(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case u',':
    case u';':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'"':
    case u'!':
    case u'?':
    case u'\u201c': // “
    case u'\u201d': // ”
    case u'\u00ab': // «
    case u'\u00bb': // »
    case u'\u2026': // …
        return true;
    default:
        return false;
    }
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// A domain name without a scheme: ASCII labels separated by dots, the last of two letters or
// more ("hoaiduc.hanoi.gov.vn", "baochinhphu.vn").
bool isDomainName(QStringView piece)
{
    const qsizetype dot = piece.lastIndexOf(u'.');
    if (dot <= 0 || piece.size() - dot - 1 < 2)
        return false;
    for (qsizetype i = 0; i < piece.size(); ++i) {
        const QChar c = piece.at(i);
        const bool ok = (c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-' || c == u'.'));
        if (!ok)
            return false;
    }
    for (qsizetype i = dot + 1; i < piece.size(); ++i)
        if (!piece.at(i).isLower())
            return false;
    return true;
}

// A piece that is not prose: it holds a digit, or is an address.
bool isSkippedPiece(QStringView piece)
{
    for (const QChar c : piece)
        if (c.isDigit())
            return true;
    if (piece.contains(u'@') || piece.contains(QLatin1String("://")) ||
        piece.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return true;
    // A domain name, maybe closed by the dot that ends the sentence.
    QStringView p = piece;
    while (!p.isEmpty() && (p.back() == u'.' || p.back() == u':'))
        p.chop(1);
    return isDomainName(p);
}

bool isSkippedWord(QStringView word)
{
    int capitals = 0;
    for (const QChar c : word)
        if (c.isUpper() && ++capitals >= 2)
            return true;
    return word.size() == 1 && word.front().unicode() < 0x80;
}

bool needsNormalizing(const QString &word)
{
    for (const QChar c : word)
        if (c.isMark())
            return true;
    return false;
}

} // namespace

QList<WordSpan> checkableWords(QStringView text)
{
    QList<WordSpan> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && isPieceBreak(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && !isPieceBreak(text.at(i)))
            ++i;
        const QStringView piece = text.mid(start, i - start);
        if (piece.isEmpty() || isSkippedPiece(piece))
            continue;
        qsizetype j = 0;
        while (j < piece.size()) {
            while (j < piece.size() && !isWordChar(piece.at(j)))
                ++j;
            const qsizetype wordStart = j;
            while (j < piece.size()) {
                if (isWordChar(piece.at(j)))
                    ++j;
                else if (isApostrophe(piece.at(j)) && j + 1 < piece.size() && j > wordStart &&
                         isWordChar(piece.at(j + 1)))
                    j += 2;
                else
                    break;
            }
            if (j > wordStart && !isSkippedWord(piece.mid(wordStart, j - wordStart)))
                words.append({start + wordStart, j - wordStart});
        }
    }
    return words;
}

QStringList SpellChecker::dictionaryDirs()
{
    const QString fromEnvironment = qEnvironmentVariable("PRESSDESK_DICTIONARY_DIR");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    QStringList dirs;
    if (QCoreApplication::instance()) {
        const QString programDir = QCoreApplication::applicationDirPath();
        dirs << programDir + QStringLiteral("/share/hunspell")
             << programDir + QStringLiteral("/dictionaries");
    }
#ifndef Q_OS_WIN
    dirs << QStringLiteral("/usr/share/hunspell");
#endif
    return dirs;
}

Result<std::unique_ptr<SpellChecker>> SpellChecker::open(const QString &language,
                                                         const QStringList &dirs)
{
    std::unique_ptr<SpellChecker> checker(new SpellChecker);
    for (const QString &dir : dirs) {
        const QString aff = QDir(dir).filePath(language + QStringLiteral(".aff"));
        const QString dic = QDir(dir).filePath(language + QStringLiteral(".dic"));
        if (QFileInfo(aff).isFile() && QFileInfo(dic).isFile()) {
            checker->m_affPath = QFileInfo(aff).absoluteFilePath();
            checker->m_dicPath = QFileInfo(dic).absoluteFilePath();
            break;
        }
    }
    if (checker->m_affPath.isEmpty()) {
        QStringList shown;
        for (const QString &dir : dirs)
            shown << QDir::toNativeSeparators(dir);
        return Error{QStringLiteral("no-dictionary"),
                     tr("Spell checking is not available: the %1 dictionary (%1.aff and %1.dic) "
                        "was found in none of these folders: %2. Install it (on Debian and "
                        "Ubuntu: the hunspell-vi package) or reinstall PressDesk.")
                         .arg(language, shown.join(QStringLiteral(", ")))};
    }
    if (Status loaded = checker->load(); !loaded)
        return loaded.error();
    return checker;
}

SpellChecker::~SpellChecker() = default;

Status SpellChecker::load()
{
    // Hunspell opens its files with the C library. A path in UTF-8 is right on Unix; on
    // Windows a "\\?\" path is opened as UTF-16 (our build of hunspell: build-extras.sh), so
    // that a folder under any user name works.
#ifdef Q_OS_WIN
    const auto path = [](const QString &file) {
        return (QStringLiteral("\\\\?\\") + QDir::toNativeSeparators(file)).toUtf8();
    };
#else
    const auto path = [](const QString &file) {
        return QFile::encodeName(file);
    };
#endif
    m_hunspell =
        std::make_unique<Hunspell>(path(m_affPath).constData(), path(m_dicPath).constData());
    m_encoding = QString::fromStdString(m_hunspell->get_dict_encoding());
    m_utf8 = m_encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
    if (!m_utf8 && !QStringConverter::encodingForName(m_encoding.toLatin1().constData())) {
        m_hunspell.reset();
        return Error{QStringLiteral("dictionary-encoding"),
                     tr("Spell checking is not available: the dictionary %1 is in the %2 "
                        "encoding, which PressDesk cannot read.")
                         .arg(QDir::toNativeSeparators(m_affPath), m_encoding)};
    }
    // A dictionary that hunspell could not read holds no words at all.
    if (!m_hunspell->spell(encode(QStringLiteral("và")))) {
        m_hunspell.reset();
        return Error{QStringLiteral("dictionary-unreadable"),
                     tr("Spell checking is not available: the dictionary %1 could not be read.")
                         .arg(QDir::toNativeSeparators(m_affPath))};
    }
    for (const QString &word : std::as_const(m_officeWords))
        m_hunspell->add(encode(word));
    m_cache.clear();
    return {};
}

std::string SpellChecker::encode(const QString &word) const
{
    if (m_utf8)
        return word.toStdString();
    QStringEncoder encoder(m_encoding.toLatin1().constData());
    const QByteArray bytes = encoder.encode(word);
    return bytes.toStdString();
}

QString SpellChecker::decode(const std::string &word) const
{
    if (m_utf8)
        return QString::fromStdString(word);
    QStringDecoder decoder(m_encoding.toLatin1().constData());
    return decoder.decode(QByteArrayView(word.data(), qsizetype(word.size())));
}

Status SpellChecker::setOfficeWords(const QStringList &entries)
{
    QStringList syllables;
    QSet<QString> seen;
    for (const QString &entry : entries) {
        const QString nfc = entry.normalized(QString::NormalizationForm_C);
        for (const WordSpan &span : checkableWords(nfc)) {
            const QString word = nfc.mid(span.offset, span.length);
            if (!seen.contains(word)) {
                seen.insert(word);
                syllables.append(word);
            }
        }
    }
    const QSet<QString> before(m_officeWords.cbegin(), m_officeWords.cend());
    const bool onlyAdded = std::all_of(m_officeWords.cbegin(), m_officeWords.cend(),
                                       [&seen](const QString &w) { return seen.contains(w); });
    if (onlyAdded && m_hunspell) {
        for (const QString &word : std::as_const(syllables))
            if (!before.contains(word))
                m_hunspell->add(encode(word));
        m_officeWords = syllables;
        m_cache.clear();
        return {};
    }
    // Hunspell cannot take a word back (remove() forbids it, even a word of the dictionary):
    // a removal reloads the dictionary, a few milliseconds.
    m_officeWords = syllables;
    return load();
}

bool SpellChecker::spell(const QString &word) const
{
    return m_hunspell && m_hunspell->spell(encode(word));
}

bool SpellChecker::isCorrect(const QString &input)
{
    const auto cached = m_cache.constFind(input);
    if (cached != m_cache.cend())
        return *cached;
    const QString word =
        needsNormalizing(input) ? input.normalized(QString::NormalizationForm_C) : input;
    bool ok = spell(word);
    if (!ok) {
        const QString modern = withToneStyle(word, ToneStyle::Modern);
        ok = modern != word && spell(modern);
    }
    // Bounded: a long session of typing adds the words typed, a few thousand.
    if (m_cache.size() > 100000)
        m_cache.clear();
    m_cache.insert(input, ok);
    return ok;
}

QStringList SpellChecker::suggestions(const QString &input, int max)
{
    if (!m_hunspell)
        return {};
    const QString word = input.normalized(QString::NormalizationForm_C);
    const bool traditional = countToneStyles(word).traditional > 0;
    const QString asked = traditional ? withToneStyle(word, ToneStyle::Modern) : word;
    QStringList result;
    for (const std::string &s : m_hunspell->suggest(encode(asked))) {
        QString suggestion = decode(s);
        if (traditional)
            suggestion = withToneStyle(suggestion, ToneStyle::Traditional);
        if (!result.contains(suggestion))
            result.append(suggestion);
        if (result.size() >= max)
            break;
    }
    return result;
}

QList<Misspelling> SpellChecker::check(QStringView text, bool withSuggestions)
{
    QList<Misspelling> found;
    for (const WordSpan &span : checkableWords(text)) {
        const QString word = text.mid(span.offset, span.length).toString();
        if (isCorrect(word))
            continue;
        found.append(
            {span.offset, span.length, word, withSuggestions ? suggestions(word) : QStringList()});
    }
    return found;
}

} // namespace PressDesk::Text
