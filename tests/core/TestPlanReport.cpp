// The periodic report of a plan (Kế hoạch 65/KH-UBND) as a reader sees it: the PDF's text
// (pdftotext, poppler-utils), its paper (pdfinfo), the ODT's content (unzip) and what
// LibreOffice makes of it (soffice), the HTML's rows. Without those tools the checks that need
// them are skipped, unless PRESSDESK_REQUIRE_SERVICES=1 (scripts/run-tests.sh), where they fail.
#include "ExifPhoto.h"
#include "HanoiTime.h"
#include "TempDatabase.h"
#include "Wine.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "radio/RadioRepository.h"
#include "report/PlanReport.h"
#include "report/ReportEvidence.h"
#include "report/ReportText.h"
#include "store/ImageStore.h"
#include "store/UserRepository.h"
#include "visual/VisualRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace PressDesk;

#define REQUIRE_TOOL(name)                                                                         \
    do {                                                                                           \
        WINE_SKIP_LINUX_TOOL(name);                                                                \
        if (QStandardPaths::findExecutable(QStringLiteral(name)).isEmpty()) {                      \
            if (qEnvironmentVariableIntValue("PRESSDESK_REQUIRE_SERVICES"))                        \
                QFAIL(name " is not installed (scripts/install-deps.sh --tests)");                 \
            QSKIP(name " is not installed");                                                       \
        }                                                                                          \
    } while (0)

namespace {

QByteArray run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        qWarning() << program << args << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

// Text as a reader sees it: runs of spaces (table columns) count as one.
QString squeeze(const QString &s)
{
    return QString(s).replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

// In pdftotext's layout, the line holding `key` holds `same` too, and the next line `below`.
bool rowReads(const QString &text, const QString &key, const QStringList &same,
              const QString &below = QString())
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].contains(key))
            continue;
        bool ok = true;
        for (const QString &s : same)
            ok = ok && lines[i].contains(s);
        if (ok && (below.isEmpty() || lines.value(i + 1).contains(below)))
            return true;
    }
    return false;
}

Activity activity(Channel channel, const QString &description, int target, const QString &unit,
                  const QString &reason = {})
{
    Activity a;
    a.id = description.left(12);
    a.channel = channel;
    a.description = description;
    a.target = target;
    a.unit = unit;
    a.behindReason = reason;
    return a;
}

ActivityProgress progress(const Activity &a, int fromArticles, int manual, bool behind)
{
    ActivityProgress p;
    p.activity = a;
    p.fromArticles = fromArticles;
    p.manual = manual;
    p.atRisk = behind;
    return p;
}

// The office of the plan's time (2019): the district's culture and information office.
OfficeProfile hoaiDuc2019()
{
    OfficeProfile o;
    o.name = QStringLiteral("Phòng Văn hóa và Thông tin");
    o.parentBody = QStringLiteral("UBND huyện Hoài Đức");
    o.place = QStringLiteral("Hoài Đức");
    o.signerTitle = QStringLiteral("Trưởng phòng");
    o.recipients = {QStringLiteral("UBND huyện (để b/c);"), QStringLiteral("Lưu: VT.")};
    o.numberSuffix = QStringLiteral("VHTT");
    return o;
}

// A commune of the two-tier government (since 1 July 2025), with no parent line in its header.
OfficeProfile vanCanh()
{
    OfficeProfile o;
    o.name = QStringLiteral("UBND xã Vân Canh");
    o.place = QStringLiteral("Vân Canh");
    o.signerName = QStringLiteral("Nguyễn Thị Lan");
    o.signerTitle = QStringLiteral("Chủ tịch");
    o.recipients = {QStringLiteral("UBND thành phố Hà Nội (để b/c);"),
                    QStringLiteral("Đảng ủy xã;"), QStringLiteral("Lưu: VT.")};
    o.numberSuffix = QStringLiteral("KH-UBND");
    return o;
}

ReportInput sampleInput(int articleCount = 4)
{
    ReportInput in;
    in.setOffice(hoaiDuc2019());
    in.plan.id = QStringLiteral("p65");
    in.plan.number = QStringLiteral("65/KH-UBND");
    in.plan.title = QStringLiteral("Thúc đẩy thông tin, tuyên truyền cải cách hành chính năm 2019");
    in.plan.issuingBody = QStringLiteral("UBND huyện Hoài Đức");
    in.plan.issueDate = QDate(2019, 2, 19);
    in.plan.periodStart = QDate(2019, 1, 1);
    in.plan.periodEnd = QDate(2019, 12, 31);
    in.from = QDate(2019, 1, 1);
    in.to = QDate(2019, 6, 30);
    in.date = QDate(2019, 7, 5);
    in.reportNumber = QStringLiteral("112/BC-VHTT");
    in.signerName = QStringLiteral("Nguyễn Văn Hùng");
    in.proposals =
        QStringLiteral("Đề nghị UBND huyện bổ sung kinh phí cho Đài truyền thanh các xã.");

    in.progress << progress(activity(Channel::Portal,
                                     QStringLiteral("Đăng tin, bài về cải cách hành chính"), 24,
                                     QStringLiteral("bài"),
                                     QStringLiteral("Thiếu cộng tác viên viết bài ở các xã")),
                            8, 2, true)
                << progress(activity(Channel::Portal,
                                     QStringLiteral("Chuyên mục hỏi - đáp thủ tục hành chính"), 4,
                                     QStringLiteral("bài")),
                            4, 0, false)
                << progress(activity(Channel::Radio,
                                     QStringLiteral("Phát chuyên mục cải cách hành chính"), 48,
                                     QStringLiteral("lượt phát")),
                            0, 30, true)
                << progress(activity(Channel::VisualCampaign,
                                     QStringLiteral("Treo băng rôn, khẩu hiệu tuyên truyền"), 20,
                                     QStringLiteral("băng rôn")),
                            0, 20, false);

    const QStringList titles{QStringLiteral("Hoài Đức đẩy mạnh cải cách hành chính"),
                             QStringLiteral("Xã Kim Chung nhận hồ sơ trực tuyến"),
                             QStringLiteral("Hỏi - đáp: thủ tục đăng ký khai sinh"),
                             QStringLiteral("Một cửa liên thông ở thị trấn Trạm Trôi")};
    for (int i = 0; i < articleCount; ++i) {
        ReportArticle a;
        a.title = i < titles.size()
                      ? titles[i]
                      : QStringLiteral("Bài số %1: Hoài Đức tuyên truyền cải cách hành chính ở "
                                       "các xã, thị trấn trong sáu tháng đầu năm 2019")
                            .arg(i + 1);
        a.publishedAt = QDateTime(QDate(2019, 1, 10).addDays(i * 2), QTime(3, 0), Qt::UTC);
        a.link = QStringLiteral("https://hoaiduc.hanoi.gov.vn/tin-tuc/bai-%1.html").arg(i + 1);
        a.activityId = in.progress[0].activity.id;
        in.articles << a;
    }
    return in;
}

// A photo as big as a phone's (2400 × 1800), with something to see on it: a street, a red
// banner across it, the place written on the banner.
QByteArray streetPhoto(const QColor &sky, const QString &label)
{
    QImage image(2400, 1800, QImage::Format_RGB32);
    image.fill(sky);
    QPainter painter(&image);
    painter.fillRect(0, 1100, 2400, 700, QColor(90, 90, 90));
    painter.fillRect(200, 500, 2000, 300, QColor(200, 20, 20));
    painter.setPen(QColor(255, 230, 0));
    QFont font;
    font.setPixelSize(150);
    painter.setFont(font);
    painter.drawText(QRect(200, 500, 2000, 300), Qt::AlignCenter, label);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 92);
    return bytes;
}

// A plan for 2019 in a store: a radio activity with broadcasts in the first half of the year
// (two, of one item on two stations) and one after it; a visual activity with six banners on
// Quốc lộ 32 (installed in February, taken down in May, four photos: two with the camera's
// date and position, one with its date only, one without EXIF), a panel without photo in
// March, and a poster in September (after the half year) with a photo.
class EvidenceStore
{
public:
    TempDatabase t;
    QString planId;
    QString radioId;
    QString visualId;
    QString bannersId;

    EvidenceStore()
    {
        Database &db = t.db();
        db.setActingUser(QStringLiteral("lan"));
        PlanRepository plans(db);
        Plan plan;
        plan.number = QStringLiteral("65/KH-UBND");
        plan.title =
            QStringLiteral("Thúc đẩy thông tin, tuyên truyền cải cách hành chính năm 2019");
        plan.issuingBody = QStringLiteral("UBND huyện Hoài Đức");
        plan.issueDate = QDate(2019, 2, 19);
        plan.periodStart = QDate(2019, 1, 1);
        plan.periodEnd = QDate(2019, 12, 31);
        planId = plans.create(plan)->id;
        radioId = addActivity(plans, Channel::Radio,
                              QStringLiteral("Phát chuyên mục cải cách hành chính"));
        visualId = addActivity(plans, Channel::VisualCampaign,
                               QStringLiteral("Treo băng rôn, khẩu hiệu tuyên truyền"));

        RadioRepository radio(db);
        Station district;
        district.name = QStringLiteral("Đài Truyền thanh huyện Hoài Đức");
        const QString districtId = radio.addStation(district)->id;
        Station speakers;
        speakers.name = QStringLiteral("Loa truyền thanh xã Vân Canh");
        speakers.kind = StationKind::Loudspeakers;
        const QString speakersId = radio.addStation(speakers)->id;
        Program bulletin;
        bulletin.name = QStringLiteral("Thời sự Hoài Đức");
        bulletin.stationId = districtId;
        bulletin.startTime = QStringLiteral("06:00");
        const QString programId = radio.addProgram(bulletin)->id;
        const QString march =
            addRadioItem(radio, programId, QDate(2019, 3, 5),
                         QStringLiteral("Hội nghị triển khai một cửa liên thông"));
        check(radio.markAired(march, districtId, QDateTime(QDate(2019, 3, 5), QTime(6, 5))));
        check(radio.markAired(march, speakersId, QDateTime(QDate(2019, 3, 5), QTime(17, 30))));
        const QString august = addRadioItem(radio, programId, QDate(2019, 8, 10),
                                            QStringLiteral("Tháng tám: dịch vụ công trực tuyến"));
        check(radio.markAired(august, districtId, QDateTime(QDate(2019, 8, 10), QTime(6, 5))));

        VisualRepository visual(db);
        VisualItem banners;
        banners.activityId = visualId;
        banners.form = VisualForm::Banner;
        banners.size = QStringLiteral("0,8 × 7 m");
        banners.quantity = 6;
        banners.content = QStringLiteral("Cải cách hành chính vì nhân dân phục vụ");
        banners.commune = QStringLiteral("Thị trấn Trạm Trôi");
        banners.place = QStringLiteral("Quốc lộ 32");
        banners.installedDate = QDate(2019, 2, 26);
        banners.removedDate = QDate(2019, 5, 10);
        bannersId = check(visual.addItem(banners)).id;
        check(visual.addPhoto(
            bannersId,
            ExifPhoto::photoWithExif("2019:02:27 08:15:00", 21.05441, 105.70120,
                                     streetPhoto(QColor(150, 190, 230), QStringLiteral("Km 1"))),
            QStringLiteral("IMG_0412.jpg")));
        check(visual.addPhoto(
            bannersId,
            ExifPhoto::photoWithExif("2019:02:27 08:40:00", 21.05702, 105.69833,
                                     streetPhoto(QColor(160, 200, 220), QStringLiteral("Km 2"))),
            QStringLiteral("IMG_0415.jpg")));
        check(visual.addPhoto(
            bannersId,
            ExifPhoto::photoWithExif("2019:02:28 16:02:00", {}, {},
                                     streetPhoto(QColor(230, 190, 150), QStringLiteral("Km 3"))),
            QStringLiteral("IMG_0420.jpg")));
        check(visual.addPhoto(bannersId, streetPhoto(QColor(200, 200, 200), QStringLiteral("Km 4")),
                              QStringLiteral("scan.jpg")));

        VisualItem panel;
        panel.activityId = visualId;
        panel.form = VisualForm::Panel;
        panel.size = QStringLiteral("3 × 6 m");
        panel.content = QStringLiteral("Chính quyền thân thiện, phục vụ nhân dân");
        panel.commune = QStringLiteral("Xã Vân Canh");
        panel.place = QStringLiteral("Trước trụ sở UBND xã");
        panel.installedDate = QDate(2019, 3, 20);
        check(visual.addItem(panel));

        VisualItem poster;
        poster.activityId = visualId;
        poster.form = VisualForm::Poster;
        poster.quantity = 40;
        poster.content = QStringLiteral("Áp phích tháng chín");
        poster.commune = QStringLiteral("Xã Kim Chung");
        poster.place = QStringLiteral("Nhà văn hóa thôn Lai Xá");
        poster.installedDate = QDate(2019, 9, 1);
        const QString posterId = check(visual.addItem(poster)).id;
        check(visual.addPhoto(posterId,
                              ExifPhoto::photoWithExif("2019:09:01 09:00:00", 21.06, 105.72),
                              QStringLiteral("IMG_0900.jpg")));
    }

    // The report of [from, to] as the CLI and the app make it.
    ReportInput input(const QDate &from, const QDate &to)
    {
        ReportInput in;
        in.setOffice(hoaiDuc2019());
        in.plan = PlanRepository(t.db()).get(planId).value();
        in.from = from;
        in.to = to;
        in.date = QDate(2019, 7, 5);
        in.reportNumber = QStringLiteral("112/BC-VHTT");
        PlanProgress counter(t.db());
        in.progress = counter.activities(planId, from, to, QDate(2019, 7, 5)).value();
        in.articles = counter.publishedArticles(planId, from, to).value();
        const Status loaded = loadReportEvidence(t.db(), in);
        if (!loaded)
            qFatal("loadReportEvidence: %s", qPrintable(loaded.error().message));
        return in;
    }

private:
    template <typename T> static T check(Result<T> r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return std::move(r).value();
    }

    QString addActivity(PlanRepository &plans, Channel channel, const QString &description)
    {
        Activity a;
        a.planId = planId;
        a.channel = channel;
        a.description = description;
        a.target = 10;
        return check(plans.addActivity(a)).id;
    }

    QString addRadioItem(RadioRepository &radio, const QString &programId, const QDate &date,
                         const QString &title)
    {
        RadioItem item;
        item.programId = programId;
        item.broadcastDate = date;
        item.title = title;
        item.script = title + QStringLiteral("\nUBND huyện thông báo.");
        item.activityId = radioId;
        return check(radio.addItem(item)).id;
    }
};

QByteArray unzipped(const QString &zip, const QString &entry)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
}

} // namespace

class TestPlanReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(useHanoiLocalTime()); }

    void periodNames_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("name");
        QTest::newRow("q1") << QDate(2019, 1, 1) << QDate(2019, 3, 31)
                            << QStringLiteral("quý I năm 2019");
        QTest::newRow("q2") << QDate(2019, 4, 1) << QDate(2019, 6, 30)
                            << QStringLiteral("quý II năm 2019");
        QTest::newRow("q3") << QDate(2019, 7, 1) << QDate(2019, 9, 30)
                            << QStringLiteral("quý III năm 2019");
        QTest::newRow("q4") << QDate(2019, 10, 1) << QDate(2019, 12, 31)
                            << QStringLiteral("quý IV năm 2019");
        QTest::newRow("h1") << QDate(2019, 1, 1) << QDate(2019, 6, 30)
                            << QStringLiteral("6 tháng đầu năm 2019");
        QTest::newRow("h2") << QDate(2019, 7, 1) << QDate(2019, 12, 31)
                            << QStringLiteral("6 tháng cuối năm 2019");
        QTest::newRow("9 months") << QDate(2019, 1, 1) << QDate(2019, 9, 30)
                                  << QStringLiteral("9 tháng đầu năm 2019");
        QTest::newRow("year") << QDate(2019, 1, 1) << QDate(2019, 12, 31)
                              << QStringLiteral("năm 2019");
        QTest::newRow("month") << QDate(2020, 2, 1) << QDate(2020, 2, 29)
                               << QStringLiteral("tháng 2 năm 2020");
        QTest::newRow("range") << QDate(2019, 3, 1) << QDate(2019, 5, 15)
                               << QStringLiteral("từ ngày 01/03/2019 đến ngày 15/05/2019");
        QTest::newRow("not a quarter") << QDate(2019, 2, 1) << QDate(2019, 4, 30)
                                       << QStringLiteral("từ ngày 01/02/2019 đến ngày 30/04/2019");
        QTest::newRow("across years") << QDate(2019, 10, 1) << QDate(2020, 3, 31)
                                      << QStringLiteral("từ ngày 01/10/2019 đến ngày 31/03/2020");
    }

    void periodNames()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, name);
        QCOMPARE(PlanReport::periodName(from, to), name);
    }

    // The title names the period once: when the plan's title already says "năm 2019", the
    // period after it does not say the year again.
    void titleNamesTheYearOnce_data()
    {
        QTest::addColumn<QString>("planTitle");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("period"); // what follows the plan's title in the subtitle
        QTest::addColumn<QString>("intro");  // how the introduction's sentence ends

        const QString withYear =
            QStringLiteral("Thúc đẩy thông tin, tuyên truyền cải cách hành chính năm 2019");
        const QString withoutYear =
            QStringLiteral("Thúc đẩy thông tin, tuyên truyền cải cách hành chính");
        const QDate jan1(2019, 1, 1);
        QTest::newRow("year, title names it")
            << withYear << jan1 << QDate(2019, 12, 31) << QString()
            << QStringLiteral("năm 2019; kết quả thực hiện như sau:");
        QTest::newRow("year, title without it")
            << withoutYear << jan1 << QDate(2019, 12, 31) << QStringLiteral(", năm 2019")
            << QStringLiteral("hành chính; kết quả thực hiện năm 2019 như sau:");
        QTest::newRow("half year, title names it")
            << withYear << jan1 << QDate(2019, 6, 30) << QStringLiteral(", 6 tháng đầu năm")
            << QStringLiteral("năm 2019; kết quả thực hiện 6 tháng đầu năm như sau:");
        QTest::newRow("half year, title without it")
            << withoutYear << QDate(2019, 7, 1) << QDate(2019, 12, 31)
            << QStringLiteral(", 6 tháng cuối năm 2019")
            << QStringLiteral("hành chính; kết quả thực hiện 6 tháng cuối năm 2019 như sau:");
        QTest::newRow("quarter, title names it")
            << withYear << QDate(2019, 4, 1) << QDate(2019, 6, 30) << QStringLiteral(", quý II")
            << QStringLiteral("năm 2019; kết quả thực hiện quý II như sau:");
        QTest::newRow("quarter, title without it")
            << withoutYear << QDate(2019, 4, 1) << QDate(2019, 6, 30)
            << QStringLiteral(", quý II năm 2019")
            << QStringLiteral("hành chính; kết quả thực hiện quý II năm 2019 như sau:");
        QTest::newRow("quarter of another year")
            << withYear << QDate(2020, 1, 1) << QDate(2020, 3, 31)
            << QStringLiteral(", quý I năm 2020")
            << QStringLiteral("năm 2019; kết quả thực hiện quý I năm 2020 như sau:");
        // A range's dates carry their years; nothing is said twice.
        QTest::newRow("range, title names it")
            << withYear << QDate(2019, 3, 1) << QDate(2019, 5, 15)
            << QStringLiteral(", từ ngày 01/03/2019 đến ngày 15/05/2019")
            << QStringLiteral("năm 2019; kết quả thực hiện từ ngày 01/03/2019 đến ngày "
                              "15/05/2019 như sau:");
        QTest::newRow("range, title without it")
            << withoutYear << QDate(2019, 3, 1) << QDate(2019, 5, 15)
            << QStringLiteral(", từ ngày 01/03/2019 đến ngày 15/05/2019")
            << QStringLiteral("hành chính; kết quả thực hiện từ ngày 01/03/2019 đến ngày "
                              "15/05/2019 như sau:");
        // A multi-year title names no single year.
        QTest::newRow("year, title names a span")
            << QStringLiteral("Tuyên truyền cải cách hành chính giai đoạn 2016 - 2020") << jan1
            << QDate(2019, 12, 31) << QStringLiteral(", năm 2019")
            << QStringLiteral("2016 - 2020; kết quả thực hiện năm 2019 như sau:");
    }

    void titleNamesTheYearOnce()
    {
        QFETCH(QString, planTitle);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, period);
        QFETCH(QString, intro);
        ReportInput in = sampleInput();
        in.plan.title = planTitle;
        in.from = from;
        in.to = to;
        const QString text = PlanReport::build(in)->toPlainText();
        const QString subtitle =
            QStringLiteral("Kết quả thực hiện Kế hoạch số 65/KH-UBND ngày 19/02/2019 của UBND "
                           "huyện Hoài Đức về ") +
            planTitle.left(1).toLower() + planTitle.mid(1) + period;
        QVERIFY2(text.split(QLatin1Char('\n')).contains(subtitle), qPrintable(text));
        QVERIFY2(text.contains(intro + QLatin1Char('\n')), qPrintable(text));
    }

    void documentReadsAsTheReport()
    {
        const auto doc = PlanReport::build(sampleInput());
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        QVERIFY(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(text.contains(QStringLiteral("UBND HUYỆN HOÀI ĐỨC")));
        // Too long for the left column in one line: two balanced lines.
        QVERIFY(text.contains(QStringLiteral("PHÒNG VĂN HÓA\nVÀ THÔNG TIN")));
        QVERIFY(text.contains(QStringLiteral("Số: 112/BC-VHTT")));
        QVERIFY(text.contains(QStringLiteral("Hoài Đức, ngày 05 tháng 7 năm 2019")));
        QVERIFY(text.contains(QStringLiteral(
            "Kết quả thực hiện Kế hoạch số 65/KH-UBND ngày 19/02/2019 của UBND huyện Hoài Đức về "
            "thúc đẩy thông tin, tuyên truyền cải cách hành chính năm 2019, 6 tháng đầu năm\n")));
        // The sections in their order.
        qsizetype last = -1;
        for (const char *heading :
             {"BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "1. Trên Cổng thông tin điện tử",
              "2. Trên hệ thống truyền thanh", "3. Tuyên truyền trực quan",
              "II. DANH SÁCH TIN BÀI ĐÃ ĐĂNG", "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
              "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "Trưởng phòng"}) {
            const qsizetype at =
                text.indexOf(QString::fromUtf8(heading), last + 1, Qt::CaseInsensitive);
            QVERIFY2(at > last, heading);
            last = at;
        }
        QVERIFY(text.contains(QStringLiteral("10\n(trong đó 2 nhập tay)")));
        QVERIFY(text.contains(QStringLiteral("41,7")));
        QVERIFY(
            text.contains(QStringLiteral("Nguyên nhân: Thiếu cộng tác viên viết bài ở các xã")));
        // The radio is behind without a reason: a place to write one.
        QVERIFY(text.contains(QStringLiteral("30/48 lượt phát (62,5%). Nguyên nhân: ……")));
        // Fonts: a Times New Roman–compatible serif.
        QVERIFY(doc->defaultFont().families().contains(QStringLiteral("Times New Roman")));
    }

    // The office of the two-tier government: the report says what its profile says, and
    // nothing of a district.
    void communeOfficeReport()
    {
        ReportInput in = sampleInput();
        in.setOffice(vanCanh());
        in.plan.number = QStringLiteral("12/KH-UBND");
        in.plan.issuingBody = QStringLiteral("UBND xã Vân Canh");
        in.proposals = QStringLiteral("Đề nghị UBND thành phố bổ sung kinh phí.");
        for (ReportArticle &a : in.articles)
            a.title.replace(QStringLiteral("Hoài Đức"), QStringLiteral("Vân Canh"));
        const QString text = PlanReport::build(in)->toPlainText();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("UBND XÃ VÂN CANH")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("Số:       /BC-UBND")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("Vân Canh, ngày 05 tháng 7 năm 2019")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Kế hoạch số 12/KH-UBND ngày 19/02/2019 của UBND xã "
                                             "Vân Canh về")));
        // No parent line: the office's name opens the header.
        QVERIFY2(text.indexOf(QStringLiteral("UBND XÃ VÂN CANH")) <
                     text.indexOf(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                 qPrintable(text));
        qsizetype last = text.indexOf(QStringLiteral("Nơi nhận:"));
        QVERIFY(last > 0);
        for (const QString &line : {QStringLiteral("- UBND thành phố Hà Nội (để b/c);"),
                                    QStringLiteral("- Đảng ủy xã;"), QStringLiteral("- Lưu: VT."),
                                    QStringLiteral("CHỦ TỊCH"), QStringLiteral("Nguyễn Thị Lan")}) {
            const qsizetype at = text.indexOf(line, last + 1);
            QVERIFY2(at > last, qPrintable(line));
            last = at;
        }
        for (const QString &district : {QStringLiteral("huyện"), QStringLiteral("Hoài Đức"),
                                        QStringLiteral("PHÒNG"), QStringLiteral("VHTT")})
            QVERIFY2(!text.contains(district, Qt::CaseInsensitive), qPrintable(district));

        // The HTML says the same.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.html"));
        QVERIFY(PlanReport::writeHtml(in, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("UBND XÃ VÂN CANH")));
        QVERIFY(html.contains(QStringLiteral("Vân Canh, ngày 05 tháng 7 năm 2019")));
        QVERIFY(!html.contains(QStringLiteral("huyện"), Qt::CaseInsensitive));
    }

    // An office that has not said who it is gets dotted spaces to fill in by hand, never a
    // place or a level of government of someone else's.
    void emptyOfficeNamesNoPlace()
    {
        ReportInput in;
        in.setOffice(OfficeProfile{});
        in.plan.number = QStringLiteral("3/KH");
        in.plan.title = QStringLiteral("Tuyên truyền chuyển đổi số năm 2026");
        in.from = QDate(2026, 1, 1);
        in.to = QDate(2026, 3, 31);
        in.date = QDate(2026, 4, 2);
        const QString text = PlanReport::build(in)->toPlainText();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("……………………")), qPrintable(text)); // the name
        QVERIFY2(lines.contains(QStringLiteral("Số:       /BC")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("……………, ngày 02 tháng 4 năm 2026")),
                 qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("- Lưu: VT.")), qPrintable(text));
        for (const QString &district :
             {QStringLiteral("huyện"), QStringLiteral("Hoài Đức"), QStringLiteral("UBND"),
              QStringLiteral("PHÒNG"), QStringLiteral("VHTT")})
            QVERIFY2(!text.contains(district, Qt::CaseInsensitive), qPrintable(district));
    }

    void pdfIsAnA4AdministrativeDocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.pdf"));
        const Status written = PlanReport::writePdf(sampleInput(), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // A4 in points, as a viewer reads it.
        QVERIFY(QString::fromLatin1(bytes).contains(
            QRegularExpression(QStringLiteral("/MediaBox \\[0 0 595(\\.0+)? 842(\\.0+)?\\]"))));

        if (const QString shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
            !shots.isEmpty() &&
            !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), QStringLiteral("-singlefile"), path,
                 shots + QStringLiteral("/screenshot-report")});
        }

        REQUIRE_TOOL("pdfinfo");
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}));
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Báo cáo kết quả thực hiện Kế hoạch số 65/KH-UBND")));

        REQUIRE_TOOL("pdftotext");
        const QString text = squeeze(QString::fromUtf8(run(
            QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})));
        QVERIFY2(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(text.contains(QStringLiteral("Hoài Đức, ngày 05 tháng 7 năm 2019")));
        QVERIFY(text.contains(QStringLiteral("65/KH-UBND")));
        QVERIFY(text.contains(QStringLiteral("BÁO CÁO")));
        // The rows: target, done, percent on the row's first line, the part counted by hand
        // under the done figure.
        QVERIFY2(rowReads(text, QStringLiteral("24 bài"),
                          {QStringLiteral("1 Đăng tin, bài về cải cách"), QStringLiteral(" 10 "),
                           QStringLiteral(" 41,7")},
                          QStringLiteral("(trong đó 2 nhập tay)")),
                 qPrintable(text));
        QVERIFY(rowReads(text, QStringLiteral("4 bài"),
                         {QStringLiteral("2 Chuyên mục hỏi - đáp"), QStringLiteral(" 4 "),
                          QStringLiteral(" 100")}));
        QVERIFY(rowReads(
            text, QStringLiteral("48 lượt phát"),
            {QStringLiteral("1 Phát chuyên mục"), QStringLiteral(" 30 "), QStringLiteral(" 62,5")},
            QStringLiteral("(trong đó 30 nhập tay)")));
        // The articles with their dates and links, Vietnamese intact.
        QVERIFY(rowReads(text, QStringLiteral("10/01/2019"),
                         {QStringLiteral("1 10/01/2019 Hoài Đức đẩy mạnh cải cách"),
                          QStringLiteral("https://hoaiduc.hanoi.gov.vn/")},
                         QStringLiteral("bai-1.html")));
        QVERIFY(text.contains(QStringLiteral("Hỏi - đáp: thủ tục đăng ký khai sinh")));
        QVERIFY(text.contains(QStringLiteral("Một cửa liên thông")));
        QVERIFY(text.contains(QStringLiteral("Trôi")));
        QVERIFY(text.contains(QStringLiteral("Thiếu cộng tác viên viết bài ở các xã")));
        QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Văn Hùng")));
    }

    // A long list of articles runs over several pages: no row is cut in two by a page, and the
    // table's header row is repeated at the top of each page it continues on.
    void rowsDoNotBreakAcrossPages()
    {
        REQUIRE_TOOL("pdftotext");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dai.pdf"));
        const int count = 60;
        const Status written = PlanReport::writePdf(sampleInput(count), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        const QStringList pages =
            QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-layout"), path, QStringLiteral("-")}))
                .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
        auto pageOf = [&pages](const QString &needle) {
            for (int i = 0; i < pages.size(); ++i) {
                if (squeeze(pages[i]).contains(needle))
                    return i;
            }
            return -1;
        };
        int pagesWithArticles = 0;
        int lastPage = -1;
        for (int i = 5; i <= count; ++i) {
            const int titlePage = pageOf(QStringLiteral("Bài số %1:").arg(i));
            const int linkPage = pageOf(QStringLiteral("bai-%1.html").arg(i));
            const int datePage = pageOf(QStringLiteral("%1 %2 Bài số %3:")
                                            .arg(i)
                                            .arg(QDate(2019, 1, 10)
                                                     .addDays((i - 1) * 2)
                                                     .toString(QStringLiteral("dd/MM/yyyy")))
                                            .arg(i));
            QVERIFY2(titlePage >= 0 && titlePage == linkPage && titlePage == datePage,
                     qPrintable(QStringLiteral("article %1: title on page %2, link on %3, date "
                                               "on %4")
                                    .arg(i)
                                    .arg(titlePage + 1)
                                    .arg(linkPage + 1)
                                    .arg(datePage + 1)));
            if (titlePage != lastPage) {
                ++pagesWithArticles;
                lastPage = titlePage;
                QVERIFY2(pages[titlePage].contains(QStringLiteral("Tên tin bài")),
                         qPrintable(QStringLiteral("no header row on page %1").arg(titlePage + 1)));
            }
        }
        QVERIFY(pagesWithArticles >= 2);
        // Page numbers from the second page on, at the top.
        QCOMPARE(pages[1].trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(),
                 QStringLiteral("2"));
    }

    void odtHoldsTheReport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.odt"));
        const Status written = PlanReport::writeOdt(sampleInput(), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // A zip whose first entry is "mimetype", stored (method 0) without an extra field, so
        // that its content is readable at byte 38: how programs recognise an ODF file.
        const QByteArray head = file.read(38 + 39);
        QVERIFY(head.startsWith("PK\x03\x04"));
        QCOMPARE(quint8(head[8]) | quint8(head[9]) << 8, 0);   // stored
        QCOMPARE(quint8(head[28]) | quint8(head[29]) << 8, 0); // no extra field
        QCOMPARE(head.mid(30), QByteArray("mimetypeapplication/vnd.oasis.opendocument.text"));

        REQUIRE_TOOL("unzip");
        const QString mime = QString::fromUtf8(
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")}));
        QCOMPARE(mime, QStringLiteral("application/vnd.oasis.opendocument.text"));
        const QString content = QString::fromUtf8(run(
            QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")}));
        QVERIFY(content.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        QVERIFY(content.contains(QStringLiteral("65/KH-UBND")));
        QVERIFY(content.contains(QStringLiteral("(trong đó 2 nhập tay)")));
        QVERIFY(content.contains(QStringLiteral("41,7")));
        QVERIFY(content.contains(QStringLiteral("Hoài Đức đẩy mạnh cải cách hành chính")));
        QVERIFY(content.contains(QStringLiteral("<table:table")));
        QVERIFY(content.contains(QStringLiteral("Times New Roman")));
        // The rest is deflated (and intact: unzip checks each entry's CRC).
        const QString listing =
            QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-v"), path}));
        QVERIFY2(QRegularExpression(QStringLiteral("\\bDefl:\\w\\s.*\\scontent\\.xml"))
                     .match(listing)
                     .hasMatch(),
                 qPrintable(listing));
        QVERIFY2(QRegularExpression(QStringLiteral("\\bStored\\s.*\\smimetype"))
                     .match(listing)
                     .hasMatch(),
                 qPrintable(listing));
        QVERIFY(!run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).isEmpty());
    }

    void libreOfficeReadsTheOdt()
    {
        // LibreOffice is large and optional: skipped when absent, even with
        // PRESSDESK_REQUIRE_SERVICES.
        WINE_SKIP_LINUX_TOOL("soffice");
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("soffice is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.odt"));
        QVERIFY(PlanReport::writeOdt(sampleInput(), path));
        run(QStringLiteral("soffice"),
            {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("txt"),
             QStringLiteral("--outdir"), dir.path(), path},
            180000);
        QFile txt(dir.filePath(QStringLiteral("bao-cao.txt")));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(txt.readAll());
        QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        QVERIFY(text.contains(QStringLiteral("Hoài Đức đẩy mạnh cải cách hành chính")));
    }

    void htmlHasTheTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.html"));
        ReportInput in = sampleInput();
        in.articles[1].title = QStringLiteral("Hỏi & đáp <thủ tục>");
        const Status written = PlanReport::writeHtml(in, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("Times New Roman")));
        QVERIFY(html.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        QVERIFY(html.contains(QStringLiteral(
            "<tr><td class=\"n\">1</td><td>Đăng tin, bài về cải cách hành chính</td>"
            "<td class=\"n\">24 bài</td><td class=\"n\">10<br>(trong đó 2 nhập tay)</td>"
            "<td class=\"n\">41,7</td></tr>")));
        QVERIFY(html.contains(
            QStringLiteral("<tr><td class=\"n\">1</td><td class=\"n\">10/01/2019</td>"
                           "<td>Hoài Đức đẩy mạnh cải cách hành chính</td><td class=\"link\"><a "
                           "href=\"https://hoaiduc.hanoi.gov.vn/tin-tuc/bai-1.html\">")));
        QVERIFY(html.contains(QStringLiteral("Hỏi &amp; đáp &lt;thủ tục&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<thủ tục>")));
    }

    // A reassigned activity (units merge since 2025): its row names the unit now and the one
    // before, with the day it changed; the others read as before.
    void reassignedUnitIsNamedWithTheOneBefore()
    {
        ReportInput in = sampleInput();
        Activity &first = in.progress[0].activity;
        first.responsibleUnit = QStringLiteral("Phòng Văn hóa – Xã hội");
        in.unitHistory.insert(first.id,
                              {UnitChange{.id = QStringLiteral("u1"),
                                          .activityId = first.id,
                                          .fromUnit = QStringLiteral("Phòng Văn hóa và Thông tin"),
                                          .toUnit = first.responsibleUnit,
                                          .at = QDateTime(QDate(2025, 7, 1), QTime(3, 0), Qt::UTC),
                                          .by = QStringLiteral("binh"),
                                          .note = {}}});
        const QList<ReportText::Row> rows = ReportText::resultRows(in, first.channel);
        QCOMPARE(rows.first().at(1),
                 (QStringList{QStringLiteral("Đăng tin, bài về cải cách hành chính"),
                              QStringLiteral("Đơn vị thực hiện: Phòng Văn hóa – Xã hội (trước "
                                             "ngày 01/07/2025: Phòng Văn hóa và Thông tin)")}));
        for (const ReportText::Row &row : rows.mid(1))
            QCOMPARE(row.at(1).size(), 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.html"));
        QVERIFY(PlanReport::writeHtml(in, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll())
                    .contains(QStringLiteral("(trước ngày 01/07/2025: Phòng Văn hóa và Thông "
                                             "tin)")));

        // Read from the store with the rest of what the report shows.
        TempDatabase t;
        QVERIFY(UserRepository(t.db()).ensureCurrentUser());
        PlanRepository plans(t.db());
        Plan plan;
        plan.number = QStringLiteral("65/KH-UBND");
        in.plan = plans.create(plan).value();
        Activity a;
        a.planId = in.plan.id;
        a.channel = Channel::Meetings;
        a.responsibleUnit = QStringLiteral("Phòng Văn hóa và Thông tin");
        a.position = -1;
        const QString id = plans.addActivity(a)->id;
        QVERIFY(plans.reassignUnit(id, QStringLiteral("Phòng Văn hóa – Xã hội")));
        in.progress = PlanProgress(t.db()).activities(in.plan.id).value();
        QVERIFY(loadReportEvidence(t.db(), in));
        QCOMPARE(in.unitHistory.size(), 1);
        QCOMPARE(in.unitHistory.value(id).first().fromUnit,
                 QStringLiteral("Phòng Văn hóa và Thông tin"));
    }

    // What is behind the radio and visual counts: the store's broadcasts and items of the
    // range, the items' photos scaled down.
    void evidenceIsReadFromTheStore()
    {
        EvidenceStore store;
        const ReportInput in = store.input(QDate(2019, 1, 1), QDate(2019, 6, 30));
        QCOMPARE(in.broadcasts.size(), 2);
        QCOMPARE(in.broadcasts[0].station, QStringLiteral("Đài Truyền thanh huyện Hoài Đức"));
        QCOMPARE(in.broadcasts[0].title, QStringLiteral("Hội nghị triển khai một cửa liên thông"));
        QCOMPARE(in.broadcasts[0].airedAt, QDateTime(QDate(2019, 3, 5), QTime(6, 5)).toUTC());
        QCOMPARE(in.broadcasts[1].station, QStringLiteral("Loa truyền thanh xã Vân Canh"));
        QCOMPARE(in.visualItems.size(), 2); // the banners and the panel, not September's poster
        const ReportVisualItem &banners = in.visualItems[0];
        QCOMPARE(banners.quantity, 6);
        QCOMPARE(banners.photoCount, 4);
        QCOMPARE(banners.photos.size(), 4);
        for (const ReportPhoto &photo : banners.photos) {
            // Scaled down: 2400 × 1800 shown at 640 × 480, and small.
            QCOMPARE(photo.image.size(), QSize(640, 480));
            QVERIFY2(photo.jpeg.size() < 150 * 1024,
                     qPrintable(QString::number(photo.jpeg.size())));
            QCOMPARE(QImage::fromData(photo.jpeg).size(), QSize(640, 480));
        }
        QCOMPARE(banners.photos[0].takenAt, QDateTime(QDate(2019, 2, 27), QTime(8, 15)));
        QVERIFY(banners.photos[0].latitude.has_value());
        QVERIFY(!banners.photos[3].takenAt.isValid());
        QCOMPARE(in.visualItems[1].photoCount, 0);
        QVERIFY(in.visualItems[1].photos.isEmpty());
    }

    // The first report scales each photo down and keeps it; the next ones read what was kept
    // (60 kB) instead of decoding the camera's photo again.
    void evidenceKeepsEachPhotosPreviewForTheNextReport()
    {
        EvidenceStore store;
        ImageStore images(store.t.db());
        const ReportInput first = store.input(QDate(2019, 1, 1), QDate(2019, 6, 30));
        const QList<VisualPhoto> photos =
            VisualRepository(store.t.db()).item(store.bannersId).value().photos;
        QCOMPARE(photos.size(), 4);
        for (const VisualPhoto &photo : photos) {
            auto kept = images.storedPreview(photo.imageHash);
            QVERIFY(kept && kept->has_value());
            QCOMPARE(QImage::fromData(**kept).size(), QSize(640, 480));
        }
        // What is kept is what the next report shows: a kept preview replaced by a green
        // picture comes out green.
        QImage green(640, 480, QImage::Format_RGB32);
        green.fill(QColor(0, 160, 0));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        green.save(&buffer, "JPG", 90);
        QVERIFY(images.putPreview(photos[0].imageHash, jpeg));
        const ReportInput next = store.input(QDate(2019, 1, 1), QDate(2019, 6, 30));
        const QColor shown = next.visualItems[0].photos[0].image.pixelColor(320, 240);
        QVERIFY2(shown.green() > 120 && shown.red() < 40, qPrintable(shown.name()));
        QCOMPARE(next.visualItems[0].photos[0].takenAt, first.visualItems[0].photos[0].takenAt);
        // The others as before.
        QCOMPARE(next.visualItems[0].photos[1].jpeg, first.visualItems[0].photos[1].jpeg);
    }

    void odtListsBroadcastsItemsAndAnnex()
    {
        REQUIRE_TOOL("unzip");
        EvidenceStore store;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.odt"));
        const Status written =
            PlanReport::writeOdt(store.input(QDate(2019, 1, 1), QDate(2019, 6, 30)), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        // PRESSDESK_KEEP_REPORT=folder: the ODT and the PDF of the annex kept there, to look at.
        if (const QString keep = qEnvironmentVariable("PRESSDESK_KEEP_REPORT"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("bao-cao-phu-luc.odt")));
        const QString content = QString::fromUtf8(unzipped(path, QStringLiteral("content.xml")));
        QVERIFY(!content.isEmpty());
        // The sections, numbered in order.
        qsizetype last = -1;
        for (const char *heading :
             {"II. DANH SÁCH TIN BÀI ĐÃ ĐĂNG",
              "III. DANH SÁCH LƯỢT PHÁT TRÊN HỆ THỐNG TRUYỀN THANH",
              "IV. DANH SÁCH SẢN PHẨM TUYÊN TRUYỀN TRỰC QUAN", "V. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
              "VI. ĐỀ XUẤT, KIẾN NGHỊ", "PHỤ LỤC", "ẢNH TƯ LIỆU TUYÊN TRUYỀN TRỰC QUAN",
              "(Kèm theo Báo cáo số 112/BC-VHTT ngày 05/7/2019 của Phòng Văn hóa và Thông tin)"}) {
            const qsizetype at = content.indexOf(QString::fromUtf8(heading), last + 1);
            QVERIFY2(at > last, heading);
            last = at;
        }
        // The broadcasts, in the range only.
        for (const QString &s :
             {QStringLiteral("1. Phát chuyên mục cải cách hành chính"),
              QStringLiteral("05/03/2019 06:05"), QStringLiteral("05/03/2019 17:30"),
              QStringLiteral("Đài Truyền thanh huyện Hoài Đức"),
              QStringLiteral("Loa truyền thanh xã Vân Canh"),
              QStringLiteral("Hội nghị triển khai một cửa liên thông")})
            QVERIFY2(content.contains(s), qPrintable(s));
        QVERIFY(!content.contains(QStringLiteral("Tháng tám")));
        // The items with their places and dates; the poster of September is not there.
        for (const QString &s : {QStringLiteral("1. Treo băng rôn, khẩu hiệu tuyên truyền"),
                                 QStringLiteral("Băng rôn"), QStringLiteral("(0,8 × 7 m)"),
                                 QStringLiteral("Cải cách hành chính vì nhân dân phục vụ"),
                                 QStringLiteral("Quốc lộ 32"), QStringLiteral("Thị trấn Trạm Trôi"),
                                 QStringLiteral("26/02/2019"), QStringLiteral("10/05/2019"),
                                 QStringLiteral("Pano"), QStringLiteral("Trước trụ sở UBND xã"),
                                 QStringLiteral("Xã Vân Canh"), QStringLiteral("20/03/2019")})
            QVERIFY2(content.contains(s), qPrintable(s));
        QVERIFY(!content.contains(QStringLiteral("Lai Xá")));
        // The annex: the banners' four photos, captioned; the panel without photo has no entry.
        QCOMPARE(content.count(QStringLiteral("<draw:frame ")), 4);
        QCOMPARE(content.count(QStringLiteral("<draw:image ")), 4);
        QVERIFY(content.contains(
            QStringLiteral("1. Băng rôn (6): “Cải cách hành chính vì nhân dân phục vụ”")));
        QVERIFY(!content.contains(QStringLiteral("2. Pano")));
        for (const QString &s : {QStringLiteral("Ảnh 1.1. Quốc lộ 32, Thị trấn Trạm Trôi"),
                                 QStringLiteral("Chụp ngày 27/02/2019 lúc 08:15"),
                                 QStringLiteral("Tọa độ: 21.05441, 105.70120"),
                                 QStringLiteral("Chụp ngày 28/02/2019 lúc 16:02"),
                                 QStringLiteral("Ảnh 1.4. Quốc lộ 32, Thị trấn Trạm Trôi"),
                                 QStringLiteral("Lắp đặt ngày 26/02/2019")})
            QVERIFY2(content.contains(s), qPrintable(s));
        // Coordinates only for the two photos whose camera gave them (the item has none).
        QCOMPARE(content.count(QStringLiteral("Tọa độ:")), 2);
        // Each picture is in the package and the manifest, scaled down.
        const QString manifest =
            QString::fromUtf8(unzipped(path, QStringLiteral("META-INF/manifest.xml")));
        const QRegularExpression href(QStringLiteral("xlink:href=\"(Pictures/[^\"]+)\""));
        int pictures = 0;
        for (auto it = href.globalMatch(content); it.hasNext(); ++pictures) {
            const QString picture = it.next().captured(1);
            QVERIFY2(manifest.contains(QStringLiteral("manifest:full-path=\"%1\" "
                                                      "manifest:media-type=\"image/jpeg\"")
                                           .arg(picture)),
                     qPrintable(manifest));
            const QImage image = QImage::fromData(unzipped(path, picture));
            QCOMPARE(image.size(), QSize(640, 480));
        }
        QCOMPARE(pictures, 4);
        QVERIFY(!run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).isEmpty());
    }

    void pdfListsBroadcastsItemsAndAnnex()
    {
        REQUIRE_TOOL("pdftotext");
        EvidenceStore store;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.pdf"));
        const Status written =
            PlanReport::writePdf(store.input(QDate(2019, 1, 1), QDate(2019, 6, 30)), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        if (const QString keep = qEnvironmentVariable("PRESSDESK_KEEP_REPORT"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("bao-cao-phu-luc.pdf")));
        const QStringList pages =
            QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-layout"), path, QStringLiteral("-")}))
                .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        const QString text = squeeze(pages.join(QLatin1Char('\f')));
        QVERIFY2(rowReads(text, QStringLiteral("05/03/2019 06:05"),
                          {QStringLiteral("Đài Truyền thanh huyện"),
                           QStringLiteral("Hội nghị triển khai")}),
                 qPrintable(text));
        QVERIFY2(rowReads(text, QStringLiteral("05/03/2019 17:30"),
                          {QStringLiteral("Loa truyền thanh xã")}),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Tháng tám")));
        QVERIFY2(rowReads(text, QStringLiteral("26/02/2019"),
                          {QStringLiteral("Băng rôn"), QStringLiteral(" 6 "),
                           QStringLiteral("Quốc lộ 32"), QStringLiteral("10/05/2019"),
                           QStringLiteral(" 4")}),
                 qPrintable(text));
        QVERIFY2(rowReads(text, QStringLiteral("20/03/2019"),
                          {QStringLiteral("Pano"), QStringLiteral("Trước trụ sở"),
                           QStringLiteral(" 0")}),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Lai Xá")));
        // The annex, on a page of its own after the signature.
        int annexPage = -1;
        int signaturePage = -1;
        for (int i = 0; i < pages.size(); ++i) {
            if (pages[i].contains(QStringLiteral("PHỤ LỤC")) && annexPage < 0)
                annexPage = i;
            if (pages[i].contains(QStringLiteral("Nơi nhận:")))
                signaturePage = i;
        }
        QVERIFY2(annexPage > signaturePage && signaturePage >= 0, qPrintable(text));
        // The annex in the order it is drawn (a caption's lines one after the other, though
        // they wrap in their column).
        const QString annex =
            QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-raw"), QStringLiteral("-f"),
                                   QString::number(annexPage + 1), path, QStringLiteral("-")}))
                .simplified();
        for (const QString &s :
             {QStringLiteral("PHỤ LỤC ẢNH TƯ LIỆU TUYÊN TRUYỀN TRỰC QUAN (Kèm theo Báo cáo số "
                             "112/BC-VHTT ngày 05/7/2019 của Phòng Văn hóa và Thông tin)"),
              QStringLiteral("1. Băng rôn (6): “Cải cách hành chính vì nhân dân phục vụ”"),
              QStringLiteral("Ảnh 1.1. Quốc lộ 32, Thị trấn Trạm Trôi Chụp ngày 27/02/2019 lúc "
                             "08:15 Tọa độ: 21.05441, 105.70120"),
              QStringLiteral("Ảnh 1.3. Quốc lộ 32, Thị trấn Trạm Trôi Chụp ngày 28/02/2019 lúc "
                             "16:02 Ảnh 1.4."),
              QStringLiteral("Ảnh 1.4. Quốc lộ 32, Thị trấn Trạm Trôi Lắp đặt ngày 26/02/2019")})
            QVERIFY2(annex.contains(s), qPrintable(s + QStringLiteral("\n") + annex));
        QVERIFY(!annex.contains(QStringLiteral("Pano")));
        // Four pictures, none of them the camera's full size.
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
            const QStringList list =
                QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}))
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                    .mid(2);
            QCOMPARE(list.size(), 4);
            for (const QString &line : list) {
                const QStringList f = line.simplified().split(QLatin1Char(' '));
                QVERIFY2(f.value(3).toInt() <= 640 && f.value(4).toInt() <= 640, qPrintable(line));
            }
        }
    }

    void htmlListsAndShowsThePhotos()
    {
        EvidenceStore store;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.html"));
        QVERIFY(PlanReport::writeHtml(store.input(QDate(2019, 1, 1), QDate(2019, 6, 30)), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("<td class=\"n\">05/03/2019 06:05</td><td>Đài "
                                             "Truyền thanh huyện Hoài Đức</td>")));
        QVERIFY(html.contains(QStringLiteral("<td>Quốc lộ 32<br>Thị trấn Trạm Trôi</td>")));
        QCOMPARE(html.count(QStringLiteral("<img src=\"data:image/jpeg;base64,")), 4);
        QVERIFY(html.contains(QStringLiteral("Ảnh 1.1. Quốc lộ 32, Thị trấn Trạm Trôi")));
    }

    // Nothing aired or put up in the range: no list, no annex, the sections numbered as before.
    void nothingInTheRangeAddsNothing()
    {
        REQUIRE_TOOL("unzip");
        EvidenceStore store;
        const ReportInput in = store.input(QDate(2019, 10, 1), QDate(2019, 12, 31));
        QVERIFY(in.broadcasts.isEmpty());
        QVERIFY(in.visualItems.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bao-cao.odt"));
        QVERIFY(PlanReport::writeOdt(in, path));
        const QString content = QString::fromUtf8(unzipped(path, QStringLiteral("content.xml")));
        QVERIFY(content.contains(QStringLiteral("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")));
        QVERIFY(content.contains(QStringLiteral("IV. ĐỀ XUẤT, KIẾN NGHỊ")));
        for (const QString &s :
             {QStringLiteral("DANH SÁCH LƯỢT PHÁT"), QStringLiteral("TUYÊN TRUYỀN TRỰC QUAN"),
              QStringLiteral("PHỤ LỤC"), QStringLiteral("<draw:frame")})
            QVERIFY2(!content.contains(s), qPrintable(s));
        QVERIFY(!unzipped(path, QStringLiteral("META-INF/manifest.xml")).contains("Pictures/"));
        const QString text = PlanReport::build(in)->toPlainText();
        QVERIFY(!text.contains(QStringLiteral("PHỤ LỤC")));
        QVERIFY(!text.contains(QStringLiteral("DANH SÁCH LƯỢT PHÁT")));
    }

    void unwritableFolderIsAnErrorAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("odt") << QStringLiteral("odt");
        QTest::newRow("html") << QStringLiteral("html");
    }

    void unwritableFolderIsAnErrorAndLeavesNothing()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        auto write = [&format](const QString &path) {
            const ReportInput in = sampleInput();
            if (format == QLatin1String("pdf"))
                return PlanReport::writePdf(in, path);
            if (format == QLatin1String("odt"))
                return PlanReport::writeOdt(in, path);
            return PlanReport::writeHtml(in, path);
        };

        // A folder that does not exist.
        const QString missing = dir.filePath(QStringLiteral("khong-co/bao-cao.") + format);
        Status st = write(missing);
        QVERIFY(!st);
        QVERIFY(!st.error().message.isEmpty());
        QVERIFY(st.error().message.contains(QStringLiteral("bao-cao.") + format));
        QVERIFY(!QFile::exists(missing));

        // A "folder" that is a file (fails even for root, who ignores permissions).
        QFile blocker(dir.filePath(QStringLiteral("tep")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!write(dir.filePath(QStringLiteral("tep/bao-cao.") + format)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("tep")});

        // A read-only folder (meaningless for root).
        const QString ro = dir.filePath(QStringLiteral("chi-doc"));
        QVERIFY(QDir().mkpath(ro));
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const bool isRoot = QFileInfo(ro).isWritable();
        if (!isRoot) {
            st = write(ro + QStringLiteral("/bao-cao.") + format);
            QVERIFY(!st);
            QVERIFY(QDir(ro).isEmpty());
        }
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner);
        if (isRoot)
            QSKIP("running as root: a read-only folder is writable");
    }
};

QTEST_MAIN(TestPlanReport)
#include "TestPlanReport.moc"
