#include "text/ReadingScript.h"

#include "text/TextFold.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace PressDesk::Text {

namespace {

// ---------------------------------------------------------------------------------------------
// Numbers in words

QString digitWord(int d)
{
    static const QStringList words{u"không"_s, u"một"_s, u"hai"_s, u"ba"_s,  u"bốn"_s,
                                   u"năm"_s,   u"sáu"_s, u"bảy"_s, u"tám"_s, u"chín"_s};
    return words.at(std::clamp(d, 0, 9));
}

void appendWord(QString &s, const QString &word)
{
    if (word.isEmpty())
        return;
    if (!s.isEmpty())
        s += u' ';
    s += word;
}

// One group of three digits, 1..999. full: the hundreds are said even when they are 0
// ("không trăm linh năm"), as in every group after the first.
QString tripleInWords(int v, bool full)
{
    const int hundreds = v / 100;
    const int tens = v / 10 % 10;
    const int units = v % 10;
    QString s;
    const bool sayHundreds = full || hundreds > 0;
    if (sayHundreds) {
        appendWord(s, digitWord(hundreds));
        appendWord(s, u"trăm"_s);
    }
    if (tens == 0) {
        if (units != 0) {
            if (sayHundreds)
                appendWord(s, u"linh"_s);
            appendWord(s, digitWord(units));
        }
    } else if (tens == 1) {
        appendWord(s, u"mười"_s);
        if (units == 5)
            appendWord(s, u"lăm"_s);
        else if (units != 0)
            appendWord(s, digitWord(units)); // "mười một", "mười bốn"
    } else {
        appendWord(s, digitWord(tens));
        appendWord(s, u"mươi"_s);
        if (units == 1)
            appendWord(s, u"mốt"_s);
        else if (units == 4)
            appendWord(s, u"tư"_s);
        else if (units == 5)
            appendWord(s, u"lăm"_s);
        else if (units != 0)
            appendWord(s, digitWord(units));
    }
    return s;
}

constexpr quint64 Billion = 1'000'000'000;

// 0 < n < 10^9. full: n follows a higher part, so its first group is said in full.
QString belowBillionInWords(quint64 n, bool full)
{
    QString s;
    bool first = !full;
    const quint64 millions = n / 1'000'000;
    const quint64 thousands = n / 1'000 % 1'000;
    const quint64 units = n % 1'000;
    if (millions != 0) {
        appendWord(s, tripleInWords(int(millions), !first));
        appendWord(s, u"triệu"_s);
        first = false;
    }
    if (thousands != 0) {
        appendWord(s, tripleInWords(int(thousands), !first));
        appendWord(s, u"nghìn"_s);
        first = false;
    }
    if (units != 0)
        appendWord(s, tripleInWords(int(units), !first));
    return s;
}

QString unsignedInWords(quint64 n)
{
    if (n == 0)
        return u"không"_s;
    if (n < Billion)
        return belowBillionInWords(n, false);
    QString s = unsignedInWords(n / Billion);
    appendWord(s, u"tỷ"_s);
    if (n % Billion != 0)
        appendWord(s, belowBillionInWords(n % Billion, true));
    return s;
}

// "thứ nhất", "thứ hai", "thứ tư", "thứ mười bốn".
QString ordinalInWords(qint64 n)
{
    if (n == 1)
        return u"nhất"_s;
    if (n == 4)
        return u"tư"_s;
    return numberInWords(n);
}

// "tháng một" … "tháng tư" … "tháng mười hai".
QString monthInWords(int month)
{
    return month == 4 ? u"tư"_s : numberInWords(month);
}

QString digitsOneByOne(QStringView digits)
{
    QString s;
    for (QChar c : digits)
        appendWord(s, digitWord(c.unicode() - u'0'));
    return s;
}

// The digits after a decimal comma: leading zeros as "không", then one or two digits as a
// number ("25" -> "hai mươi lăm"), longer ones digit by digit.
QString fractionInWords(QStringView digits)
{
    QString s;
    qsizetype i = 0;
    while (i < digits.size() - 1 && digits.at(i) == u'0') {
        appendWord(s, u"không"_s);
        ++i;
    }
    const QStringView rest = digits.sliced(i);
    if (rest.size() <= 2)
        appendWord(s, numberInWords(rest.toInt()));
    else
        appendWord(s, digitsOneByOne(rest));
    return s;
}

// ---------------------------------------------------------------------------------------------
// Tables

// Kinds of documents, as their codes are written in document numbers.
QString documentKind(QStringView code)
{
    static const QList<std::pair<QString, QString>> kinds = {
        {u"KH"_s, u"kế hoạch"_s},      {u"QĐ"_s, u"quyết định"_s},
        {u"NĐ"_s, u"nghị định"_s},     {u"TB"_s, u"thông báo"_s},
        {u"CV"_s, u"công văn"_s},      {u"BC"_s, u"báo cáo"_s},
        {u"CT"_s, u"chỉ thị"_s},       {u"NQ"_s, u"nghị quyết"_s},
        {u"TT"_s, u"thông tư"_s},      {u"TTLT"_s, u"thông tư liên tịch"_s},
        {u"HD"_s, u"hướng dẫn"_s},     {u"KL"_s, u"kết luận"_s},
        {u"TTr"_s, u"tờ trình"_s},     {u"QC"_s, u"quy chế"_s},
        {u"QyĐ"_s, u"quy định"_s},     {u"CĐ"_s, u"công điện"_s},
        {u"GM"_s, u"giấy mời"_s},      {u"BB"_s, u"biên bản"_s},
        {u"CTr"_s, u"chương trình"_s}, {u"ĐA"_s, u"đề án"_s},
    };
    for (const auto &[abbreviation, name] : kinds)
        if (code == abbreviation)
            return name;
    return {};
}

// Issuing bodies, as their codes are written in document numbers (the glossary is asked first).
QString issuingBody(QStringView code)
{
    static const QList<std::pair<QString, QString>> bodies = {
        {u"UBND"_s, u"Ủy ban nhân dân"_s},
        {u"HĐND"_s, u"Hội đồng nhân dân"_s},
        {u"CP"_s, u"Chính phủ"_s},
        {u"TTg"_s, u"Thủ tướng Chính phủ"_s},
        {u"VPCP"_s, u"Văn phòng Chính phủ"_s},
        {u"VP"_s, u"Văn phòng"_s},
        {u"UBTVQH"_s, u"Ủy ban Thường vụ Quốc hội"_s},
        {u"TW"_s, u"Trung ương"_s},
        {u"TƯ"_s, u"Trung ương"_s},
        {u"TU"_s, u"Tỉnh ủy"_s},
        {u"HU"_s, u"Huyện ủy"_s},
        {u"QU"_s, u"Quận ủy"_s},
        {u"ĐU"_s, u"Đảng ủy"_s},
        {u"BCĐ"_s, u"Ban Chỉ đạo"_s},
        {u"MTTQ"_s, u"Mặt trận Tổ quốc"_s},
        {u"BNV"_s, u"Bộ Nội vụ"_s},
        {u"BTC"_s, u"Bộ Tài chính"_s},
        {u"BCA"_s, u"Bộ Công an"_s},
        {u"BQP"_s, u"Bộ Quốc phòng"_s},
        {u"BYT"_s, u"Bộ Y tế"_s},
        {u"BTP"_s, u"Bộ Tư pháp"_s},
        {u"BXD"_s, u"Bộ Xây dựng"_s},
        {u"BCT"_s, u"Bộ Công Thương"_s},
        {u"BGDĐT"_s, u"Bộ Giáo dục và Đào tạo"_s},
        {u"BTTTT"_s, u"Bộ Thông tin và Truyền thông"_s},
        {u"BKHĐT"_s, u"Bộ Kế hoạch và Đầu tư"_s},
        {u"BTNMT"_s, u"Bộ Tài nguyên và Môi trường"_s},
        {u"BLĐTBXH"_s, u"Bộ Lao động - Thương binh và Xã hội"_s},
        {u"BNNPTNT"_s, u"Bộ Nông nghiệp và Phát triển nông thôn"_s},
        {u"BVHTTDL"_s, u"Bộ Văn hóa, Thể thao và Du lịch"_s},
    };
    for (const auto &[abbreviation, name] : bodies)
        if (code == abbreviation)
            return name;
    // Laws and resolutions of the National Assembly: "QH14" -> "Quốc hội khóa mười bốn".
    if (code.size() > 2 && code.startsWith(u"QH")) {
        bool ok = false;
        const int term = code.sliced(2).toInt(&ok);
        if (ok && term > 0 && code.at(2) != u'0')
            return u"Quốc hội khóa "_s + numberInWords(term);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Characters

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isLetterOrMark(QChar c)
{
    return c.isLetter() || c.isMark();
}

// Characters that glue two words into one compound ("COVID-19", "65/KH", "1.250", "H5N1").
bool isConnector(QChar c)
{
    return QStringView(u"./,:-_'’&@–").contains(c);
}

bool isOpening(QChar c)
{
    return QStringView(u"([{\"'“‘«").contains(c);
}

// Spaces inside a line (not line breaks).
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\u00a0' || c == u'\u202f';
}

QString nfcLower(QStringView s)
{
    return toNfc(s.toString()).toLower();
}

// Canonical Roman numeral (as in "Khóa XIX") to its value; 0 if it is not one.
int romanValue(QStringView roman)
{
    if (roman.isEmpty() || roman.size() > 15)
        return 0;
    auto digit = [](QChar c) {
        switch (c.unicode()) {
        case u'I':
            return 1;
        case u'V':
            return 5;
        case u'X':
            return 10;
        case u'L':
            return 50;
        case u'C':
            return 100;
        case u'D':
            return 500;
        case u'M':
            return 1000;
        default:
            return 0;
        }
    };
    int value = 0;
    for (qsizetype i = 0; i < roman.size(); ++i) {
        const int d = digit(roman.at(i));
        if (d == 0)
            return 0;
        const int next = i + 1 < roman.size() ? digit(roman.at(i + 1)) : 0;
        value += next > d ? -d : d;
    }
    if (value <= 0 || value >= 4000)
        return 0;
    // Only the canonical spelling of that value ("IIII", "VX", "IC" are not numerals here).
    static const std::pair<int, const char16_t *> parts[] = {
        {1000, u"M"}, {900, u"CM"}, {500, u"D"}, {400, u"CD"}, {100, u"C"}, {90, u"XC"}, {50, u"L"},
        {40, u"XL"},  {10, u"X"},   {9, u"IX"},  {5, u"V"},    {4, u"IV"},  {1, u"I"}};
    QString canonical;
    int rest = value;
    for (const auto &[v, s] : parts) {
        while (rest >= v) {
            canonical += QStringView(s);
            rest -= v;
        }
    }
    return canonical == roman ? value : 0;
}

// ---------------------------------------------------------------------------------------------
// The reader: walks the text once, left to right, and collects the changes.

class Reader
{
public:
    Reader(const QString &text, const QList<GlossaryEntry> &glossary);
    QList<ScriptChange> changes();

private:
    struct Match
    {
        qsizetype from = 0;
        qsizetype end = 0;
        QString said;
    };
    struct Quantity
    {
        qsizetype end = 0;
        QString said;
        bool integer = true;
        qint64 value = 0;
    };

    QChar at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text.at(i) : QChar(); }
    QStringView slice(qsizetype from, qsizetype to) const
    {
        return QStringView(m_text).sliced(from, to - from);
    }
    qsizetype digitsEnd(qsizetype p) const;
    qsizetype skipBlanks(qsizetype p) const;
    qsizetype skipCompound(qsizetype p) const;
    qsizetype wordAt(qsizetype p, QStringView word) const;
    QStringList wordsBefore(qsizetype p, qsizetype count, bool skipColon) const;
    bool precededBy(qsizetype p, QStringView phrase, bool allowSo = false,
                    bool skipColon = false) const;
    bool precededByAny(qsizetype p, std::initializer_list<QStringView> phrases,
                       bool allowSo = false, bool skipColon = false) const;
    bool gluedBefore(qsizetype p) const;
    bool endOk(qsizetype e) const;
    bool sentenceStart(qsizetype p) const;
    QString datePrefix(qsizetype p) const;
    QString glossaryLookup(QStringView abbreviation) const;

    qsizetype addressEnd(qsizetype p) const;
    std::optional<Match> glossaryAt(qsizetype p) const;
    std::optional<Match> roman(qsizetype p) const;
    std::optional<Match> numeric(qsizetype p) const;
    std::optional<Match> phone(qsizetype p) const;
    std::optional<Match> documentNumber(qsizetype p) const;
    std::optional<Match> fullDate(qsizetype p) const;
    std::optional<Match> clock(qsizetype p) const;
    std::optional<Match> time(qsizetype p) const;
    std::optional<Match> monthYear(qsizetype p) const;
    std::optional<Match> dayMonth(qsizetype p) const;
    std::optional<Match> range(qsizetype p) const;
    std::optional<Match> ratio(qsizetype p) const;
    std::optional<Quantity> quantity(qsizetype p) const;
    std::optional<Match> quantityWithUnit(qsizetype p) const;

    const QString &m_text;
    QList<GlossaryEntry> m_glossary; // NFC, longest abbreviation first
};

Reader::Reader(const QString &text, const QList<GlossaryEntry> &glossary) : m_text(text)
{
    for (const GlossaryEntry &entry : glossary) {
        if (!entry.abbreviation.isEmpty())
            m_glossary.append({toNfc(entry.abbreviation), toNfc(entry.expansion)});
    }
    std::stable_sort(m_glossary.begin(), m_glossary.end(),
                     [](const GlossaryEntry &a, const GlossaryEntry &b) {
                         return a.abbreviation.size() > b.abbreviation.size();
                     });
}

qsizetype Reader::digitsEnd(qsizetype p) const
{
    while (isAsciiDigit(at(p)))
        ++p;
    return p;
}

qsizetype Reader::skipBlanks(qsizetype p) const
{
    while (isBlank(at(p)))
        ++p;
    return p;
}

// End of the compound starting at p: word characters joined by connectors.
qsizetype Reader::skipCompound(qsizetype p) const
{
    while (p < m_text.size()) {
        const QChar c = at(p);
        if (isWordChar(c) || (isConnector(c) && isWordChar(at(p + 1))))
            ++p;
        else
            break;
    }
    return p;
}

// The end of the word (letters and marks) starting at p if it is `word` (NFC, lower case,
// compared case-insensitively), else -1.
qsizetype Reader::wordAt(qsizetype p, QStringView word) const
{
    qsizetype e = p;
    while (isLetterOrMark(at(e)))
        ++e;
    if (e == p)
        return -1;
    return nfcLower(slice(p, e)) == word ? e : -1;
}

// Up to `count` words (NFC, lower case) right before p, separated by blanks only (and colons
// if skipColon); fewer if something else comes first.
QStringList Reader::wordsBefore(qsizetype p, qsizetype count, bool skipColon) const
{
    QStringList words;
    qsizetype i = p;
    while (words.size() < count) {
        qsizetype j = i;
        while (j > 0 && (isBlank(at(j - 1)) || (skipColon && at(j - 1) == u':')))
            --j;
        const qsizetype end = j;
        while (j > 0 && isLetterOrMark(at(j - 1)))
            --j;
        if (j == end)
            break;
        words.prepend(nfcLower(slice(j, end)));
        i = j;
    }
    return words;
}

// The words right before p are `phrase` (lower case, words separated by one space), with "số"
// between them and p allowed when allowSo.
bool Reader::precededBy(qsizetype p, QStringView phrase, bool allowSo, bool skipColon) const
{
    const QStringList wanted = phrase.toString().split(u' ');
    QStringList got = wordsBefore(p, wanted.size() + (allowSo ? 1 : 0), skipColon);
    if (allowSo && !got.isEmpty() && got.constLast() == u"số")
        got.removeLast();
    if (got.size() < wanted.size())
        return false;
    return got.mid(got.size() - wanted.size()) == wanted;
}

bool Reader::precededByAny(qsizetype p, std::initializer_list<QStringView> phrases, bool allowSo,
                           bool skipColon) const
{
    return std::any_of(phrases.begin(), phrases.end(), [&](QStringView phrase) {
        return precededBy(p, phrase, allowSo, skipColon);
    });
}

// The digits at p belong to a compound that started before them ("COVID-19", "QL32", "3:1").
bool Reader::gluedBefore(qsizetype p) const
{
    const QChar c = at(p - 1);
    return isWordChar(c) || (isConnector(c) && isWordChar(at(p - 2)));
}

// A match may end at e: the compound does not go on after it ("1A", "2019.Tiếp").
bool Reader::endOk(qsizetype e) const
{
    const QChar c = at(e);
    if (c.isNull())
        return true;
    if (isWordChar(c))
        return false;
    return !(isConnector(c) && isWordChar(at(e + 1)));
}

// p starts a sentence or a paragraph (opening quotes and brackets before it do not count).
bool Reader::sentenceStart(qsizetype p) const
{
    qsizetype j = p;
    bool lineBreak = false;
    while (j > 0 && (at(j - 1).isSpace() || isOpening(at(j - 1)))) {
        lineBreak = lineBreak || at(j - 1) == u'\n' || at(j - 1) == u'\u2029';
        --j;
    }
    if (j == 0 || lineBreak)
        return true;
    return QStringView(u".!?…").contains(at(j - 1));
}

// "ngày " before a date, unless the text says it already.
QString Reader::datePrefix(qsizetype p) const
{
    return precededByAny(p, {u"ngày", u"mùng", u"mồng"}) ? QString() : u"ngày "_s;
}

QString Reader::glossaryLookup(QStringView abbreviation) const
{
    for (const GlossaryEntry &entry : m_glossary)
        if (entry.abbreviation == abbreviation)
            return entry.expansion;
    return {};
}

// End of the URL, www. address, domain name or e-mail address starting at p, or -1.
qsizetype Reader::addressEnd(qsizetype p) const
{
    qsizetype e = p;
    while (e < m_text.size() && !at(e).isSpace())
        ++e;
    QStringView chunk = slice(p, e);
    while (!chunk.isEmpty() && QStringView(u".,;:!?)]}\"'”’»…").contains(chunk.back()))
        chunk.chop(1);
    if (chunk.isEmpty())
        return -1;
    if (chunk.contains(u"://") || chunk.startsWith(u"www.", Qt::CaseInsensitive))
        return e;
    static const QRegularExpression email(
        uR"(^[^\s@]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$)"_s);
    static const QRegularExpression domain(
        uR"(^(?:[A-Za-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info|int)(?:/\S*)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString s = chunk.toString();
    if (email.match(s).hasMatch() || domain.match(s).hasMatch())
        return e;
    return -1;
}

// A glossary abbreviation starting at p (a word start).
std::optional<Reader::Match> Reader::glossaryAt(qsizetype p) const
{
    const QStringView rest = QStringView(m_text).sliced(p);
    for (const GlossaryEntry &entry : m_glossary) {
        if (!rest.startsWith(entry.abbreviation))
            continue;
        const qsizetype e = p + entry.abbreviation.size();
        if (isWordChar(at(e)))
            continue;
        // "cải cách hành chính (CCHC)": the definition of the abbreviation is not said.
        if (at(p - 1) == u'(' && at(e) == u')') {
            qsizetype s = p - 1;
            while (s > 0 && isBlank(at(s - 1)))
                --s;
            const QString before = nfcLower(slice(std::max<qsizetype>(0, s - 200), s));
            const QString expansion = entry.expansion.toLower();
            if (!expansion.isEmpty() && before.endsWith(expansion) &&
                (before.size() == expansion.size() ||
                 !isWordChar(before.at(before.size() - expansion.size() - 1))))
                return Match{s, e + 1, QString()};
        }
        return Match{p, e, entry.expansion};
    }
    return std::nullopt;
}

// A Roman numeral after khóa, thứ, đại hội, quý, chương, phần, mục, thế kỷ.
std::optional<Reader::Match> Reader::roman(qsizetype p) const
{
    qsizetype e = p;
    while (QStringView(u"IVXLCDM").contains(at(e)))
        ++e;
    if (e == p || !endOk(e))
        return std::nullopt;
    const int value = romanValue(slice(p, e));
    if (value == 0)
        return std::nullopt;
    if (precededBy(p, u"thứ"))
        return Match{p, e, ordinalInWords(value)};
    if (precededByAny(p, {u"khóa", u"khoá", u"đại hội", u"quý", u"chương", u"phần", u"mục",
                          u"thế kỷ", u"thế kỉ"}))
        return Match{p, e, numberInWords(value)};
    return std::nullopt;
}

// The numeric rules, in order, at the digits at p.
std::optional<Reader::Match> Reader::numeric(qsizetype p) const
{
    using Rule = std::optional<Match> (Reader::*)(qsizetype) const;
    static constexpr Rule rules[] = {
        &Reader::phone, &Reader::documentNumber, &Reader::fullDate,
        &Reader::time,  &Reader::monthYear,      &Reader::dayMonth,
        &Reader::range, &Reader::ratio,          &Reader::quantityWithUnit,
    };
    for (Rule rule : rules) {
        std::optional<Match> m = (this->*rule)(p);
        if (m && endOk(m->end))
            return m;
    }
    return std::nullopt;
}

// Phone numbers, said digit by digit, group by group.
std::optional<Reader::Match> Reader::phone(qsizetype p) const
{
    QList<std::pair<qsizetype, qsizetype>> groups; // [from, to)
    qsizetype e = p;
    for (;;) {
        const qsizetype d = digitsEnd(e);
        groups.append({e, d});
        const QChar sep = at(d);
        if ((sep == u'.' || sep == u'-' || isBlank(sep)) && isAsciiDigit(at(d + 1)) &&
            groups.size() < 6) {
            e = d + 1;
            continue;
        }
        break;
    }
    const bool keyword = precededByAny(
        p, {u"hotline", u"đường dây nóng", u"điện thoại", u"sđt", u"tổng đài", u"fax"}, true, true);
    const QStringView first = slice(groups.front().first, groups.front().second);
    const bool service = first.startsWith(u"1900") || first.startsWith(u"1800");

    // The longest run of groups that is a phone number.
    for (qsizetype k = groups.size(); k >= 1; --k) {
        qsizetype total = 0;
        qsizetype longest = 0;
        for (qsizetype g = 0; g < k; ++g) {
            const qsizetype len = groups.at(g).second - groups.at(g).first;
            total += len;
            longest = std::max(longest, len);
        }
        bool ok = false;
        if (first.startsWith(u'0') && total >= 9 && total <= 11)
            ok = k == 1 ? total >= 10 : longest <= 4;
        else if (service && total >= 8 && total <= 10)
            ok = k == 1 || longest <= 4;
        else if (keyword && total >= 3 && total <= 11)
            ok = k == 1 || longest <= 4;
        if (!ok)
            continue;

        QList<QStringView> said;
        if (k == 1) {
            const QStringView digits = first;
            QList<qsizetype> sizes;
            if (digits.size() == 10 && digits.startsWith(u'0'))
                sizes = {4, 3, 3};
            else if (digits.size() == 11 && digits.startsWith(u'0'))
                sizes = {3, 4, 4};
            else if (digits.size() == 8 && service)
                sizes = {4, 4};
            else
                sizes = {digits.size()};
            qsizetype at = 0;
            for (qsizetype size : sizes) {
                said.append(digits.sliced(at, size));
                at += size;
            }
        } else {
            for (qsizetype g = 0; g < k; ++g)
                said.append(slice(groups.at(g).first, groups.at(g).second));
        }
        QStringList parts;
        for (QStringView group : said)
            parts.append(digitsOneByOne(group));
        return Match{p, groups.at(k - 1).second, parts.join(u", ")};
    }
    return std::nullopt;
}

// "65/KH-UBND", "12/2019/NĐ-CP", "18-NQ/TW", "123/UBND-VP", "47/2019/QH14".
std::optional<Reader::Match> Reader::documentNumber(qsizetype p) const
{
    const qsizetype numberEnd = digitsEnd(p);
    if (numberEnd - p > 6)
        return std::nullopt;
    const QChar sep = at(numberEnd);
    qsizetype q = numberEnd + 1;
    QStringView year;
    if (sep == u'/') {
        if (isAsciiDigit(at(q))) {
            const qsizetype y = digitsEnd(q);
            if (y - q != 4 || at(y) != u'/')
                return std::nullopt;
            year = slice(q, y);
            q = y + 1;
        }
    } else if (sep != u'-') {
        return std::nullopt;
    }

    // Code parts: a capital letter, then letters, digits, "&"; joined by "-" or "/".
    QList<QStringView> codes;
    bool slash = false;
    while (at(q).isUpper()) {
        const qsizetype s = q++;
        while (isWordChar(at(q)) || at(q) == u'&')
            ++q;
        codes.append(slice(s, q));
        if ((at(q) == u'-' || at(q) == u'/') && at(q + 1).isUpper()) {
            slash = slash || at(q) == u'/';
            ++q;
            continue;
        }
        break;
    }
    if (codes.isEmpty())
        return std::nullopt;

    const QString kind = documentKind(codes.front());
    const qsizetype issuerIndex = kind.isEmpty() ? 0 : 1;
    if (sep == u'-' && (kind.isEmpty() || !slash)) // Party documents: "18-NQ/TW"
        return std::nullopt;
    QString issuer;
    if (issuerIndex < codes.size()) {
        issuer = glossaryLookup(codes.at(issuerIndex));
        if (issuer.isEmpty())
            issuer = issuingBody(codes.at(issuerIndex));
        if (issuer.isEmpty())
            return std::nullopt;
    } else if (kind.isEmpty()) {
        return std::nullopt;
    }
    // Codes after the issuer (the drafting unit, "-VP") are not said.

    QString said = numberInWords(slice(p, numberEnd).toLongLong());
    if (!year.isEmpty())
        said += u" năm "_s + numberInWords(year.toInt());
    if (!kind.isEmpty() && !precededBy(p, kind, true, true))
        said += u", "_s + kind;
    if (!issuer.isEmpty()) {
        // "… 65/KH-UBND của UBND huyện", "… 1234/QĐ-UBND ngày 19/02/2019 của UBND huyện":
        // the text says who issued it.
        qsizetype r = skipBlanks(q);
        if (at(r) == u',')
            r = skipBlanks(r + 1);
        if (const qsizetype d = wordAt(r, u"ngày"); d >= 0) {
            qsizetype x = skipBlanks(d);
            const qsizetype dateStart = x;
            while (isAsciiDigit(at(x)) || at(x) == u'/' || at(x) == u'.' || at(x) == u'-')
                ++x;
            if (x > dateStart) {
                r = skipBlanks(x);
                if (at(r) == u',')
                    r = skipBlanks(r + 1);
            }
        }
        if (wordAt(r, u"của") < 0)
            said += u" của "_s + issuer;
    }
    return Match{p, q, said};
}

// "19/02/2019", "19-2-2019", "19.02.2019".
std::optional<Reader::Match> Reader::fullDate(qsizetype p) const
{
    const qsizetype e1 = digitsEnd(p);
    const QChar sep = at(e1);
    if (e1 - p > 2 || !(sep == u'/' || sep == u'-' || sep == u'.'))
        return std::nullopt;
    const qsizetype p2 = e1 + 1;
    const qsizetype e2 = digitsEnd(p2);
    if (e2 == p2 || e2 - p2 > 2 || at(e2) != sep)
        return std::nullopt;
    const qsizetype p3 = e2 + 1;
    const qsizetype e3 = digitsEnd(p3);
    if (e3 - p3 != 4)
        return std::nullopt;
    const int day = slice(p, e1).toInt();
    const int month = slice(p2, e2).toInt();
    const int year = slice(p3, e3).toInt();
    if (!QDate(year, month, day).isValid())
        return std::nullopt;
    return Match{p, e3,
                 datePrefix(p) + numberInWords(day) + u" tháng "_s + monthInWords(month) +
                     u" năm "_s + numberInWords(year)};
}

QString clockInWords(int hours, int minutes)
{
    QString s = numberInWords(hours) + u" giờ"_s;
    if (minutes != 0)
        s += u' ' + numberInWords(minutes) + u" phút"_s;
    return s;
}

// "7h30", "7h", "14:00", "7h30'", "7 giờ 30" (without "phút").
std::optional<Reader::Match> Reader::clock(qsizetype p) const
{
    const qsizetype e = digitsEnd(p);
    if (e - p > 2)
        return std::nullopt;
    const int hours = slice(p, e).toInt();
    const QChar c = at(e);
    if (c == u'h' || c == u':') {
        const qsizetype m = e + 1;
        const qsizetype me = digitsEnd(m);
        if (me == m && c == u'h') // "7h", "24h"
            return Match{p, e + 1, numberInWords(hours) + u" giờ"_s};
        if (me - m != 2 || hours > (c == u'h' ? 24 : 23))
            return std::nullopt;
        const int minutes = slice(m, me).toInt();
        if (minutes > 59)
            return std::nullopt;
        const bool minuteMark = c == u'h' && (at(me) == u'\'' || at(me) == u'’'); // "7h30'"
        return Match{p, minuteMark ? me + 1 : me, clockInWords(hours, minutes)};
    }
    const qsizetype g = skipBlanks(e);
    if (g == e)
        return std::nullopt;
    const qsizetype ge = wordAt(g, u"giờ");
    if (ge < 0)
        return std::nullopt;
    const qsizetype m = skipBlanks(ge);
    const qsizetype me = digitsEnd(m);
    if (m == ge || me == m || me - m > 2 || hours > 24)
        return std::nullopt;
    const int minutes = slice(m, me).toInt();
    if (minutes > 59 || wordAt(skipBlanks(me), u"phút") >= 0)
        return std::nullopt; // "7 giờ 30 phút" is read number by number
    return Match{p, me, clockInWords(hours, minutes)};
}

// A time, or two joined by a dash: "7h30-11h30", "13:30 – 17:00" -> "… đến …".
std::optional<Reader::Match> Reader::time(qsizetype p) const
{
    std::optional<Match> m = clock(p);
    if (!m)
        return std::nullopt;
    const qsizetype dash = skipBlanks(m->end);
    if (at(dash) == u'-' || at(dash) == u'–') {
        const qsizetype p2 = skipBlanks(dash + 1);
        if ((dash > m->end) == (p2 > dash + 1) && isAsciiDigit(at(p2))) {
            if (const std::optional<Match> to = clock(p2); to && endOk(to->end))
                return Match{p, to->end, m->said + u" đến "_s + to->said};
        }
    }
    return m;
}

// "4/2019", "tháng 4/2019", "tháng 4-2019".
std::optional<Reader::Match> Reader::monthYear(qsizetype p) const
{
    const qsizetype e1 = digitsEnd(p);
    const QChar sep = at(e1);
    const bool afterMonth = precededBy(p, u"tháng");
    if (e1 - p > 2 || !(sep == u'/' || (afterMonth && (sep == u'-' || sep == u'.'))))
        return std::nullopt;
    const qsizetype p2 = e1 + 1;
    const qsizetype e2 = digitsEnd(p2);
    if (e2 - p2 != 4)
        return std::nullopt;
    const int month = slice(p, e1).toInt();
    const int year = slice(p2, e2).toInt();
    if (month < 1 || month > 12 || year < 1000 || year > 2999)
        return std::nullopt;
    return Match{p, e2,
                 (afterMonth ? QString() : u"tháng "_s) + monthInWords(month) + u" năm "_s +
                     numberInWords(year)};
}

// "ngày 19/02", "sáng 19/2", "19/02" (a leading zero), "ngày 19-2".
std::optional<Reader::Match> Reader::dayMonth(qsizetype p) const
{
    const qsizetype e1 = digitsEnd(p);
    const QChar sep = at(e1);
    if (e1 - p > 2 || !(sep == u'/' || sep == u'-' || sep == u'.'))
        return std::nullopt;
    const qsizetype p2 = e1 + 1;
    const qsizetype e2 = digitsEnd(p2);
    if (e2 == p2 || e2 - p2 > 2)
        return std::nullopt;
    const bool context = precededByAny(
        p, {u"ngày", u"sáng", u"trưa", u"chiều", u"tối", u"đêm", u"hôm", u"mùng", u"mồng"});
    const bool leadingZero = (e1 - p == 2 && at(p) == u'0') || (e2 - p2 == 2 && at(p2) == u'0');
    if (!context && (sep != u'/' || !leadingZero))
        return std::nullopt;
    const int day = slice(p, e1).toInt();
    const int month = slice(p2, e2).toInt();
    if (!QDate(2000, month, day).isValid())
        return std::nullopt;
    return Match{p, e2, datePrefix(p) + numberInWords(day) + u" tháng "_s + monthInWords(month)};
}

// "2019-2025", "7-10", "2021 – 2025", "5-7%": A < B.
std::optional<Reader::Match> Reader::range(qsizetype p) const
{
    const qsizetype e1 = digitsEnd(p);
    const qsizetype dash = skipBlanks(e1);
    if (e1 - p > 9 || !(at(dash) == u'-' || at(dash) == u'–'))
        return std::nullopt;
    const qsizetype p2 = skipBlanks(dash + 1);
    if ((dash > e1) != (p2 > dash + 1) || !isAsciiDigit(at(p2))) // "2019 -2025" is not a range
        return std::nullopt;
    const qsizetype e2 = digitsEnd(p2);
    if (e2 - p2 > 9)
        return std::nullopt;
    const qint64 a = slice(p, e1).toLongLong();
    const qint64 b = slice(p2, e2).toLongLong();
    if (a >= b)
        return std::nullopt;
    Match m{p, e2, numberInWords(a) + u" đến "_s + numberInWords(b)};
    const qsizetype percent = skipBlanks(e2);
    if (at(percent) == u'%') {
        m.end = percent + 1;
        m.said += u" phần trăm"_s;
    }
    return m;
}

// "12/15" (twelve of fifteen).
std::optional<Reader::Match> Reader::ratio(qsizetype p) const
{
    const qsizetype e1 = digitsEnd(p);
    if (e1 - p > 6 || at(e1) != u'/')
        return std::nullopt;
    const qsizetype p2 = e1 + 1;
    const qsizetype e2 = digitsEnd(p2);
    if (e2 == p2 || e2 - p2 > 6)
        return std::nullopt;
    return Match{p, e2,
                 numberInWords(slice(p, e1).toLongLong()) + u" trên "_s +
                     numberInWords(slice(p2, e2).toLongLong())};
}

// "35", "05", "1.250.000", "1,250,000", "95,5", "95.5", "1.250,5".
std::optional<Reader::Quantity> Reader::quantity(qsizetype p) const
{
    const qsizetype e = digitsEnd(p);
    const QStringView first = slice(p, e);
    const QChar sep = at(e);
    if ((sep == u'.' || sep == u',') && isAsciiDigit(at(e + 1))) {
        QList<QStringView> groups;
        qsizetype q = e;
        while (at(q) == sep && isAsciiDigit(at(q + 1))) {
            const qsizetype g = digitsEnd(q + 1);
            groups.append(slice(q + 1, g));
            q = g;
        }
        const bool threes = first.size() <= 3 && first.front() != u'0' &&
                            std::all_of(groups.cbegin(), groups.cend(),
                                        [](QStringView g) { return g.size() == 3; });
        if (threes && (sep == u'.' || groups.size() >= 2)) {
            QString digits = first.toString();
            for (QStringView g : groups)
                digits += g;
            if (digits.size() > 15)
                return std::nullopt;
            Quantity n{q, numberInWords(digits.toLongLong()), true, digits.toLongLong()};
            const QChar decimal = sep == u'.' ? u',' : u'.';
            if (at(q) == decimal && isAsciiDigit(at(q + 1))) {
                const qsizetype f = digitsEnd(q + 1);
                n.said += u" phẩy "_s + fractionInWords(slice(q + 1, f));
                n.end = f;
                n.integer = false;
            }
            return n;
        }
        if (groups.size() == 1 && first.size() <= 15) {
            return Quantity{q,
                            numberInWords(first.toLongLong()) + u" phẩy "_s +
                                fractionInWords(groups.front()),
                            false, first.toLongLong()};
        }
        return std::nullopt;
    }
    if (first.size() > 15)
        return std::nullopt;
    return Quantity{e, numberInWords(first.toLongLong()), true, first.toLongLong()};
}

// A quantity with its unit (%, đồng, USD), or an ordinal after "thứ", a month after "tháng".
std::optional<Reader::Match> Reader::quantityWithUnit(qsizetype p) const
{
    const std::optional<Quantity> n = quantity(p);
    if (!n)
        return std::nullopt;
    Match m{p, n->end, n->said};
    const qsizetype e = n->end;
    const qsizetype s = skipBlanks(e);
    bool money = false;
    if (at(s) == u'%') {
        m.said += u" phần trăm"_s;
        m.end = s + 1;
    } else if (at(s) == u'₫') {
        money = true;
        m.end = s + 1;
    } else {
        for (QStringView unit : {u"đ", u"vnđ", u"vnd"}) {
            if (const qsizetype w = wordAt(s, unit); w >= 0) {
                money = true;
                m.end = w;
                break;
            }
        }
        if (const qsizetype w = wordAt(s, u"đồng"); !money && s == e && w >= 0) {
            money = true; // "50.000đồng"; "50.000 đồng" keeps its own word
            m.end = w;
        }
        if (const qsizetype w = wordAt(s, u"usd"); !money && w >= 0) {
            m.said += u" đô la Mỹ"_s;
            m.end = w;
        }
    }
    if (money) {
        m.said += u" đồng"_s;
        // "500.000đ/người/tháng" -> "… đồng một người một tháng".
        while (at(m.end) == u'/' && at(m.end + 1).isLower()) {
            qsizetype w = m.end + 1;
            while (isLetterOrMark(at(w)))
                ++w;
            m.said += u" một "_s + toNfc(slice(m.end + 1, w).toString());
            m.end = w;
        }
    }
    if (m.end == e && n->integer) {
        if (precededBy(p, u"thứ"))
            m.said = ordinalInWords(n->value);
        else if (precededBy(p, u"tháng") && n->value >= 1 && n->value <= 12)
            m.said = monthInWords(int(n->value));
    }
    return m;
}

QList<ScriptChange> Reader::changes()
{
    QList<ScriptChange> out;
    qsizetype last = 0;
    auto add = [&](Match m) {
        m.from = std::max(m.from, last);
        if (!m.said.isEmpty() && m.said.front().isLower() && sentenceStart(m.from))
            m.said[0] = m.said.front().toUpper();
        out.append({m.from, m.end - m.from, m.said});
        last = m.end;
    };

    const qsizetype size = m_text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = at(i);
        const QChar prev = at(i - 1);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (i == 0 || prev.isSpace() || isOpening(prev)) {
            if (const qsizetype e = addressEnd(i); e > i) {
                i = e;
                continue;
            }
        }
        if (isAsciiDigit(c)) {
            std::optional<Match> m;
            if (!gluedBefore(i))
                m = numeric(i);
            if (m) {
                i = m->end;
                add(*m);
            } else {
                i = skipCompound(i);
            }
            continue;
        }
        if (c.isLetter() && !isWordChar(prev)) {
            std::optional<Match> m = glossaryAt(i);
            if (!m)
                m = roman(i);
            if (m) {
                i = m->end;
                add(*m);
            } else {
                while (isWordChar(at(i)))
                    ++i;
            }
            continue;
        }
        ++i;
    }
    return out;
}

} // namespace

QList<GlossaryEntry> defaultGlossary()
{
    return {
        {u"UBND"_s, u"Ủy ban nhân dân"_s},
        {u"HĐND"_s, u"Hội đồng nhân dân"_s},
        {u"UBMTTQ"_s, u"Ủy ban Mặt trận Tổ quốc"_s},
        {u"MTTQ"_s, u"Mặt trận Tổ quốc"_s},
        {u"UBKT"_s, u"Ủy ban Kiểm tra"_s},
        {u"BCĐ"_s, u"Ban Chỉ đạo"_s},
        {u"BCH"_s, u"Ban Chấp hành"_s},
        {u"BTV"_s, u"Ban Thường vụ"_s},
        {u"ĐBQH"_s, u"đại biểu Quốc hội"_s},
        {u"CCHC"_s, u"cải cách hành chính"_s},
        {u"TTHC"_s, u"thủ tục hành chính"_s},
        {u"DVCTT"_s, u"dịch vụ công trực tuyến"_s},
        {u"CB, CC, VC"_s, u"cán bộ, công chức, viên chức"_s},
        {u"CB, CC"_s, u"cán bộ, công chức"_s},
        {u"CBCCVC"_s, u"cán bộ, công chức, viên chức"_s},
        {u"CBCC"_s, u"cán bộ, công chức"_s},
        {u"CNTT"_s, u"công nghệ thông tin"_s},
        {u"THCS"_s, u"trung học cơ sở"_s},
        {u"THPT"_s, u"trung học phổ thông"_s},
        {u"GD&ĐT"_s, u"giáo dục và đào tạo"_s},
        {u"TN&MT"_s, u"tài nguyên và môi trường"_s},
        {u"LĐ-TB&XH"_s, u"lao động - thương binh và xã hội"_s},
        {u"TP.HCM"_s, u"Thành phố Hồ Chí Minh"_s},
        {u"TP HCM"_s, u"Thành phố Hồ Chí Minh"_s},
        {u"TP."_s, u"thành phố"_s},
        {u"TP"_s, u"thành phố"_s},
        {u"KT-XH"_s, u"kinh tế - xã hội"_s},
        {u"CT-XH"_s, u"chính trị - xã hội"_s},
        {u"QP-AN"_s, u"quốc phòng - an ninh"_s},
        {u"ANTT"_s, u"an ninh trật tự"_s},
        {u"TTATGT"_s, u"trật tự an toàn giao thông"_s},
        {u"ATGT"_s, u"an toàn giao thông"_s},
        {u"ATTP"_s, u"an toàn thực phẩm"_s},
        {u"PCCC"_s, u"phòng cháy, chữa cháy"_s},
        {u"NTM"_s, u"nông thôn mới"_s},
        {u"HTX"_s, u"hợp tác xã"_s},
        {u"BHXH"_s, u"bảo hiểm xã hội"_s},
        {u"BHYT"_s, u"bảo hiểm y tế"_s},
        {u"TDTT"_s, u"thể dục thể thao"_s},
        {u"XHCN"_s, u"xã hội chủ nghĩa"_s},
        {u"CAND"_s, u"Công an nhân dân"_s},
        {u"QĐND"_s, u"Quân đội nhân dân"_s},
    };
}

namespace {

GlossaryEntry cleaned(const GlossaryEntry &e)
{
    return {toNfc(e.abbreviation.simplified()), toNfc(e.expansion.simplified())};
}

} // namespace

QList<GlossaryEntry> glossaryWith(const QList<GlossaryEntry> &officeEntries)
{
    QList<GlossaryEntry> out = defaultGlossary();
    for (const GlossaryEntry &raw : officeEntries) {
        const GlossaryEntry e = cleaned(raw);
        if (e.abbreviation.isEmpty())
            continue;
        const auto same = std::find_if(out.begin(), out.end(), [&e](const GlossaryEntry &d) {
            return d.abbreviation == e.abbreviation;
        });
        if (e.expansion.isEmpty()) {
            if (same != out.end())
                out.erase(same);
        } else if (same != out.end()) {
            same->expansion = e.expansion;
        } else {
            out.append(e);
        }
    }
    return out;
}

QList<GlossaryEntry> glossaryChanges(const QList<GlossaryEntry> &glossary)
{
    QList<GlossaryEntry> wanted; // trimmed, NFC, each abbreviation once (its last expansion)
    for (const GlossaryEntry &raw : glossary) {
        const GlossaryEntry e = cleaned(raw);
        if (e.abbreviation.isEmpty() || e.expansion.isEmpty())
            continue;
        const auto same = std::find_if(wanted.begin(), wanted.end(), [&e](const GlossaryEntry &w) {
            return w.abbreviation == e.abbreviation;
        });
        if (same != wanted.end())
            same->expansion = e.expansion;
        else
            wanted.append(e);
    }
    const QList<GlossaryEntry> defaults = defaultGlossary();
    QList<GlossaryEntry> changes;
    for (const GlossaryEntry &w : std::as_const(wanted))
        if (!defaults.contains(w))
            changes.append(w);
    for (const GlossaryEntry &d : defaults) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(), [&d](const GlossaryEntry &w) {
            return w.abbreviation == d.abbreviation;
        });
        if (!kept)
            changes.append({d.abbreviation, QString()});
    }
    return changes;
}

QString numberInWords(qint64 n)
{
    if (n < 0)
        return u"âm "_s + unsignedInWords(quint64(-(n + 1)) + 1);
    return unsignedInWords(quint64(n));
}

QList<ScriptChange> readingChanges(const QString &text, const QList<GlossaryEntry> &glossary)
{
    return Reader(text, glossary).changes();
}

QString applyScriptChanges(const QString &text, const QList<ScriptChange> &changes)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype at = 0;
    for (const ScriptChange &change : changes) {
        out += QStringView(text).sliced(at, change.from - at);
        out += change.said;
        at = change.from + change.length;
    }
    out += QStringView(text).sliced(at);
    return out;
}

QString readingScript(const QString &text, const QList<GlossaryEntry> &glossary)
{
    const QString nfc = toNfc(text);
    return toNfc(applyScriptChanges(nfc, readingChanges(nfc, glossary)));
}

} // namespace PressDesk::Text
