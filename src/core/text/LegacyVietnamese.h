#pragma once

#include <QString>

#include <optional>

// Vietnamese text in the encodings used before Unicode, converted to Unicode NFC: TCVN3 (ABC,
// the .VnTime fonts), VNI-Windows (the VNI-Times fonts), VIQR (ASCII) and Windows-1258.
// Offices still receive such text in old documents, e-mails and pasted from old Word files.
// Pure functions, no state.
//
// Legacy text reaches PressDesk as characters, one per byte: the clipboard and HTML give each
// byte as Windows code page 1252 shows it (0x80 -> U+20AC €, 0x8A -> U+0160 Š …; the bytes
// 0x81, 0x8D, 0x8F, 0x90 and 0x9D, undefined in 1252, as the C1 controls U+0081 …), files read
// byte by byte give the Latin-1 code point (0x80 -> U+0080). fromLegacy() accepts both for every
// byte; toLegacy() gives the Latin-1 form. Characters that no byte gives (U+0100 and above, other
// than the code page 1252 ones) are Unicode already and pass through unchanged.
namespace PressDesk::Text {

enum class LegacyEncoding { Tcvn3, Vni, Viqr, Cp1258 };

// "tcvn3", "vni", "viqr", "cp1258" (for settings and the command line), and back; nullopt for
// any other key.
QString legacyEncodingKey(LegacyEncoding encoding);
std::optional<LegacyEncoding> legacyEncodingFromKey(const QString &key);

// Legacy text (its bytes as characters, see above) -> Unicode NFC.
// upperCaseFont: TCVN3 text set in an all-capitals font (.VnTimeH, .VnArialH …), whose lowercase
// codes show capitals (TCVN3 has no codes for capitals with a tone mark: "HUYỆN" is typed with
// the codes of "huyện" in such a font). Ignored for the other encodings.
//
// VIQR: a( a^ e^ o^ o+ u+ make ă â ê ô ơ ư, dd/DD make đ/Đ (only at the start of a word), and a
// tone mark ' ` ? ~ . right after a vowel (or after its ^ ( +) gives that vowel the tone; at
// most one tone per word. A word changes only if the result is a Vietnamese syllable, so English
// and ASCII punctuation stay as typed ("Hello, world. What?", "don't", "bee."). A backslash keeps
// the mark after it as it is and is dropped ("3\." -> "3.", "cha\." -> "cha."), as RFC 1456
// asks writers to do after a vowel at the end of a sentence.
//
// Windows-1258: the tone marks are combining characters; the result is composed (NFC). Bytes
// undefined in 1258 become the C1 control of the same number, as Windows decodes them.
QString fromLegacy(const QString &text, LegacyEncoding encoding, bool upperCaseFont = false);

// Unicode -> the legacy text as characters: each byte as its Latin-1 code point (VIQR: ASCII,
// with a backslash before a mark that would otherwise be read as a diacritic, e.g. "cha\.").
// A character the encoding cannot hold becomes "?" (VIQR keeps it as it is).
// TCVN3 has no codes for capitals with a tone mark (Ấ, Ề, Ỗ …): like Unikey, toLegacy gives the
// lowercase code, which is right for the all-capitals fonts (fromLegacy(…, true) reads it back
// as the capital) and loses the case in a mixed-case font. The capitals TCVN3 has (A–Z, Ă Â Ê
// Ô Ơ Ư Đ) keep their own codes.
QString toLegacy(const QString &unicode, LegacyEncoding encoding);

// The legacy encoding a font family names: ".VnTime", ".VnArial", ".VnTimeH" … (TCVN3; the
// families ending in "H" are the all-capitals ones, *upperCase is set for them), "VNI-Times",
// "VNI-Helve", "VNI-Top" … (VNI). nullopt for any other (Unicode) font.
std::optional<LegacyEncoding> encodingOfFont(const QString &family, bool *upperCase = nullptr);

// The legacy encoding the fonts of a piece of HTML (a paste from Word or LibreOffice, an imported
// page) name: font-family in a style or a <style> block, face of a <font>. *upperCase is set
// when every legacy font named is an all-capitals one. nullopt when none is named.
std::optional<LegacyEncoding> encodingOfHtmlFonts(const QString &html, bool *upperCase = nullptr);

// How the encoding is called where a person reads it: "TCVN3 (ABC, .VnTime)", "VNI-Windows",
// "VIQR", "Windows-1258" (proper names, the same in every language).
QString legacyEncodingDisplayName(LegacyEncoding encoding);

// The legacy encoding of a text recognised from the text itself (no font names), or nullopt
// when there is nothing to convert: plain ASCII, text that already is Unicode (any character
// that no legacy byte gives, such as ạ or ư, or text that already reads as Vietnamese), or
// other Latin-1 text (French, German …). See the .cpp for the heuristic.
std::optional<LegacyEncoding> detectLegacy(const QString &text);

// Whether every character of text could have come from that encoding (TCVN3, VNI, 1258: one
// character per byte as above; VIQR: no letters or combining marks outside ASCII). Text for which
// this is false is already Unicode and must not be converted.
bool canBeLegacy(const QString &text, LegacyEncoding encoding);

// Whether word (letters only) is one Vietnamese syllable: an initial consonant, a vowel group,
// a final consonant, at most one tone mark; a single letter counts. Case is ignored.
bool isVietnameseSyllable(const QString &word);

} // namespace PressDesk::Text
