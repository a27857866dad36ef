// The radio channel's store: stations, programmes, items and their reading scripts, rundowns,
// the aired log; and how long a script takes to read (RadioDuration).
#include "HanoiTime.h"
#include "TempDatabase.h"
#include "office/OfficeRepository.h"
#include "plan/PlanRepository.h"
#include "radio/RadioDuration.h"
#include "radio/RadioRepository.h"
#include "store/ArticleRepository.h"
#include "store/ChangeNotifier.h"
#include "text/ReadingScript.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace PressDesk;

namespace {

QString words(int n)
{
    QStringList w;
    for (int i = 0; i < n; ++i)
        w << QStringLiteral("tin");
    return w.join(u' ');
}

// A profile with the district's station and its morning programme.
class Fixture
{
public:
    TempDatabase t;
    RadioRepository radio{t.db()};
    Station station;
    Program morning;

    Fixture()
    {
        t.db().setActingUser(QStringLiteral("lan"));
        station =
            radio.addStation(Station{.name = QStringLiteral("Đài Truyền thanh huyện")}).value();
        Program p;
        p.name = QStringLiteral("Bản tin sáng");
        p.stationId = station.id;
        p.startTime = QStringLiteral("6:00");
        p.lengthMinutes = 1;
        morning = radio.addProgram(p).value();
    }

    QString article(const QString &title, const QString &lead = {}, const QString &body = {})
    {
        auto a = ArticleRepository(t.db()).create(
            Article{.title = title, .lead = lead, .bodyHtml = body});
        if (!a)
            qFatal("article: %s", qPrintable(a.error().message));
        return a->id;
    }

    RadioItem typed(const QString &script, const QDate &date = QDate(2024, 3, 5))
    {
        RadioItem i;
        i.programId = morning.id;
        i.broadcastDate = date;
        i.script = script;
        auto added = radio.addItem(i);
        if (!added)
            qFatal("addItem: %s", qPrintable(added.error().message));
        return added.value();
    }
};

} // namespace

class TestRadioRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(useHanoiLocalTime()); // the office's days and times
    }

    void durationEstimate_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("wordsPerMinute");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("sentences");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<int>("seconds");

        // seconds = words × 60 / rate + 0.5 × sentences + 1 × paragraphs, to the nearest.
        QTest::newRow("nothing") << QString() << 160 << 0 << 0 << 0 << 0;
        QTest::newRow("blank lines only") << QStringLiteral("\n \n\t\n") << 160 << 0 << 0 << 0 << 0;
        QTest::newRow("a title: its line ends its sentence")
            << QStringLiteral("Xin chào") << 160 << 2 << 1 << 1 << 2; // 0.75 + 0.5 + 1
        QTest::newRow("160 syllables are a minute, a half up")
            << words(160) << 160 << 160 << 1 << 1 << 62; // 60 + 0.5 + 1 = 61.5
        QTest::newRow("320 syllables, four sentences, two paragraphs")
            << QStringLiteral("%1. %1.\n\n%1. %1.").arg(words(80)) << 160 << 320 << 4 << 2
            << 124; // 120 + 2 + 2
        QTest::newRow("two sentences") << QStringLiteral("Hôm nay trời đẹp. Người dân ra đồng.")
                                       << 160 << 8 << 2 << 1 << 5; // 3 + 1 + 1
        QTest::newRow("two paragraphs") << QStringLiteral("Hôm nay trời đẹp.\n\nNgười dân ra đồng.")
                                        << 160 << 8 << 2 << 2 << 6; // 3 + 1 + 2
        QTest::newRow("a line break is a paragraph too")
            << QStringLiteral("Hội nghị\nĐã diễn ra.") << 160 << 5 << 2 << 2 << 5; // 1.875 + 1 + 2
        QTest::newRow("?! and ... are one end each")
            << QStringLiteral("Thật sao?! Vâng...") << 160 << 3 << 2 << 1 << 3; // 1.125 + 1 + 1
        QTest::newRow("the ellipsis character")
            << QStringLiteral("Chờ đã… Xong.") << 160 << 3 << 2 << 1 << 3;
        QTest::newRow("a closing quote after the full stop")
            << QStringLiteral("Ông nói: “Tốt lắm.” Rồi đi.") << 160 << 6 << 2 << 1
            << 4; // 2.25 + 1 + 1
        QTest::newRow("a bracket after the question mark")
            << QStringLiteral("(Có đúng không?) Đúng.") << 160 << 4 << 2 << 1 << 4; // 1.5 + 1 + 1
        QTest::newRow("a dash alone is not a word")
            << QStringLiteral("Hà Nội – Thủ đô") << 160 << 4 << 1 << 1 << 3; // 1.5 + 0.5 + 1
        QTest::newRow("punctuation alone ends nothing more")
            << QStringLiteral("Hết. . .") << 160 << 1 << 1 << 1 << 2; // 0.375 + 0.5 + 1
        QTest::newRow("digits are words") << QStringLiteral("năm 2024") << 160 << 2 << 1 << 1 << 2;
        QTest::newRow("a number's point is not an end")
            << QStringLiteral("tăng 3.5 lần") << 160 << 3 << 1 << 1 << 3; // 1.125 + 0.5 + 1
        QTest::newRow("tabs and no-break spaces separate words")
            << QStringLiteral("một\thai\u00a0ba") << 160 << 3 << 1 << 1 << 3;
        QTest::newRow("Windows line ends")
            << QStringLiteral("Một.\r\nHai.") << 160 << 2 << 2 << 2 << 4; // 0.75 + 1 + 2
        QTest::newRow("a slower office: 120 a minute") << words(120) << 120 << 120 << 1 << 1 << 62;
        QTest::newRow("a faster office: 200 a minute") << words(200) << 200 << 200 << 1 << 1 << 62;
        QTest::newRow("a rate of 0 is taken as 1")
            << QStringLiteral("Một") << 0 << 1 << 1 << 1 << 62; // 60 + 0.5 + 1
    }

    void durationEstimate()
    {
        QFETCH(QString, script);
        QFETCH(int, wordsPerMinute);
        QFETCH(int, words);
        QFETCH(int, sentences);
        QFETCH(int, paragraphs);
        QFETCH(int, seconds);
        const RadioDuration::Estimate e = RadioDuration::estimate(script, wordsPerMinute);
        QCOMPARE(e.words, words);
        QCOMPARE(e.sentences, sentences);
        QCOMPARE(e.paragraphs, paragraphs);
        QCOMPARE(e.seconds, seconds);
        QCOMPARE(RadioDuration::seconds(script, wordsPerMinute), seconds);
    }

    void durationIsShownMinutesAndSeconds_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("shown");
        QTest::newRow("none") << 0 << QStringLiteral("0:00");
        QTest::newRow("seconds") << 5 << QStringLiteral("0:05");
        QTest::newRow("a minute and more") << 65 << QStringLiteral("1:05");
        QTest::newRow("ten minutes") << 600 << QStringLiteral("10:00");
        QTest::newRow("over an hour") << 3725 << QStringLiteral("62:05");
        QTest::newRow("negative: its size") << -75 << QStringLiteral("1:15");
    }

    void durationIsShownMinutesAndSeconds()
    {
        QFETCH(int, seconds);
        QFETCH(QString, shown);
        QCOMPARE(RadioDuration::format(seconds), shown);
    }

    void stationsHaveUniqueNamesWhateverTheCase()
    {
        Fixture f;
        auto loud = f.radio.addStation(Station{.name = QStringLiteral("  Loa xã   An Khánh "),
                                               .kind = StationKind::Loudspeakers});
        QVERIFY2(loud, loud ? "" : qPrintable(loud.error().message));
        QCOMPARE(loud->name, QStringLiteral("Loa xã An Khánh"));
        QCOMPARE(loud->kind, StationKind::Loudspeakers);

        // Vietnamese capitals too, which SQLite's NOCASE does not fold.
        auto twice = f.radio.addStation(Station{.name = QStringLiteral("ĐÀI TRUYỀN THANH HUYỆN")});
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("exists"));
        QVERIFY2(twice.error().message.contains(QStringLiteral("Đài Truyền thanh huyện")),
                 qPrintable(twice.error().message));
        QVERIFY(!f.radio.addStation(Station{.name = QStringLiteral("loa xã an khánh")}));
        auto nameless = f.radio.addStation(Station{.name = QStringLiteral("  ")});
        QVERIFY(!nameless);
        QCOMPARE(nameless.error().message, QStringLiteral("A station needs a name."));

        auto all = f.radio.stations();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().name, QStringLiteral("Loa xã An Khánh")); // by name
    }

    void stationsAreFoundByNameOrId()
    {
        Fixture f;
        QVERIFY(f.radio.addStation(
            Station{.name = QStringLiteral("Loa xã An Khánh"), .kind = StationKind::Loudspeakers}));
        QCOMPARE(f.radio.findStation(QStringLiteral("đài truyền thanh huyện"))->id, f.station.id);
        QCOMPARE(f.radio.findStation(QStringLiteral("Dai truyen thanh huyen"))->id, f.station.id);
        QCOMPARE(f.radio.findStation(f.station.id)->id, f.station.id);
        QCOMPARE(f.radio.findStation(f.station.id.left(6))->id, f.station.id);
        // Unknown: the message lists the choices.
        auto unknown = f.radio.findStation(QStringLiteral("Đài tỉnh"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("not-found"));
        QCOMPARE(unknown.error().message,
                 QStringLiteral("No station named Đài tỉnh. The stations are: Loa xã An Khánh, "
                                "Đài Truyền thanh huyện."));
        TempDatabase empty;
        auto none = RadioRepository(empty.db()).findStation(QStringLiteral("Đài tỉnh"));
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("no station has been added yet")),
                 qPrintable(none.error().message));
    }

    void programmesAreChecked()
    {
        Fixture f;
        QCOMPARE(f.morning.startTime, QStringLiteral("06:00"));
        QCOMPARE(f.morning.stationName, f.station.name);
        QCOMPARE(f.morning.weekday, 0);

        Program p;
        p.name = QStringLiteral("Chuyên mục CCHC");
        p.stationId = f.station.id;
        p.weekday = 1;
        p.startTime = QStringLiteral("17:30");
        auto weekly = f.radio.addProgram(p);
        QVERIFY2(weekly, weekly ? "" : qPrintable(weekly.error().message));
        QCOMPARE(weekly->weekday, 1);
        QCOMPARE(weekly->lengthMinutes, 15); // the default slot

        Program bad = p;
        bad.name = QStringLiteral("Khác");
        bad.lengthMinutes = 0;
        auto refused = f.radio.addProgram(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("A programme's length must be more than 0 minutes, not 0."));
        bad.lengthMinutes = -5;
        QVERIFY(!f.radio.addProgram(bad));
        bad.lengthMinutes = 10;
        bad.weekday = 8;
        QVERIFY(!f.radio.addProgram(bad));
        bad.weekday = 0;
        bad.startTime = QStringLiteral("25:00");
        QVERIFY(!f.radio.addProgram(bad));
        bad.startTime.clear();
        bad.stationId = QStringLiteral("nope");
        QCOMPARE(f.radio.addProgram(bad).error().code, QStringLiteral("not-found"));
        // The same name twice on one station.
        QCOMPARE(f.radio.addProgram(p).error().code, QStringLiteral("exists"));

        // The same name on another station: both exist, the name alone is ambiguous.
        auto loud = f.radio.addStation(Station{.name = QStringLiteral("Loa xã An Khánh")});
        p.stationId = loud->id;
        QVERIFY(f.radio.addProgram(p));
        auto ambiguous = f.radio.findProgram(QStringLiteral("Chuyên mục CCHC"));
        QVERIFY(!ambiguous);
        QCOMPARE(ambiguous.error().code, QStringLiteral("ambiguous"));
        QCOMPARE(f.radio.findProgram(QStringLiteral("bản tin sáng"))->id, f.morning.id);
        auto unknown = f.radio.findProgram(QStringLiteral("Thời sự"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(
                     QStringLiteral("Bản tin sáng (Đài Truyền thanh huyện)")),
                 qPrintable(unknown.error().message));
        QCOMPARE(f.radio.programs()->size(), 3);
    }

    void anItemFromAnArticleIsItsReadingScript()
    {
        Fixture f;
        const QString id = f.article(
            QStringLiteral("Triển khai Kế hoạch số 65/KH-UBND"),
            QStringLiteral("Sáng 19/02/2019, UBND huyện họp."),
            QStringLiteral("<p>Có 15 xã tham gia.</p>\n<figure><img "
                           "src=\"https://hoaiduc.hanoi.gov.vn/a.jpg\" "
                           "alt=\"\">"
                           "<figcaption>Ảnh: hội nghị</figcaption></figure>\n<p>Hết.</p>"));
        auto item = f.radio.addItemFromArticle(id, f.morning.id, QDate(2024, 3, 5));
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        const QString expected = Text::readingScript(
            QStringLiteral("Triển khai Kế hoạch số 65/KH-UBND\n\nSáng 19/02/2019, UBND huyện "
                           "họp.\n\nCó 15 xã tham gia.\n\nHết."));
        QCOMPARE(item->script, expected);
        QVERIFY(item->script.contains(QStringLiteral("mười lăm xã")));
        QVERIFY(!item->script.contains(QStringLiteral("Ảnh")));
        QCOMPARE(item->title, QStringLiteral("Triển khai Kế hoạch số 65/KH-UBND"));
        QCOMPARE(item->articleId, id);
        QCOMPARE(item->durationSeconds, RadioDuration::seconds(expected));
        QCOMPARE(item->createdBy, QStringLiteral("lan"));
        QCOMPARE(item->position, 1);
        QCOMPARE(item->broadcastDate, QDate(2024, 3, 5));
        QCOMPARE(RadioRepository::scriptOf(ArticleRepository(f.t.db()).get(id).value()), expected);
        // With the office's own reading of UBND, the next item says it so.
        OfficeProfile office;
        office.glossary = {
            {QStringLiteral("UBND"), QStringLiteral("Ủy ban nhân dân huyện Hoài Đức")}};
        QVERIFY(OfficeRepository(f.t.db()).save(office));
        auto again = f.radio.addItemFromArticle(id, f.morning.id, QDate(2024, 3, 9));
        QVERIFY(again);
        QVERIFY2(again->script.contains(QStringLiteral("Ủy ban nhân dân huyện Hoài Đức huyện họp")),
                 qPrintable(again->script));

        // A table is read row by row, its cells as a list.
        const QString tableId =
            f.article(QStringLiteral("Kết quả"), QString(),
                      QStringLiteral("<table>\n<tr><th>Kênh</th><th>Số tin</th></tr>\n"
                                     "<tr><td>Cổng thông tin</td><td>12</td></tr>\n</table>"));
        QCOMPARE(
            RadioRepository::scriptOf(ArticleRepository(f.t.db()).get(tableId).value()),
            Text::readingScript(QStringLiteral("Kết quả\n\nKênh, Số tin\nCổng thông tin, 12")));

        // The next goes after it; another day starts again at 1.
        QCOMPARE(f.radio.addItemFromArticle(id, f.morning.id, QDate(2024, 3, 5))->position, 2);
        QCOMPARE(f.radio.addItemFromArticle(id, f.morning.id, QDate(2024, 3, 6))->position, 1);
        QCOMPARE(f.radio.addItemFromArticle(QStringLiteral("nope"), f.morning.id, QDate(2024, 3, 5))
                     .error()
                     .code,
                 QStringLiteral("not-found"));
    }

    void aTypedScriptIsTimedAndEditable()
    {
        Fixture f;
        const RadioItem i = f.typed(QStringLiteral("Thông báo lịch tiêm chủng\n\nTừ ngày mai."));
        QCOMPARE(i.title, QStringLiteral("Thông báo lịch tiêm chủng"));
        QVERIFY(i.articleId.isEmpty());
        QCOMPARE(i.durationSeconds, RadioDuration::seconds(QStringLiteral(
                                        "Thông báo lịch tiêm chủng\n\nTừ ngày mai.")));
        QVERIFY(f.radio.setScript(i.id, words(160)));
        QCOMPARE(f.radio.item(i.id)->durationSeconds, 62);
        QCOMPARE(f.radio.item(i.id)->script, words(160));
        RadioItem empty;
        empty.programId = f.morning.id;
        empty.broadcastDate = QDate(2024, 3, 5);
        QCOMPARE(f.radio.addItem(empty).error().message,
                 QStringLiteral("An item needs a script to read."));
        // A slower office's repository times the same script longer.
        RadioRepository slow(f.t.db(), 80);
        QVERIFY(slow.setScript(i.id, words(160)));
        QCOMPARE(f.radio.item(i.id)->durationSeconds, 122);
    }

    void anItemNeedsADateAndARadioActivity()
    {
        Fixture f;
        RadioItem i;
        i.programId = f.morning.id;
        i.script = QStringLiteral("Tin.");
        auto noDate = f.radio.addItem(i);
        QVERIFY(!noDate);
        QVERIFY2(noDate.error().message.contains(QStringLiteral("yyyy-MM-dd")),
                 qPrintable(noDate.error().message));

        PlanRepository plans(f.t.db());
        Plan p;
        p.number = QStringLiteral("65/KH-UBND");
        const QString planId = plans.create(p)->id;
        const QString portal =
            plans
                .addActivity(Activity{.planId = planId, .channel = Channel::Portal, .position = -1})
                ->id;
        const QString radio =
            plans
                .addActivity(Activity{.planId = planId, .channel = Channel::Radio, .position = -1})
                ->id;
        i.broadcastDate = QDate(2024, 3, 5);
        i.activityId = portal;
        auto refused = f.radio.addItem(i);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("only a radio activity")),
                 qPrintable(refused.error().message));
        i.activityId = QStringLiteral("nope");
        QCOMPARE(f.radio.addItem(i).error().code, QStringLiteral("not-found"));
        i.activityId = radio;
        QCOMPARE(f.radio.addItem(i)->activityId, radio);
    }

    void datesAndTimesAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date"); // invalid: refused
        QTest::newRow("yyyy-MM-dd") << QStringLiteral("2024-03-05") << QDate(2024, 3, 5);
        QTest::newRow("dd/MM/yyyy") << QStringLiteral("05/03/2024") << QDate(2024, 3, 5);
        QTest::newRow("spaces around") << QStringLiteral(" 2024-03-05 ") << QDate(2024, 3, 5);
        QTest::newRow("no such day") << QStringLiteral("2024-02-30") << QDate();
        QTest::newRow("one-digit month") << QStringLiteral("2024-3-5") << QDate();
        QTest::newRow("a word") << QStringLiteral("mai") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void datesAndTimesAsTyped()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const auto parsed = RadioRepository::parseDate(text);
        QCOMPARE(parsed.ok(), date.isValid());
        if (parsed)
            QCOMPARE(parsed.value(), date);
        else
            QVERIFY2(parsed.error().message.contains(QStringLiteral("yyyy-MM-dd")),
                     qPrintable(parsed.error().message));
    }

    void airedTimesAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");                            // invalid: refused
        const QDateTime at(QDate(2024, 3, 4), QTime(23, 15), Qt::UTC); // 06:15 in Hà Nội
        QTest::newRow("local time") << QStringLiteral("2024-03-05 06:15") << at;
        QTest::newRow("local, one-digit hour") << QStringLiteral("2024-03-05 6:15") << at;
        QTest::newRow("dd/MM/yyyy") << QStringLiteral("05/03/2024 06:15") << at;
        QTest::newRow("ISO with an offset") << QStringLiteral("2024-03-05T06:15:00+07:00") << at;
        QTest::newRow("ISO in UTC") << QStringLiteral("2024-03-04T23:15:00Z") << at;
        QTest::newRow("ISO without a zone: local") << QStringLiteral("2024-03-05T06:15") << at;
        QTest::newRow("a date alone") << QStringLiteral("2024-03-05") << QDateTime();
        QTest::newRow("no such hour") << QStringLiteral("2024-03-05 25:00") << QDateTime();
        QTest::newRow("words") << QStringLiteral("sáng nay") << QDateTime();
    }

    void airedTimesAsTyped()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const auto parsed = RadioRepository::parseAiredAt(text);
        QCOMPARE(parsed.ok(), utc.isValid());
        if (parsed)
            QCOMPARE(parsed.value(), utc);
        else
            QVERIFY2(parsed.error().message.contains(QStringLiteral("yyyy-MM-dd HH:MM")),
                     qPrintable(parsed.error().message));
    }

    void rundownAddsUpAgainstTheSlot()
    {
        Fixture f;                                   // a one-minute slot
        const RadioItem first = f.typed(words(80));  // 30 + 0.5 + 1 = 31.5 -> 32
        const RadioItem second = f.typed(words(40)); // 15 + 1.5 = 16.5 -> 17
        f.typed(words(10), QDate(2024, 3, 6));       // another day
        auto r = f.radio.rundown(f.morning.id, QDate(2024, 3, 5));
        QVERIFY(r);
        QCOMPARE(r->items.size(), 2);
        QCOMPARE(r->items.at(0).id, first.id);
        QCOMPARE(r->items.at(0).durationSeconds, 32);
        QCOMPARE(r->items.at(1).durationSeconds, 17);
        QCOMPARE(r->totalSeconds, 49);
        QCOMPARE(r->slotSeconds(), 60);
        QVERIFY(!r->over());
        QCOMPARE(r->overBySeconds(), 0);

        const RadioItem third = f.typed(words(40));
        r = f.radio.rundown(f.morning.id, QDate(2024, 3, 5));
        QCOMPARE(r->totalSeconds, 66);
        QVERIFY(r->over());
        QCOMPARE(r->overBySeconds(), 6);

        // Reordered: the third first; the others close up.
        QVERIFY(f.radio.moveItem(third.id, 1));
        r = f.radio.rundown(f.morning.id, QDate(2024, 3, 5));
        QCOMPARE(r->items.at(0).id, third.id);
        QCOMPARE(r->items.at(1).id, first.id);
        QCOMPARE(r->items.at(2).id, second.id);
        QCOMPARE(r->items.at(2).position, 3);
        // Beyond the end is last.
        QVERIFY(f.radio.moveItem(third.id, 99));
        r = f.radio.rundown(f.morning.id, QDate(2024, 3, 5));
        QCOMPARE(r->items.last().id, third.id);
        QCOMPARE(r->items.last().position, 3);
        QCOMPARE(f.radio.moveItem(QStringLiteral("nope"), 1).error().code,
                 QStringLiteral("not-found"));

        // Removed: out of the rundown, no gap left.
        QVERIFY(f.radio.removeItem(first.id));
        r = f.radio.rundown(f.morning.id, QDate(2024, 3, 5));
        QCOMPARE(r->items.size(), 2);
        QCOMPARE(r->items.at(0).id, second.id);
        QCOMPARE(r->items.at(0).position, 1);
        QCOMPARE(r->items.at(1).position, 2);
        QVERIFY(!f.radio.item(first.id));
        QCOMPARE(f.radio.rundown(f.morning.id, QDate(2024, 3, 7))->items.size(), 0);
    }

    void itemsAreFoundByIdPrefix()
    {
        Fixture f;
        const RadioItem i = f.typed(QStringLiteral("Tin."));
        QCOMPARE(f.radio.findItem(i.id)->id, i.id);
        QCOMPARE(f.radio.findItem(i.id.left(8))->id, i.id);
        QCOMPARE(f.radio.findItem(i.id.left(2)).error().code, QStringLiteral("not-found"));
        QCOMPARE(f.radio.findItem(QStringLiteral("zzzzzz")).error().code,
                 QStringLiteral("not-found"));
    }

    void broadcastsAreLogged()
    {
        Fixture f;
        auto loud = f.radio.addStation(
            Station{.name = QStringLiteral("Loa xã An Khánh"), .kind = StationKind::Loudspeakers});
        const RadioItem i = f.typed(QStringLiteral("Tin cải cách hành chính."));
        const QDateTime six(QDate(2024, 3, 4), QTime(23, 0), Qt::UTC); // 06:00, 5 March
        auto onStation = f.radio.markAired(i.id, f.station.id, six);
        QVERIFY2(onStation, onStation ? "" : qPrintable(onStation.error().message));
        QCOMPARE(onStation->recordedBy, QStringLiteral("lan")); // the acting user
        QCOMPARE(onStation->airedAt, six);
        QCOMPARE(onStation->stationName, f.station.name);
        QCOMPARE(onStation->itemTitle, i.title);
        QVERIFY(f.radio.markAired(i.id, loud->id, six.addSecs(30 * 60)));

        // The same broadcast twice is refused, seconds apart or not.
        auto twice = f.radio.markAired(i.id, f.station.id, six.addSecs(20));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("exists"));
        // A time to come, an unknown item or station.
        QVERIFY(!f.radio.markAired(i.id, f.station.id, QDateTime::currentDateTimeUtc().addDays(1)));
        QCOMPARE(f.radio.markAired(QStringLiteral("nope"), f.station.id, six).error().code,
                 QStringLiteral("not-found"));
        QCOMPARE(f.radio.markAired(i.id, QStringLiteral("nope"), six).error().code,
                 QStringLiteral("not-found"));

        QCOMPARE(f.radio.airedOfItem(i.id)->size(), 2);
        // By local day: 06:00 on 5 March in Hà Nội is 4 March in UTC.
        QCOMPARE(f.radio.aired(QDate(2024, 3, 5), QDate(2024, 3, 5))->size(), 2);
        QCOMPARE(f.radio.aired(QDate(2024, 3, 4), QDate(2024, 3, 4))->size(), 0);
        QCOMPARE(f.radio.aired()->size(), 2);
        QCOMPARE(f.radio.aired(QDate(2024, 3, 6))->size(), 0);

        QVERIFY(f.radio.removeAired(onStation->id));
        QCOMPARE(f.radio.aired()->size(), 1);
        QCOMPARE(f.radio.aired()->first().stationName, QStringLiteral("Loa xã An Khánh"));
        QCOMPARE(f.radio.removeAired(onStation->id).error().code, QStringLiteral("not-found"));
        // Removed, the same broadcast may be recorded again.
        QVERIFY(f.radio.markAired(i.id, f.station.id, six));
    }

    void writesAnnounceTheRadioTopic()
    {
        Fixture f;
        QSignalSpy spy(&f.t.db().changes(), &ChangeNotifier::changed);
        QVERIFY(f.radio.addStation(Station{.name = QStringLiteral("Loa xã Vân Canh")}));
        QTRY_VERIFY(!spy.isEmpty());
        Changes what;
        for (const auto &args : spy)
            what |= args.at(0).value<Changes>();
        QVERIFY(what.testFlag(Change::Radio));
        QVERIFY(!what.testFlag(Change::Plans));

        // An item, and a broadcast, move a plan's progress: the plan window hears them too.
        spy.clear();
        const RadioItem i = f.typed(QStringLiteral("Tin."));
        QTRY_VERIFY(!spy.isEmpty());
        QVERIFY(spy.first().at(0).value<Changes>().testFlag(Change::Plans));
        spy.clear();
        QVERIFY(f.radio.markAired(i.id, f.station.id,
                                  QDateTime(QDate(2024, 3, 5), QTime(6, 0)).toUTC()));
        QTRY_VERIFY(!spy.isEmpty());
        what = {};
        for (const auto &args : spy)
            what |= args.at(0).value<Changes>();
        QVERIFY(what.testFlag(Change::Radio));
        QVERIFY(what.testFlag(Change::Plans));
        QVERIFY(!what.testFlag(Change::Articles));
    }

    void exportFileNames_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::newRow("slug") << 1 << QStringLiteral("Hội nghị triển khai Kế hoạch 65/KH-UBND")
                              << QStringLiteral("01-hoi-nghi-trien-khai-ke-hoach-65-kh-ubnd.txt");
        QTest::newRow("two digits")
            << 12 << QStringLiteral("Đường dây nóng") << QStringLiteral("12-duong-day-nong.txt");
        QTest::newRow("more than 99")
            << 105 << QStringLiteral("Tin") << QStringLiteral("105-tin.txt");
        QTest::newRow("no letter") << 3 << QStringLiteral("…") << QStringLiteral("03.txt");
    }

    void exportFileNames()
    {
        QFETCH(int, position);
        QFETCH(QString, title);
        QFETCH(QString, name);
        QCOMPARE(radioItemFileName(position, title, QStringLiteral("txt")), name);
    }
};

QTEST_GUILESS_MAIN(TestRadioRepository)
#include "TestRadioRepository.moc"
