// Legacy Vietnamese encodings -> Unicode NFC, and back.
//
// Where the tables come from: Unikey's converter (Pham Kim Long's VnConv, GPL), file
// ukengine/data.cpp of https://github.com/vn-input/ibus-unikey: SingleByteTables "TCVN3",
// DoubleByteTables "VNI-WIN", WinCP1258 / WinCP1258Pre and VIQRTable, each listed in the order of
// its UnicodeTable. The TCVN3 pairs below are that table as written; VNI is written as its marks
// (the second bytes), which give exactly Unikey's pairs. Windows-1258 and 1252 are Microsoft's
// code pages (checked against Python's cp1258/cp1252 codecs, which agree with Unikey's WinCP1258
// for every Vietnamese letter). Unikey's own list of the western symbols maps 0x82 to U+20A1;
// code page 1252 (and so the clipboard) has U+201A there, which is what is used here.
#include "LegacyVietnamese.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace PressDesk::Text {

namespace {

enum Tone : quint8 { NoTone, Acute, Grave, Hook, Tilde, DotBelow };
enum Modifier : quint8 { NoModifier, Breve, Circumflex, Horn };

// The combining characters of the tones and modifiers, by their enum value.
constexpr std::array<char16_t, 6> toneMarks{0, 0x0301, 0x0300, 0x0309, 0x0303, 0x0323};
constexpr std::array<char16_t, 4> modifierMarks{0, 0x0306, 0x0302, 0x031B};

// A Vietnamese vowel letter taken apart: ấ is a + circumflex + acute.
struct Vowel
{
    char16_t base = 0; // a e i o u y, lower case
    Modifier modifier = NoModifier;
    Tone tone = NoTone;
    bool upper = false;
};

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

bool isVowelBase(char16_t lower)
{
    return lower == u'a' || lower == u'e' || lower == u'i' || lower == u'o' || lower == u'u' ||
           lower == u'y';
}

bool allows(char16_t base, Modifier modifier)
{
    switch (modifier) {
    case NoModifier:
        return true;
    case Breve:
        return base == u'a';
    case Circumflex:
        return base == u'a' || base == u'e' || base == u'o';
    case Horn:
        return base == u'o' || base == u'u';
    }
    return false;
}

quint32 vowelKey(char16_t base, Modifier modifier, Tone tone, bool upper)
{
    return quint32(base) | quint32(modifier) << 8 | quint32(tone) << 12 | quint32(upper) << 16;
}

// Every vowel letter (the 12 vowels with the 6 tones, in both cases: 144 letters of which 12
// are ASCII), both ways.
struct VowelTable
{
    QHash<char16_t, Vowel> parts;
    QHash<quint32, char16_t> letters;

    VowelTable()
    {
        for (char16_t base : {u'a', u'e', u'i', u'o', u'u', u'y'}) {
            for (Modifier m : {NoModifier, Breve, Circumflex, Horn}) {
                if (!allows(base, m))
                    continue;
                for (int t = NoTone; t <= DotBelow; ++t) {
                    QString s{QChar(base)};
                    if (m != NoModifier)
                        s += QChar(modifierMarks[m]);
                    if (t != NoTone)
                        s += QChar(toneMarks[t]);
                    s = s.normalized(QString::NormalizationForm_C);
                    Q_ASSERT(s.size() == 1);
                    const char16_t lower = s.at(0).unicode();
                    const char16_t upper = s.at(0).toUpper().unicode();
                    parts.insert(lower, Vowel{base, m, Tone(t), false});
                    parts.insert(upper, Vowel{base, m, Tone(t), true});
                    letters.insert(vowelKey(base, m, Tone(t), false), lower);
                    letters.insert(vowelKey(base, m, Tone(t), true), upper);
                }
            }
        }
    }
};

const VowelTable &vowels()
{
    static const VowelTable table;
    return table;
}

std::optional<Vowel> vowelOf(char16_t c)
{
    const auto &parts = vowels().parts;
    const auto it = parts.constFind(c);
    if (it == parts.cend())
        return std::nullopt;
    return *it;
}

char16_t vowelLetter(char16_t base, Modifier modifier, Tone tone, bool upper)
{
    return vowels().letters.value(vowelKey(base, modifier, tone, upper), 0);
}

// A Vietnamese letter outside ASCII: a toned or modified vowel, đ or Đ.
bool isVietnameseLetter(char16_t c)
{
    if (c == u'đ' || c == u'Đ')
        return true;
    const auto v = vowelOf(c);
    return v && (v->modifier != NoModifier || v->tone != NoTone);
}

// ---- Bytes as characters ------------------------------------------------------------------

// Code page 1252 for the bytes 0x80–0x9F (0: undefined).
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x0000, 0x017D, 0x0000, 0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178};

// The byte a character stands for (its Latin-1 code point, or its place in code page 1252),
// or -1 when no byte gives it: then it is Unicode already.
int byteOf(char16_t c)
{
    if (c <= 0xFF)
        return c;
    for (std::size_t i = 0; i < cp1252High.size(); ++i) {
        if (cp1252High[i] == c)
            return int(0x80 + i);
    }
    return -1;
}

// A byte that is not a letter of the encoding, as Windows shows it: 0x80–0x9F through code page
// 1252 (the undefined ones as C1 controls), the others as Latin-1.
char16_t westernSymbol(int byte)
{
    if (byte >= 0x80 && byte <= 0x9F && cp1252High[byte - 0x80] != 0)
        return cp1252High[byte - 0x80];
    return char16_t(byte);
}

// ---- TCVN3 --------------------------------------------------------------------------------

// Unikey's TCVN3 table: the bytes of the lowercase letters and of the seven capitals TCVN3 has.
// The capitals with a tone mark share the lowercase codes (the all-capitals fonts show them).
struct Tcvn3Pair
{
    quint8 byte;
    char16_t letter;
};
constexpr Tcvn3Pair tcvn3Pairs[] = {
    {0xA1, u'Ă'}, {0xA2, u'Â'}, {0xA3, u'Ê'}, {0xA4, u'Ô'}, {0xA5, u'Ơ'}, {0xA6, u'Ư'},
    {0xA7, u'Đ'}, {0xA8, u'ă'}, {0xA9, u'â'}, {0xAA, u'ê'}, {0xAB, u'ô'}, {0xAC, u'ơ'},
    {0xAD, u'ư'}, {0xAE, u'đ'}, {0xB5, u'à'}, {0xB6, u'ả'}, {0xB7, u'ã'}, {0xB8, u'á'},
    {0xB9, u'ạ'}, {0xBB, u'ằ'}, {0xBC, u'ẳ'}, {0xBD, u'ẵ'}, {0xBE, u'ắ'}, {0xC6, u'ặ'},
    {0xC7, u'ầ'}, {0xC8, u'ẩ'}, {0xC9, u'ẫ'}, {0xCA, u'ấ'}, {0xCB, u'ậ'}, {0xCC, u'è'},
    {0xCE, u'ẻ'}, {0xCF, u'ẽ'}, {0xD0, u'é'}, {0xD1, u'ẹ'}, {0xD2, u'ề'}, {0xD3, u'ể'},
    {0xD4, u'ễ'}, {0xD5, u'ế'}, {0xD6, u'ệ'}, {0xD7, u'ì'}, {0xD8, u'ỉ'}, {0xDC, u'ĩ'},
    {0xDD, u'í'}, {0xDE, u'ị'}, {0xDF, u'ò'}, {0xE1, u'ỏ'}, {0xE2, u'õ'}, {0xE3, u'ó'},
    {0xE4, u'ọ'}, {0xE5, u'ồ'}, {0xE6, u'ổ'}, {0xE7, u'ỗ'}, {0xE8, u'ố'}, {0xE9, u'ộ'},
    {0xEA, u'ờ'}, {0xEB, u'ở'}, {0xEC, u'ỡ'}, {0xED, u'ớ'}, {0xEE, u'ợ'}, {0xEF, u'ù'},
    {0xF1, u'ủ'}, {0xF2, u'ũ'}, {0xF3, u'ú'}, {0xF4, u'ụ'}, {0xF5, u'ừ'}, {0xF6, u'ử'},
    {0xF7, u'ữ'}, {0xF8, u'ứ'}, {0xF9, u'ự'}, {0xFA, u'ỳ'}, {0xFB, u'ỷ'}, {0xFC, u'ỹ'},
    {0xFD, u'ý'}, {0xFE, u'ỵ'},
};

struct Tcvn3Table
{
    std::array<char16_t, 256> toUnicode{}; // 0: not a letter
    QHash<char16_t, quint8> toByte;

    Tcvn3Table()
    {
        for (const Tcvn3Pair &p : tcvn3Pairs) {
            toUnicode[p.byte] = p.letter;
            toByte.insert(p.letter, p.byte);
        }
    }
};

const Tcvn3Table &tcvn3()
{
    static const Tcvn3Table table;
    return table;
}

QString fromTcvn3(const QString &text, bool upperCaseFont)
{
    const Tcvn3Table &table = tcvn3();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const int byte = byteOf(c.unicode());
        if (byte < 0) {
            out += c;
            continue;
        }
        char16_t u = table.toUnicode[std::size_t(byte)];
        const bool letter = u != 0 || isAsciiLetter(char16_t(byte));
        if (u == 0)
            u = westernSymbol(byte);
        if (upperCaseFont && letter)
            u = QChar(u).toUpper().unicode();
        out += QChar(u);
    }
    return out;
}

QString toTcvn3(const QString &text)
{
    const Tcvn3Table &table = tcvn3();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out += c;
        } else if (const auto it = table.toByte.constFind(u); it != table.toByte.cend()) {
            out += QChar(char16_t(*it));
        } else if (const auto lower = table.toByte.constFind(c.toLower().unicode());
                   isVietnameseLetter(u) && lower != table.toByte.cend()) {
            out += QChar(char16_t(*lower)); // a toned capital: its lowercase code (see the header)
        } else if (const int byte = byteOf(u); byte >= 0 && table.toUnicode[byte] == 0) {
            out += QChar(byte);
        } else {
            out += u'?';
        }
    }
    return out;
}

// ---- VNI-Windows --------------------------------------------------------------------------

// VNI writes a vowel as its ASCII letter (or the bytes of ơ/ư) followed by a mark byte that
// carries the modifier and the tone. The marks of the capitals are 0x20 below those of the
// small letters (AÙ = Á, aù = á); the case of the letter is the letter's, whatever the mark's.
struct VniMark
{
    quint8 byte; // the small letters' mark
    Modifier modifier;
    Tone tone;
};
constexpr VniMark vniMarks[] = {
    {0xF9, NoModifier, Acute}, {0xF8, NoModifier, Grave},    {0xFB, NoModifier, Hook},
    {0xF5, NoModifier, Tilde}, {0xEF, NoModifier, DotBelow}, {0xE2, Circumflex, NoTone},
    {0xE1, Circumflex, Acute}, {0xE0, Circumflex, Grave},    {0xE5, Circumflex, Hook},
    {0xE3, Circumflex, Tilde}, {0xE4, Circumflex, DotBelow}, {0xEA, Breve, NoTone},
    {0xE9, Breve, Acute},      {0xE8, Breve, Grave},         {0xFA, Breve, Hook},
    {0xFC, Breve, Tilde},      {0xEB, Breve, DotBelow},
};

// Letters that are one byte (small letters; the capitals are 0x20 below): đ, ơ, ư, the toned i
// and ỵ.
struct VniSingle
{
    quint8 byte;
    char16_t letter;
};
constexpr VniSingle vniSingles[] = {
    {0xF1, u'đ'}, {0xF4, u'ơ'}, {0xF6, u'ư'}, {0xED, u'í'}, {0xEC, u'ì'},
    {0xE6, u'ỉ'}, {0xF3, u'ĩ'}, {0xF2, u'ị'}, {0xEE, u'ỵ'},
};

std::optional<VniMark> vniMark(int byte)
{
    if (byte < 0xC0)
        return std::nullopt;
    for (const VniMark &m : vniMarks) {
        if (m.byte == (byte | 0x20))
            return m;
    }
    return std::nullopt;
}

char16_t vniSingle(int byte)
{
    if (byte < 0xC0)
        return 0;
    for (const VniSingle &s : vniSingles) {
        if (s.byte == byte)
            return s.letter;
        if (s.byte - 0x20 == byte)
            return QChar(s.letter).toUpper().unicode();
    }
    return 0;
}

// The letter a VNI base byte and mark byte make, or 0. VNI writes the toned i and ỵ as one byte
// (vniSingles); a tone mark after i or y ("iù") is read as well, as any VNI font shows it.
char16_t vniPair(int baseByte, int markByte)
{
    const auto mark = vniMark(markByte);
    if (!mark)
        return 0;
    std::optional<Vowel> base;
    if (baseByte < 0x80 && isAsciiLetter(char16_t(baseByte)))
        base = vowelOf(char16_t(baseByte));
    else if (const char16_t single = vniSingle(baseByte); single != 0)
        base = vowelOf(single); // ơ, ư (a toned i or ỵ already has its tone)
    if (!base || base->tone != NoTone)
        return 0;
    if (mark->modifier != NoModifier &&
        (base->modifier != NoModifier || !allows(base->base, mark->modifier)))
        return 0;
    const Modifier modifier = mark->modifier != NoModifier ? mark->modifier : base->modifier;
    return vowelLetter(base->base, modifier, mark->tone, base->upper);
}

QString fromVni(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const int byte = byteOf(text.at(i).unicode());
        if (byte < 0) {
            out += text.at(i);
            continue;
        }
        if (i + 1 < n) {
            const int next = byteOf(text.at(i + 1).unicode());
            if (const char16_t pair = next >= 0 ? vniPair(byte, next) : 0; pair != 0) {
                out += QChar(pair);
                ++i;
                continue;
            }
        }
        const char16_t single = vniSingle(byte);
        out += QChar(single != 0 ? single : westernSymbol(byte));
    }
    return out;
}

// Whether a byte means something of its own in VNI (a mark or a one-byte letter).
bool vniUses(int byte)
{
    return vniMark(byte).has_value() || vniSingle(byte) != 0;
}

QString toVni(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const auto vowel = vowelOf(u);
        if (u == u'đ' || u == u'Đ') {
            out += QChar(u == u'đ' ? 0xF1 : 0xD1);
        } else if (vowel &&
                   (vowel->base == u'i' || (vowel->base == u'y' && vowel->tone == DotBelow)) &&
                   vowel->tone != NoTone) {
            // One byte, from the table of single letters.
            const char16_t lower = vowelLetter(vowel->base, NoModifier, vowel->tone, false);
            for (const VniSingle &s : vniSingles) {
                if (s.letter == lower)
                    out += QChar(vowel->upper ? s.byte - 0x20 : s.byte);
            }
        } else if (vowel && (vowel->modifier != NoModifier || vowel->tone != NoTone)) {
            const int shift = vowel->upper ? 0x20 : 0;
            if (vowel->modifier == Horn)
                out += QChar((vowel->base == u'o' ? 0xF4 : 0xF6) - shift);
            else
                out += QChar(vowel->upper ? QChar(vowel->base).toUpper() : QChar(vowel->base));
            const Modifier markModifier = vowel->modifier == Horn ? NoModifier : vowel->modifier;
            if (markModifier != NoModifier || vowel->tone != NoTone) {
                for (const VniMark &m : vniMarks) {
                    if (m.modifier == markModifier && m.tone == vowel->tone)
                        out += QChar(m.byte - shift);
                }
            }
        } else if (u < 0x80) {
            out += c;
        } else if (const int byte = byteOf(u); byte >= 0 && !vniUses(byte)) {
            out += QChar(byte);
        } else {
            out += u'?';
        }
    }
    return out;
}

// ---- Windows-1258 -------------------------------------------------------------------------

// Code page 1258 for the bytes 0x80–0xFF (as Windows decodes them: an undefined byte gives the
// C1 control of the same number).
char16_t cp1258(int byte)
{
    switch (byte) {
    case 0x8A: // Š, Ž, š, ž of 1252 are not in 1258
    case 0x8E:
    case 0x9A:
    case 0x9E:
        return char16_t(byte);
    case 0xC3:
        return u'Ă';
    case 0xCC:
        return 0x0300; // combining grave
    case 0xD0:
        return u'Đ';
    case 0xD2:
        return 0x0309; // combining hook above
    case 0xD5:
        return u'Ơ';
    case 0xDD:
        return u'Ư';
    case 0xDE:
        return 0x0303; // combining tilde
    case 0xE3:
        return u'ă';
    case 0xEC:
        return 0x0301; // combining acute
    case 0xF0:
        return u'đ';
    case 0xF2:
        return 0x0323; // combining dot below
    case 0xF5:
        return u'ơ';
    case 0xFD:
        return u'ư';
    case 0xFE:
        return u'₫';
    default:
        return westernSymbol(byte);
    }
}

struct Cp1258Table
{
    QHash<char16_t, quint8> toByte; // the defined bytes 0x80–0xFF

    Cp1258Table()
    {
        for (int b = 0x80; b <= 0xFF; ++b) {
            const char16_t u = cp1258(b);
            if (u != b || b >= 0xA0)
                toByte.insert(u, quint8(b));
        }
    }
};

const Cp1258Table &cp1258Table()
{
    static const Cp1258Table table;
    return table;
}

QString fromCp1258(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const int byte = byteOf(c.unicode());
        out += byte < 0 ? c : QChar(byte < 0x80 ? char16_t(byte) : cp1258(byte));
    }
    return out; // composed by the caller
}

QString toCp1258(const QString &text)
{
    const auto &toByte = cp1258Table().toByte;
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out += c;
            continue;
        }
        if (const auto it = toByte.constFind(u); it != toByte.cend()) {
            out += QChar(char16_t(*it)); // one byte: á, â, ă, ơ, đ …
            continue;
        }
        // The letter without its tone, then the tone as a combining mark: ấ = â + 0xEC.
        QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        int toneByte = -1;
        for (qsizetype i = 1; i < decomposed.size(); ++i) {
            const auto it = toByte.constFind(decomposed.at(i).unicode());
            if (it != toByte.cend() && QChar::isMark(decomposed.at(i).unicode())) {
                toneByte = *it;
                decomposed.remove(i, 1);
                break;
            }
        }
        const QString base = decomposed.normalized(QString::NormalizationForm_C);
        const char16_t b = base.size() == 1 ? base.at(0).unicode() : 0;
        const int baseByte = b < 0x80 ? b : toByte.value(b, 0);
        if (toneByte >= 0 && b != 0 && baseByte != 0)
            out += QChar(baseByte) + QChar(toneByte);
        else
            out += u'?';
    }
    return out;
}

// ---- VIQR ---------------------------------------------------------------------------------

constexpr QStringView viqrTones = u"'`?~."; // in the order of Tone, from Acute
constexpr QStringView viqrEscapable = u"'`?~.^(+\\";

Tone viqrTone(char16_t c)
{
    const qsizetype i = viqrTones.indexOf(QChar(c));
    return i < 0 ? NoTone : Tone(i + 1);
}

char16_t viqrModifierChar(Modifier m)
{
    switch (m) {
    case Breve:
        return u'(';
    case Circumflex:
        return u'^';
    case Horn:
        return u'+';
    case NoModifier:
        break;
    }
    return 0;
}

// A letter of a VIQR word being read: the ASCII letter typed and what the marks after it add.
struct ViqrLetter
{
    char16_t typed = 0;
    bool stroke = false; // dd/DD: đ/Đ
    Modifier modifier = NoModifier;
    Tone tone = NoTone;

    QChar toUnicode() const
    {
        if (stroke)
            return QChar(typed == u'D' ? u'Đ' : u'đ');
        const char16_t lower = asciiLower(typed);
        if (!isVowelBase(lower))
            return QChar(typed);
        return QChar(vowelLetter(lower, modifier, tone, lower != typed));
    }
};

// Whether a backslash before text[i] is an escape: before a mark or another backslash, and
// before a d that follows a d ("d\d" keeps "dd").
bool isViqrEscape(const QString &text, qsizetype i, const QString &out)
{
    if (i >= text.size())
        return false;
    const QChar next = text.at(i);
    if (viqrEscapable.contains(next))
        return true;
    return (next == u'd' || next == u'D') &&
           (out.endsWith(u'd') || out.endsWith(u'D') || out.endsWith(u'đ') || out.endsWith(u'Đ'));
}

QString fromViqr(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\\' && isViqrEscape(text, i + 1, out)) {
            out += text.at(i + 1);
            i += 2;
            continue;
        }
        if (!isAsciiLetter(c)) {
            out += QChar(c);
            ++i;
            continue;
        }
        // A word: ASCII letters and the marks that follow its vowels.
        const qsizetype start = i;
        QList<ViqrLetter> word;
        bool changed = false;
        bool toned = false;
        while (i < n) {
            const char16_t d = text.at(i).unicode();
            if (isAsciiLetter(d)) {
                const char16_t next = i + 1 < n ? text.at(i + 1).unicode() : 0;
                if (word.isEmpty() && asciiLower(d) == u'd' && asciiLower(next) == u'd') {
                    word.append(ViqrLetter{d, true});
                    changed = true;
                    i += 2;
                } else {
                    word.append(ViqrLetter{d});
                    ++i;
                }
                continue;
            }
            ViqrLetter &last = word.last();
            const char16_t lower = asciiLower(last.typed);
            const bool vowel = !last.stroke && isVowelBase(lower);
            if (!vowel)
                break;
            const Modifier modifier = d == u'^'   ? Circumflex
                                      : d == u'(' ? Breve
                                      : d == u'+' ? Horn
                                                  : NoModifier;
            if (modifier != NoModifier && last.modifier == NoModifier && last.tone == NoTone &&
                allows(lower, modifier)) {
                last.modifier = modifier;
                changed = true;
                ++i;
                continue;
            }
            if (const Tone tone = viqrTone(d); tone != NoTone && !toned) {
                last.tone = tone;
                toned = true;
                changed = true;
                ++i;
                continue;
            }
            break;
        }
        QString converted;
        for (const ViqrLetter &l : std::as_const(word))
            converted += l.toUnicode();
        if (changed && isVietnameseSyllable(converted))
            out += converted;
        else
            out += QStringView(text).sliced(start, i - start);
    }
    return out;
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

QString toViqr(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    const qsizetype n = text.size();
    // Whether the last character written could take a mark after it when read back: an ASCII
    // vowel, or a mark of a letter written out.
    bool takesMark = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (!isWordChar(c)) {
            const char16_t u = c.unicode();
            if (u == u'\\') {
                // Doubled when the next character would make it an escape (đ is written "dd").
                const bool escape = i + 1 < n && (viqrEscapable.contains(text.at(i + 1)) ||
                                                  QStringView(u"dDđĐ").contains(text.at(i + 1)));
                out += escape ? QStringLiteral("\\\\") : QStringLiteral("\\");
            } else {
                if (takesMark && viqrEscapable.contains(c))
                    out += u'\\';
                out += c;
            }
            takesMark = false;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isWordChar(text.at(end)))
            ++end;
        const QString word = text.sliced(i, end - i);
        bool ascii = true;
        for (const QChar w : word)
            ascii = ascii && w.unicode() < 0x80;
        // A word written as it is: a "dd" where a reader starts a word (at the start, after a
        // letter outside ASCII as in "ÂDDa", or after an escaped letter as in "dddd") would be
        // read as đ, so "d\d".
        const auto writeAsIs = [&out](const QString &w) {
            bool wordStart = true;
            for (qsizetype k = 0; k < w.size(); ++k) {
                out += w.at(k);
                if (wordStart && k + 1 < w.size() && asciiLower(w.at(k).unicode()) == u'd' &&
                    asciiLower(w.at(k + 1).unicode()) == u'd') {
                    out += u'\\';
                    out += w.at(++k);
                    continue; // the reader starts a word again after the escaped letter
                }
                wordStart = !isAsciiLetter(w.at(k).unicode());
            }
        };
        bool encoded = false;
        if (ascii) {
            writeAsIs(word);
        } else if (isVietnameseSyllable(word)) {
            encoded = true;
            for (const QChar w : word) {
                const char16_t u = w.unicode();
                const auto vowel = vowelOf(u);
                if (u == u'đ' || u == u'Đ') {
                    out += u == u'đ' ? QStringLiteral("dd") : QStringLiteral("DD");
                } else if (vowel) {
                    out += vowel->upper ? QChar(vowel->base).toUpper() : QChar(vowel->base);
                    if (vowel->modifier != NoModifier)
                        out += QChar(viqrModifierChar(vowel->modifier));
                    if (vowel->tone != NoTone)
                        out += viqrTones.at(vowel->tone - 1);
                } else {
                    out += w;
                }
            }
        } else {
            writeAsIs(word); // not a Vietnamese syllable: VIQR cannot write it, kept as it is
        }
        const char16_t last = out.back().unicode();
        takesMark =
            isVowelBase(asciiLower(last)) || (encoded && viqrEscapable.contains(QChar(last)));
        i = end;
    }
    return out;
}

// ---- Syllables and detection --------------------------------------------------------------

// The vowel groups of Vietnamese syllables (without tones); "uy" in "quy" counts after "qu".
const QSet<QString> &vowelGroups()
{
    static const QSet<QString> groups{
        u"a"_s,   u"ă"_s,   u"â"_s,   u"e"_s,   u"ê"_s,   u"i"_s,   u"o"_s,   u"ô"_s,
        u"ơ"_s,   u"u"_s,   u"ư"_s,   u"y"_s,   u"ai"_s,  u"ao"_s,  u"au"_s,  u"ay"_s,
        u"âu"_s,  u"ây"_s,  u"eo"_s,  u"êu"_s,  u"ia"_s,  u"iê"_s,  u"iu"_s,  u"oa"_s,
        u"oă"_s,  u"oe"_s,  u"oi"_s,  u"ôi"_s,  u"ơi"_s,  u"oo"_s,  u"ua"_s,  u"uâ"_s,
        u"uê"_s,  u"ui"_s,  u"uô"_s,  u"uơ"_s,  u"uy"_s,  u"ưa"_s,  u"ưi"_s,  u"ươ"_s,
        u"ưu"_s,  u"yê"_s,  u"iêu"_s, u"oai"_s, u"oay"_s, u"oao"_s, u"oeo"_s, u"uây"_s,
        u"uôi"_s, u"uya"_s, u"uyê"_s, u"uyu"_s, u"ươi"_s, u"ươu"_s, u"yêu"_s};
    return groups;
}

bool isVowelWithoutTone(char16_t c)
{
    const auto v = vowelOf(c);
    return v && v->tone == NoTone && !v->upper;
}

// A word's letters as lowercase letters without tones, and how many tones it had; empty when
// it has a letter that is not Vietnamese (or not a letter).
QString untoned(const QString &word, int *tones)
{
    QString bases;
    *tones = 0;
    for (const QChar c : word) {
        const char16_t lower = c.toLower().unicode();
        if (lower == u'đ' || (lower >= u'a' && lower <= u'z' && !isVowelBase(lower))) {
            bases += QChar(lower);
            continue;
        }
        const auto v = vowelOf(lower);
        if (!v)
            return {};
        bases += QChar(vowelLetter(v->base, v->modifier, NoTone, false));
        *tones += v->tone != NoTone;
    }
    return bases;
}

// ---- Scoring candidate conversions ----------------------------------------------------------

struct Score
{
    int words = 0; // words with a character outside ASCII
    int valid = 0; // … that are Vietnamese syllables

    double share() const { return words == 0 ? 0.0 : double(valid) / words; }
};

Score score(const QString &text)
{
    Score s;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool nonAscii = false;
        while (end < n && isWordChar(text.at(end))) {
            nonAscii = nonAscii || text.at(end).unicode() >= 0x80;
            ++end;
        }
        if (nonAscii) {
            ++s.words;
            s.valid += isVietnameseSyllable(text.sliced(i, end - i));
        }
        i = end;
    }
    return s;
}

} // namespace

QString legacyEncodingKey(LegacyEncoding encoding)
{
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return QStringLiteral("tcvn3");
    case LegacyEncoding::Vni:
        return QStringLiteral("vni");
    case LegacyEncoding::Viqr:
        return QStringLiteral("viqr");
    case LegacyEncoding::Cp1258:
        return QStringLiteral("cp1258");
    }
    return {};
}

std::optional<LegacyEncoding> legacyEncodingFromKey(const QString &key)
{
    for (LegacyEncoding e : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viqr,
                             LegacyEncoding::Cp1258}) {
        if (legacyEncodingKey(e) == key)
            return e;
    }
    return std::nullopt;
}

QString fromLegacy(const QString &text, LegacyEncoding encoding, bool upperCaseFont)
{
    QString out;
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        out = fromTcvn3(text, upperCaseFont);
        break;
    case LegacyEncoding::Vni:
        out = fromVni(text);
        break;
    case LegacyEncoding::Viqr:
        out = fromViqr(text);
        break;
    case LegacyEncoding::Cp1258:
        out = fromCp1258(text);
        break;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString toLegacy(const QString &unicode, LegacyEncoding encoding)
{
    const QString text = unicode.normalized(QString::NormalizationForm_C);
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return toTcvn3(text);
    case LegacyEncoding::Vni:
        return toVni(text);
    case LegacyEncoding::Viqr:
        return toViqr(text);
    case LegacyEncoding::Cp1258:
        return toCp1258(text);
    }
    return {};
}

std::optional<LegacyEncoding> encodingOfFont(const QString &family, bool *upperCase)
{
    if (upperCase)
        *upperCase = false;
    const QString name = family.trimmed();
    // The ABC (TCVN3) fonts are all named ".Vn…"; their all-capitals versions end in a capital
    // H: ".VnTimeH", ".VnArialH", ".VnArial NarrowH".
    if (name.startsWith(QLatin1String(".vn"), Qt::CaseInsensitive)) {
        if (upperCase)
            *upperCase = name.endsWith(u'H');
        return LegacyEncoding::Tcvn3;
    }
    // The VNI fonts: "VNI-Times", "VNI-Helve", "VNI-Top" …
    if (name.startsWith(QLatin1String("vni-"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("vni "), Qt::CaseInsensitive))
        return LegacyEncoding::Vni;
    return std::nullopt;
}

std::optional<LegacyEncoding> encodingOfHtmlFonts(const QString &html, bool *upperCase)
{
    if (upperCase)
        *upperCase = false;
    // font-family: '.VnTime', "Times New Roman" …; face=".VnTime"; quotes may be entities.
    static const QRegularExpression families(
        QStringLiteral(R"((?:font-family\s*:|\bface\s*=)\s*([^;}>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    std::optional<LegacyEncoding> found;
    bool allUpper = true;
    const QString text = QString(html)
                             .replace(QLatin1String("&quot;"), QLatin1String("\""))
                             .replace(QLatin1String("&#39;"), QLatin1String("'"));
    for (auto it = families.globalMatch(text); it.hasNext();) {
        const QString list = it.next().captured(1);
        for (QString family : list.split(u',')) {
            // Up to the quote that closes the name, or the attribute (style="font-family:.VnTime"
            // class=…): font names hold no quotes.
            family = family.trimmed();
            while (!family.isEmpty() && (family.front() == u'"' || family.front() == u'\''))
                family.remove(0, 1);
            static const QRegularExpression quote(QStringLiteral("[\"']"));
            family = family.section(quote, 0, 0);
            bool upper = false;
            if (const auto e = encodingOfFont(family.trimmed(), &upper)) {
                if (!found)
                    found = e;
                allUpper = allUpper && upper;
            }
        }
    }
    if (found && upperCase)
        *upperCase = allUpper;
    return found;
}

QString legacyEncodingDisplayName(LegacyEncoding encoding)
{
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return QStringLiteral("TCVN3 (ABC, .VnTime)");
    case LegacyEncoding::Vni:
        return QStringLiteral("VNI-Windows");
    case LegacyEncoding::Viqr:
        return QStringLiteral("VIQR");
    case LegacyEncoding::Cp1258:
        return QStringLiteral("Windows-1258");
    }
    return {};
}

bool isVietnameseSyllable(const QString &word)
{
    const QString w = word.normalized(QString::NormalizationForm_C);
    int tones = 0;
    const QString bases = untoned(w, &tones);
    if (bases.isEmpty())
        return false;
    if (w.size() == 1)
        return true; // a letter on its own: "đ" (đồng), "ừ", "à"
    if (tones > 1)
        return false;
    static const QStringList initials{
        u"ngh"_s, u"ng"_s, u"nh"_s, u"ch"_s, u"gh"_s, u"gi"_s, u"kh"_s, u"ph"_s,  u"qu"_s, u"th"_s,
        u"tr"_s,  u"b"_s,  u"c"_s,  u"d"_s,  u"đ"_s,  u"g"_s,  u"h"_s,  u"k"_s,   u"l"_s,  u"m"_s,
        u"n"_s,   u"p"_s,  u"r"_s,  u"s"_s,  u"t"_s,  u"v"_s,  u"x"_s,  QString()};
    // k only in names of the Central Highlands (Đắk Lắk).
    static const QSet<QString> finals{QString(), u"c"_s,  u"ch"_s, u"k"_s, u"m"_s,
                                      u"n"_s,    u"ng"_s, u"nh"_s, u"p"_s, u"t"_s};
    for (const QString &initial : initials) {
        if (!bases.startsWith(initial))
            continue;
        const QString rest = bases.sliced(initial.size());
        qsizetype v = 0;
        while (v < rest.size() && isVowelWithoutTone(rest.at(v).unicode()))
            ++v;
        if (v == 0)
            continue;
        if (vowelGroups().contains(rest.first(v)) && finals.contains(rest.sliced(v)))
            return true;
    }
    return false;
}

bool canBeLegacy(const QString &text, LegacyEncoding encoding)
{
    for (const QChar c : text) {
        if (encoding == LegacyEncoding::Viqr) {
            if (c.unicode() >= 0x80 && isWordChar(c))
                return false;
        } else if (byteOf(c.unicode()) < 0) {
            return false;
        }
    }
    return true;
}

// How legacy text is recognised:
// - A character that no byte gives (ạ, ư, →, and any other beyond Latin-1 and code page 1252)
//   means the text is Unicode: nothing to convert, whatever else it holds.
// - Text in ASCII only is VIQR when at least a third of its words (and at least one) become
//   Vietnamese words with a tone or a modifier (not only a đ: "DD-MM-YYYY" is no VIQR).
// - Otherwise each of TCVN3, VNI and 1258 converts the text, and the words that have a character
//   outside ASCII are counted: the share of them that are Vietnamese syllables
//   (isVietnameseSyllable) is the score. The best encoding is taken when at least 60 % of such
//   words are syllables and the text as it stands scores lower: Unicode Vietnamese that happens
//   to stay within Latin-1 ("Tôi là Hà") already reads as Vietnamese and is left alone, and
//   French or German text ("Hélène", "Müller") gives no syllables in any encoding.
std::optional<LegacyEncoding> detectLegacy(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (byteOf(c.unicode()) < 0)
            return std::nullopt;
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        const QString converted = fromViqr(text);
        int words = 0;
        int vietnamese = 0;
        const qsizetype n = converted.size();
        qsizetype i = 0;
        while (i < n) {
            if (!isWordChar(converted.at(i))) {
                ++i;
                continue;
            }
            bool marked = false;
            while (i < n && isWordChar(converted.at(i))) {
                const char16_t u = converted.at(i).unicode();
                marked = marked || (u >= 0x80 && u != u'đ' && u != u'Đ');
                ++i;
            }
            ++words;
            vietnamese += marked;
        }
        if (vietnamese > 0 && vietnamese * 3 >= words)
            return LegacyEncoding::Viqr;
        return std::nullopt;
    }
    const Score asIs = score(text);
    std::optional<LegacyEncoding> best;
    Score bestScore;
    for (LegacyEncoding e : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Cp1258}) {
        const Score s = score(fromLegacy(text, e));
        if (!best || s.share() > bestScore.share() ||
            (s.share() == bestScore.share() && s.valid > bestScore.valid)) {
            best = e;
            bestScore = s;
        }
    }
    if (bestScore.valid == 0 || bestScore.share() < 0.6 || bestScore.share() <= asIs.share())
        return std::nullopt;
    return best;
}

} // namespace PressDesk::Text
