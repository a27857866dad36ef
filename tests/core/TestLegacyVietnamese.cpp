// Tests for PressDesk::Text legacy Vietnamese encodings: TCVN3, VNI, VIQR, Windows-1258.
//
// The expected bytes are written out from Unikey's tables (ukengine/data.cpp of
// github.com/vn-input/ibus-unikey: TCVN3, VNI-WIN, WinCP1258, WinCP1258Pre, VIQRTable), not
// computed by the code under test; the Windows-1258 columns also agree with Python's cp1258
// codec. Code page 1252 below is typed from Microsoft's table.
#include "text/LegacyVietnamese.h"

#include <QHash>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PressDesk::Text;

Q_DECLARE_METATYPE(PressDesk::Text::LegacyEncoding)

namespace {

// One Vietnamese letter in each encoding, as Unikey writes it.
struct Letter
{
    const char16_t *unicode;
    const char *tcvn3;     // capitals with a tone: the lowercase code (no code of their own)
    const char *vni;       // letter, then mark
    const char *cp1258;    // base letter, then the tone as a combining mark (WinCP1258)
    const char *cp1258Pre; // precomposed where 1258 has the letter (WinCP1258Pre)
    const char *viqr;
};

// The 134 letters: Á á À à … (Unikey's order: the vowels a â ă, đ, e ê, i, o ô ơ, u ư, y).
const Letter letters[] = {
    {u"Á", "\xB8", "A\xD9", "A\xEC", "\xC1", "A'"},
    {u"á", "\xB8", "a\xF9", "a\xEC", "\xE1", "a'"},
    {u"À", "\xB5", "A\xD8", "A\xCC", "\xC0", "A`"},
    {u"à", "\xB5", "a\xF8", "a\xCC", "\xE0", "a`"},
    {u"Ả", "\xB6", "A\xDB", "A\xD2", "A\xD2", "A\?"},
    {u"ả", "\xB6", "a\xFB", "a\xD2", "a\xD2", "a\?"},
    {u"Ã", "\xB7", "A\xD5", "A\xDE", "A\xDE", "A~"},
    {u"ã", "\xB7", "a\xF5", "a\xDE", "a\xDE", "a~"},
    {u"Ạ", "\xB9", "A\xCF", "A\xF2", "A\xF2", "A."},
    {u"ạ", "\xB9", "a\xEF", "a\xF2", "a\xF2", "a."},
    {u"Â", "\xA2", "A\xC2", "\xC2", "\xC2", "A^"},
    {u"â", "\xA9", "a\xE2", "\xE2", "\xE2", "a^"},
    {u"Ấ", "\xCA", "A\xC1", "\xC2\xEC", "\xC2\xEC", "A^'"},
    {u"ấ", "\xCA", "a\xE1", "\xE2\xEC", "\xE2\xEC", "a^'"},
    {u"Ầ", "\xC7", "A\xC0", "\xC2\xCC", "\xC2\xCC", "A^`"},
    {u"ầ", "\xC7", "a\xE0", "\xE2\xCC", "\xE2\xCC", "a^`"},
    {u"Ẩ", "\xC8", "A\xC5", "\xC2\xD2", "\xC2\xD2", "A^\?"},
    {u"ẩ", "\xC8", "a\xE5", "\xE2\xD2", "\xE2\xD2", "a^\?"},
    {u"Ẫ", "\xC9", "A\xC3", "\xC2\xDE", "\xC2\xDE", "A^~"},
    {u"ẫ", "\xC9", "a\xE3", "\xE2\xDE", "\xE2\xDE", "a^~"},
    {u"Ậ", "\xCB", "A\xC4", "\xC2\xF2", "\xC2\xF2", "A^."},
    {u"ậ", "\xCB", "a\xE4", "\xE2\xF2", "\xE2\xF2", "a^."},
    {u"Ă", "\xA1", "A\xCA", "\xC3", "\xC3", "A("},
    {u"ă", "\xA8", "a\xEA", "\xE3", "\xE3", "a("},
    {u"Ắ", "\xBE", "A\xC9", "\xC3\xEC", "\xC3\xEC", "A('"},
    {u"ắ", "\xBE", "a\xE9", "\xE3\xEC", "\xE3\xEC", "a('"},
    {u"Ằ", "\xBB", "A\xC8", "\xC3\xCC", "\xC3\xCC", "A(`"},
    {u"ằ", "\xBB", "a\xE8", "\xE3\xCC", "\xE3\xCC", "a(`"},
    {u"Ẳ", "\xBC", "A\xDA", "\xC3\xD2", "\xC3\xD2", "A(\?"},
    {u"ẳ", "\xBC", "a\xFA", "\xE3\xD2", "\xE3\xD2", "a(\?"},
    {u"Ẵ", "\xBD", "A\xDC", "\xC3\xDE", "\xC3\xDE", "A(~"},
    {u"ẵ", "\xBD", "a\xFC", "\xE3\xDE", "\xE3\xDE", "a(~"},
    {u"Ặ", "\xC6", "A\xCB", "\xC3\xF2", "\xC3\xF2", "A(."},
    {u"ặ", "\xC6", "a\xEB", "\xE3\xF2", "\xE3\xF2", "a(."},
    {u"Đ", "\xA7", "\xD1", "\xD0", "\xD0", "DD"},
    {u"đ", "\xAE", "\xF1", "\xF0", "\xF0", "dd"},
    {u"É", "\xD0", "E\xD9", "E\xEC", "\xC9", "E'"},
    {u"é", "\xD0", "e\xF9", "e\xEC", "\xE9", "e'"},
    {u"È", "\xCC", "E\xD8", "E\xCC", "\xC8", "E`"},
    {u"è", "\xCC", "e\xF8", "e\xCC", "\xE8", "e`"},
    {u"Ẻ", "\xCE", "E\xDB", "E\xD2", "E\xD2", "E\?"},
    {u"ẻ", "\xCE", "e\xFB", "e\xD2", "e\xD2", "e\?"},
    {u"Ẽ", "\xCF", "E\xD5", "E\xDE", "E\xDE", "E~"},
    {u"ẽ", "\xCF", "e\xF5", "e\xDE", "e\xDE", "e~"},
    {u"Ẹ", "\xD1", "E\xCF", "E\xF2", "E\xF2", "E."},
    {u"ẹ", "\xD1", "e\xEF", "e\xF2", "e\xF2", "e."},
    {u"Ê", "\xA3", "E\xC2", "\xCA", "\xCA", "E^"},
    {u"ê", "\xAA", "e\xE2", "\xEA", "\xEA", "e^"},
    {u"Ế", "\xD5", "E\xC1", "\xCA\xEC", "\xCA\xEC", "E^'"},
    {u"ế", "\xD5", "e\xE1", "\xEA\xEC", "\xEA\xEC", "e^'"},
    {u"Ề", "\xD2", "E\xC0", "\xCA\xCC", "\xCA\xCC", "E^`"},
    {u"ề", "\xD2", "e\xE0", "\xEA\xCC", "\xEA\xCC", "e^`"},
    {u"Ể", "\xD3", "E\xC5", "\xCA\xD2", "\xCA\xD2", "E^\?"},
    {u"ể", "\xD3", "e\xE5", "\xEA\xD2", "\xEA\xD2", "e^\?"},
    {u"Ễ", "\xD4", "E\xC3", "\xCA\xDE", "\xCA\xDE", "E^~"},
    {u"ễ", "\xD4", "e\xE3", "\xEA\xDE", "\xEA\xDE", "e^~"},
    {u"Ệ", "\xD6", "E\xC4", "\xCA\xF2", "\xCA\xF2", "E^."},
    {u"ệ", "\xD6", "e\xE4", "\xEA\xF2", "\xEA\xF2", "e^."},
    {u"Í", "\xDD", "\xCD", "I\xEC", "\xCD", "I'"},
    {u"í", "\xDD", "\xED", "i\xEC", "\xED", "i'"},
    {u"Ì", "\xD7", "\xCC", "I\xCC", "I\xCC", "I`"},
    {u"ì", "\xD7", "\xEC", "i\xCC", "i\xCC", "i`"},
    {u"Ỉ", "\xD8", "\xC6", "I\xD2", "I\xD2", "I\?"},
    {u"ỉ", "\xD8", "\xE6", "i\xD2", "i\xD2", "i\?"},
    {u"Ĩ", "\xDC", "\xD3", "I\xDE", "I\xDE", "I~"},
    {u"ĩ", "\xDC", "\xF3", "i\xDE", "i\xDE", "i~"},
    {u"Ị", "\xDE", "\xD2", "I\xF2", "I\xF2", "I."},
    {u"ị", "\xDE", "\xF2", "i\xF2", "i\xF2", "i."},
    {u"Ó", "\xE3", "O\xD9", "O\xEC", "\xD3", "O'"},
    {u"ó", "\xE3", "o\xF9", "o\xEC", "\xF3", "o'"},
    {u"Ò", "\xDF", "O\xD8", "O\xCC", "O\xCC", "O`"},
    {u"ò", "\xDF", "o\xF8", "o\xCC", "o\xCC", "o`"},
    {u"Ỏ", "\xE1", "O\xDB", "O\xD2", "O\xD2", "O\?"},
    {u"ỏ", "\xE1", "o\xFB", "o\xD2", "o\xD2", "o\?"},
    {u"Õ", "\xE2", "O\xD5", "O\xDE", "O\xDE", "O~"},
    {u"õ", "\xE2", "o\xF5", "o\xDE", "o\xDE", "o~"},
    {u"Ọ", "\xE4", "O\xCF", "O\xF2", "O\xF2", "O."},
    {u"ọ", "\xE4", "o\xEF", "o\xF2", "o\xF2", "o."},
    {u"Ô", "\xA4", "O\xC2", "\xD4", "\xD4", "O^"},
    {u"ô", "\xAB", "o\xE2", "\xF4", "\xF4", "o^"},
    {u"Ố", "\xE8", "O\xC1", "\xD4\xEC", "\xD4\xEC", "O^'"},
    {u"ố", "\xE8", "o\xE1", "\xF4\xEC", "\xF4\xEC", "o^'"},
    {u"Ồ", "\xE5", "O\xC0", "\xD4\xCC", "\xD4\xCC", "O^`"},
    {u"ồ", "\xE5", "o\xE0", "\xF4\xCC", "\xF4\xCC", "o^`"},
    {u"Ổ", "\xE6", "O\xC5", "\xD4\xD2", "\xD4\xD2", "O^\?"},
    {u"ổ", "\xE6", "o\xE5", "\xF4\xD2", "\xF4\xD2", "o^\?"},
    {u"Ỗ", "\xE7", "O\xC3", "\xD4\xDE", "\xD4\xDE", "O^~"},
    {u"ỗ", "\xE7", "o\xE3", "\xF4\xDE", "\xF4\xDE", "o^~"},
    {u"Ộ", "\xE9", "O\xC4", "\xD4\xF2", "\xD4\xF2", "O^."},
    {u"ộ", "\xE9", "o\xE4", "\xF4\xF2", "\xF4\xF2", "o^."},
    {u"Ơ", "\xA5", "\xD4", "\xD5", "\xD5", "O+"},
    {u"ơ", "\xAC", "\xF4", "\xF5", "\xF5", "o+"},
    {u"Ớ", "\xED", "\xD4\xD9", "\xD5\xEC", "\xD5\xEC", "O+'"},
    {u"ớ", "\xED", "\xF4\xF9", "\xF5\xEC", "\xF5\xEC", "o+'"},
    {u"Ờ", "\xEA", "\xD4\xD8", "\xD5\xCC", "\xD5\xCC", "O+`"},
    {u"ờ", "\xEA", "\xF4\xF8", "\xF5\xCC", "\xF5\xCC", "o+`"},
    {u"Ở", "\xEB", "\xD4\xDB", "\xD5\xD2", "\xD5\xD2", "O+\?"},
    {u"ở", "\xEB", "\xF4\xFB", "\xF5\xD2", "\xF5\xD2", "o+\?"},
    {u"Ỡ", "\xEC", "\xD4\xD5", "\xD5\xDE", "\xD5\xDE", "O+~"},
    {u"ỡ", "\xEC", "\xF4\xF5", "\xF5\xDE", "\xF5\xDE", "o+~"},
    {u"Ợ", "\xEE", "\xD4\xCF", "\xD5\xF2", "\xD5\xF2", "O+."},
    {u"ợ", "\xEE", "\xF4\xEF", "\xF5\xF2", "\xF5\xF2", "o+."},
    {u"Ú", "\xF3", "U\xD9", "U\xEC", "\xDA", "U'"},
    {u"ú", "\xF3", "u\xF9", "u\xEC", "\xFA", "u'"},
    {u"Ù", "\xEF", "U\xD8", "U\xCC", "\xD9", "U`"},
    {u"ù", "\xEF", "u\xF8", "u\xCC", "\xF9", "u`"},
    {u"Ủ", "\xF1", "U\xDB", "U\xD2", "U\xD2", "U\?"},
    {u"ủ", "\xF1", "u\xFB", "u\xD2", "u\xD2", "u\?"},
    {u"Ũ", "\xF2", "U\xD5", "U\xDE", "U\xDE", "U~"},
    {u"ũ", "\xF2", "u\xF5", "u\xDE", "u\xDE", "u~"},
    {u"Ụ", "\xF4", "U\xCF", "U\xF2", "U\xF2", "U."},
    {u"ụ", "\xF4", "u\xEF", "u\xF2", "u\xF2", "u."},
    {u"Ư", "\xA6", "\xD6", "\xDD", "\xDD", "U+"},
    {u"ư", "\xAD", "\xF6", "\xFD", "\xFD", "u+"},
    {u"Ứ", "\xF8", "\xD6\xD9", "\xDD\xEC", "\xDD\xEC", "U+'"},
    {u"ứ", "\xF8", "\xF6\xF9", "\xFD\xEC", "\xFD\xEC", "u+'"},
    {u"Ừ", "\xF5", "\xD6\xD8", "\xDD\xCC", "\xDD\xCC", "U+`"},
    {u"ừ", "\xF5", "\xF6\xF8", "\xFD\xCC", "\xFD\xCC", "u+`"},
    {u"Ử", "\xF6", "\xD6\xDB", "\xDD\xD2", "\xDD\xD2", "U+\?"},
    {u"ử", "\xF6", "\xF6\xFB", "\xFD\xD2", "\xFD\xD2", "u+\?"},
    {u"Ữ", "\xF7", "\xD6\xD5", "\xDD\xDE", "\xDD\xDE", "U+~"},
    {u"ữ", "\xF7", "\xF6\xF5", "\xFD\xDE", "\xFD\xDE", "u+~"},
    {u"Ự", "\xF9", "\xD6\xCF", "\xDD\xF2", "\xDD\xF2", "U+."},
    {u"ự", "\xF9", "\xF6\xEF", "\xFD\xF2", "\xFD\xF2", "u+."},
    {u"Ý", "\xFD", "Y\xD9", "Y\xEC", "Y\xEC", "Y'"},
    {u"ý", "\xFD", "y\xF9", "y\xEC", "y\xEC", "y'"},
    {u"Ỳ", "\xFA", "Y\xD8", "Y\xCC", "Y\xCC", "Y`"},
    {u"ỳ", "\xFA", "y\xF8", "y\xCC", "y\xCC", "y`"},
    {u"Ỷ", "\xFB", "Y\xDB", "Y\xD2", "Y\xD2", "Y\?"},
    {u"ỷ", "\xFB", "y\xFB", "y\xD2", "y\xD2", "y\?"},
    {u"Ỹ", "\xFC", "Y\xD5", "Y\xDE", "Y\xDE", "Y~"},
    {u"ỹ", "\xFC", "y\xF5", "y\xDE", "y\xDE", "y~"},
    {u"Ỵ", "\xFE", "\xCE", "Y\xF2", "Y\xF2", "Y."},
    {u"ỵ", "\xFE", "\xEE", "y\xF2", "y\xF2", "y."},
};

// Code page 1252 for the bytes 0x80–0x9F (0: undefined, arrives as the C1 control).
const char16_t cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // € ‚ ƒ „ … † ‡
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // ˆ ‰ Š ‹ Œ Ž
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // ‘ ’ “ ” • – —
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // ˜ ™ š › œ ž Ÿ
};

// Byte b as the clipboard gives it (code page 1252).
QChar viaCp1252(int b)
{
    if (b >= 0x80 && b <= 0x9F && cp1252[b - 0x80] != 0)
        return QChar(cp1252[b - 0x80]);
    return QChar(char16_t(b));
}

// Bytes as characters, Latin-1 (a file read byte by byte).
QString latin1(const char *bytes)
{
    return QString::fromLatin1(bytes);
}

// The same bytes as the clipboard and HTML give them.
QString clipboard(const char *bytes)
{
    QString s;
    for (const char *p = bytes; *p; ++p)
        s += viaCp1252(uchar(*p));
    return s;
}

QString encodingName(LegacyEncoding e)
{
    return legacyEncodingKey(e);
}

const LegacyEncoding allEncodings[] = {LegacyEncoding::Tcvn3, LegacyEncoding::Vni,
                                       LegacyEncoding::Viqr, LegacyEncoding::Cp1258};

bool isUpper(const QString &letter)
{
    return letter.at(0).isUpper();
}

// The sentences of the issue, and one with the capitals TCVN3 has.
const QString sentence =
    u"Ủy ban nhân dân xã tổ chức hội nghị triển khai kế hoạch cải cách hành chính."_s;
const QString sentence2 =
    u"Huyện Hoài Đức tổ chức hội nghị triển khai kế hoạch cải cách hành chính."_s;

// Written out byte by byte from Unikey's tables.
const char sentenceTcvn3[] = "\xF1y ban nh\xA9n d\xA9n x\xB7 t\xE6 ch\xF8"
                             "c h\xE9i ngh\xDE tri\xD3n khai k\xD5 ho\xB9"
                             "ch c\xB6i c\xB8"
                             "ch h\xB5nh ch\xDDnh.";
const char sentence2Tcvn3[] = "Huy\xD6n Ho\xB5i \xA7\xF8"
                              "c t\xE6 ch\xF8"
                              "c h\xE9i ngh\xDE tri\xD3n khai k\xD5 ho\xB9"
                              "ch c\xB6i c\xB8"
                              "ch h\xB5nh ch\xDDnh.";
const char sentenceVni[] = "U\xDBy ban nha\xE2n da\xE2n xa\xF5 to\xE5 ch\xF6\xF9"
                           "c ho\xE4i ngh\xF2 trie\xE5n khai ke\xE1 hoa\xEF"
                           "ch ca\xFBi ca\xF9"
                           "ch ha\xF8nh ch\xEDnh.";
const char sentence2Vni[] = "Huye\xE4n Hoa\xF8i \xD1\xF6\xF9"
                            "c to\xE5 ch\xF6\xF9"
                            "c ho\xE4i ngh\xF2 trie\xE5n khai ke\xE1 hoa\xEF"
                            "ch ca\xFBi ca\xF9"
                            "ch ha\xF8nh ch\xEDnh.";
const char sentenceCp1258[] = "U\xD2y ban nh\xE2n d\xE2n xa\xDE t\xF4\xD2 ch\xFD\xEC"
                              "c h\xF4\xF2i nghi\xF2 tri\xEA\xD2n khai k\xEA\xEC hoa\xF2"
                              "ch ca\xD2i ca\xEC"
                              "ch ha\xCCnh chi\xECnh.";
const char sentenceCp1258Pre[] = "U\xD2y ban nh\xE2n d\xE2n xa\xDE t\xF4\xD2 ch\xFD\xEC"
                                 "c h\xF4\xF2i nghi\xF2 tri\xEA\xD2n khai k\xEA\xEC hoa\xF2"
                                 "ch ca\xD2i c\xE1"
                                 "ch h\xE0nh ch\xEDnh.";
const char sentenceViqr[] = "U?y ban nha^n da^n xa~ to^? chu+'c ho^.i nghi. trie^?n khai ke^' "
                            "hoa.ch ca?i ca'ch ha`nh chi'nh.";

} // namespace

class TestLegacyVietnamese : public QObject
{
    Q_OBJECT

private slots:
    void keys();
    void roundTripEveryLetter_data();
    void roundTripEveryLetter();
    void knownLetters_data();
    void knownLetters();
    void knownSentences_data();
    void knownSentences();
    void tcvn3CapitalsAndTheUpperCaseFont();
    void everyByteInBothForms_data();
    void everyByteInBothForms();
    void clipboardPunctuation();
    void vniMarkCase();
    void viqr_data();
    void viqr();
    void viqrRoundTripOfText_data();
    void viqrRoundTripOfText();
    void unicodePassesThrough();
    void resultIsNfc();
    void encodingOfFont_data();
    void encodingOfFont();
    void encodingOfHtmlFonts_data();
    void encodingOfHtmlFonts();
    void detect_data();
    void detect();
    void canBeLegacy();
    void syllables_data();
    void syllables();
};

void TestLegacyVietnamese::keys()
{
    for (LegacyEncoding e : allEncodings)
        QCOMPARE(legacyEncodingFromKey(legacyEncodingKey(e)), e);
    QCOMPARE(legacyEncodingKey(LegacyEncoding::Tcvn3), u"tcvn3"_s);
    QCOMPARE(legacyEncodingKey(LegacyEncoding::Vni), u"vni"_s);
    QCOMPARE(legacyEncodingKey(LegacyEncoding::Viqr), u"viqr"_s);
    QCOMPARE(legacyEncodingKey(LegacyEncoding::Cp1258), u"cp1258"_s);
    QVERIFY(!legacyEncodingFromKey(u"utf-8"_s));
    QVERIFY(!legacyEncodingFromKey(u"TCVN3"_s));
    QVERIFY(!legacyEncodingFromKey(QString()));
}

void TestLegacyVietnamese::roundTripEveryLetter_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<LegacyEncoding>("encoding");
    QTest::addColumn<bool>("upperCaseFont");
    int lower = 0;
    int upper = 0;
    for (const Letter &l : letters) {
        const QString letter = QString::fromUtf16(l.unicode);
        (isUpper(letter) ? upper : lower) += 1;
        for (LegacyEncoding e : allEncodings) {
            // TCVN3 has no codes for the toned capitals: toLegacy writes the lowercase code, which
            // an all-capitals font (.VnTimeH) shows as the capital; so capitals are read back
            // with upperCaseFont.
            const bool upperCaseFont = e == LegacyEncoding::Tcvn3 && isUpper(letter);
            QTest::addRow("%s %s", qPrintable(encodingName(e)), qPrintable(letter))
                << letter << e << upperCaseFont;
        }
    }
    QCOMPARE(lower, 67);
    QCOMPARE(upper, 67);
}

void TestLegacyVietnamese::roundTripEveryLetter()
{
    QFETCH(QString, letter);
    QFETCH(LegacyEncoding, encoding);
    QFETCH(bool, upperCaseFont);
    const QString legacy = toLegacy(letter, encoding);
    QVERIFY(!legacy.contains(u'?') || encoding == LegacyEncoding::Viqr);
    for (const QChar c : legacy)
        QVERIFY2(c.unicode() <= 0xFF, "one character per byte");
    QCOMPARE(fromLegacy(legacy, encoding, upperCaseFont), letter);
    // The same with the letter inside a word.
    if (!upperCaseFont) {
        const QString word = u"x"_s + letter + u"n"_s;
        QCOMPARE(fromLegacy(toLegacy(word, encoding), encoding), word);
    }
}

void TestLegacyVietnamese::knownLetters_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("tcvn3");
    QTest::addColumn<QString>("vni");
    QTest::addColumn<QString>("cp1258");
    QTest::addColumn<QString>("cp1258Pre");
    QTest::addColumn<QString>("viqr");
    for (const Letter &l : letters) {
        const QString letter = QString::fromUtf16(l.unicode);
        QTest::addRow("%s", qPrintable(letter))
            << letter << latin1(l.tcvn3) << latin1(l.vni) << latin1(l.cp1258) << latin1(l.cp1258Pre)
            << QString::fromLatin1(l.viqr);
    }
}

void TestLegacyVietnamese::knownLetters()
{
    QFETCH(QString, letter);
    QFETCH(QString, tcvn3);
    QFETCH(QString, vni);
    QFETCH(QString, cp1258);
    QFETCH(QString, cp1258Pre);
    QFETCH(QString, viqr);
    const bool upper = isUpper(letter);

    // TCVN3: a toned capital reads as its lowercase letter in an ordinary font.
    QCOMPARE(fromLegacy(tcvn3, LegacyEncoding::Tcvn3, upper), letter);
    QCOMPARE(fromLegacy(tcvn3, LegacyEncoding::Tcvn3),
             tcvn3.at(0).unicode() >= 0xA1 && tcvn3.at(0).unicode() <= 0xA7 ? letter
                                                                            : letter.toLower());
    QCOMPARE(toLegacy(letter, LegacyEncoding::Tcvn3), tcvn3);

    QCOMPARE(fromLegacy(vni, LegacyEncoding::Vni), letter);
    QCOMPARE(toLegacy(letter, LegacyEncoding::Vni), vni);

    // Windows-1258 both ways of writing a letter; toLegacy uses the precomposed byte where 1258
    // has one.
    QCOMPARE(fromLegacy(cp1258, LegacyEncoding::Cp1258), letter);
    QCOMPARE(fromLegacy(cp1258Pre, LegacyEncoding::Cp1258), letter);
    QCOMPARE(toLegacy(letter, LegacyEncoding::Cp1258), cp1258Pre);

    QCOMPARE(fromLegacy(viqr, LegacyEncoding::Viqr), letter);
    QCOMPARE(toLegacy(letter, LegacyEncoding::Viqr), viqr);
}

void TestLegacyVietnamese::knownSentences_data()
{
    QTest::addColumn<QString>("legacy");
    QTest::addColumn<LegacyEncoding>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("exactReverse"); // toLegacy(expected) gives back `legacy`

    // TCVN3 cannot write Ủ: the sentence comes back with ủ (an ordinary font).
    QTest::newRow("tcvn3 ủy ban") << latin1(sentenceTcvn3) << LegacyEncoding::Tcvn3
                                  << u"ủ"_s + sentence.mid(1) << true;
    QTest::newRow("tcvn3 Huyện") << latin1(sentence2Tcvn3) << LegacyEncoding::Tcvn3 << sentence2
                                 << true;
    QTest::newRow("tcvn3 Hà Nội") << latin1("H\xB5 N\xE9i") << LegacyEncoding::Tcvn3 << u"Hà Nội"_s
                                  << true;
    QTest::newRow("vni") << latin1(sentenceVni) << LegacyEncoding::Vni << sentence << true;
    QTest::newRow("vni Huyện") << latin1(sentence2Vni) << LegacyEncoding::Vni << sentence2 << true;
    QTest::newRow("vni Hà Nội") << latin1("Ha\xF8 No\xE4i") << LegacyEncoding::Vni << u"Hà Nội"_s
                                << true;
    QTest::newRow("cp1258 combining")
        << latin1(sentenceCp1258) << LegacyEncoding::Cp1258 << sentence << false;
    QTest::newRow("cp1258 precomposed")
        << latin1(sentenceCp1258Pre) << LegacyEncoding::Cp1258 << sentence << true;
    QTest::newRow("cp1258 đồng") << latin1("50.000 \xFE, \xF0\xF4\xCC"
                                           "ng")
                                 << LegacyEncoding::Cp1258 << u"50.000 ₫, đồng"_s << true;
    QTest::newRow("viqr") << QString::fromLatin1(sentenceViqr) << LegacyEncoding::Viqr << sentence
                          << true;
    QTest::newRow("viqr Việt Nam")
        << u"Vie^.t Nam"_s << LegacyEncoding::Viqr << u"Việt Nam"_s << true;
}

void TestLegacyVietnamese::knownSentences()
{
    QFETCH(QString, legacy);
    QFETCH(LegacyEncoding, encoding);
    QFETCH(QString, expected);
    QFETCH(bool, exactReverse);
    QCOMPARE(fromLegacy(legacy, encoding), expected);
    if (exactReverse)
        QCOMPARE(toLegacy(expected, encoding), legacy);
    QCOMPARE(fromLegacy(toLegacy(expected, encoding), encoding), expected);
}

void TestLegacyVietnamese::tcvn3CapitalsAndTheUpperCaseFont()
{
    // A heading typed in .VnTimeH: the lowercase codes, shown as capitals.
    const QString typed = latin1("ubnd huy\xD6n ho\xB5i \xAE\xF8"
                                 "c - 65/kh");
    QCOMPARE(fromLegacy(typed, LegacyEncoding::Tcvn3, true), u"UBND HUYỆN HOÀI ĐỨC - 65/KH"_s);
    QCOMPARE(fromLegacy(typed, LegacyEncoding::Tcvn3), u"ubnd huyện hoài đức - 65/kh"_s);
    // The capitals TCVN3 has keep their codes; the toned ones get the lowercase code.
    QCOMPARE(toLegacy(u"ĂÂÊÔƠƯĐ"_s, LegacyEncoding::Tcvn3), latin1("\xA1\xA2\xA3\xA4\xA5\xA6\xA7"));
    QCOMPARE(toLegacy(u"ăâêôơưđ"_s, LegacyEncoding::Tcvn3), latin1("\xA8\xA9\xAA\xAB\xAC\xAD\xAE"));
    QCOMPARE(toLegacy(u"HUYỆN"_s, LegacyEncoding::Tcvn3), latin1("HUY\xD6N"));
    QCOMPARE(fromLegacy(latin1("HUY\xD6N"), LegacyEncoding::Tcvn3, true), u"HUYỆN"_s);
    // Symbols stay symbols in the capitals font.
    QCOMPARE(fromLegacy(latin1("\xB0 1/2"), LegacyEncoding::Tcvn3, true), u"° 1/2"_s);
    // The font flag is for TCVN3 only.
    QCOMPARE(fromLegacy(latin1("ha\xF8"), LegacyEncoding::Vni, true), u"hà"_s);
}

void TestLegacyVietnamese::everyByteInBothForms_data()
{
    QTest::addColumn<LegacyEncoding>("encoding");
    QTest::addColumn<int>("byte");
    QTest::addColumn<QString>("expected");

    // What each byte means on its own, from Unikey's tables: TCVN3's letters (lowercase where a
    // code serves both cases), VNI's one-byte letters, Windows-1258's letters and tone marks.
    QHash<int, QString> tcvn3;
    QHash<int, QString> vni;
    for (const Letter &l : letters) {
        const QString letter = QString::fromUtf16(l.unicode);
        const int t = uchar(l.tcvn3[0]);
        if (!tcvn3.contains(t) || !isUpper(letter))
            tcvn3.insert(t, letter);
        if (qstrlen(l.vni) == 1)
            vni.insert(uchar(l.vni[0]), letter);
    }
    QCOMPARE(tcvn3.size(), 74); // 67 lowercase letters + Ă Â Ê Ô Ơ Ư Đ
    QCOMPARE(vni.size(), 18);   // Đđ Ơơ Ưư, the toned Ii, Ỵỵ
    const QHash<int, QString> cp1258{{0x8A, u"\u008A"_s}, {0x8E, u"\u008E"_s}, {0x9A, u"\u009A"_s},
                                     {0x9E, u"\u009E"_s}, {0xC3, u"Ă"_s},      {0xCC, u"\u0300"_s},
                                     {0xD0, u"Đ"_s},      {0xD2, u"\u0309"_s}, {0xD5, u"Ơ"_s},
                                     {0xDD, u"Ư"_s},      {0xDE, u"\u0303"_s}, {0xE3, u"ă"_s},
                                     {0xEC, u"\u0301"_s}, {0xF0, u"đ"_s},      {0xF2, u"\u0323"_s},
                                     {0xF5, u"ơ"_s},      {0xFD, u"ư"_s},      {0xFE, u"₫"_s}};

    for (int b = 0x80; b <= 0xFF; ++b) {
        // Not a letter: the symbol Windows shows for the byte (1252; undefined: the C1 control).
        const QString symbol(viaCp1252(b));
        QTest::addRow("tcvn3 0x%02X", b) << LegacyEncoding::Tcvn3 << b << tcvn3.value(b, symbol);
        QTest::addRow("vni 0x%02X", b) << LegacyEncoding::Vni << b << vni.value(b, symbol);
        QTest::addRow("cp1258 0x%02X", b) << LegacyEncoding::Cp1258 << b << cp1258.value(b, symbol);
    }
}

void TestLegacyVietnamese::everyByteInBothForms()
{
    QFETCH(LegacyEncoding, encoding);
    QFETCH(int, byte);
    QFETCH(QString, expected);
    const QString asLatin1{QChar(char16_t(byte))};
    const QString asCp1252(viaCp1252(byte));
    QCOMPARE(fromLegacy(asLatin1, encoding), expected);
    QCOMPARE(fromLegacy(asCp1252, encoding), expected);
    // Between letters too (a VNI mark byte after a consonant is no mark).
    QCOMPARE(fromLegacy(u"1"_s + asCp1252 + u"2"_s, encoding),
             QString(u"1"_s + expected + u"2"_s).normalized(QString::NormalizationForm_C));
    if (byte == 0xA0)
        QCOMPARE(expected, u"\u00A0"_s);
}

void TestLegacyVietnamese::clipboardPunctuation()
{
    // Quotes, ellipsis and dashes of Word documents are bytes 0x85, 0x93, 0x94, 0x96: whether
    // they come as code page 1252 characters or as Latin-1 ones, the same text results.
    const char tcvn3[] = "\x93H\xB5 N\xE9i\x94 \x96 ngh\xDE quy\xD5t\x85";
    const QString expected = u"“Hà Nội” – nghị quyết…"_s;
    QCOMPARE(fromLegacy(clipboard(tcvn3), LegacyEncoding::Tcvn3), expected);
    QCOMPARE(fromLegacy(latin1(tcvn3), LegacyEncoding::Tcvn3), expected);
    const char vni[] = "\x93Ha\xF8 No\xE4i\x94 \x96 ngh\xF2 quye\xE1t\x85";
    QCOMPARE(fromLegacy(clipboard(vni), LegacyEncoding::Vni), expected);
    QCOMPARE(fromLegacy(latin1(vni), LegacyEncoding::Vni), expected);
    const char cp1258[] = "\x93H\xE0 N\xF4\xF2i\x94 \x96 nghi\xF2 quy\xEA\xECt\x85";
    QCOMPARE(fromLegacy(clipboard(cp1258), LegacyEncoding::Cp1258), expected);
    QCOMPARE(fromLegacy(latin1(cp1258), LegacyEncoding::Cp1258), expected);
    // Back: the bytes as Latin-1 characters.
    QCOMPARE(toLegacy(expected, LegacyEncoding::Tcvn3), latin1(tcvn3));
    QCOMPARE(toLegacy(expected, LegacyEncoding::Vni), latin1(vni));
    QCOMPARE(toLegacy(expected, LegacyEncoding::Cp1258), latin1(cp1258));
    // A no-break space (byte 0xA0) stays one.
    QCOMPARE(fromLegacy(latin1("H\xB5\xA0N\xE9i"), LegacyEncoding::Tcvn3), u"Hà\u00A0Nội"_s);
}

void TestLegacyVietnamese::vniMarkCase()
{
    // The case is the letter's: a capital mark after a small letter (typed with Caps Lock in
    // the wrong state) still makes a small letter, and the reverse.
    QCOMPARE(fromLegacy(latin1("a\xD9 A\xF9 o\xC1 \xF4\xD9 \xD6\xF9"), LegacyEncoding::Vni),
             u"á Á ố ớ Ứ"_s);
    // A mark that does not fit its letter stays as it is: no breve on e, no circumflex on u.
    QCOMPARE(fromLegacy(latin1("e\xEA u\xE2"), LegacyEncoding::Vni), u"eê uâ"_s);
    // VNI writes the toned i and ỵ as one byte; a tone mark after i or y is read too.
    QCOMPARE(fromLegacy(latin1("i\xF9 I\xD8 y\xEF"), LegacyEncoding::Vni), u"í Ì ỵ"_s);
    // A mark on its own (no letter before it) stays the Latin-1 character.
    QCOMPARE(fromLegacy(latin1("\xF9"), LegacyEncoding::Vni), u"ù"_s);
}

void TestLegacyVietnamese::viqr_data()
{
    QTest::addColumn<QString>("viqr");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English") << u"Hello, world. What?"_s << u"Hello, world. What?"_s;
    QTest::newRow("Việt Nam") << u"Vie^.t Nam"_s << u"Việt Nam"_s;
    QTest::newRow("escaped dot") << u"3\\."_s << u"3."_s;
    QTest::newRow("escaped after a vowel") << u"cha\\. Me\\?"_s << u"cha. Me?"_s;
    QTest::newRow("a tone at the end") << u"Me. va` con."_s << u"Mẹ và con."_s;
    QTest::newRow("one tone per word") << u"To^i ddi ho.c.."_s << u"Tôi đi học.."_s;
    QTest::newRow("not a syllable")
        << u"Who are you? don't it's bee."_s << u"Who are you? don't it's bee."_s;
    QTest::newRow("dd at the start only")
        << u"ddi address DDa('k La('k"_s << u"đi address Đắk Lắk"_s;
    QTest::newRow("đồng") << u"50.000 dd"_s << u"50.000 đ"_s;
    QTest::newRow("numbers and paths")
        << u"3.5 C:\\path\\to 1+1 (a) x^2"_s << u"3.5 C:\\path\\to 1+1 (a) x^2"_s;
    QTest::newRow("capitals") << u"VIE^.T NAM, Ngu+o+`i"_s << u"VIỆT NAM, Người"_s;
    QTest::newRow("escaped dd") << u"d\\da"_s << u"dda"_s;
    QTest::newRow("escaped backslash") << u"a\\\\."_s << u"a\\."_s;
    QTest::newRow("Unicode stays") << u"Hà Nội, Vie^.t"_s << u"Hà Nội, Việt"_s;
}

void TestLegacyVietnamese::viqr()
{
    QFETCH(QString, viqr);
    QFETCH(QString, expected);
    QCOMPARE(fromLegacy(viqr, LegacyEncoding::Viqr), expected);
}

void TestLegacyVietnamese::viqrRoundTripOfText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("viqr");
    QTest::newRow("sentence end") << u"Tôi đi chợ. Ai đi cùng?"_s
                                  << u"To^i ddi cho+.\\. Ai ddi cu`ng?"_s;
    QTest::newRow("dot after a vowel") << u"Cha."_s << u"Cha\\."_s;
    QTest::newRow("English") << u"Hello, world. What?"_s << u"Hello, world. What?"_s;
    QTest::newRow("quotes") << u"'a' (o) u+"_s << u"'a\\' (o) u\\+"_s;
    QTest::newRow("dd") << u"dda đa"_s << u"d\\da dda"_s;
    QTest::newRow("backslash") << u"C:\\path \\. a\\"_s << u"C:\\path \\\\. a\\"_s;
    QTest::newRow("not a syllable") << u"Hélène. Müller"_s << u"Hélène\\. Müller"_s;
    // A word VIQR cannot write is kept as it is, and a "dd" at its start escaped all the same.
    QTest::newRow("dd in a word kept as it is")
        << u"ddẳ Ddé ÂDDà ÊaddÔ"_s << u"d\\dẳ D\\dé ÂD\\Dà ÊaddÔ"_s;
    QTest::newRow("backslash before đ") << u"Đ\\Đ \\đ"_s << u"DD\\\\DD \\\\dd"_s;
    QTest::newRow("dd after an escaped d") << u"dddd ddddd"_s << u"d\\dd\\d d\\dd\\dd"_s;
}

void TestLegacyVietnamese::viqrRoundTripOfText()
{
    QFETCH(QString, text);
    QFETCH(QString, viqr);
    QCOMPARE(toLegacy(text, LegacyEncoding::Viqr), viqr);
    QCOMPARE(fromLegacy(viqr, LegacyEncoding::Viqr), text);
}

void TestLegacyVietnamese::unicodePassesThrough()
{
    // Characters that no byte gives are Unicode already: they pass through every conversion.
    const QString unicode = u"ạ→ư"_s;
    for (LegacyEncoding e : allEncodings)
        QCOMPARE(fromLegacy(unicode, e), unicode);
    // What an encoding cannot hold becomes "?" (VIQR keeps it).
    QCOMPARE(toLegacy(u"→ ü ñ"_s, LegacyEncoding::Tcvn3), u"? ? ?"_s);
    QCOMPARE(toLegacy(u"→ ü Ç"_s, LegacyEncoding::Vni), u"? ? Ç"_s);
    QCOMPARE(toLegacy(u"→ ü"_s, LegacyEncoding::Cp1258), u"? ü"_s);
    QCOMPARE(toLegacy(u"→"_s, LegacyEncoding::Viqr), u"→"_s);
}

void TestLegacyVietnamese::resultIsNfc()
{
    const QString decomposed = sentence.normalized(QString::NormalizationForm_D);
    QVERIFY(decomposed != sentence);
    // Unicode NFD passing through comes out NFC.
    QCOMPARE(fromLegacy(decomposed, LegacyEncoding::Viqr), sentence);
    QCOMPARE(fromLegacy(latin1(sentenceCp1258), LegacyEncoding::Cp1258), sentence);
    for (LegacyEncoding e : allEncodings) {
        const QString out = fromLegacy(toLegacy(sentence2, e), e);
        QCOMPARE(out, out.normalized(QString::NormalizationForm_C));
        // toLegacy takes NFD as well as NFC.
        QCOMPARE(toLegacy(sentence2.normalized(QString::NormalizationForm_D), e),
                 toLegacy(sentence2, e));
    }
}

void TestLegacyVietnamese::encodingOfFont_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("encoding"); // -1: none
    QTest::addColumn<bool>("upperCase");
    QTest::newRow(".VnTime") << u".VnTime"_s << int(LegacyEncoding::Tcvn3) << false;
    QTest::newRow(".VnTimeH") << u".VnTimeH"_s << int(LegacyEncoding::Tcvn3) << true;
    QTest::newRow(".VnArial") << u".VnArial"_s << int(LegacyEncoding::Tcvn3) << false;
    QTest::newRow(".VnArialH") << u".VnArialH"_s << int(LegacyEncoding::Tcvn3) << true;
    QTest::newRow(".VnArial NarrowH")
        << u".VnArial NarrowH"_s << int(LegacyEncoding::Tcvn3) << true;
    QTest::newRow(".vntime") << u".vntime"_s << int(LegacyEncoding::Tcvn3) << false;
    QTest::newRow("VNI-Times") << u"VNI-Times"_s << int(LegacyEncoding::Vni) << false;
    QTest::newRow("VNI-Helve") << u"VNI-Helve"_s << int(LegacyEncoding::Vni) << false;
    QTest::newRow("VNI-Top") << u"VNI-Top"_s << int(LegacyEncoding::Vni) << false;
    QTest::newRow("Times New Roman") << u"Times New Roman"_s << -1 << false;
    QTest::newRow("Arial") << u"Arial"_s << -1 << false;
    QTest::newRow("Vinhan") << u"Vinhan"_s << -1 << false;
    QTest::newRow("empty") << QString() << -1 << false;
}

void TestLegacyVietnamese::encodingOfFont()
{
    QFETCH(QString, family);
    QFETCH(int, encoding);
    QFETCH(bool, upperCase);
    bool upper = !upperCase; // must be set either way
    const auto found = PressDesk::Text::encodingOfFont(family, &upper);
    QCOMPARE(found ? int(*found) : -1, encoding);
    QCOMPARE(upper, upperCase);
    QCOMPARE(PressDesk::Text::encodingOfFont(family).has_value(), encoding >= 0);
}

// The fonts a paste from Word or LibreOffice names, as they write them.
void TestLegacyVietnamese::encodingOfHtmlFonts_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("encoding"); // -1: none
    QTest::addColumn<bool>("upperCase");
    const int tcvn3 = int(LegacyEncoding::Tcvn3);
    QTest::newRow("Word, quoted in a style")
        << u"<p class=MsoNormal><span style='font-size:14.0pt;font-family:\".VnTime\"'>x</span>"_s
        << tcvn3 << false;
    QTest::newRow("entities, then a fallback")
        << u"<span style=\"font-family:&quot;.VnTimeH&quot;,serif\">x</span>"_s << tcvn3 << true;
    QTest::newRow("unquoted, then another attribute")
        << u"<p style=\"font-family:.VnArialH\" class=\"x\">x</p>"_s << tcvn3 << true;
    QTest::newRow("a style block")
        << u"<style>p.MsoNormal{margin:0;font-family:\".VnTime\";}</style><p>x</p>"_s << tcvn3
        << false;
    QTest::newRow("font face") << u"<font face=\"VNI-Times\" size=3>x</font>"_s
                               << int(LegacyEncoding::Vni) << false;
    QTest::newRow("capitals and small letters")
        << u"<span style=\"font-family:.VnTimeH\">A</span><span "
           "style=\"font-family:.VnTime\">a</span>"_s
        << tcvn3 << false;
    QTest::newRow("a Unicode font after a legacy one")
        << u"<span style=\"font-family:'Times New Roman',.VnTime\">x</span>"_s << tcvn3 << false;
    QTest::newRow("Unicode fonts only")
        << u"<span style=\"font-family:&quot;Times New Roman&quot;,serif\">Hà Nội</span>"_s << -1
        << false;
    QTest::newRow("no font") << u"<p>Hà Nội</p>"_s << -1 << false;
}

void TestLegacyVietnamese::encodingOfHtmlFonts()
{
    QFETCH(QString, html);
    QFETCH(int, encoding);
    QFETCH(bool, upperCase);
    bool upper = !upperCase;
    const auto found = PressDesk::Text::encodingOfHtmlFonts(html, &upper);
    QCOMPARE(found ? int(*found) : -1, encoding);
    QCOMPARE(upper, upperCase);
}

void TestLegacyVietnamese::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: nullopt

    const int none = -1;
    QTest::newRow("tcvn3") << latin1(sentenceTcvn3) << int(LegacyEncoding::Tcvn3);
    QTest::newRow("tcvn3 clipboard") << clipboard("\x93H\xB5 N\xE9i\x94 \x96 ngh\xDE quy\xD5t\x85")
                                     << int(LegacyEncoding::Tcvn3);
    QTest::newRow("tcvn3 Huyện") << latin1(sentence2Tcvn3) << int(LegacyEncoding::Tcvn3);
    QTest::newRow("vni") << latin1(sentenceVni) << int(LegacyEncoding::Vni);
    QTest::newRow("vni Huyện") << latin1(sentence2Vni) << int(LegacyEncoding::Vni);
    QTest::newRow("cp1258") << latin1(sentenceCp1258) << int(LegacyEncoding::Cp1258);
    QTest::newRow("viqr") << QString::fromLatin1(sentenceViqr) << int(LegacyEncoding::Viqr);
    QTest::newRow("viqr Việt Nam") << u"Vie^.t Nam"_s << int(LegacyEncoding::Viqr);
    QTest::newRow("Unicode Vietnamese") << sentence << none;
    QTest::newRow("Unicode NFD") << sentence.normalized(QString::NormalizationForm_D) << none;
    // Unicode that stays within Latin-1 already reads as Vietnamese.
    QTest::newRow("Unicode in Latin-1") << u"Tôi là Hà, cô à."_s << none;
    QTest::newRow("English") << u"The People's Committee held a meeting. Why?"_s << none;
    QTest::newRow("plain ASCII") << u"Hello, world. What?"_s << none;
    QTest::newRow("date format") << u"DD-MM-YYYY"_s << none;
    QTest::newRow("French and Vietnamese") << u"Hélène đến Hà Nội"_s << none;
    QTest::newRow("French") << u"Hélène Müller a visité le café à Paris."_s << none;
    // Two TCVN3 words among German ones: a third of the words convert, too few to be sure.
    QTest::newRow("mostly not Vietnamese") << latin1("H\xB5 N\xE9i: Gr\xF6\xDF"
                                                     "e \xDC"
                                                     "bung sch\xF6n M\xFCller")
                                           << none;
    QTest::newRow("empty") << QString() << none;
}

void TestLegacyVietnamese::detect()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto found = detectLegacy(text);
    QCOMPARE(found ? int(*found) : -1, expected);
}

void TestLegacyVietnamese::canBeLegacy()
{
    QVERIFY(PressDesk::Text::canBeLegacy(latin1(sentenceTcvn3), LegacyEncoding::Tcvn3));
    QVERIFY(PressDesk::Text::canBeLegacy(clipboard("\x93\x80\x9F"), LegacyEncoding::Vni));
    QVERIFY(!PressDesk::Text::canBeLegacy(sentence, LegacyEncoding::Tcvn3));
    QVERIFY(!PressDesk::Text::canBeLegacy(u"→"_s, LegacyEncoding::Cp1258));
    QVERIFY(PressDesk::Text::canBeLegacy(QString::fromLatin1(sentenceViqr), LegacyEncoding::Viqr));
    QVERIFY(PressDesk::Text::canBeLegacy(u"“Vie^.t” – 3\\."_s, LegacyEncoding::Viqr));
    QVERIFY(!PressDesk::Text::canBeLegacy(u"Việt"_s, LegacyEncoding::Viqr));
}

void TestLegacyVietnamese::syllables_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("valid");
    for (const QString &w :
         {u"Việt"_s, u"người"_s, u"nghị"_s, u"khuya"_s, u"quyết"_s, u"giường"_s, u"gì"_s, u"Ủy"_s,
          u"hoạch"_s, u"THUỞ"_s, u"xoong"_s, u"đ"_s, u"ă"_s, u"yêu"_s, u"Đắk"_s})
        QTest::addRow("%s", qPrintable(w)) << w << true;
    for (const QString &w : {u"Hélène"_s, u"Müller"_s, u"world"_s, u"dónt"_s, u"beẹ"_s, u"viêtj"_s,
                             u"ñy"_s, u"Hµ"_s, u"tiếngữ"_s, u"ạớ"_s, QString()})
        QTest::addRow("%s", w.isEmpty() ? "empty" : qPrintable(w)) << w << false;
}

void TestLegacyVietnamese::syllables()
{
    QFETCH(QString, word);
    QFETCH(bool, valid);
    QCOMPARE(isVietnameseSyllable(word), valid);
}

QTEST_APPLESS_MAIN(TestLegacyVietnamese)

#include "TestLegacyVietnamese.moc"
