// The visual campaign window as the office's staff use it (Plans → Visual campaigns…): the
// newest plan's register, an item added (the plan's visual activity counts it only once it is
// installed), marked installed with a photo whose EXIF date and position are shown, marked
// removed, refusals kept in the dialog in words, the photos as thumbnails and larger, the
// slogan library, the filter by status, the window following the store. Widgets are found by
// object name; what is stored is checked through VisualRepository. With
// PRESSDESK_SCREENSHOT_DIR set, the window on the demo content is saved there in Vietnamese
// (visual-window.png).
#include "ExifPhoto.h"
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"
#include "visual/VisualDialogs.h"
#include "visual/VisualRepository.h"
#include "visual/VisualWindow.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace PressDesk;
using TestSupport::answerModal;
using TestSupport::child;
using TestSupport::clickDialogButton;

namespace {

enum {
    FormColumn = 0,
    ContentColumn = 1,
    QuantityColumn = 3,
    StatusColumn = 10,
    PhotosColumn = 11
};

// A photo of a banner by a road, as a phone writes it: the time it was taken and where in its
// EXIF (the EXIF segment of ExifPhoto's JPEG put into this picture's).
QByteArray bannerPhoto(const char *takenAt, std::optional<double> latitude = {},
                       std::optional<double> longitude = {})
{
    QImage image(640, 480, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(image.rect(), QColor(0x9c, 0xc9, 0xe8));            // the sky
    p.fillRect(QRect(0, 300, 640, 180), QColor(0x5b, 0x5b, 0x5b)); // the road
    p.fillRect(QRect(0, 280, 640, 20), QColor(0x6a, 0x9a, 0x4a));
    p.setPen(QPen(QColor(0x44, 0x44, 0x44), 6));
    p.drawLine(60, 120, 60, 320);
    p.drawLine(580, 120, 580, 320);
    p.fillRect(QRect(60, 120, 520, 80), QColor(0xc6, 0x1c, 0x1c)); // the banner
    p.setPen(QColor(0xff, 0xe0, 0x66));
    QFont f = p.font();
    f.setPixelSize(26);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(60, 120, 520, 80), Qt::AlignCenter | Qt::TextWordWrap,
               QStringLiteral("CẢI CÁCH HÀNH CHÍNH VÌ NHÂN DÂN PHỤC VỤ"));
    p.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPG"))
        qFatal("cannot write a JPEG");
    const QByteArray exif = ExifPhoto::photoWithExif(takenAt, latitude, longitude);
    const int length = (uchar(exif.at(4)) << 8) | uchar(exif.at(5));
    return jpeg.left(2) + exif.mid(2, 2 + length) + jpeg.mid(2);
}

} // namespace

class TestVisualGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_shots;
    Plan m_plan;
    QString m_activityId;

    Database &db() { return *m_db; }

    // Plan 65/KH-UBND with a visual campaign activity (10 banners) and, older, another plan.
    void addPlan()
    {
        PlanRepository plans(db());
        const QDate today = QDate::currentDate();
        Plan older;
        older.number = QStringLiteral("12/KH-UBND");
        older.title = QStringLiteral("Tuyên truyền phổ biến pháp luật");
        older.issuingBody = QStringLiteral("UBND huyện Hoài Đức");
        older.issueDate = today.addDays(-90);
        older.periodStart = today.addDays(-90);
        older.periodEnd = today.addDays(-40);
        QVERIFY(plans.create(older));
        Plan p;
        p.number = QStringLiteral("65/KH-UBND");
        p.title = QStringLiteral("Tuyên truyền cải cách hành chính");
        p.issuingBody = QStringLiteral("UBND huyện Hoài Đức");
        p.theme = QStringLiteral("Cải cách hành chính vì nhân dân phục vụ");
        p.issueDate = today.addDays(-30);
        p.periodStart = today.addDays(-30);
        p.periodEnd = today.addDays(60);
        auto plan = plans.create(p);
        QVERIFY(plan);
        m_plan = plan.value();
        Activity radio;
        radio.planId = m_plan.id;
        radio.channel = Channel::Radio;
        radio.description = QStringLiteral("Phát thanh về cải cách hành chính");
        QVERIFY(plans.addActivity(radio));
        Activity a;
        a.planId = m_plan.id;
        a.channel = Channel::VisualCampaign;
        a.description = QStringLiteral("Treo băng rôn tuyên truyền cải cách hành chính");
        a.target = 10;
        a.unit = QStringLiteral("băng rôn");
        a.start = p.periodStart;
        a.due = p.periodEnd;
        auto activity = plans.addActivity(a);
        QVERIFY(activity);
        m_activityId = activity->id;
    }

    QString addItem(const QDate &installed = {}, int quantity = 2)
    {
        VisualItem i;
        i.activityId = m_activityId;
        i.content = QStringLiteral("Cải cách hành chính vì nhân dân phục vụ");
        i.form = VisualForm::Banner;
        i.size = QStringLiteral("0,8 × 6 m");
        i.quantity = quantity;
        i.commune = QStringLiteral("Thị trấn Trạm Trôi");
        i.place = QStringLiteral("Quốc lộ 32");
        i.plannedDate = QDate::currentDate().addDays(-10);
        i.installedDate = installed;
        auto added = VisualRepository(db()).addItem(i);
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return added->id;
    }

    // What the plan's visual activity counts.
    int installedCount()
    {
        const auto progress = PlanProgress(db()).activities(m_plan.id);
        for (const ActivityProgress &a : progress.value())
            if (a.activity.id == m_activityId)
                return a.installed;
        return -1;
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void open(VisualWindow &w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentPlanId(), m_plan.id);
    }

    QTreeWidgetItem *rowOf(VisualWindow &w, const QString &itemId)
    {
        auto *view = child<QTreeWidget>(&w, QStringLiteral("itemsTreeWidget"));
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            if (view->topLevelItem(i)->data(0, Qt::UserRole).toString() == itemId)
                return view->topLevelItem(i);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Database::open(m_dir->filePath(QStringLiteral("visual.sqlite")));
        QVERIFY(opened);
        m_db = std::move(opened).value();
        QVERIFY(UserRepository(db()).ensureCurrentUser());
        m_plan = Plan{};
        m_activityId.clear();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void openedFromThePlansMenuOnTheNewestPlan()
    {
        addPlan();
        const QString item = addItem();
        MainWindow main(db());
        child<QAction>(&main, QStringLiteral("visualAction"))->trigger();
        auto *w = main.findChild<VisualWindow *>(QStringLiteral("visualWindow"));
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        QCOMPARE(w->currentPlanId(), m_plan.id);
        QVERIFY(child<QComboBox>(w, QStringLiteral("planComboBox"))
                    ->currentText()
                    .contains(QStringLiteral("65/KH-UBND")));
        QTreeWidgetItem *row = rowOf(*w, item);
        QVERIFY(row);
        QCOMPARE(row->text(FormColumn), visualFormDisplayName(VisualForm::Banner));
        QCOMPARE(row->text(StatusColumn), visualStatusDisplayName(VisualStatus::Planned));
        QCOMPARE(w->currentItemId(), item);
    }

    void withoutAPlanItSaysWhereToMakeOne()
    {
        VisualWindow w(db());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(child<QLabel>(&w, QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QStringLiteral("plan tracker")),
                 qPrintable(child<QLabel>(&w, QStringLiteral("statusLabel"))->text()));
        for (const char *name : {"addItemAction", "markInstalledAction", "markRemovedAction",
                                 "addPhotosAction", "addSloganAction"})
            QVERIFY2(!child<QAction>(&w, QString::fromLatin1(name))->isEnabled(), name);
        // A plan made meanwhile (the plan window, the CLI): the window offers it.
        addPlan();
        QTRY_COMPARE(w.currentPlanId(), m_plan.id);
        QVERIFY(child<QAction>(&w, QStringLiteral("addItemAction"))->isEnabled());
    }

    void addingAnItemStoresItCountedOnlyOnceInstalled()
    {
        addPlan();
        VisualWindow w(db());
        open(w);
        QStringList activities;
        answerModal(QStringLiteral("visualItemDialog"), [&](QWidget *d) {
            auto *activity = child<QComboBox>(d, QStringLiteral("activityComboBox"));
            for (int i = 0; i < activity->count(); ++i)
                activities << activity->itemText(i);
            auto *form = child<QComboBox>(d, QStringLiteral("formComboBox"));
            form->setCurrentIndex(form->findData(visualFormKey(VisualForm::Panel)));
            child<QLineEdit>(d, QStringLiteral("contentLineEdit"))
                ->setText(QStringLiteral("Chung tay cải cách hành chính"));
            child<QLineEdit>(d, QStringLiteral("sizeLineEdit"))->setText(QStringLiteral("3 × 6 m"));
            child<QSpinBox>(d, QStringLiteral("quantitySpinBox"))->setValue(3);
            child<QLineEdit>(d, QStringLiteral("communeLineEdit"))
                ->setText(QStringLiteral("Xã Vân Canh"));
            child<QLineEdit>(d, QStringLiteral("placeLineEdit"))
                ->setText(QStringLiteral("Trước trụ sở UBND xã"));
            child<QLineEdit>(d, QStringLiteral("latitudeLineEdit"))
                ->setText(QStringLiteral("21,05"));
            child<QLineEdit>(d, QStringLiteral("longitudeLineEdit"))
                ->setText(QStringLiteral("105.74"));
            child<QLineEdit>(d, QStringLiteral("responsibleUnitLineEdit"))
                ->setText(QStringLiteral("UBND xã Vân Canh"));
            child<QDateEdit>(d, QStringLiteral("plannedDateEdit"))
                ->setDate(QDate::currentDate().addDays(5));
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        child<QAction>(&w, QStringLiteral("addItemAction"))->trigger();
        // Only the plan's visual activities are offered.
        QCOMPARE(activities,
                 QStringList{QStringLiteral("Treo băng rôn tuyên truyền cải cách hành chính")});
        auto items = VisualRepository(db()).items(m_plan.id);
        QCOMPARE(items->size(), 1);
        const VisualItem stored = items->first();
        QCOMPARE(stored.activityId, m_activityId);
        QCOMPARE(stored.form, VisualForm::Panel);
        QCOMPARE(stored.content, QStringLiteral("Chung tay cải cách hành chính"));
        QCOMPARE(stored.size, QStringLiteral("3 × 6 m"));
        QCOMPARE(stored.quantity, 3);
        QCOMPARE(stored.commune, QStringLiteral("Xã Vân Canh"));
        QCOMPARE(stored.place, QStringLiteral("Trước trụ sở UBND xã"));
        QCOMPARE(stored.latitude, std::optional<double>(21.05));
        QCOMPARE(stored.longitude, std::optional<double>(105.74));
        QCOMPARE(stored.responsibleUnit, QStringLiteral("UBND xã Vân Canh"));
        QCOMPARE(stored.plannedDate, QDate::currentDate().addDays(5));
        QVERIFY(!stored.installedDate.isValid());
        QCOMPARE(stored.status, VisualStatus::Planned);
        // Planned: the plan counts nothing yet.
        QCOMPARE(installedCount(), 0);
        QCOMPARE(w.currentItemId(), stored.id);
        QCOMPARE(rowOf(w, stored.id)->text(QuantityColumn), QStringLiteral("3"));
        QVERIFY(!child<QAction>(&w, QStringLiteral("markRemovedAction"))->isEnabled());

        // Installed with a photo: counted, the photo's own date and position shown.
        const QString photo = writeFile(QStringLiteral("IMG_0412.jpg"),
                                        bannerPhoto("2019:02:26 08:15:30", 21.0703, 105.7068));
        const QDate installed = QDate::currentDate().addDays(-1);
        answerModal(QStringLiteral("markInstalledDialog"), [&](QWidget *d) {
            child<QDateEdit>(d, QStringLiteral("installedDateEdit"))->setDate(installed);
            auto *dialog = qobject_cast<MarkInstalledDialog *>(d);
            QVERIFY(dialog);
            dialog->addPhotoFiles({photo});
            QCOMPARE(child<QListWidget>(d, QStringLiteral("photosListWidget"))->count(), 1);
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        child<QAction>(&w, QStringLiteral("markInstalledAction"))->trigger();
        const VisualItem after = VisualRepository(db()).item(stored.id).value();
        QCOMPARE(after.status, VisualStatus::Installed);
        QCOMPARE(after.installedDate, installed);
        QCOMPARE(after.photos.size(), 1);
        QCOMPARE(after.photos.first().fileName, QStringLiteral("IMG_0412.jpg"));
        QCOMPARE(after.photos.first().takenAt.date(), QDate(2019, 2, 26));
        QCOMPARE(installedCount(), 3);
        QCOMPARE(w.currentItemId(), stored.id);
        QTreeWidgetItem *row = rowOf(w, stored.id);
        QCOMPARE(row->text(StatusColumn), visualStatusDisplayName(VisualStatus::Installed));
        QCOMPARE(row->text(PhotosColumn), QStringLiteral("1"));
        auto *photos = child<QListWidget>(&w, QStringLiteral("photosListWidget"));
        QCOMPARE(photos->count(), 1);
        QVERIFY2(photos->item(0)->text().contains(QStringLiteral("26/02/2019 08:15")),
                 qPrintable(photos->item(0)->text()));
        QVERIFY2(photos->item(0)->text().contains(QStringLiteral("21.07")),
                 qPrintable(photos->item(0)->text()));
        // The thumbnail arrives from the worker.
        QTRY_VERIFY(!photos->item(0)->icon().isNull());
    }

    // A typo in the place and a wrong quantity are corrected in the register; the count follows.
    // An item registered by mistake is deleted, after a question, and no longer counts.
    void anItemIsCorrectedAndDeleted()
    {
        addPlan();
        VisualItem item;
        item.activityId = m_activityId;
        item.content = QStringLiteral("Chung tay cải cách hành chính");
        item.form = VisualForm::Banner;
        item.quantity = 3;
        item.commune = QStringLiteral("Xã Vân Cnah");
        item.installedDate = QDate::currentDate().addDays(-2);
        const QString id = VisualRepository(db()).addItem(item)->id;
        VisualWindow w(db());
        open(w);
        w.selectItem(id);
        QCOMPARE(installedCount(), 3);
        answerModal(QStringLiteral("editVisualItemDialog"), [&](QWidget *d) {
            // The form shows the item as it is.
            QCOMPARE(child<QLineEdit>(d, QStringLiteral("communeLineEdit"))->text(),
                     QStringLiteral("Xã Vân Cnah"));
            QCOMPARE(child<QSpinBox>(d, QStringLiteral("quantitySpinBox"))->value(), 3);
            QVERIFY(child<QCheckBox>(d, QStringLiteral("installedCheckBox"))->isHidden());
            child<QLineEdit>(d, QStringLiteral("communeLineEdit"))
                ->setText(QStringLiteral("Xã Vân Canh"));
            child<QSpinBox>(d, QStringLiteral("quantitySpinBox"))->setValue(4);
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        child<QAction>(&w, QStringLiteral("editItemAction"))->trigger();
        const VisualItem after = VisualRepository(db()).item(id).value();
        QCOMPARE(after.commune, QStringLiteral("Xã Vân Canh"));
        QCOMPARE(after.quantity, 4);
        QCOMPARE(after.installedDate, item.installedDate); // the installation stays
        QCOMPARE(after.status, VisualStatus::Installed);
        QCOMPARE(installedCount(), 4);
        QCOMPARE(rowOf(w, id)->text(QuantityColumn), QStringLiteral("4"));

        // Cancelled, then confirmed.
        answerModal(QStringLiteral("deleteVisualItemBox"), [&](QWidget *box) {
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
        });
        child<QAction>(&w, QStringLiteral("deleteItemAction"))->trigger();
        QVERIFY(VisualRepository(db()).item(id));
        answerModal(QStringLiteral("deleteVisualItemBox"), [&](QWidget *box) {
            child<QPushButton>(box, QStringLiteral("confirmDeleteButton"))->click();
        });
        child<QAction>(&w, QStringLiteral("deleteItemAction"))->trigger();
        QCOMPARE(VisualRepository(db()).item(id).error().code, QStringLiteral("not-found"));
        QCOMPARE(installedCount(), 0);
        QVERIFY(!rowOf(w, id));
    }

    void aRefusedItemKeepsTheDialogOpenWithTheReason()
    {
        addPlan();
        VisualWindow w(db());
        open(w);
        bool stayedOpen = false;
        QString refusal;
        answerModal(QStringLiteral("visualItemDialog"), [&](QWidget *d) {
            child<QLineEdit>(d, QStringLiteral("contentLineEdit"))
                ->setText(QStringLiteral("Chung tay cải cách hành chính"));
            child<QLineEdit>(d, QStringLiteral("placeLineEdit"))
                ->setText(QStringLiteral("Quốc lộ 32"));
            child<QSpinBox>(d, QStringLiteral("quantitySpinBox"))->setValue(0);
            clickDialogButton(d, QDialogButtonBox::Ok);
            stayedOpen = d->isVisible();
            refusal = child<QLabel>(d, QStringLiteral("errorLabel"))->text();
            clickDialogButton(d, QDialogButtonBox::Cancel);
        });
        child<QAction>(&w, QStringLiteral("addItemAction"))->trigger();
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(QStringLiteral("1 or more")), qPrintable(refusal));
        QCOMPARE(VisualRepository(db()).items(m_plan.id)->size(), 0);
    }

    void markingRemovedRefusesADayBeforeTheInstallation()
    {
        addPlan();
        const QDate installed = QDate::currentDate().addDays(-5);
        const QString id = addItem(installed, 4);
        VisualWindow w(db());
        open(w);
        w.selectItem(id);
        auto *remove = child<QAction>(&w, QStringLiteral("markRemovedAction"));
        QVERIFY(remove->isEnabled());
        bool stayedOpen = false;
        QString refusal;
        answerModal(QStringLiteral("markRemovedDialog"), [&](QWidget *d) {
            auto *date = child<QDateEdit>(d, QStringLiteral("removedDateEdit"));
            date->setDate(installed.addDays(-1));
            clickDialogButton(d, QDialogButtonBox::Ok);
            stayedOpen = d->isVisible();
            refusal = child<QLabel>(d, QStringLiteral("errorLabel"))->text();
            date->setDate(installed.addDays(2));
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        remove->trigger();
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(QStringLiteral("cannot be before the installation")),
                 qPrintable(refusal));
        const VisualItem item = VisualRepository(db()).item(id).value();
        QCOMPARE(item.status, VisualStatus::Removed);
        QCOMPARE(item.removedDate, installed.addDays(2));
        QCOMPARE(rowOf(w, id)->text(StatusColumn), visualStatusDisplayName(VisualStatus::Removed));
        // Taken down, it still counts on its installation day.
        QCOMPARE(installedCount(), 4);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!child<QAction>(&w, QStringLiteral("markInstalledAction"))->isEnabled());
    }

    void aPhotoWithoutExifSaysSoAndOpensLarger()
    {
        addPlan();
        const QString id = addItem(QDate::currentDate().addDays(-2));
        VisualWindow w(db());
        open(w);
        w.selectItem(id);
        QImage plain(800, 600, QImage::Format_RGB32);
        plain.fill(QColor(40, 120, 40));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(plain.save(&buffer, "PNG"));
        QVERIFY(w.addPhotoFiles({writeFile(QStringLiteral("scan.png"), png)}));
        QCOMPARE(VisualRepository(db()).photos(id)->size(), 1);
        auto *photos = child<QListWidget>(&w, QStringLiteral("photosListWidget"));
        QCOMPARE(photos->count(), 1);
        QVERIFY2(photos->item(0)->text().contains(QStringLiteral("No date in the photo")),
                 qPrintable(photos->item(0)->text()));
        QTRY_VERIFY(!photos->item(0)->icon().isNull());
        QVERIFY(photos->item(0)->icon().actualSize(QSize(400, 400)).width() <= 160);

        // A file that cannot be read: said in the window, nothing stored.
        QVERIFY(!w.addPhotoFiles({m_dir->filePath(QStringLiteral("missing.jpg"))}));
        QVERIFY(!child<QLabel>(&w, QStringLiteral("statusLabel"))->text().isEmpty());
        QCOMPARE(VisualRepository(db()).photos(id)->size(), 1);

        bool loaded = false;
        answerModal(QStringLiteral("photoViewDialog"), [&](QWidget *d) {
            auto *view = qobject_cast<PhotoViewDialog *>(d);
            QVERIFY(view);
            QTRY_VERIFY(view->loaded());
            loaded = !child<QLabel>(d, QStringLiteral("photoLabel"))->pixmap().isNull();
            clickDialogButton(d, QDialogButtonBox::Close);
        });
        photos->setCurrentItem(photos->item(0));
        Q_EMIT photos->itemActivated(photos->item(0));
        QVERIFY(loaded);
    }

    void theSloganLibraryFeedsTheItems()
    {
        addPlan();
        VisualWindow w(db());
        open(w);
        QString topic;
        answerModal(QStringLiteral("sloganDialog"), [&](QWidget *d) {
            child<QLineEdit>(d, QStringLiteral("sloganLineEdit"))
                ->setText(QStringLiteral("Cải cách hành chính vì nhân dân phục vụ"));
            auto *topics = child<QComboBox>(d, QStringLiteral("topicComboBox"));
            topics->setCurrentIndex(topics->findText(m_plan.theme));
            topic = topics->currentText();
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        child<QAction>(&w, QStringLiteral("addSloganAction"))->trigger();
        QCOMPARE(topic, m_plan.theme);
        auto slogans = VisualRepository(db()).slogans(m_plan.id);
        QCOMPARE(slogans->size(), 1);
        QCOMPARE(slogans->first().topic, m_plan.theme);
        auto *library = child<QTreeWidget>(&w, QStringLiteral("slogansTreeWidget"));
        QCOMPARE(library->topLevelItemCount(), 1);

        // The same wording again: refused in words, the dialog stays open.
        bool stayedOpen = false;
        QString refusal;
        answerModal(QStringLiteral("sloganDialog"), [&](QWidget *d) {
            child<QLineEdit>(d, QStringLiteral("sloganLineEdit"))
                ->setText(QStringLiteral("cai cach hanh chinh vi nhan dan phuc vu"));
            clickDialogButton(d, QDialogButtonBox::Ok);
            stayedOpen = d->isVisible();
            refusal = child<QLabel>(d, QStringLiteral("errorLabel"))->text();
            clickDialogButton(d, QDialogButtonBox::Cancel);
        });
        child<QAction>(&w, QStringLiteral("addSloganAction"))->trigger();
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(QStringLiteral("already has this slogan")), qPrintable(refusal));

        // Picked for an item: its wording, and the item carries it.
        QString content;
        answerModal(QStringLiteral("visualItemDialog"), [&](QWidget *d) {
            auto *slogan = child<QComboBox>(d, QStringLiteral("sloganComboBox"));
            slogan->setCurrentIndex(slogan->findData(slogans->first().id));
            content = child<QLineEdit>(d, QStringLiteral("contentLineEdit"))->text();
            child<QLineEdit>(d, QStringLiteral("placeLineEdit"))
                ->setText(QStringLiteral("Quốc lộ 32"));
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        child<QAction>(&w, QStringLiteral("addItemAction"))->trigger();
        QCOMPARE(content, slogans->first().text);
        auto items = VisualRepository(db()).items(m_plan.id);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().sloganId, slogans->first().id);
        QCOMPARE(items->first().content, slogans->first().text);
        QCOMPARE(library->topLevelItem(0)->text(2), QStringLiteral("1"));
    }

    void filteredByStatusAndFollowingTheStore()
    {
        addPlan();
        const QString planned = addItem();
        const QString up = addItem(QDate::currentDate().addDays(-3));
        VisualWindow w(db());
        open(w);
        QCOMPARE(w.items().size(), 2);
        w.setStatusFilter(VisualStatus::Installed);
        QCOMPARE(w.items().size(), 1);
        QCOMPARE(w.items().first().id, up);
        QVERIFY(!rowOf(w, planned));
        w.setStatusFilter(std::nullopt);
        QCOMPARE(w.items().size(), 2);
        // Installed elsewhere (the CLI, another window): the window follows.
        QVERIFY(VisualRepository(db()).install(planned, QDate::currentDate()));
        QTRY_COMPARE(rowOf(w, planned)->text(StatusColumn),
                     visualStatusDisplayName(VisualStatus::Installed));
    }

    // Last: the screenshot is taken in Vietnamese, the default language, and the tests above
    // read the English texts.
    void demoRegisterAsTheOfficeSeesIt()
    {
        if (!m_shots.isEmpty())
            installTranslation(qApp, QStringLiteral("vi"));
        QVERIFY(DemoContent::seed(db()));
        auto plans = PlanRepository(db()).list();
        QVERIFY(plans && !plans->isEmpty());
        m_plan = plans->first();
        auto items = VisualRepository(db()).items(m_plan.id);
        QCOMPARE(items->size(), 2);
        QString banners;
        for (const VisualItem &i : std::as_const(items.value()))
            if (i.form == VisualForm::Banner)
                banners = i.id;
        QVERIFY(!banners.isEmpty());
        // The banners' photos, taken as they went up.
        VisualRepository visual(db());
        QVERIFY(visual.addPhoto(banners, bannerPhoto("2019:02:26 08:15:30", 21.0703, 105.7068),
                                QStringLiteral("IMG_0412.jpg")));
        QVERIFY(visual.addPhoto(banners, bannerPhoto("2019:02:26 08:21:04", 21.0711, 105.7102),
                                QStringLiteral("IMG_0415.jpg")));
        // One sent through a messaging app, which drops the EXIF.
        QImage sent = QImage::fromData(bannerPhoto("2019:02:26 08:30:00"))
                          .scaled(480, 360, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QByteArray stripped;
        QBuffer buffer(&stripped);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(sent.save(&buffer, "JPG"));
        QVERIFY(visual.addPhoto(banners, stripped, QStringLiteral("zalo_0226.jpg")));
        VisualWindow w(db());
        w.resize(1280, 760);
        open(w);
        w.selectItem(banners);
        auto *photos = child<QListWidget>(&w, QStringLiteral("photosListWidget"));
        QCOMPARE(photos->count(), 3);
        QTRY_VERIFY(!photos->item(0)->icon().isNull() && !photos->item(2)->icon().isNull());
        // It fits an office laptop's screen (1024×700), in Vietnamese too.
        QVERIFY2(w.minimumSizeHint().width() <= 1024 && w.minimumSizeHint().height() <= 700,
                 qPrintable(QStringLiteral("%1×%2")
                                .arg(w.minimumSizeHint().width())
                                .arg(w.minimumSizeHint().height())));
        QApplication::processEvents(); // the layout settles as it would on screen
        if (!m_shots.isEmpty()) {
            w.grab().save(m_shots + QStringLiteral("/visual-window.png"));
            child<QTabWidget>(&w, QStringLiteral("visualTabWidget"))->setCurrentIndex(1);
            QApplication::processEvents();
            w.grab().save(m_shots + QStringLiteral("/visual-slogans.png"));
            // The forms, as first opened.
            const VisualItem item = visual.item(banners).value();
            VisualItemDialog add(db(), m_plan, &w);
            MarkInstalledDialog installed(db(), item, &w);
            MarkRemovedDialog removed(db(), item, &w);
            SloganDialog slogan(db(), m_plan, &w);
            for (QDialog *d :
                 std::initializer_list<QDialog *>{&add, &installed, &removed, &slogan}) {
                d->show();
                QApplication::processEvents();
                d->grab().save(m_shots + u'/' + d->objectName() + QStringLiteral(".png"));
                d->close();
            }
        }
    }
};

QTEST_MAIN(TestVisualGui)
#include "TestVisualGui.moc"
