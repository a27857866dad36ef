// The visual campaigns' register: items, their dates and statuses, evidence photos with the
// date and position their camera wrote (EXIF), the slogan library, forms typed in Vietnamese.
#include "ExifPhoto.h"
#include "HanoiTime.h"
#include "TempDatabase.h"
#include "plan/PlanRepository.h"
#include "store/ChangeNotifier.h"
#include "store/ImageStore.h"
#include "visual/PhotoExif.h"
#include "visual/VisualRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace PressDesk;
using ExifPhoto::photoWithExif;
using ExifPhoto::plainJpeg;

Q_DECLARE_METATYPE(std::optional<PressDesk::VisualForm>)

namespace {

// A plan for 2019 with a visual activity (and a radio one, which counts no banner).
class Fixture
{
public:
    TempDatabase t;
    PlanRepository plans{t.db()};
    VisualRepository visual{t.db()};
    QString planId;
    QString activityId;
    QString radioActivityId;

    Fixture()
    {
        t.db().setActingUser(QStringLiteral("lan"));
        Plan p;
        p.number = QStringLiteral("65/KH-UBND");
        p.issueDate = QDate(2019, 2, 19);
        p.periodStart = QDate(2019, 1, 1);
        p.periodEnd = QDate(2019, 12, 31);
        planId = plans.create(p)->id;
        activityId = activity(planId, Channel::VisualCampaign);
        radioActivityId = activity(planId, Channel::Radio);
    }

    QString activity(const QString &plan, Channel channel)
    {
        Activity a;
        a.planId = plan;
        a.channel = channel;
        a.target = 10;
        a.unit = QStringLiteral("băng rôn");
        auto added = plans.addActivity(a);
        if (!added)
            qFatal("addActivity: %s", qPrintable(added.error().message));
        return added->id;
    }

    VisualItem banners(int quantity = 6) const
    {
        VisualItem i;
        i.activityId = activityId;
        i.form = VisualForm::Banner;
        i.quantity = quantity;
        i.commune = QStringLiteral("Thị trấn Trạm Trôi");
        i.place = QStringLiteral("Quốc lộ 32");
        i.plannedDate = QDate(2019, 2, 25);
        return i;
    }
};

} // namespace

class TestVisualRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(useHanoiLocalTime());
    }

    void formsAsPeopleTypeThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<std::optional<VisualForm>>("form");
        const auto f = [](VisualForm form) {
            return std::optional<VisualForm>(form);
        };
        QTest::newRow("key") << QStringLiteral("banner") << f(VisualForm::Banner);
        QTest::newRow("Vietnamese") << QStringLiteral("băng rôn") << f(VisualForm::Banner);
        QTest::newRow("no diacritics") << QStringLiteral("bang ron") << f(VisualForm::Banner);
        QTest::newRow("capitals, no space") << QStringLiteral("BĂNGRÔN") << f(VisualForm::Banner);
        QTest::newRow("pano") << QStringLiteral("Pano") << f(VisualForm::Panel);
        QTest::newRow("panô") << QStringLiteral("panô") << f(VisualForm::Panel);
        QTest::newRow("áp phích") << QStringLiteral("áp phích") << f(VisualForm::Poster);
        QTest::newRow("ap phich") << QStringLiteral("ap phich") << f(VisualForm::Poster);
        QTest::newRow("led key") << QStringLiteral("led_screen") << f(VisualForm::LedScreen);
        QTest::newRow("màn hình LED") << QStringLiteral("màn hình LED") << f(VisualForm::LedScreen);
        QTest::newRow("man hinh led") << QStringLiteral("man hinh led") << f(VisualForm::LedScreen);
        QTest::newRow("tờ rơi") << QStringLiteral("tờ rơi") << f(VisualForm::Leaflet);
        QTest::newRow("to roi") << QStringLiteral("to roi") << f(VisualForm::Leaflet);
        QTest::newRow("khẩu hiệu") << QStringLiteral("khẩu hiệu") << f(VisualForm::Slogan);
        QTest::newRow("khau hieu") << QStringLiteral("  khau  hieu ") << f(VisualForm::Slogan);
        QTest::newRow("English") << QStringLiteral("Poster") << f(VisualForm::Poster);
        QTest::newRow("unknown") << QStringLiteral("biển quảng cáo") << std::optional<VisualForm>();
        QTest::newRow("empty") << QString() << std::optional<VisualForm>();
    }

    void formsAsPeopleTypeThem()
    {
        QFETCH(QString, typed);
        QFETCH(std::optional<VisualForm>, form);
        QCOMPARE(visualFormFromText(typed), form);
    }

    void keysAreStable()
    {
        QStringList keys;
        for (VisualForm f : allVisualForms()) {
            keys << visualFormKey(f);
            QCOMPARE(visualFormFromKey(visualFormKey(f)), std::optional<VisualForm>(f));
            QVERIFY(!visualFormDisplayName(f).isEmpty());
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("banner"), QStringLiteral("panel"),
                                    QStringLiteral("poster"), QStringLiteral("led_screen"),
                                    QStringLiteral("leaflet"), QStringLiteral("slogan")}));
    }

    void itemRoundTrip()
    {
        Fixture f;
        VisualItem i = f.banners();
        i.content = QStringLiteral("  Cải cách hành chính vì nhân dân phục vụ ");
        i.size = QStringLiteral("0,8 ×  7 m");
        i.latitude = 21.0703;
        i.longitude = 105.7068;
        i.responsibleUnit = QStringLiteral("Trung tâm Văn hóa – Thông tin và Thể thao huyện");
        i.installedDate = QDate(2019, 2, 26);
        auto added = f.visual.addItem(i);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QVERIFY(!added->id.isEmpty());

        auto got = f.visual.item(added->id);
        QVERIFY(got);
        QCOMPARE(got->activityId, f.activityId);
        QCOMPARE(got->content, QStringLiteral("Cải cách hành chính vì nhân dân phục vụ"));
        QCOMPARE(got->form, VisualForm::Banner);
        QCOMPARE(got->size, QStringLiteral("0,8 × 7 m"));
        QCOMPARE(got->quantity, 6);
        QCOMPARE(got->location(), QStringLiteral("Quốc lộ 32, Thị trấn Trạm Trôi"));
        QCOMPARE(*got->latitude, 21.0703);
        QCOMPARE(*got->longitude, 105.7068);
        QCOMPARE(got->responsibleUnit, i.responsibleUnit);
        QCOMPARE(got->plannedDate, QDate(2019, 2, 25));
        QCOMPARE(got->installedDate, QDate(2019, 2, 26));
        QVERIFY(!got->removedDate.isValid());
        QCOMPARE(got->status, VisualStatus::Installed);
        QCOMPARE(got->createdBy, QStringLiteral("lan"));
        QVERIFY(got->photos.isEmpty());

        // A planned one, without coordinates; both listed for the plan, oldest first.
        VisualItem panel = f.banners(1);
        panel.form = VisualForm::Panel;
        panel.plannedDate = QDate(2019, 3, 15);
        auto planned = f.visual.addItem(panel);
        QVERIFY(planned);
        QCOMPARE(planned->status, VisualStatus::Planned);
        QVERIFY(!planned->latitude && !planned->longitude);
        auto list = f.visual.items(f.planId);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, added->id);
        QCOMPARE(list->at(1).id, planned->id);
        QCOMPARE(f.visual.items()->size(), 2);
        QCOMPARE(f.visual.itemsOfActivity(f.activityId)->size(), 2);

        // Another plan's register is its own.
        Plan other;
        other.number = QStringLiteral("12/KH-UBND");
        other.periodStart = QDate(2019, 1, 1);
        other.periodEnd = QDate(2019, 12, 31);
        const QString otherPlan = f.plans.create(other)->id;
        QVERIFY(f.visual.items(otherPlan)->isEmpty());

        // Found by the start of its id; a removed entry is gone from the register.
        QCOMPARE(f.visual.findItem(added->id.left(8))->id, added->id);
        QCOMPARE(f.visual.findItem(QStringLiteral("ab")).error().code, QStringLiteral("not-found"));
        QVERIFY(f.visual.deleteItem(added->id));
        QCOMPARE(f.visual.item(added->id).error().code, QStringLiteral("not-found"));
        QCOMPARE(f.visual.items(f.planId)->size(), 1);
        // Waiting for the office server's sync like the plan's rows.
        QSqlQuery q(f.t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT dirty, deleted, local_rev FROM visual_items "
                                      "WHERE id = '%1'")
                           .arg(added->id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 2);
    }

    // A correction: the fields change under the rules of a new item, the installation stays,
    // and the row waits for the office server's sync.
    void anItemIsCorrected()
    {
        Fixture f;
        VisualItem i = f.banners();
        i.installedDate = QDate(2019, 2, 26);
        const VisualItem added = f.visual.addItem(i).value();
        VisualItem edited = added;
        edited.quantity = 8;
        edited.place = QStringLiteral("  Đường Lê   Lợi ");
        edited.form = VisualForm::Panel;
        edited.installedDate = QDate(2019, 3, 1); // not changed by a correction
        auto updated = f.visual.updateItem(edited);
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
        QCOMPARE(updated->quantity, 8);
        QCOMPARE(updated->place, QStringLiteral("Đường Lê Lợi"));
        QCOMPARE(updated->form, VisualForm::Panel);
        QCOMPARE(updated->installedDate, QDate(2019, 2, 26));
        QCOMPARE(updated->status, VisualStatus::Installed);
        QSqlQuery q(f.t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT dirty, local_rev FROM visual_items WHERE id = '%1'")
                           .arg(added.id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 2);

        edited.quantity = 0;
        QCOMPARE(f.visual.updateItem(edited).error().code, QStringLiteral("invalid"));
        edited.quantity = 2;
        edited.commune.clear();
        edited.place.clear();
        edited.latitude.reset();
        edited.longitude.reset();
        QVERIFY(f.visual.updateItem(edited).error().message.contains(QStringLiteral("Where")));
        QCOMPARE(f.visual.item(added.id)->quantity, 8); // nothing of a refused correction
        edited.id = QStringLiteral("nope");
        QCOMPARE(f.visual.updateItem(edited).error().code, QStringLiteral("not-found"));
    }

    void refusedInTheUsersWords_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("activity"); // "visual", "radio" or an id
        QTest::addColumn<QDate>("installed");
        QTest::addColumn<QDate>("removed");
        QTest::addColumn<bool>("latitudeOnly");
        QTest::addColumn<bool>("noPlace");
        QTest::addColumn<QString>("message");

        const QDate none;
        const QString visual = QStringLiteral("visual");
        QTest::newRow("quantity 0") << 0 << visual << none << none << false << false
                                    << QStringLiteral("The quantity must be 1 or more, not 0.");
        QTest::newRow("quantity below 0")
            << -3 << visual << none << none << false << false
            << QStringLiteral("The quantity must be 1 or more, not -3.");
        QTest::newRow("unknown activity") << 1 << QStringLiteral("nope") << none << none << false
                                          << false << QStringLiteral("No activity with id nope.");
        QTest::newRow("no activity")
            << 1 << QString() << none << none << false << false
            << QStringLiteral("Which activity of the plan does the item count for?");
        QTest::newRow("a radio activity")
            << 1 << QStringLiteral("radio") << none << none << false << false
            << QStringLiteral("only a visual campaign activity counts banners");
        QTest::newRow("installed tomorrow")
            << 1 << visual << QDate::currentDate().addDays(1) << none << false << false
            << QStringLiteral("is still to come: record an installation once it is done.");
        QTest::newRow("removed before installed")
            << 1 << visual << QDate(2019, 3, 1) << QDate(2019, 2, 28) << false << false
            << QStringLiteral("The removal (28/02/2019) cannot be before the installation "
                              "(01/03/2019).");
        QTest::newRow("removed, never installed")
            << 1 << visual << none << QDate(2019, 3, 1) << false << false
            << QStringLiteral("only an installed item can be removed.");
        QTest::newRow("half a position")
            << 1 << visual << none << none << true << false
            << QStringLiteral("A position needs both its latitude and its longitude.");
        QTest::newRow("nowhere") << 1 << visual << none << none << false << true
                                 << QStringLiteral("Where is it?");
    }

    void refusedInTheUsersWords()
    {
        QFETCH(int, quantity);
        QFETCH(QString, activity);
        QFETCH(QDate, installed);
        QFETCH(QDate, removed);
        QFETCH(bool, latitudeOnly);
        QFETCH(bool, noPlace);
        QFETCH(QString, message);

        Fixture f;
        VisualItem i = f.banners(quantity);
        i.activityId = activity == QLatin1String("visual")  ? f.activityId
                       : activity == QLatin1String("radio") ? f.radioActivityId
                                                            : activity;
        i.installedDate = installed;
        i.removedDate = removed;
        if (latitudeOnly)
            i.latitude = 21.07;
        if (noPlace)
            i.commune = i.place = QString();
        auto added = f.visual.addItem(i);
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QVERIFY(f.visual.items()->isEmpty());
    }

    void installedEarlierThanPlannedIsKept()
    {
        // Put up three days before the day planned: accepted, the planned day kept.
        Fixture f;
        auto added = f.visual.addItem(f.banners());
        QVERIFY(added);
        QVERIFY(f.visual.install(added->id, QDate(2019, 2, 22)));
        auto got = f.visual.item(added->id);
        QCOMPARE(got->status, VisualStatus::Installed);
        QCOMPARE(got->installedDate, QDate(2019, 2, 22));
        QCOMPARE(got->plannedDate, QDate(2019, 2, 25));
    }

    void installThenRemove()
    {
        Fixture f;
        auto added = f.visual.addItem(f.banners());
        QVERIFY(added);
        QCOMPARE(added->status, VisualStatus::Planned);
        // Not installed: nothing to take down.
        auto early = f.visual.remove(added->id, QDate(2019, 3, 1));
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("only an installed item")));

        QVERIFY(f.visual.install(added->id, QDate(2019, 2, 26)));
        QCOMPARE(f.visual.item(added->id)->status, VisualStatus::Installed);
        // A removal before the installation, or still to come, is refused; the item unchanged.
        QVERIFY(!f.visual.remove(added->id, QDate(2019, 2, 25)));
        QVERIFY(!f.visual.remove(added->id, QDate::currentDate().addDays(2)));
        QCOMPARE(f.visual.item(added->id)->status, VisualStatus::Installed);
        QVERIFY(f.visual.remove(added->id, QDate(2019, 5, 1)));
        auto got = f.visual.item(added->id);
        QCOMPARE(got->status, VisualStatus::Removed);
        QCOMPARE(got->installedDate, QDate(2019, 2, 26));
        QCOMPARE(got->removedDate, QDate(2019, 5, 1));
        // Taken down, it is not put up again under the same entry.
        auto again = f.visual.install(added->id, QDate(2019, 6, 1));
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("01/05/2019")),
                 qPrintable(again.error().message));
        QCOMPARE(f.visual.install(QStringLiteral("nope"), QDate(2019, 6, 1)).error().code,
                 QStringLiteral("not-found"));
    }

    void theStoreKeepsStatusAndDatesTogether()
    {
        // Even a write that bypasses the repository cannot make a removed item never installed.
        Fixture f;
        QSqlQuery q(f.t.db().connection());
        QVERIFY(!q.exec(
            QStringLiteral(
                "INSERT INTO visual_items (id, activity_id, form, quantity, status, removed_date, "
                "created_at, updated_at) VALUES ('x', '%1', 'banner', 1, 'removed', '2019-03-01', "
                "'', '')")
                .arg(f.activityId)));
        QVERIFY(!q.exec(
            QStringLiteral(
                "INSERT INTO visual_items (id, activity_id, form, quantity, status, created_at, "
                "updated_at) VALUES ('y', '%1', 'billboard', 1, 'planned', '', '')")
                .arg(f.activityId)));
        QVERIFY(!q.exec(
            QStringLiteral(
                "INSERT INTO visual_items (id, activity_id, form, quantity, status, created_at, "
                "updated_at) VALUES ('z', '%1', 'banner', 0, 'planned', '', '')")
                .arg(f.activityId)));
    }

    void photoExifDateAndPosition()
    {
        const PhotoExif north =
            PhotoExif::read(photoWithExif("2019:02:26 08:15:30", 21.0703, 105.7068));
        QCOMPARE(north.takenAt, QDateTime(QDate(2019, 2, 26), QTime(8, 15, 30)));
        QVERIFY(north.latitude && north.longitude);
        QVERIFY(std::abs(*north.latitude - 21.0703) < 1e-5);
        QVERIFY(std::abs(*north.longitude - 105.7068) < 1e-5);

        const PhotoExif south =
            PhotoExif::read(photoWithExif("2020:01:02 10:00:00", -33.8688, -70.5));
        QVERIFY(std::abs(*south.latitude + 33.8688) < 1e-5);
        QVERIFY(std::abs(*south.longitude + 70.5) < 1e-5);

        // A date but no GPS; a camera whose clock was never set; no EXIF at all; not a photo.
        const PhotoExif dateOnly = PhotoExif::read(photoWithExif("2019:03:01 07:00:00"));
        QCOMPARE(dateOnly.takenAt.date(), QDate(2019, 3, 1));
        QVERIFY(!dateOnly.latitude && !dateOnly.longitude);
        QVERIFY(!PhotoExif::read(photoWithExif("0000:00:00 00:00:00")).takenAt.isValid());
        const PhotoExif none = PhotoExif::read(plainJpeg());
        QVERIFY(!none.takenAt.isValid());
        QVERIFY(!none.latitude && !none.longitude);
        QVERIFY(!PhotoExif::read(QByteArray("not a photo at all")).takenAt.isValid());
        QVERIFY(!PhotoExif::read(QByteArray()).takenAt.isValid());
    }

    void photosAreEvidence()
    {
        Fixture f;
        VisualItem i = f.banners();
        i.installedDate = QDate(2019, 2, 26);
        auto added = f.visual.addItem(i);
        QVERIFY(added);
        const QByteArray bytes = photoWithExif("2019:02:26 08:15:30", 21.0703, 105.7068);
        auto photo = f.visual.addPhoto(added->id, bytes, QStringLiteral("/tmp/dcim/IMG_0412.jpg"));
        QVERIFY2(photo, photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->fileName, QStringLiteral("IMG_0412.jpg"));
        QCOMPARE(photo->takenAt, QDateTime(QDate(2019, 2, 26), QTime(8, 15, 30)));
        QVERIFY(std::abs(*photo->latitude - 21.0703) < 1e-5);
        QVERIFY(std::abs(*photo->longitude - 105.7068) < 1e-5);
        QCOMPARE(photo->createdBy, QStringLiteral("lan"));
        // Stored like an article's image: the same bytes come back.
        QCOMPARE(ImageStore(f.t.db()).data(photo->imageHash).value(), bytes);

        auto plain = f.visual.addPhoto(added->id, plainJpeg(), QStringLiteral("scan.jpg"));
        QVERIFY(plain);
        QVERIFY(!plain->takenAt.isValid());
        QVERIFY(!plain->latitude && !plain->longitude);

        // Not an image: refused, naming the file; nothing added.
        auto text = f.visual.addPhoto(added->id, QByteArray("hello"), QStringLiteral("notes.txt"));
        QVERIFY(!text);
        QVERIFY2(text.error().message.startsWith(QStringLiteral("notes.txt: ")),
                 qPrintable(text.error().message));
        QCOMPARE(f.visual.addPhoto(QStringLiteral("nope"), bytes, {}).error().code,
                 QStringLiteral("not-found"));

        auto got = f.visual.item(added->id);
        QCOMPARE(got->photos.size(), 2);
        QCOMPARE(got->photos.at(0).id, photo->id);
        QCOMPARE(got->photos.at(0).takenAt, photo->takenAt);
        QCOMPARE(got->photos.at(1).id, plain->id);
        QCOMPARE(f.visual.items(f.planId)->first().photos.size(), 2);
    }

    void sloganLibrary()
    {
        Fixture f;
        VisualSlogan s;
        s.planId = f.planId;
        s.text = QStringLiteral("Cải cách hành chính  vì nhân dân phục vụ");
        s.topic = QStringLiteral("Đổi mới phương thức cung ứng dịch vụ công");
        auto added = f.visual.addSlogan(s);
        QVERIFY(added);
        QCOMPARE(added->text, QStringLiteral("Cải cách hành chính vì nhân dân phục vụ"));
        // The same words, without diacritics or in capitals, are already there.
        s.text = QStringLiteral("CAI CACH HANH CHINH VI NHAN DAN PHUC VU");
        auto twice = f.visual.addSlogan(s);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("exists"));
        s.text = QStringLiteral("   ");
        QVERIFY(!f.visual.addSlogan(s));
        s.text = QStringLiteral("Dân biết, dân bàn, dân làm, dân kiểm tra");
        s.planId = QStringLiteral("nope");
        QVERIFY(!f.visual.addSlogan(s));
        QCOMPARE(f.visual.slogans(f.planId)->size(), 1);

        // An item carrying it takes its words.
        VisualItem i = f.banners();
        i.sloganId = added->id;
        auto item = f.visual.addItem(i);
        QVERIFY(item);
        QCOMPARE(item->sloganId, added->id);
        QCOMPARE(item->content, added->text);

        // Another plan's slogan is refused.
        Plan other;
        other.number = QStringLiteral("12/KH-UBND");
        other.periodStart = QDate(2019, 1, 1);
        other.periodEnd = QDate(2019, 12, 31);
        const QString otherPlan = f.plans.create(other)->id;
        VisualSlogan theirs;
        theirs.planId = otherPlan;
        theirs.text = QStringLiteral("Dân biết, dân bàn, dân làm, dân kiểm tra");
        auto foreign = f.visual.addSlogan(theirs);
        QVERIFY(foreign);
        i.sloganId = foreign->id;
        auto refused = f.visual.addItem(i);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("another plan's library")));
    }

    void writesAnnounceTheVisualTopic()
    {
        Fixture f;
        QSignalSpy spy(&f.t.db().changes(), &ChangeNotifier::changed);
        f.t.db().changes().resetBaseline(); // the fixture's plan is not what is watched here
        VisualSlogan s;
        s.planId = f.planId;
        s.text = QStringLiteral("Dân biết, dân bàn, dân làm, dân kiểm tra");
        QVERIFY(f.visual.addSlogan(s));
        QTRY_VERIFY(!spy.isEmpty());
        Changes what;
        for (const auto &args : spy)
            what |= args.at(0).value<Changes>();
        QVERIFY(what.testFlag(Change::Visual));
        QVERIFY(!what.testFlag(Change::Plans));

        // An item moves a plan's progress: the plan window hears it too.
        spy.clear();
        auto added = f.visual.addItem(f.banners());
        QVERIFY(added);
        QTRY_VERIFY(!spy.isEmpty());
        what = {};
        for (const auto &args : spy)
            what |= args.at(0).value<Changes>();
        QVERIFY(what.testFlag(Change::Visual));
        QVERIFY(what.testFlag(Change::Plans));
        QVERIFY(!what.testFlag(Change::Radio));
    }

    void datesAsTyped()
    {
        QCOMPARE(VisualRepository::parseDate(QStringLiteral("2019-02-26")).value(),
                 QDate(2019, 2, 26));
        QCOMPARE(VisualRepository::parseDate(QStringLiteral(" 26/02/2019 ")).value(),
                 QDate(2019, 2, 26));
        auto bad = VisualRepository::parseDate(QStringLiteral("26.2.19"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("“26.2.19”")));
    }
};

QTEST_GUILESS_MAIN(TestVisualRepository)
#include "TestVisualRepository.moc"
