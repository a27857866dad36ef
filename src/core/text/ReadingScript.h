#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// The radio reading script: an approved article's plain text written as a Vietnamese announcer
// (or a text-to-speech voice) says it on the commune and ward loudspeakers and the radio
// station. Pure functions, no state. Images and captions are the caller's business: give plain
// text. Everything said is lower case (the first letter of a sentence upper case), NFC.
//
// The rules, in the order they are tried at each place of the text:
// - URLs, www. addresses, bare domain names (…gov.vn) and e-mail addresses stay as written.
// - Glossary abbreviations (defaultGlossary) are expanded: whole words only, case-sensitive,
//   longest first ("CB, CC, VC" before "CB"). An abbreviation in brackets right after its own
//   expansion ("cải cách hành chính (CCHC)") is a definition for readers: it is not said.
// - Document numbers: "65/KH-UBND", "12/2019/NĐ-CP", "18-NQ/TW", "123/UBND-VP", "47/2019/QH14"
//   are said as the number, "năm" and the year if there is one, the kind of document after a
//   comma (KH kế hoạch, QĐ quyết định, NĐ nghị định …) unless the words just before the number
//   already name it ("Kế hoạch số 65/KH-UBND"), and "của" with the issuing body (UBND Ủy ban
//   nhân dân, CP Chính phủ, TTg Thủ tướng Chính phủ, TW Trung ương, BNV Bộ Nội vụ, QH14 Quốc hội
//   khóa mười bốn …) unless the text goes on to say it ("… ngày 19/02/2019 của UBND huyện").
//   The drafting unit after the issuer ("-VP") is not said. So "Kế hoạch số 65/KH-UBND" is
//   "Kế hoạch số sáu mươi lăm của Ủy ban nhân dân", "văn bản số 65/KH-UBND" is "văn bản số sáu
//   mươi lăm, kế hoạch của Ủy ban nhân dân". A code part the tables do not know leaves the whole
//   document number as written.
// - Dates: "19/02/2019", "19-2-2019", "19.02.2019" -> "ngày mười chín tháng hai năm hai nghìn
//   không trăm mười chín" ("ngày" not repeated after "ngày", "mùng", "mồng"). Day and month
//   alone ("19/02") only after ngày, sáng, trưa, chiều, tối, đêm, hôm, mùng, mồng, or when
//   written with a leading zero; "4/2019" -> "tháng tư năm …". Months are said "tháng một" …
//   "tháng tư" … "tháng mười hai" (4 is "tư", as official readings say; 1 is "một", not the
//   lunar "giêng"). Days are plain numbers, without "mồng" for 1–10.
// - Times: "7h30", "7 giờ 30", "14:00" -> "bảy giờ ba mươi phút", "mười bốn giờ" (":00" and
//   "h00" not said); "24h" -> "hai mươi tư giờ"; "7h30-11h30" -> "… đến …".
// - Phone numbers, digit by digit, one group as written at a time, groups separated by ", ":
//   a number starting with 0 of 9 to 11 digits ("0243.3863.156", "0912 345 678", "0912345678",
//   ungrouped ones in groups of 4-3-3 or 3-4-4), "1900 …"/"1800 …", and any digits right after
//   hotline, đường dây nóng, điện thoại, SĐT, tổng đài, fax ("đường dây nóng 1022" -> "một
//   không hai hai"; not after "ĐT", which is also a provincial road: "ĐT 422").
// - Ranges "2019-2025", "7 – 10", "5-7%" -> "A đến B" (only when A < B: "3-1" is a score).
// - Ratios "12/15" -> "mười hai trên mười lăm".
// - Numbers: thousands separated by "." ("1.250.000"; "," only with two groups or more), the
//   decimal comma ("95,5"; "." too when not followed by exactly three digits): "chín mươi lăm
//   phẩy năm" (a fraction of one or two digits as a number, longer ones digit by digit, leading
//   zeros as "không"). Followed by "%" -> "phần trăm"; "đ", "₫", "VNĐ", "VND" -> "đồng"
//   ("50.000đ/người" -> "năm mươi nghìn đồng một người"); "USD" -> "đô la Mỹ". After "thứ":
//   ordinals (1 "nhất", 4 "tư": "thứ 2" -> "thứ hai"); after "tháng": month names.
// - Roman numerals after khóa, thứ, đại hội, quý, chương, phần, mục, thế kỷ: "Khóa XIX" ->
//   "Khóa mười chín", "lần thứ XX" -> "lần thứ hai mươi", "quý IV" -> "quý bốn".
// Anything the rules do not recognise stays as written, and so does a number glued to letters
// ("COVID-19", "H5N1", "QL32", "4G", "1A" are names, not quantities). A "-" before a number is
// not read as a minus sign.
namespace PressDesk::Text {

struct GlossaryEntry
{
    QString abbreviation; // as written in articles, case-sensitive
    QString expansion;    // as said

    friend bool operator==(const GlossaryEntry &, const GlossaryEntry &) = default;
};

// One place where the script differs from the text: the text's [from, from + length) is said
// as `said` (empty: not said at all).
struct ScriptChange
{
    qsizetype from = 0;
    qsizetype length = 0;
    QString said;

    friend bool operator==(const ScriptChange &, const ScriptChange &) = default;
};

// The office's default glossary: the abbreviations of local-government writing (UBND, HĐND,
// CCHC, TTHC, "CB, CC, VC", MTTQ, THCS, TP …). Data, not translated. KH is not in it: on its
// own it may be kế hoạch, khách hàng or khoa học; inside document numbers it is kế hoạch.
QList<GlossaryEntry> defaultGlossary();

// An office's glossary: the default one with the office's own entries applied (the office
// profile keeps only those). An entry replaces the default entry of the same abbreviation
// (compared NFC) or adds one; an entry with an empty expansion takes the default entry out
// (an office where "TP" is not "thành phố"). Entries with an empty abbreviation are ignored.
QList<GlossaryEntry> glossaryWith(const QList<GlossaryEntry> &officeEntries);

// What an office keeps to have `glossary`: its differences from the default one, in the order
// of `glossary` (changed and added entries), then the default entries it takes out (empty
// expansions). glossaryWith(glossaryChanges(g)) has the entries of g, trimmed and NFC; an
// abbreviation given twice keeps its last expansion.
QList<GlossaryEntry> glossaryChanges(const QList<GlossaryEntry> &glossary);

// One number as said: 0 "không", 15 "mười lăm", 21 "hai mươi mốt", 24 "hai mươi tư" (after
// "mươi" 4 is "tư", the common broadcast reading; "mười bốn", "linh bốn"), 105 "một trăm linh
// năm" ("linh", not "lẻ"), 1005 "một nghìn không trăm linh năm" ("nghìn", not "ngàn"), 2019 "hai
// nghìn không trăm mười chín", 1 000 000 "một triệu", 10^9 "một tỷ", 10^12 "một nghìn tỷ".
// A group of three digits after the first is said in full ("không trăm linh …"), a group of
// zeros is not said. Negative numbers start with "âm".
QString numberInWords(qint64 n);

// The places where the reading script of text differs from it, in order, not overlapping.
// Positions are into text as given; pass NFC (as PressDesk stores text). `said` is NFC.
QList<ScriptChange> readingChanges(const QString &text,
                                   const QList<GlossaryEntry> &glossary = defaultGlossary());

// The reading script: the changes of readingChanges(toNfc(text), glossary) applied, NFC.
QString readingScript(const QString &text,
                      const QList<GlossaryEntry> &glossary = defaultGlossary());

// text with changes (in order, not overlapping, as readingChanges gives them) applied.
QString applyScriptChanges(const QString &text, const QList<ScriptChange> &changes);

} // namespace PressDesk::Text
