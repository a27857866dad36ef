// Tests for PressDesk::Text fold / slugify / wordCount / readingTimeMinutes.
#include "text/TextFold.h"

#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PressDesk::Text;

namespace {

// Paragraphs of the seed article /work/shared/seed/hoai-duc-cchc-2019.txt (NFC, as published).
// title
QString seedTitle()
{
    return u"Huyện Hoài Đức: Thúc đẩy tuyên truyền cải cách hành "
           u"chính"_s;
}

// plan
QString seedPlan()
{
    return u"Ngày 19/02, UBND huyện Hoài Đức ban hành Kế hoạch số "
           u"65/KH-UBND, triển khai nhiều hoạt động thúc đẩy thông "
           u"tin, tuyên truyền cải cách hành chính (CCHC) năm 2019."_s;
}

// body
QString seedBody()
{
    return u"Theo đó, các cấp, các ngành của huyện Hoài Đức sẽ "
           u"chủ động cung cấp thông tin cho báo chí về công tác CCHC "
           u"của địa phương. Đồng thời, tổ chức nhiều hoạt "
           u"động thông tin cơ sở tuyên truyền về CCHC. Nội dung "
           u"trọng tâm trong công tác thông tin, tuyên truyền là đổi "
           u"mới phương thức cung ứng dịch vụ công; đổi mới tổ "
           u"chức bộ máy gắn với tinh giản biên chế và cải cách "
           u"tiền lương; ứng dụng CNTT trong CCHC; thông tin về trách "
           u"nhiệm, nội dung, thời gian, hình thức công khai, minh bạch "
           u"của chính quyền các cấp cũng như thông tin về trách "
           u"nhiệm và quyền lợi của người dân hỗ trợ giám sát "
           u"chính quyền các cấp thực hiện công khai, minh bạch hoạt "
           u"động thông tin cơ sở được thực hiện thông qua các "
           u"hình thức: Đăng tải trên Cổng thông tin điện tử, "
           u"tuyên truyền trên hệ thống đài phát thanh, truyền thanh "
           u"cơ sở, tuyên truyền cổ động trực quan về CCHC."_s;
}

// conduct
QString seedConduct()
{
    return u"Huyện Hoài Đức cũng đẩy mạnh tuyên truyền việc thực "
           u"hiện “Quy tắc ứng xử của CB, CC, VC, người lao động "
           u"trong các cơ quan thuộc TP Hà Nội” gương người tốt - "
           u"việc tốt, công chức giỏi, mô hình và cách làm hay trong "
           u"thực hiện công tác CCHC, chú trọng xây dựng hình ảnh "
           u"người CB, CC, VC tận tụy, chuyên nghiệp, vì dân."_s;
}

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

// Independent one-character fold: full NFD, keep the base if the rest is combining marks
// (letters/digits only), then simple lower case.
QChar referenceFold(QChar c)
{
    if (c == u'\u0110' || c == u'\u0111' || c == u'\u00D0' || c == u'\u00F0') // Đ đ Ð ð
        return QChar(u'd');
    QChar base = c;
    const QString d = nfd(QString(c));
    if (d.size() > 1 && d.at(0).isLetterOrNumber()) {
        bool marks = true;
        for (qsizetype i = 1; i < d.size(); ++i)
            marks = marks && d.at(i).isMark();
        if (marks)
            base = d.at(0);
    }
    const char32_t lower = QChar::toLower(base.unicode());
    return QChar::requiresSurrogates(lower) ? base : QChar(char16_t(lower));
}

bool isSlugChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

} // namespace

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void toNfc_data();
    void toNfc();
    void fold_data();
    void fold();
    void foldVietnameseLetters_data();
    void foldVietnameseLetters();
    void foldCoversAll134VietnameseLetters();
    void foldNonVietnamese_data();
    void foldNonVietnamese();
    void foldIsLengthPreserving_data();
    void foldIsLengthPreserving();
    void foldEveryBmpCharacterIsOneUnit();
    void exactSearchForm_data();
    void exactSearchForm();
    void exactSearchFormFoldsLikeTheText();
    void hasDiacritics_data();
    void hasDiacritics();
    void slugify_data();
    void slugify();
    void wordCount_data();
    void wordCount();
    void readingTimeMinutes_data();
    void readingTimeMinutes();
};

void TestTextFold::toNfc_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ascii") << u"Hoai Duc"_s << u"Hoai Duc"_s;
    QTest::newRow("nfc stays") << u"Hoài Đức"_s << u"Hoài Đức"_s;
    QTest::newRow("nfd composes") << nfd(u"cải cách hành chính"_s) << u"cải cách hành chính"_s;
    QTest::newRow("two marks, any order") << u"e\u0323\u0302"_s << u"ệ"_s;
}

void TestTextFold::toNfc()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PressDesk::Text::toNfc(input), expected);
}

void TestTextFold::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString cchc = u"cai cach hanh chinh"_s;
    QTest::newRow("ascii") << u"cai cach hanh chinh"_s << cchc;
    QTest::newRow("nfc") << u"cải cách hành chính"_s << cchc;
    QTest::newRow("nfc upper") << u"CẢI CÁCH HÀNH CHÍNH"_s << cchc;
    QTest::newRow("nfd") << nfd(u"cải cách hành chính"_s) << cchc;
    QTest::newRow("nfd upper") << nfd(u"CẢI CÁCH HÀNH CHÍNH"_s) << cchc;
    QTest::newRow("mixed case") << u"Cải Cách HÀNH chính"_s << cchc;
    QTest::newRow("Hoài Đức") << u"Hoài Đức"_s << u"hoai duc"_s;
    QTest::newRow("Đường") << u"Đường"_s << u"duong"_s;
    QTest::newRow("ĐƯỜNG nfd") << nfd(u"ĐƯỜNG"_s) << u"duong"_s;
    QTest::newRow("punctuation") << u"Kế hoạch số 65/KH-UBND, ngày 19/02!"_s
                                 << u"ke hoach so 65/kh-ubnd, ngay 19/02!"_s;
    QTest::newRow("quotes and dash")
        << u"“Quy tắc ứng xử” – (CB, CC, VC)…"_s << u"“quy tac ung xu” – (cb, cc, vc)…"_s;
    QTest::newRow("whitespace kept") << u"\tHà\u00a0Nội\n"_s << u"\tha\u00a0noi\n"_s;
    QTest::newRow("digits") << u"Năm 2019: 1.000 người"_s << u"nam 2019: 1.000 nguoi"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTextFold::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PressDesk::Text::fold(input), expected);
}

void TestTextFold::foldVietnameseLetters_data()
{
    QTest::addColumn<QString>("letters");
    QTest::addColumn<QChar>("base");

    QTest::newRow("a") << u"aàáảãạăằắẳẵặâầấẩẫậ"_s << QChar(u'a');
    QTest::newRow("A") << u"AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"_s << QChar(u'a');
    QTest::newRow("e") << u"eèéẻẽẹêềếểễệ"_s << QChar(u'e');
    QTest::newRow("E") << u"EÈÉẺẼẸÊỀẾỂỄỆ"_s << QChar(u'e');
    QTest::newRow("i") << u"iìíỉĩị"_s << QChar(u'i');
    QTest::newRow("I") << u"IÌÍỈĨỊ"_s << QChar(u'i');
    QTest::newRow("o") << u"oòóỏõọôồốổỗộơờớởỡợ"_s << QChar(u'o');
    QTest::newRow("O") << u"OÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"_s << QChar(u'o');
    QTest::newRow("u") << u"uùúủũụưừứửữự"_s << QChar(u'u');
    QTest::newRow("U") << u"UÙÚỦŨỤƯỪỨỬỮỰ"_s << QChar(u'u');
    QTest::newRow("y") << u"yỳýỷỹỵ"_s << QChar(u'y');
    QTest::newRow("Y") << u"YỲÝỶỸỴ"_s << QChar(u'y');
    QTest::newRow("đĐ") << u"đĐ"_s << QChar(u'd');
}

void TestTextFold::foldVietnameseLetters()
{
    QFETCH(QString, letters);
    QFETCH(QChar, base);
    const QString expected(letters.size(), base);
    QCOMPARE(PressDesk::Text::fold(letters), expected);
    // The same letters typed decomposed (NFD, as some keyboards/IMEs produce them).
    QCOMPARE(PressDesk::Text::fold(nfd(letters)), expected);
    // Each letter on its own.
    for (QChar c : letters)
        QCOMPARE(PressDesk::Text::fold(QString(c)), QString(base));
}

void TestTextFold::foldCoversAll134VietnameseLetters()
{
    const QString all = u"àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
                        u"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"_s;
    QCOMPARE(all.size(), 134);
    const QString folded = PressDesk::Text::fold(all);
    QCOMPARE(folded.size(), 134);
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        QVERIFY2(c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y' ||
                     c == u'd',
                 qPrintable(u"%1 -> %2"_s.arg(all.at(i)).arg(c)));
    }
}

void TestTextFold::foldNonVietnamese_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("latin-1 é") << u"Café crème"_s << u"cafe creme"_s;
    QTest::newRow("latin-1 ü") << u"Über München"_s << u"uber munchen"_s;
    QTest::newRow("ß stays") << u"Straße"_s << u"straße"_s;
    QTest::newRow("capital ẞ") << u"STRAẞE"_s << u"straße"_s;
    QTest::newRow("no decomposition") << u"Øresund Łódź"_s << u"øresund łodz"_s;
    QTest::newRow("greek") << u"Ωμέγα"_s << u"ωμεγα"_s;
    QTest::newRow("cyrillic") << u"Москва"_s << u"москва"_s;
    QTest::newRow("cjk") << u"北京市人民政府"_s << u"北京市人民政府"_s;
    QTest::newRow("hangul syllables kept") << u"한국어"_s << u"한국어"_s;
    QTest::newRow("symbols kept") << u"a ≠ b ≤ c ½ ™"_s << u"a ≠ b ≤ c ½ ™"_s;
    QTest::newRow("emoji surrogate pairs")
        << u"Đẹp 👍🏽🇻🇳!"_s << u"dep 👍🏽🇻🇳!"_s;
    QTest::newRow("supplementary letters") << u"𝐀𠀀"_s << u"𝐀𠀀"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QString(QChar(0xD800));
    QTest::newRow("stray combining mark") << u"\u0301a"_s << u"\u0301a"_s;
}

void TestTextFold::foldNonVietnamese()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString folded = PressDesk::Text::fold(input);
    QCOMPARE(folded.size(), PressDesk::Text::toNfc(input).size());
    QCOMPARE(folded, expected);
}

void TestTextFold::foldIsLengthPreserving_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("title") << seedTitle();
    QTest::newRow("plan") << seedPlan();
    QTest::newRow("body") << seedBody();
    QTest::newRow("conduct") << seedConduct();
    QTest::newRow("title nfd") << nfd(seedTitle());
    QTest::newRow("body nfd") << nfd(seedBody());
    QTest::newRow("whole article") << seedTitle() + u"\n\n"_s + seedPlan() + u"\n\n"_s +
                                          seedBody() + u"\n\n"_s + seedConduct();
}

void TestTextFold::foldIsLengthPreserving()
{
    QFETCH(QString, text);
    const QString nfc = PressDesk::Text::toNfc(text);
    const QString folded = PressDesk::Text::fold(text);
    QCOMPARE(folded.size(), nfc.size());
    // The i-th unit of the folded text is the folded i-th unit of the NFC text.
    for (qsizetype i = 0; i < nfc.size(); ++i)
        QCOMPARE(folded.at(i), PressDesk::Text::fold(QString(nfc.at(i))).at(0));
    // Only ASCII survives folding of this Vietnamese article, except punctuation.
    for (QChar c : folded) {
        if (c.unicode() >= 0x80)
            QVERIFY2(!c.isLetterOrNumber(), qPrintable(QString(c)));
    }
    QCOMPARE(PressDesk::Text::fold(folded), folded);
}

void TestTextFold::foldEveryBmpCharacterIsOneUnit()
{
    // Property over the whole BMP: any NFC character folds to exactly one unit, never a
    // surrogate, and the result equals folding its NFC form the slow way.
    int checked = 0;
    for (uint u = 0; u <= 0xFFFF; ++u) {
        const QChar c{char16_t(u)};
        if (c.isSurrogate())
            continue;
        const QString s(c);
        if (s.normalized(QString::NormalizationForm_C) != s)
            continue;
        const QString folded = PressDesk::Text::fold(s);
        if (folded.size() != 1 || folded.at(0).isSurrogate() || folded.at(0) != referenceFold(c) ||
            PressDesk::Text::fold(folded) != folded) {
            QFAIL(
                qPrintable(u"U+%1 folds to %2 (%3 units), expected %4"_s.arg(u, 4, 16, QChar(u'0'))
                               .arg(folded)
                               .arg(folded.size())
                               .arg(referenceFold(c))));
        }
        ++checked;
    }
    QVERIFY(checked > 60000);
}

void TestTextFold::exactSearchForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower, diacritics kept") << u"Cải Cách HÀNH CHÍNH"_s << u"cải cách hành chính"_s;
    QTest::newRow("nfd composes") << nfd(u"Bảo vệ"_s) << u"bảo vệ"_s;
    QTest::newRow("đ kept") << u"Đan Phượng"_s << u"đan phượng"_s;
    QTest::newRow("modern oa to traditional") << u"Hoà Bình"_s << u"hòa bình"_s;
    QTest::newRow("traditional stays") << u"Hòa Bình"_s << u"hòa bình"_s;
    QTest::newRow("oe") << u"sức khoẻ"_s << u"sức khỏe"_s;
    QTest::newRow("uy") << u"Thuý, thuỷ lợi, Uỷ ban"_s << u"thúy, thủy lợi, ủy ban"_s;
    QTest::newRow("qu is a consonant") << u"quý, quả"_s << u"quý, quả"_s;
    QTest::newRow("final consonant") << u"hoàng, khoét, huýt"_s << u"hoàng, khoét, huýt"_s;
    QTest::newRow("no tone") << u"hoa, thuy"_s << u"hoa, thuy"_s;
    QTest::newRow("hóa is not hòa") << u"hóa chất"_s << u"hóa chất"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTextFold::exactSearchForm()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PressDesk::Text::exactSearchForm(input), expected);
}

void TestTextFold::exactSearchFormFoldsLikeTheText()
{
    // Every exact match is a folded match: the form folds to what the text folds to.
    for (const QString &text : {seedTitle(), u"Xã Hoà Thạch, THUỶ LỢI; Ủy ban — 65/KH-UBND"_s,
                                nfd(u"Khoẻ mạnh, Đường làng"_s)}) {
        const QString form = PressDesk::Text::exactSearchForm(text);
        QCOMPARE(form.size(), PressDesk::Text::toNfc(text).size());
        QCOMPARE(PressDesk::Text::fold(form), PressDesk::Text::fold(text));
    }
}

void TestTextFold::hasDiacritics_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ascii") << u"cai cach"_s << false;
    QTest::newRow("upper ascii") << u"Kim Chung"_s << false;
    QTest::newRow("tone") << u"cải cách"_s << true;
    QTest::newRow("one word of several") << u"nong thon mới"_s << true;
    QTest::newRow("đ alone") << u"Dan Đuong"_s << true;
    QTest::newRow("nfd") << nfd(u"Hoà"_s) << true;
    QTest::newRow("punctuation") << u"\"65/KH-UBND\""_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTextFold::hasDiacritics()
{
    QFETCH(QString, input);
    QFETCH(bool, expected);
    QCOMPARE(PressDesk::Text::hasDiacritics(input), expected);
}

void TestTextFold::slugify_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");

    QTest::newRow("title") << u"Huyện Hoài Đức: Thúc đẩy tuyên truyền cải cách hành chính"_s << 80
                           << u"huyen-hoai-duc-thuc-day-tuyen-truyen-cai-cach-hanh-chinh"_s;
    QTest::newRow("plan number") << u"Kế hoạch số 65/KH-UBND"_s << 80
                                 << u"ke-hoach-so-65-kh-ubnd"_s;
    QTest::newRow("trim hyphens") << u"  --Hello--  "_s << 80 << u"hello"_s;
    QTest::newRow("nfd") << nfd(u"Đường 2/9 – Hà Nội"_s) << 80 << u"duong-2-9-ha-noi"_s;
    QTest::newRow("quotes") << u"“Quy tắc ứng xử” của CB, CC, VC"_s << 80
                            << u"quy-tac-ung-xu-cua-cb-cc-vc"_s;
    QTest::newRow("latin-1") << u"Café Über"_s << 80 << u"cafe-uber"_s;
    QTest::newRow("non-latin dropped") << u"北京 2019"_s << 80 << u"2019"_s;
    QTest::newRow("cut inside word")
        << u"Huyện Hoài Đức: Thúc đẩy"_s << 20 << u"huyen-hoai-duc-thuc"_s;
    QTest::newRow("cut on hyphen")
        << u"Huyện Hoài Đức: Thúc đẩy"_s << 19 << u"huyen-hoai-duc-thuc"_s;
    QTest::newRow("cut one word back")
        << u"Huyện Hoài Đức: Thúc đẩy"_s << 18 << u"huyen-hoai-duc"_s;
    QTest::newRow("exact fit") << u"Huyện Hoài Đức: Thúc đẩy"_s << 23
                               << u"huyen-hoai-duc-thuc-day"_s;
    QTest::newRow("long single word") << u"Supercalifragilistic"_s << 5 << u"super"_s;
    QTest::newRow("default max") << u"Cải cách hành chính "_s.repeated(10) << 80
                                 << u"cai-cach-hanh-chinh-"_s.repeated(3) +
                                        u"cai-cach-hanh-chinh"_s;
    QTest::newRow("empty") << QString() << 80 << QString();
    QTest::newRow("only punctuation") << u"!!! --- …"_s << 80 << QString();
    QTest::newRow("zero max") << u"Hoài Đức"_s << 0 << QString();
}

void TestTextFold::slugify()
{
    QFETCH(QString, input);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString slug = PressDesk::Text::slugify(input, maxLength);
    QCOMPARE(slug, expected);
    QVERIFY(slug.size() <= qMax(maxLength, 0));
    QVERIFY(!slug.startsWith(u'-'));
    QVERIFY(!slug.endsWith(u'-'));
    QVERIFY(!slug.contains(u"--"_s));
    for (QChar c : slug)
        QVERIFY(isSlugChar(c));
}

void TestTextFold::wordCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("seed title") << seedTitle() << 11;
    QTest::newRow("seed plan") << seedPlan() << 31;
    QTest::newRow("seed body") << seedBody() << 174;
    QTest::newRow("seed conduct") << seedConduct() << 66;
    QTest::newRow("CB, CC, VC") << u"CB, CC, VC"_s << 3;
    QTest::newRow("date") << u"19/02"_s << 1;
    QTest::newRow("date in sentence") << u"Ngày 19/02, UBND"_s << 3;
    QTest::newRow("thousands") << u"1.000"_s << 1;
    QTest::newRow("decimal comma") << u"3,5 triệu đồng"_s << 3;
    QTest::newRow("sentence end after number") << u"năm 2019. Qua đó"_s << 4;
    QTest::newRow("slash before letters") << u"65/KH-UBND"_s << 2;
    QTest::newRow("e-mail") << u"e-mail"_s << 1;
    QTest::newRow("apostrophe") << u"don't l’eau"_s << 2;
    QTest::newRow("spaced dash") << u"người tốt - việc tốt"_s << 4;
    QTest::newRow("cải cách") << u"cải cách"_s << 2;
    QTest::newRow("cjk run") << u"北京 市"_s << 2;
    QTest::newRow("emoji not a word") << u"👍 tốt 👍"_s << 1;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("whitespace") << u" \t\n\u00a0"_s << 0;
    QTest::newRow("only punctuation") << u"!!! ... — ,,, “” - / ."_s << 0;
}

void TestTextFold::wordCount()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(PressDesk::Text::wordCount(text), expected);
    // NFD input (combining marks) counts like NFC.
    QCOMPARE(PressDesk::Text::wordCount(nfd(text)), expected);
}

void TestTextFold::readingTimeMinutes_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("wordsPerMinute");
    QTest::addColumn<int>("expected");

    QTest::newRow("zero") << 0 << 200 << 0;
    QTest::newRow("negative") << -3 << 200 << 0;
    QTest::newRow("one word") << 1 << 200 << 1;
    QTest::newRow("exact") << 200 << 200 << 1;
    QTest::newRow("round up") << 201 << 200 << 2;
    QTest::newRow("seed article") << 467 << 200 << 3;
    QTest::newRow("slow reader") << 450 << 150 << 3;
    QTest::newRow("huge") << 2147483647 << 200 << 10737419;
}

void TestTextFold::readingTimeMinutes()
{
    QFETCH(int, words);
    QFETCH(int, wordsPerMinute);
    QFETCH(int, expected);
    QCOMPARE(PressDesk::Text::readingTimeMinutes(words, wordsPerMinute), expected);
}

QTEST_APPLESS_MAIN(TestTextFold)

#include "TestTextFold.moc"
