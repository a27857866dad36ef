// Tests for PressDesk::Text numberInWords / readingChanges / readingScript: the radio reading
// script. Every expected text is written out by hand.
#include "text/ReadingScript.h"
#include "text/TextFold.h"

#include <QSet>
#include <QString>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace PressDesk::Text;

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

// Sentences of a real article of the kind the users write (Hoài Đức district, on its plan
// 65/KH-UBND for administrative reform in 2019; NFC, as published), copied here.
QString seedPlan()
{
    return u"Ngày 19/02, UBND huyện Hoài Đức ban hành Kế hoạch số "
           u"65/KH-UBND, triển khai nhiều hoạt động thúc đẩy thông "
           u"tin, tuyên truyền cải cách hành chính (CCHC) năm 2019."_s;
}

QString seedPlanSaid()
{
    return u"Ngày mười chín tháng hai, Ủy ban nhân dân huyện Hoài Đức ban hành Kế hoạch số "
           u"sáu mươi lăm của Ủy ban nhân dân, triển khai nhiều hoạt động thúc đẩy thông "
           u"tin, tuyên truyền cải cách hành chính năm hai nghìn không trăm mười chín."_s;
}

QString seedConduct()
{
    return u"Huyện Hoài Đức cũng đẩy mạnh tuyên truyền việc thực "
           u"hiện “Quy tắc ứng xử của CB, CC, VC, người lao động "
           u"trong các cơ quan thuộc TP Hà Nội” gương người tốt - "
           u"việc tốt, công chức giỏi, mô hình và cách làm hay trong "
           u"thực hiện công tác CCHC, chú trọng xây dựng hình ảnh "
           u"người CB, CC, VC tận tụy, chuyên nghiệp, vì dân."_s;
}

QString seedConductSaid()
{
    return u"Huyện Hoài Đức cũng đẩy mạnh tuyên truyền việc thực "
           u"hiện “Quy tắc ứng xử của cán bộ, công chức, viên chức, người lao động "
           u"trong các cơ quan thuộc thành phố Hà Nội” gương người tốt - "
           u"việc tốt, công chức giỏi, mô hình và cách làm hay trong "
           u"thực hiện công tác cải cách hành chính, chú trọng xây dựng hình ảnh "
           u"người cán bộ, công chức, viên chức tận tụy, chuyên nghiệp, vì dân."_s;
}

QString seedTheme()
{
    return u"Từ đó, thống nhất hành động của các cấp ủy đảng, chính quyền, "
           u"đoàn thể, cơ quan, đơn vị thuộc huyện trong công tác CCHC, góp "
           u"phần thực hiện chủ đề năm 2019 “Nâng cao hiệu lực, hiệu quả hoạt "
           u"động của hệ thống chính trị”. Bên cạnh đó, tiếp tục xây dựng hình "
           u"ảnh đội ngũ CB, CC, VC huyện tận tụy, chuyên nghiệp, vì dân. Đồng "
           u"thời, tăng cường sự hiểu biết của người dân, tổ chức về CCHC, trọng "
           u"tâm là cải cách TTHC; lợi ích của việc sử dụng dịch vụ công trực tuyến."_s;
}

QString seedThemeSaid()
{
    return u"Từ đó, thống nhất hành động của các cấp ủy đảng, chính quyền, "
           u"đoàn thể, cơ quan, đơn vị thuộc huyện trong công tác cải cách hành chính, góp "
           u"phần thực hiện chủ đề năm hai nghìn không trăm mười chín “Nâng cao hiệu lực, "
           u"hiệu quả hoạt động của hệ thống chính trị”. Bên cạnh đó, tiếp tục xây dựng hình "
           u"ảnh đội ngũ cán bộ, công chức, viên chức huyện tận tụy, chuyên nghiệp, vì dân. Đồng "
           u"thời, tăng cường sự hiểu biết của người dân, tổ chức về cải cách hành chính, trọng "
           u"tâm là cải cách thủ tục hành chính; lợi ích của việc sử dụng dịch vụ công trực "
           u"tuyến."_s;
}

QString seedContent()
{
    return u"Nội dung trọng tâm trong công tác thông tin, tuyên truyền là đổi "
           u"mới phương thức cung ứng dịch vụ công; đổi mới tổ "
           u"chức bộ máy gắn với tinh giản biên chế và cải cách "
           u"tiền lương; ứng dụng CNTT trong CCHC; thông tin về trách "
           u"nhiệm, nội dung, thời gian, hình thức công khai, minh bạch "
           u"của chính quyền các cấp."_s;
}

QString seedContentSaid()
{
    return u"Nội dung trọng tâm trong công tác thông tin, tuyên truyền là đổi "
           u"mới phương thức cung ứng dịch vụ công; đổi mới tổ "
           u"chức bộ máy gắn với tinh giản biên chế và cải cách "
           u"tiền lương; ứng dụng công nghệ thông tin trong cải cách hành chính; thông tin về "
           u"trách nhiệm, nội dung, thời gian, hình thức công khai, minh bạch "
           u"của chính quyền các cấp."_s;
}

} // namespace

class TestReadingScript : public QObject
{
    Q_OBJECT

private slots:
    void numberInWords_data();
    void numberInWords();
    void numberInWordsExtremes();
    void readingScript_data();
    void readingScript();
    void seedArticle_data();
    void seedArticle();
    void glossary_data();
    void glossary();
    void defaultGlossaryIsClean();
    void officeGlossary_data();
    void officeGlossary();
    void officeGlossaryKeepsOnlyItsDifferences();
    void readingChanges_data();
    void readingChanges();
    void changesApplyToTheScript_data();
    void changesApplyToTheScript();
    void outputIsNfc_data();
    void outputIsNfc();
};

void TestReadingScript::numberInWords_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("expected");

    // 0–30, every one.
    const QString upTo30[] = {
        u"không"_s,        u"một"_s,           u"hai"_s,          u"ba"_s,
        u"bốn"_s,          u"năm"_s,           u"sáu"_s,          u"bảy"_s,
        u"tám"_s,          u"chín"_s,          u"mười"_s,         u"mười một"_s,
        u"mười hai"_s,     u"mười ba"_s,       u"mười bốn"_s,     u"mười lăm"_s,
        u"mười sáu"_s,     u"mười bảy"_s,      u"mười tám"_s,     u"mười chín"_s,
        u"hai mươi"_s,     u"hai mươi mốt"_s,  u"hai mươi hai"_s, u"hai mươi ba"_s,
        u"hai mươi tư"_s,  u"hai mươi lăm"_s,  u"hai mươi sáu"_s, u"hai mươi bảy"_s,
        u"hai mươi tám"_s, u"hai mươi chín"_s, u"ba mươi"_s,
    };
    for (qint64 n = 0; n <= 30; ++n)
        QTest::addRow("%lld", n) << n << upTo30[n];

    // "mốt" after "mươi", "một" after "mười" and "linh".
    QTest::newRow("31 mốt") << qint64(31) << u"ba mươi mốt"_s;
    QTest::newRow("71 mốt") << qint64(71) << u"bảy mươi mốt"_s;
    QTest::newRow("101 linh một") << qint64(101) << u"một trăm linh một"_s;
    QTest::newRow("111 mười một") << qint64(111) << u"một trăm mười một"_s;
    QTest::newRow("121 mốt") << qint64(121) << u"một trăm hai mươi mốt"_s;
    // "lăm" after "mười"/"mươi", "năm" after "linh".
    QTest::newRow("55 lăm") << qint64(55) << u"năm mươi lăm"_s;
    QTest::newRow("65 lăm") << qint64(65) << u"sáu mươi lăm"_s;
    QTest::newRow("105 linh năm") << qint64(105) << u"một trăm linh năm"_s;
    QTest::newRow("115 mười lăm") << qint64(115) << u"một trăm mười lăm"_s;
    QTest::newRow("505") << qint64(505) << u"năm trăm linh năm"_s;
    // "tư" after "mươi" only.
    QTest::newRow("34 tư") << qint64(34) << u"ba mươi tư"_s;
    QTest::newRow("44 tư") << qint64(44) << u"bốn mươi tư"_s;
    QTest::newRow("104 linh bốn") << qint64(104) << u"một trăm linh bốn"_s;
    QTest::newRow("114 mười bốn") << qint64(114) << u"một trăm mười bốn"_s;
    QTest::newRow("124 tư") << qint64(124) << u"một trăm hai mươi tư"_s;
    // "mười" / "mươi".
    QTest::newRow("40") << qint64(40) << u"bốn mươi"_s;
    QTest::newRow("90") << qint64(90) << u"chín mươi"_s;
    QTest::newRow("99") << qint64(99) << u"chín mươi chín"_s;
    QTest::newRow("110") << qint64(110) << u"một trăm mười"_s;
    // Hundreds.
    QTest::newRow("100") << qint64(100) << u"một trăm"_s;
    QTest::newRow("200") << qint64(200) << u"hai trăm"_s;
    QTest::newRow("250") << qint64(250) << u"hai trăm năm mươi"_s;
    QTest::newRow("307") << qint64(307) << u"ba trăm linh bảy"_s;
    QTest::newRow("999") << qint64(999) << u"chín trăm chín mươi chín"_s;
    // Thousands, with zero hundreds said in full.
    QTest::newRow("1000") << qint64(1000) << u"một nghìn"_s;
    QTest::newRow("1001") << qint64(1001) << u"một nghìn không trăm linh một"_s;
    QTest::newRow("1005") << qint64(1005) << u"một nghìn không trăm linh năm"_s;
    QTest::newRow("1010") << qint64(1010) << u"một nghìn không trăm mười"_s;
    QTest::newRow("1015") << qint64(1015) << u"một nghìn không trăm mười lăm"_s;
    QTest::newRow("1050") << qint64(1050) << u"một nghìn không trăm năm mươi"_s;
    QTest::newRow("1100") << qint64(1100) << u"một nghìn một trăm"_s;
    QTest::newRow("1234") << qint64(1234) << u"một nghìn hai trăm ba mươi tư"_s;
    QTest::newRow("1945") << qint64(1945) << u"một nghìn chín trăm bốn mươi lăm"_s;
    QTest::newRow("2000") << qint64(2000) << u"hai nghìn"_s;
    QTest::newRow("2019") << qint64(2019) << u"hai nghìn không trăm mười chín"_s;
    QTest::newRow("2021") << qint64(2021) << u"hai nghìn không trăm hai mươi mốt"_s;
    QTest::newRow("2024") << qint64(2024) << u"hai nghìn không trăm hai mươi tư"_s;
    QTest::newRow("2025") << qint64(2025) << u"hai nghìn không trăm hai mươi lăm"_s;
    QTest::newRow("10000") << qint64(10000) << u"mười nghìn"_s;
    QTest::newRow("15000") << qint64(15000) << u"mười lăm nghìn"_s;
    QTest::newRow("21000") << qint64(21000) << u"hai mươi mốt nghìn"_s;
    QTest::newRow("50000") << qint64(50000) << u"năm mươi nghìn"_s;
    QTest::newRow("105000") << qint64(105000) << u"một trăm linh năm nghìn"_s;
    QTest::newRow("500500") << qint64(500500) << u"năm trăm nghìn năm trăm"_s;
    // Millions.
    QTest::newRow("1 000 000") << qint64(1'000'000) << u"một triệu"_s;
    QTest::newRow("1 000 005") << qint64(1'000'005) << u"một triệu không trăm linh năm"_s;
    QTest::newRow("1 001 000") << qint64(1'001'000) << u"một triệu không trăm linh một nghìn"_s;
    QTest::newRow("1 250 000") << qint64(1'250'000) << u"một triệu hai trăm năm mươi nghìn"_s;
    QTest::newRow("2 000 500") << qint64(2'000'500) << u"hai triệu năm trăm"_s;
    QTest::newRow("15 000 000") << qint64(15'000'000) << u"mười lăm triệu"_s;
    QTest::newRow("999 999 999")
        << qint64(999'999'999)
        << u"chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín "
           u"mươi chín"_s;
    // Billions: "tỷ".
    QTest::newRow("1 000 000 000") << qint64(1'000'000'000) << u"một tỷ"_s;
    QTest::newRow("5 000 000 000") << qint64(5'000'000'000) << u"năm tỷ"_s;
    QTest::newRow("1 250 000 000") << qint64(1'250'000'000) << u"một tỷ hai trăm năm mươi triệu"_s;
    QTest::newRow("2 000 000 005") << qint64(2'000'000'005) << u"hai tỷ không trăm linh năm"_s;
    QTest::newRow("1 000 000 000 000") << qint64(1'000'000'000'000) << u"một nghìn tỷ"_s;
    QTest::newRow("21 000 000 000 000") << qint64(21'000'000'000'000) << u"hai mươi mốt nghìn tỷ"_s;
    // Negative numbers.
    QTest::newRow("-5") << qint64(-5) << u"âm năm"_s;
    QTest::newRow("-21") << qint64(-21) << u"âm hai mươi mốt"_s;
}

void TestReadingScript::numberInWords()
{
    QFETCH(qint64, n);
    QFETCH(QString, expected);
    QCOMPARE(PressDesk::Text::numberInWords(n), expected);
}

void TestReadingScript::numberInWordsExtremes()
{
    // 9 223 372 036 854 775 807
    QCOMPARE(PressDesk::Text::numberInWords(std::numeric_limits<qint64>::max()),
             u"chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba "
             u"mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm "
             u"linh bảy"_s);
    // -9 223 372 036 854 775 808
    QCOMPARE(PressDesk::Text::numberInWords(std::numeric_limits<qint64>::min()),
             u"âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba "
             u"mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm "
             u"linh tám"_s);
}

void TestReadingScript::readingScript_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // Dates.
    QTest::newRow("date dd/mm/yyyy")
        << u"Hội nghị diễn ra 19/02/2019 tại huyện."_s
        << u"Hội nghị diễn ra ngày mười chín tháng hai năm hai nghìn không trăm mười chín tại "
           u"huyện."_s;
    QTest::newRow("date d-m-yyyy") << u"diễn ra 19-2-2019."_s
                                   << u"diễn ra ngày mười chín tháng hai năm hai nghìn không "
                                      u"trăm mười chín."_s;
    QTest::newRow("date dd.mm.yyyy") << u"diễn ra 19.02.2019."_s
                                     << u"diễn ra ngày mười chín tháng hai năm hai nghìn không "
                                        u"trăm mười chín."_s;
    QTest::newRow("date: ngày not doubled")
        << u"Ngày 19/02/2019, huyện họp."_s
        << u"Ngày mười chín tháng hai năm hai nghìn không trăm mười chín, huyện họp."_s;
    QTest::newRow("date: lower-case ngày not doubled")
        << u"vào ngày 24/4/2019 tới"_s
        << u"vào ngày hai mươi tư tháng tư năm hai nghìn không trăm mười chín tới"_s;
    QTest::newRow("date: 1 January")
        << u"từ ngày 1/1/2020"_s << u"từ ngày một tháng một năm hai nghìn không trăm hai mươi"_s;
    QTest::newRow("date: 21 November")
        << u"đến ngày 21/11/2021"_s
        << u"đến ngày hai mươi mốt tháng mười một năm hai nghìn không trăm hai mươi mốt"_s;
    QTest::newRow("date: mùng") << u"mùng 2/9/1945"_s
                                << u"mùng hai tháng chín năm một nghìn chín trăm bốn mươi lăm"_s;
    QTest::newRow("date: 31 February stays")
        << u"hạn 31/02/2019 là sai"_s << u"hạn 31/02/2019 là sai"_s;
    QTest::newRow("day/month after ngày")
        << u"Ngày 19/02, huyện họp."_s << u"Ngày mười chín tháng hai, huyện họp."_s;
    QTest::newRow("day/month after sáng")
        << u"Sáng 19/2, huyện họp."_s << u"Sáng ngày mười chín tháng hai, huyện họp."_s;
    QTest::newRow("day/month after chiều, dashes")
        << u"chiều 5-3"_s << u"chiều ngày năm tháng ba"_s;
    QTest::newRow("day/month with a leading zero")
        << u"hạn chót (05/03) nhé"_s << u"hạn chót (ngày năm tháng ba) nhé"_s;
    QTest::newRow("month/year") << u"từ 4/2019"_s
                                << u"từ tháng tư năm hai nghìn không trăm mười chín"_s;
    QTest::newRow("tháng month/year")
        << u"trong tháng 4/2019"_s << u"trong tháng tư năm hai nghìn không trăm mười chín"_s;
    QTest::newRow("tháng month-year") << u"trong tháng 12-2019"_s
                                      << u"trong tháng mười hai năm hai nghìn không trăm mười "
                                         u"chín"_s;
    QTest::newRow("tháng 4 is tư") << u"trong tháng 4 này"_s << u"trong tháng tư này"_s;
    QTest::newRow("tháng 02") << u"ngày 19 tháng 02 năm 2019"_s
                              << u"ngày mười chín tháng hai năm hai nghìn không trăm mười chín"_s;
    QTest::newRow("tháng 14 is not a month")
        << u"sau 3 tháng 14 ngày"_s << u"sau ba tháng mười bốn ngày"_s;

    // Times.
    QTest::newRow("7h30") << u"lúc 7h30 sáng"_s << u"lúc bảy giờ ba mươi phút sáng"_s;
    QTest::newRow("7h05") << u"lúc 7h05"_s << u"lúc bảy giờ năm phút"_s;
    QTest::newRow("8h") << u"lúc 8h, họp"_s << u"lúc tám giờ, họp"_s;
    QTest::newRow("14h00 to 16h45")
        << u"từ 14h00 đến 16h45"_s << u"từ mười bốn giờ đến mười sáu giờ bốn mươi lăm phút"_s;
    QTest::newRow("14:00") << u"lúc 14:00 chiều"_s << u"lúc mười bốn giờ chiều"_s;
    QTest::newRow("7:30") << u"lúc 7:30"_s << u"lúc bảy giờ ba mươi phút"_s;
    QTest::newRow("7 giờ 30") << u"lúc 7 giờ 30 ngày mai"_s
                              << u"lúc bảy giờ ba mươi phút ngày mai"_s;
    QTest::newRow("7 giờ 30 phút") << u"lúc 7 giờ 30 phút"_s << u"lúc bảy giờ ba mươi phút"_s;
    QTest::newRow("7h30'") << u"lúc 7h30' sáng"_s << u"lúc bảy giờ ba mươi phút sáng"_s;
    QTest::newRow("7h30-11h30") << u"làm việc từ 7h30-11h30"_s
                                << u"làm việc từ bảy giờ ba mươi phút đến mười một giờ ba mươi "
                                   u"phút"_s;
    QTest::newRow("13:30 – 17:00")
        << u"chiều từ 13:30 – 17:00."_s << u"chiều từ mười ba giờ ba mươi phút đến mười bảy giờ."_s;
    QTest::newRow("24h") << u"trong 24h qua"_s << u"trong hai mươi tư giờ qua"_s;
    QTest::newRow("25:70 is not a time") << u"tỷ số 25:70"_s << u"tỷ số 25:70"_s;

    // Percentages.
    QTest::newRow("95,5%") << u"đạt 95,5%."_s << u"đạt chín mươi lăm phẩy năm phần trăm."_s;
    QTest::newRow("95.5%") << u"đạt 95.5%."_s << u"đạt chín mươi lăm phẩy năm phần trăm."_s;
    QTest::newRow("100%") << u"đạt 100% kế hoạch"_s << u"đạt một trăm phần trăm kế hoạch"_s;
    QTest::newRow("5 %") << u"tăng 5 % so với"_s << u"tăng năm phần trăm so với"_s;
    QTest::newRow("0,5%") << u"giảm 0,5%"_s << u"giảm không phẩy năm phần trăm"_s;
    QTest::newRow("3,05%") << u"giảm 3,05%"_s << u"giảm ba phẩy không năm phần trăm"_s;
    QTest::newRow("98,25%") << u"đạt 98,25%"_s
                            << u"đạt chín mươi tám phẩy hai mươi lăm phần trăm"_s;
    QTest::newRow("5-7%") << u"tăng từ 5-7%"_s << u"tăng từ năm đến bảy phần trăm"_s;

    // Numbers and money.
    QTest::newRow("1.250.000 đồng")
        << u"hỗ trợ 1.250.000 đồng"_s << u"hỗ trợ một triệu hai trăm năm mươi nghìn đồng"_s;
    QTest::newRow("1,25 tỷ đồng") << u"tổng kinh phí 1,25 tỷ đồng"_s
                                  << u"tổng kinh phí một phẩy hai mươi lăm tỷ đồng"_s;
    QTest::newRow("50.000đ") << u"phí 50.000đ."_s << u"phí năm mươi nghìn đồng."_s;
    QTest::newRow("50.000 đ") << u"phí 50.000 đ."_s << u"phí năm mươi nghìn đồng."_s;
    QTest::newRow("50.000 ₫") << u"phí 50.000 ₫."_s << u"phí năm mươi nghìn đồng."_s;
    QTest::newRow("50.000₫") << u"phí 50.000₫."_s << u"phí năm mươi nghìn đồng."_s;
    QTest::newRow("50.000 VNĐ") << u"phí 50.000 VNĐ."_s << u"phí năm mươi nghìn đồng."_s;
    QTest::newRow("50.000VND") << u"phí 50.000VND."_s << u"phí năm mươi nghìn đồng."_s;
    QTest::newRow("50.000đồng") << u"phí 50.000đồng."_s << u"phí năm mươi nghìn đồng."_s;
    QTest::newRow("đ/người/tháng")
        << u"mức 500.000đ/người/tháng"_s << u"mức năm trăm nghìn đồng một người một tháng"_s;
    QTest::newRow("USD") << u"trị giá 100 USD"_s << u"trị giá một trăm đô la Mỹ"_s;
    QTest::newRow("1,250,000") << u"có 1,250,000 lượt"_s
                               << u"có một triệu hai trăm năm mươi nghìn lượt"_s;
    QTest::newRow("1.250,5 ha") << u"rộng 1.250,5 ha"_s
                                << u"rộng một nghìn hai trăm năm mươi phẩy năm ha"_s;
    QTest::newRow("3,5 ha") << u"diện tích 3,5 ha"_s << u"diện tích ba phẩy năm ha"_s;
    QTest::newRow("có 35 xã") << u"Huyện có 35 xã"_s << u"Huyện có ba mươi lăm xã"_s;
    QTest::newRow("05 xã") << u"có 05 xã"_s << u"có năm xã"_s;
    QTest::newRow("0") << u"có 0 trường hợp"_s << u"có không trường hợp"_s;
    QTest::newRow("sentence end") << u"năm 2019."_s << u"năm hai nghìn không trăm mười chín."_s;
    QTest::newRow("sentence start capital")
        << u"35 xã đạt chuẩn. 12 xã còn lại đang phấn đấu."_s
        << u"Ba mươi lăm xã đạt chuẩn. Mười hai xã còn lại đang phấn đấu."_s;
    QTest::newRow("paragraph start capital")
        << u"Kết quả\n05 xã đạt chuẩn"_s << u"Kết quả\nNăm xã đạt chuẩn"_s;
    QTest::newRow("ratio") << u"đã có 12/15 xã đạt chuẩn"_s
                           << u"đã có mười hai trên mười lăm xã đạt chuẩn"_s;
    QTest::newRow("comma list") << u"các năm 2018, 2019"_s
                                << u"các năm hai nghìn không trăm mười tám, hai nghìn không "
                                   u"trăm mười chín"_s;

    // Ordinals and Roman numerals.
    QTest::newRow("thứ 2") << u"vào thứ 2 hằng tuần"_s << u"vào thứ hai hằng tuần"_s;
    QTest::newRow("thứ 4 is tư") << u"sáng thứ 4"_s << u"sáng thứ tư"_s;
    QTest::newRow("thứ 1 is nhất") << u"đạt giải thứ 1"_s << u"đạt giải thứ nhất"_s;
    QTest::newRow("lần thứ 3") << u"lần thứ 3"_s << u"lần thứ ba"_s;
    QTest::newRow("Khóa XIX") << u"Ban Chấp hành Đảng bộ huyện Khóa XIX"_s
                              << u"Ban Chấp hành Đảng bộ huyện Khóa mười chín"_s;
    QTest::newRow("khoá XV") << u"Quốc hội khoá XV"_s << u"Quốc hội khoá mười lăm"_s;
    QTest::newRow("lần thứ XX") << u"Đại hội Đảng bộ huyện lần thứ XX,"_s
                                << u"Đại hội Đảng bộ huyện lần thứ hai mươi,"_s;
    QTest::newRow("lần thứ IV") << u"lần thứ IV"_s << u"lần thứ tư"_s;
    QTest::newRow("Đại hội XIII") << u"Nghị quyết Đại hội XIII của Đảng"_s
                                  << u"Nghị quyết Đại hội mười ba của Đảng"_s;
    QTest::newRow("quý IV") << u"trong quý IV năm nay"_s << u"trong quý bốn năm nay"_s;
    QTest::newRow("thế kỷ XXI") << u"thế kỷ XXI"_s << u"thế kỷ hai mươi mốt"_s;
    QTest::newRow("Roman without a trigger stays")
        << u"Phụ lục XIX kèm theo"_s << u"Phụ lục XIX kèm theo"_s;
    QTest::newRow("not a Roman numeral stays") << u"Khóa IIII"_s << u"Khóa IIII"_s;

    // Ranges.
    QTest::newRow("2019-2025") << u"giai đoạn 2019-2025"_s
                               << u"giai đoạn hai nghìn không trăm mười chín đến hai nghìn "
                                  u"không trăm hai mươi lăm"_s;
    QTest::newRow("2021 – 2025") << u"giai đoạn 2021 – 2025"_s
                                 << u"giai đoạn hai nghìn không trăm hai mươi mốt đến hai "
                                    u"nghìn không trăm hai mươi lăm"_s;
    QTest::newRow("từ 7-10 ngày") << u"trong từ 7-10 ngày"_s << u"trong từ bảy đến mười ngày"_s;
    QTest::newRow("a score stays") << u"thắng 3-1"_s << u"thắng 3-1"_s;

    // Phone numbers.
    QTest::newRow("hotline 0243.3863.156")
        << u"hotline 0243.3863.156."_s
        << u"hotline không hai bốn ba, ba tám sáu ba, một năm sáu."_s;
    QTest::newRow("0912 345 678") << u"gọi 0912 345 678 để"_s
                                  << u"gọi không chín một hai, ba bốn năm, sáu bảy tám để"_s;
    QTest::newRow("0912345678") << u"số 0912345678"_s
                                << u"số không chín một hai, ba bốn năm, sáu bảy tám"_s;
    QTest::newRow("024 3386 3156") << u"điện thoại: 024 3386 3156"_s
                                   << u"điện thoại: không hai bốn, ba ba tám sáu, ba một năm "
                                      u"sáu"_s;
    QTest::newRow("02433863156") << u"gọi 02433863156"_s
                                 << u"gọi không hai bốn, ba ba tám sáu, ba một năm sáu"_s;
    QTest::newRow("đường dây nóng 1022") << u"đường dây nóng 1022 của thành phố"_s
                                         << u"đường dây nóng một không hai hai của thành phố"_s;
    QTest::newRow("Hotline: 1022") << u"Hotline: 1022"_s << u"Hotline: một không hai hai"_s;
    QTest::newRow("tổng đài số 1900 1234") << u"tổng đài số 1900 1234"_s
                                           << u"tổng đài số một chín không không, một hai ba "
                                              u"bốn"_s;
    QTest::newRow("1022 without a keyword is a number")
        << u"có 1022 hộ"_s << u"có một nghìn không trăm hai mươi hai hộ"_s;

    // Document numbers.
    QTest::newRow("Kế hoạch số 65/KH-UBND") << u"theo Kế hoạch số 65/KH-UBND."_s
                                            << u"theo Kế hoạch số sáu mươi lăm của Ủy ban nhân "
                                               u"dân."_s;
    QTest::newRow("kind not named before") << u"văn bản số 65/KH-UBND"_s
                                           << u"văn bản số sáu mươi lăm, kế hoạch của Ủy ban "
                                              u"nhân dân"_s;
    QTest::newRow("Nghị định số 12/2019/NĐ-CP")
        << u"Nghị định số 12/2019/NĐ-CP"_s
        << u"Nghị định số mười hai năm hai nghìn không trăm mười chín của Chính phủ"_s;
    QTest::newRow("Quyết định 1234/QĐ-UBND")
        << u"Quyết định 1234/QĐ-UBND"_s
        << u"Quyết định một nghìn hai trăm ba mươi tư của Ủy ban nhân dân"_s;
    QTest::newRow("issuer said by the text")
        << u"Quyết định số 1234/QĐ-UBND ngày 19/02/2019 của UBND huyện"_s
        << u"Quyết định số một nghìn hai trăm ba mươi tư ngày mười chín tháng hai năm hai "
           u"nghìn không trăm mười chín của Ủy ban nhân dân huyện"_s;
    QTest::newRow("issuer right after") << u"Kế hoạch 65/KH-UBND của UBND huyện"_s
                                        << u"Kế hoạch sáu mươi lăm của Ủy ban nhân dân huyện"_s;
    QTest::newRow("Thông tư số 01/2019/TT-BNV")
        << u"Thông tư số 01/2019/TT-BNV"_s
        << u"Thông tư số một năm hai nghìn không trăm mười chín của Bộ Nội vụ"_s;
    QTest::newRow("Quyết định 20/QĐ-TTg")
        << u"Quyết định số 20/QĐ-TTg"_s << u"Quyết định số hai mươi của Thủ tướng Chính phủ"_s;
    QTest::newRow("Nghị quyết số 18-NQ/TW")
        << u"Nghị quyết số 18-NQ/TW"_s << u"Nghị quyết số mười tám của Trung ương"_s;
    QTest::newRow("Chỉ thị 05-CT/TU") << u"Chỉ thị 05-CT/TU"_s << u"Chỉ thị năm của Tỉnh ủy"_s;
    QTest::newRow("công văn 123/UBND-VP") << u"Công văn số 123/UBND-VP"_s
                                          << u"Công văn số một trăm hai mươi ba của Ủy ban nhân "
                                             u"dân"_s;
    QTest::newRow("Luật số 47/2019/QH14")
        << u"Luật số 47/2019/QH14"_s
        << u"Luật số bốn mươi bảy năm hai nghìn không trăm mười chín của Quốc hội khóa mười "
           u"bốn"_s;
    QTest::newRow("Nghị quyết 12/NQ-HĐND")
        << u"Nghị quyết 12/NQ-HĐND"_s << u"Nghị quyết mười hai của Hội đồng nhân dân"_s;
    QTest::newRow("Thông báo 12/TB-VP")
        << u"Thông báo 12/TB-VP"_s << u"Thông báo mười hai của Văn phòng"_s;
    QTest::newRow("Báo cáo số: 45/BC-UBND")
        << u"Báo cáo số: 45/BC-UBND"_s << u"Báo cáo số: bốn mươi lăm của Ủy ban nhân dân"_s;
    QTest::newRow("unknown code stays")
        << u"văn bản số 65/XYZ-UBND"_s << u"văn bản số 65/XYZ-UBND"_s;

    // What must not change.
    QTest::newRow("no numbers") << u"Huyện Hoài Đức đẩy mạnh tuyên truyền."_s
                                << u"Huyện Hoài Đức đẩy mạnh tuyên truyền."_s;
    QTest::newRow("COVID-19") << u"dịch COVID-19 năm 2020"_s
                              << u"dịch COVID-19 năm hai nghìn không trăm hai mươi"_s;
    QTest::newRow("H5N1") << u"cúm A/H5N1"_s << u"cúm A/H5N1"_s;
    QTest::newRow("QL32") << u"tuyến QL32 và Quốc lộ 1A"_s << u"tuyến QL32 và Quốc lộ 1A"_s;
    QTest::newRow("4G") << u"mạng 4G"_s << u"mạng 4G"_s;
    QTest::newRow("15ha") << u"rộng 15ha"_s << u"rộng 15ha"_s;
    QTest::newRow("URL") << u"xem https://hoaiduc.hanoi.gov.vn/tin-tuc/2019/02/65-kh-ubnd."_s
                         << u"xem https://hoaiduc.hanoi.gov.vn/tin-tuc/2019/02/65-kh-ubnd."_s;
    QTest::newRow("www") << u"(www.hanoi.gov.vn/CCHC/2019)"_s << u"(www.hanoi.gov.vn/CCHC/2019)"_s;
    QTest::newRow("domain") << u"Cổng hoaiduc.hanoi.gov.vn, mục CCHC"_s
                            << u"Cổng hoaiduc.hanoi.gov.vn, mục cải cách hành chính"_s;
    QTest::newRow("e-mail") << u"gửi về ubnd_hoaiduc2019@hanoi.gov.vn trước"_s
                            << u"gửi về ubnd_hoaiduc2019@hanoi.gov.vn trước"_s;
    QTest::newRow("US date stays, clock read")
        << u"2/21/19 2:05 PM"_s << u"2/21/19 hai giờ năm phút PM"_s;
    QTest::newRow("a hyphen is not a minus") << u"- 5 xã"_s << u"- năm xã"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestReadingScript::readingScript()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PressDesk::Text::readingScript(text), expected);
}

void TestReadingScript::seedArticle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plan") << seedPlan() << seedPlanSaid();
    QTest::newRow("content") << seedContent() << seedContentSaid();
    QTest::newRow("conduct") << seedConduct() << seedConductSaid();
    QTest::newRow("theme") << seedTheme() << seedThemeSaid();
    QTest::newRow("paragraphs") << seedPlan() + u"\n\n"_s + seedConduct()
                                << seedPlanSaid() + u"\n\n"_s + seedConductSaid();
}

void TestReadingScript::seedArticle()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PressDesk::Text::readingScript(text), expected);
}

void TestReadingScript::glossary_data()
{
    QTest::addColumn<QList<GlossaryEntry>>("glossary");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QList<GlossaryEntry> office = defaultGlossary();
    QTest::newRow("UBND") << office << u"UBND huyện"_s << u"Ủy ban nhân dân huyện"_s;
    QTest::newRow("HĐND") << office << u"kỳ họp HĐND huyện"_s
                          << u"kỳ họp Hội đồng nhân dân huyện"_s;
    QTest::newRow("UBNDX is not UBND") << office << u"mã UBNDX"_s << u"mã UBNDX"_s;
    QTest::newRow("XUBND is not UBND") << office << u"mã XUBND"_s << u"mã XUBND"_s;
    QTest::newRow("UBND2 is not UBND") << office << u"mã UBND2"_s << u"mã UBND2"_s;
    QTest::newRow("case-sensitive") << office << u"ubnd và Ubnd"_s << u"ubnd và Ubnd"_s;
    QTest::newRow("punctuation around")
        << office << u"(UBND), “HĐND”, MTTQ."_s
        << u"(Ủy ban nhân dân), “Hội đồng nhân dân”, Mặt trận Tổ quốc."_s;
    QTest::newRow("CB, CC, VC") << office << u"đội ngũ CB, CC, VC huyện"_s
                                << u"đội ngũ cán bộ, công chức, viên chức huyện"_s;
    QTest::newRow("CB, CC") << office << u"đội ngũ CB, CC của huyện"_s
                            << u"đội ngũ cán bộ, công chức của huyện"_s;
    QTest::newRow("CBCCVC") << office << u"CBCCVC huyện"_s
                            << u"Cán bộ, công chức, viên chức huyện"_s;
    QTest::newRow("TP and TP.") << office << u"TP Hà Nội, TP. Hà Nội và TP.HCM"_s
                                << u"Thành phố Hà Nội, thành phố Hà Nội và Thành phố Hồ Chí "
                                   u"Minh"_s;
    QTest::newRow("joined by a hyphen") << office << u"Văn phòng HĐND-UBND huyện"_s
                                        << u"Văn phòng Hội đồng nhân dân-Ủy ban nhân dân huyện"_s;
    QTest::newRow("GD&ĐT") << office << u"Phòng GD&ĐT huyện"_s
                           << u"Phòng giáo dục và đào tạo huyện"_s;
    QTest::newRow("KT-XH") << office << u"phát triển KT-XH"_s << u"phát triển kinh tế - xã hội"_s;
    QTest::newRow("THCS, THPT") << office << u"trường THCS và THPT"_s
                                << u"trường trung học cơ sở và trung học phổ thông"_s;
    QTest::newRow("KH alone is not expanded") << office << u"KH và CN"_s << u"KH và CN"_s;
    QTest::newRow("definition in brackets is not said")
        << office << u"cải cách hành chính (CCHC) năm nay"_s << u"cải cách hành chính năm nay"_s;
    QTest::newRow("definition, other case")
        << office << u"Mặt trận Tổ quốc (MTTQ)."_s << u"Mặt trận Tổ quốc."_s;
    QTest::newRow("brackets without the definition")
        << office << u"công tác (CCHC) năm nay"_s << u"công tác (cải cách hành chính) năm nay"_s;
    QTest::newRow("sentence start capital") << office << u"CCHC là trọng tâm. “CCHC” nữa."_s
                                            << u"Cải cách hành chính là trọng tâm. “Cải cách "
                                               u"hành chính” nữa."_s;

    // Longest first, whatever the order in the glossary.
    const QList<GlossaryEntry> shortFirst = {
        {u"CB"_s, u"cán bộ"_s},
        {u"CC"_s, u"công chức"_s},
        {u"CB, CC, VC"_s, u"cán bộ, công chức, viên chức"_s},
    };
    QTest::newRow("longest first") << shortFirst << u"các CB, CC, VC và CB"_s
                                   << u"các cán bộ, công chức, viên chức và cán bộ"_s;
    QTest::newRow("shorter when the longer is not there")
        << shortFirst << u"các CB, CC và VC"_s << u"các cán bộ, công chức và VC"_s;
    QTest::newRow("empty glossary")
        << QList<GlossaryEntry>() << u"UBND có 35 xã"_s << u"UBND có ba mươi lăm xã"_s;
    QTest::newRow("empty glossary: document numbers still read")
        << QList<GlossaryEntry>() << u"Kế hoạch số 65/KH-UBND"_s
        << u"Kế hoạch số sáu mươi lăm của Ủy ban nhân dân"_s;
    QTest::newRow("office glossary names the issuer")
        << QList<GlossaryEntry>{{u"UBND"_s, u"Ủy ban nhân dân huyện Hoài Đức"_s}}
        << u"Kế hoạch số 65/KH-UBND"_s
        << u"Kế hoạch số sáu mươi lăm của Ủy ban nhân dân huyện Hoài Đức"_s;
    QTest::newRow("NFD glossary entry")
        << QList<GlossaryEntry>{{u"CNTT"_s, nfd(u"công nghệ thông tin"_s)}} << u"ứng dụng CNTT"_s
        << u"ứng dụng công nghệ thông tin"_s;
}

void TestReadingScript::glossary()
{
    QFETCH(QList<GlossaryEntry>, glossary);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PressDesk::Text::readingScript(text, glossary), expected);
}

void TestReadingScript::defaultGlossaryIsClean()
{
    const QList<GlossaryEntry> glossary = defaultGlossary();
    QVERIFY(glossary.size() >= 20);
    QVERIFY(glossary.size() <= 60);
    QSet<QString> seen;
    for (const GlossaryEntry &entry : glossary) {
        QVERIFY2(!entry.abbreviation.isEmpty() && !entry.expansion.isEmpty(),
                 qPrintable(entry.abbreviation));
        QVERIFY2(!seen.contains(entry.abbreviation), qPrintable(entry.abbreviation));
        seen.insert(entry.abbreviation);
        QCOMPARE(toNfc(entry.abbreviation), entry.abbreviation);
        QCOMPARE(toNfc(entry.expansion), entry.expansion);
        QCOMPARE(entry.expansion.trimmed(), entry.expansion);
    }
    for (const QString &wanted :
         {u"UBND"_s, u"HĐND"_s, u"CCHC"_s, u"TTHC"_s, u"CB, CC, VC"_s, u"CBCCVC"_s, u"MTTQ"_s,
          u"BCĐ"_s, u"THCS"_s, u"THPT"_s, u"UBKT"_s, u"TP"_s})
        QVERIFY2(seen.contains(wanted), qPrintable(wanted));
    QVERIFY(!seen.contains(u"KH"_s));
}

// An office's glossary: PressDesk's with the office's own entries (added, changed, taken out).
void TestReadingScript::officeGlossary_data()
{
    QTest::addColumn<QList<GlossaryEntry>>("officeEntries");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none: the default")
        << QList<GlossaryEntry>() << u"UBND xã, TTVH xã"_s << u"Ủy ban nhân dân xã, TTVH xã"_s;
    QTest::newRow("added") << QList<GlossaryEntry>{{u"TTVH"_s, u"Trung tâm Văn hóa"_s}}
                           << u"UBND xã, TTVH xã"_s
                           << u"Ủy ban nhân dân xã, Trung tâm Văn hóa xã"_s;
    QTest::newRow("a default changed")
        << QList<GlossaryEntry>{{u"UBND"_s, u"Ủy ban nhân dân xã Vân Canh"_s}} << u"UBND tổ chức"_s
        << u"Ủy ban nhân dân xã Vân Canh tổ chức"_s;
    QTest::newRow("a default taken out")
        << QList<GlossaryEntry>{{u"TP"_s, QString()}} << u"TP Hà Nội và UBND"_s
        << u"TP Hà Nội và Ủy ban nhân dân"_s;
    QTest::newRow("typed with spaces, in NFD")
        << QList<GlossaryEntry>{{u" VHXH "_s, nfd(u"văn hóa  -  xã hội"_s)}} << u"Phòng VHXH"_s
        << u"Phòng văn hóa - xã hội"_s;
    QTest::newRow("an empty abbreviation is ignored")
        << QList<GlossaryEntry>{{QString(), u"Ủy ban"_s}} << u"UBND"_s << u"Ủy ban nhân dân"_s;
}

void TestReadingScript::officeGlossary()
{
    QFETCH(QList<GlossaryEntry>, officeEntries);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PressDesk::Text::readingScript(text, glossaryWith(officeEntries)), expected);
    // What the office keeps gives the same glossary back.
    QCOMPARE(glossaryWith(glossaryChanges(glossaryWith(officeEntries))),
             glossaryWith(officeEntries));
}

void TestReadingScript::officeGlossaryKeepsOnlyItsDifferences()
{
    QCOMPARE(glossaryChanges(defaultGlossary()), QList<GlossaryEntry>());
    QList<GlossaryEntry> edited = defaultGlossary();
    edited.removeIf([](const GlossaryEntry &e) { return e.abbreviation == u"TP"_s; });
    edited[0].expansion = u"Ủy ban nhân dân phường"_s;
    edited.append({u"TTVH"_s, u"Trung tâm Văn hóa"_s});
    edited.append({u"TTVH"_s, u"Trung tâm Văn hóa - Thể thao"_s}); // the last wins
    edited.append({u"BQL"_s, QString()});                          // half a row: not kept
    const QList<GlossaryEntry> expected{{edited[0].abbreviation, u"Ủy ban nhân dân phường"_s},
                                        {u"TTVH"_s, u"Trung tâm Văn hóa - Thể thao"_s},
                                        {u"TP"_s, QString()}};
    QCOMPARE(glossaryChanges(edited), expected);
}

void TestReadingScript::readingChanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<ScriptChange>>("expected");

    QTest::newRow("date and abbreviation")
        << u"Ngày 19/02, UBND huyện"_s
        << QList<ScriptChange>{{5, 5, u"mười chín tháng hai"_s}, {12, 4, u"Ủy ban nhân dân"_s}};
    QTest::newRow("definition removed with its space")
        << u"cải cách hành chính (CCHC) năm 2019"_s
        << QList<ScriptChange>{{19, 7, QString()}, {31, 4, u"hai nghìn không trăm mười chín"_s}};
    QTest::newRow("document number")
        << u"số 65/KH-UBND."_s
        << QList<ScriptChange>{{3, 10, u"sáu mươi lăm, kế hoạch của Ủy ban nhân dân"_s}};
    QTest::newRow("phone with spaces")
        << u"gọi 0912 345 678"_s
        << QList<ScriptChange>{{4, 12,
                                u"không chín một hai, ba bốn năm, sáu bảy "
                                u"tám"_s}};
    QTest::newRow("nothing") << u"Huyện Hoài Đức"_s << QList<ScriptChange>();
}

void TestReadingScript::readingChanges()
{
    QFETCH(QString, text);
    QFETCH(QList<ScriptChange>, expected);
    const QList<ScriptChange> changes = PressDesk::Text::readingChanges(text);
    QCOMPARE(changes.size(), expected.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QCOMPARE(changes.at(i).from, expected.at(i).from);
        QCOMPARE(changes.at(i).length, expected.at(i).length);
        QCOMPARE(changes.at(i).said, expected.at(i).said);
    }
}

void TestReadingScript::changesApplyToTheScript_data()
{
    readingScript_data(); // "text" and "expected"; only "text" is used
    QTest::newRow("seed plan") << seedPlan() << QString();
    QTest::newRow("seed conduct") << seedConduct() << QString();
    QTest::newRow("seed theme") << seedTheme() << QString();
}

// For every text: the changes are in order, inside the text, not overlapping, not empty, NFC,
// and applying them gives readingScript.
void TestReadingScript::changesApplyToTheScript()
{
    QFETCH(QString, text);
    const QList<ScriptChange> changes = PressDesk::Text::readingChanges(text);
    qsizetype end = 0;
    for (const ScriptChange &change : changes) {
        QVERIFY(change.from >= end);
        QVERIFY(change.length > 0);
        QVERIFY(change.from + change.length <= text.size());
        QVERIFY(change.said != text.mid(change.from, change.length));
        QCOMPARE(toNfc(change.said), change.said);
        end = change.from + change.length;
    }
    QCOMPARE(applyScriptChanges(text, changes), PressDesk::Text::readingScript(text));
}

void TestReadingScript::outputIsNfc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("NFD date context")
        << nfd(u"Ngày 19/02, sáng thứ 4"_s) << u"Ngày mười chín tháng hai, sáng thứ tư"_s;
    QTest::newRow("NFD document number")
        << nfd(u"Quyết định số 1234/QĐ-UBND của UBND huyện Hoài Đức"_s)
        << u"Quyết định số một nghìn hai trăm ba mươi tư của Ủy ban nhân dân huyện Hoài Đức"_s;
    QTest::newRow("NFD seed") << nfd(seedPlan()) << seedPlanSaid();
    QTest::newRow("NFD unchanged") << nfd(u"Hoài Đức"_s) << u"Hoài Đức"_s;
}

void TestReadingScript::outputIsNfc()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString script = PressDesk::Text::readingScript(text);
    QCOMPARE(script, expected);
    QCOMPARE(script.normalized(QString::NormalizationForm_C), script);
}

QTEST_APPLESS_MAIN(TestReadingScript)

#include "TestReadingScript.moc"
