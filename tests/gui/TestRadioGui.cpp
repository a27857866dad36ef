// The radio window as the office's radio editor uses it (Plans → Radio bulletins…): a
// programme's rundown of a day with its total against the slot and the over-time warning,
// reordered with the move action and by a drag, an approved article added, a script edited,
// a broadcast marked (the plan's radio activity counts it) and unmarked, the rundown exported
// for text-to-speech. Widgets are found by object name; what is stored is checked through
// RadioRepository. With PRESSDESK_SCREENSHOT_DIR set, the window on the demo content is saved
// there in Vietnamese (radio-window.png).
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "Wine.h"
#include "plan/PlanProgress.h"
#include "plan/PlanRepository.h"
#include "radio/RadioDialogs.h"
#include "radio/RadioDuration.h"
#include "radio/RadioRepository.h"
#include "radio/RadioStationsDialog.h"
#include "radio/RadioWindow.h"
#include "radio/Speech.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DemoContent.h"
#include "store/UserRepository.h"
#include "workflow/WorkflowService.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTreeWidget>

#include <memory>

using namespace PressDesk;
using TestSupport::answerModal;
using TestSupport::child;
using TestSupport::clickDialogButton;

namespace {

// A script of about `words` syllables, read at 160 a minute.
QString scriptOf(const QString &first, int words)
{
    QStringList w{first};
    for (int i = 1; i < words; ++i)
        w << QStringLiteral("tin");
    return w.join(u' ') + u'.';
}

} // namespace

class TestRadioGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_shots;
    QString m_stationId;
    QString m_programId;
    QDate m_day;

    Database &db() { return *m_db; }

    // A programme of a one-minute slot at 06:00, every day.
    void addProgram()
    {
        RadioRepository radio(db());
        Station s;
        s.name = QStringLiteral("Đài Truyền thanh huyện Hoài Đức");
        auto station = radio.addStation(s);
        QVERIFY(station);
        m_stationId = station->id;
        Station loud;
        loud.name = QStringLiteral("Loa truyền thanh xã Vân Canh");
        loud.kind = StationKind::Loudspeakers;
        QVERIFY(radio.addStation(loud));
        Program p;
        p.name = QStringLiteral("Thời sự Hoài Đức");
        p.stationId = m_stationId;
        p.startTime = QStringLiteral("06:00");
        p.lengthMinutes = 1;
        auto program = radio.addProgram(p);
        QVERIFY(program);
        m_programId = program->id;
    }

    QString addWritten(const QString &title, const QString &script)
    {
        RadioItem i;
        i.programId = m_programId;
        i.broadcastDate = m_day;
        i.title = title;
        i.script = script;
        auto added = RadioRepository(db()).addItem(i);
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return added->id;
    }

    QString approvedArticle(const QString &title, const QString &body)
    {
        Article a;
        a.title = title;
        a.bodyHtml = body;
        const QString id = ArticleRepository(db()).create(a)->id;
        WorkflowService wf(db());
        if (!wf.apply(id, WorkflowAction::Submit) || !wf.apply(id, WorkflowAction::Approve))
            qFatal("could not approve");
        return id;
    }

    QStringList storedOrder()
    {
        QStringList ids;
        const auto r = RadioRepository(db()).rundown(m_programId, m_day);
        for (const RadioItem &i : r->items)
            ids << i.id;
        return ids;
    }

    QStringList shownTitles(RadioWindow &w)
    {
        auto *view = child<QTreeWidget>(&w, QStringLiteral("rundownTreeWidget"));
        QStringList titles;
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            titles << view->topLevelItem(i)->text(1);
        return titles;
    }

    // The window on the programme's day, shown.
    void open(RadioWindow &w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectProgram(m_programId);
        w.setDate(m_day);
        QCOMPARE(w.currentProgramId(), m_programId);
        QCOMPARE(w.date(), m_day);
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
        auto opened = Database::open(m_dir->filePath(QStringLiteral("radio.sqlite")));
        QVERIFY(opened);
        m_db = std::move(opened).value();
        QVERIFY(UserRepository(db()).ensureCurrentUser());
        m_day = QDate::currentDate().addDays(-1); // a day that has aired
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void nextSlotDay_data()
    {
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("expected");
        const QDate monday(2024, 3, 4);
        QTest::newRow("every day, before the slot")
            << 0 << QStringLiteral("06:00") << QDateTime(monday, QTime(5, 0)) << monday;
        QTest::newRow("every day, after the slot")
            << 0 << QStringLiteral("06:00") << QDateTime(monday, QTime(9, 0)) << monday.addDays(1);
        QTest::newRow("no fixed time: today")
            << 0 << QString() << QDateTime(monday, QTime(23, 0)) << monday;
        QTest::newRow("Wednesdays, from a Monday")
            << 3 << QStringLiteral("17:30") << QDateTime(monday, QTime(9, 0)) << monday.addDays(2);
        QTest::newRow("Mondays, after Monday's slot")
            << 1 << QStringLiteral("06:00") << QDateTime(monday, QTime(7, 0)) << monday.addDays(7);
    }

    void nextSlotDay()
    {
        QFETCH(int, weekday);
        QFETCH(QString, start);
        QFETCH(QDateTime, now);
        QFETCH(QDate, expected);
        Program p;
        p.weekday = weekday;
        p.startTime = start;
        QCOMPARE(RadioWindow::nextSlotDay(p, now), expected);
    }

    void openedFromThePlansMenuOnTheNextSlotDay()
    {
        addProgram();
        MainWindow main(db());
        auto *action = child<QAction>(&main, QStringLiteral("radioAction"));
        action->trigger();
        auto *w = main.findChild<RadioWindow *>(QStringLiteral("radioWindow"));
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        QCOMPARE(w->currentProgramId(), m_programId);
        Program p = RadioRepository(db()).program(m_programId).value();
        QCOMPARE(w->date(), RadioWindow::nextSlotDay(p, QDateTime::currentDateTime()));
        QVERIFY(child<QComboBox>(w, QStringLiteral("programComboBox"))
                    ->currentText()
                    .contains(QStringLiteral("Thời sự Hoài Đức")));
    }

    void stationsAndProgrammesAreMadeInTheWindow()
    {
        RadioWindow w(db());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString refusedTwice, refusedInUse, savedShot;
        answerModal(QStringLiteral("radioStationsDialog"), [&](QWidget *d) {
            auto *dialog = static_cast<RadioStationsDialog *>(d);
            // The office's station, and a commune's loudspeakers.
            child<QLineEdit>(d, QStringLiteral("stationNameLineEdit"))
                ->setText(QStringLiteral("Đài Truyền thanh xã Vân Canh"));
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("addStationButton")),
                              Qt::LeftButton);
            child<QLineEdit>(d, QStringLiteral("stationNameLineEdit"))
                ->setText(QStringLiteral("Loa thôn Hậu Ái"));
            auto *kind = child<QComboBox>(d, QStringLiteral("stationKindComboBox"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("loudspeakers")));
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("addStationButton")),
                              Qt::LeftButton);
            // The same name again, whatever its case: refused in words, nothing added.
            child<QLineEdit>(d, QStringLiteral("stationNameLineEdit"))
                ->setText(QStringLiteral("loa thôn hậu ái"));
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("addStationButton")),
                              Qt::LeftButton);
            refusedTwice = dialog->statusText();
            QCOMPARE(child<QTreeWidget>(d, QStringLiteral("stationTree"))->topLevelItemCount(), 2);

            // The morning bulletin on the station, Mondays at 06:30 for 20 minutes.
            child<QLineEdit>(d, QStringLiteral("programNameLineEdit"))
                ->setText(QStringLiteral("Bản tin sáng thứ Hai"));
            auto *station = child<QComboBox>(d, QStringLiteral("programStationComboBox"));
            station->setCurrentIndex(station->findText(QStringLiteral("Đài Truyền thanh xã Vân "
                                                                      "Canh")));
            auto *weekday = child<QComboBox>(d, QStringLiteral("weekdayComboBox"));
            weekday->setCurrentIndex(weekday->findData(1));
            child<QLineEdit>(d, QStringLiteral("startTimeLineEdit"))
                ->setText(QStringLiteral("6:30"));
            child<QSpinBox>(d, QStringLiteral("lengthSpinBox"))->setValue(20);
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("addProgramButton")),
                              Qt::LeftButton);
            QVERIFY2(!dialog->currentProgramId().isEmpty(), qPrintable(dialog->statusText()));

            // A station with a programme stays.
            dialog->selectStation(station->currentData().toString());
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("removeStationButton")),
                              Qt::LeftButton);
            refusedInUse = dialog->statusText();
            if (!m_shots.isEmpty())
                d->grab().save(m_shots + QStringLiteral("/radio-stations.png"));
            static_cast<QDialog *>(d)->reject();
        });
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("stationsButton")), Qt::LeftButton);
        QVERIFY2(refusedTwice.contains(QStringLiteral("Loa thôn Hậu Ái")),
                 qPrintable(refusedTwice));
        QVERIFY2(refusedInUse.contains(QStringLiteral("Bản tin sáng thứ Hai")),
                 qPrintable(refusedInUse));

        // The window offers the new programme at once, with its slot.
        auto programs = RadioRepository(db()).programs();
        QVERIFY(programs);
        QCOMPARE(programs->size(), 1);
        const Program made = programs->first();
        QCOMPARE(made.weekday, 1);
        QCOMPARE(made.startTime, QStringLiteral("06:30"));
        QCOMPARE(made.lengthMinutes, 20);
        QCOMPARE(w.currentProgramId(), made.id);
        QCOMPARE(RadioRepository(db()).stations()->size(), 2);

        // Renamed and moved to 17:00; then, with an item in a rundown, it is not removed.
        m_programId = made.id;
        addWritten(QStringLiteral("Lịch tiếp dân"), QStringLiteral("Lịch tiếp công dân."));
        QString refusedWithItems;
        answerModal(QStringLiteral("radioStationsDialog"), [&](QWidget *d) {
            auto *dialog = static_cast<RadioStationsDialog *>(d);
            QCOMPARE(dialog->currentProgramId(), made.id); // the window's programme, chosen
            QCOMPARE(child<QLineEdit>(d, QStringLiteral("programNameLineEdit"))->text(), made.name);
            child<QLineEdit>(d, QStringLiteral("programNameLineEdit"))
                ->setText(QStringLiteral("Bản tin chiều thứ Hai"));
            child<QLineEdit>(d, QStringLiteral("startTimeLineEdit"))
                ->setText(QStringLiteral("17:00"));
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("saveProgramButton")),
                              Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("removeProgramButton")),
                              Qt::LeftButton);
            refusedWithItems = dialog->statusText();
            static_cast<QDialog *>(d)->reject();
        });
        w.editStations();
        const Program renamed = RadioRepository(db()).program(made.id).value();
        QCOMPARE(renamed.name, QStringLiteral("Bản tin chiều thứ Hai"));
        QCOMPARE(renamed.startTime, QStringLiteral("17:00"));
        QVERIFY2(refusedWithItems.contains(QStringLiteral("1")), qPrintable(refusedWithItems));
        QCOMPARE(RadioRepository(db()).programs()->size(), 1);
        QVERIFY(child<QComboBox>(&w, QStringLiteral("programComboBox"))
                    ->currentText()
                    .contains(QStringLiteral("Bản tin chiều thứ Hai")));
    }

    void withoutAProgrammeItSaysHowToMakeOne()
    {
        RadioWindow w(db());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(child<QLabel>(&w, QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QStringLiteral("Stations and programmes")),
                 qPrintable(child<QLabel>(&w, QStringLiteral("statusLabel"))->text()));
        for (const char *name : {"addArticleAction", "writeItemAction", "exportAction",
                                 "markAiredAction", "moveUpAction", "removeItemAction"})
            QVERIFY2(!child<QAction>(&w, QString::fromLatin1(name))->isEnabled(), name);
        // A programme made meanwhile (the CLI): the window offers it.
        addProgram();
        QTRY_COMPARE(w.currentProgramId(), m_programId);
        QVERIFY(child<QAction>(&w, QStringLiteral("addArticleAction"))->isEnabled());
    }

    void rundownListsItemsInOrderWithTheTotalAndOverTime()
    {
        addProgram();
        // 40 and 80 syllables: 15 + 0.5 + 1 = 17 s and 30 + 1.5 = 32 s (see RadioDuration).
        const QString first =
            addWritten(QStringLiteral("Lịch tiếp công dân"), scriptOf(QStringLiteral("Lịch"), 40));
        const QString second =
            addWritten(QStringLiteral("Thông báo cắt điện"), scriptOf(QStringLiteral("Điện"), 80));
        const auto r = RadioRepository(db()).rundown(m_programId, m_day);
        QVERIFY(r && !r->over());
        RadioWindow w(db());
        open(w);
        QCOMPARE(shownTitles(w), (QStringList{QStringLiteral("Lịch tiếp công dân"),
                                              QStringLiteral("Thông báo cắt điện")}));
        auto *view = child<QTreeWidget>(&w, QStringLiteral("rundownTreeWidget"));
        const int a = r->items.at(0).durationSeconds;
        const int b = r->items.at(1).durationSeconds;
        QCOMPARE(view->topLevelItem(0)->text(2), RadioDuration::format(a));
        QCOMPARE(view->topLevelItem(1)->text(3), RadioDuration::format(a + b));
        auto *total = child<QLabel>(&w, QStringLiteral("totalLabel"));
        QVERIFY2(total->text().startsWith(
                     QStringLiteral("Total %1 of the 1:00 slot").arg(RadioDuration::format(a + b))),
                 qPrintable(total->text()));
        QVERIFY(!total->property("overTime").toBool());
        QVERIFY(!total->text().contains(QStringLiteral("Over time")));

        // A third item written elsewhere (the CLI's connection or this one): the window follows
        // and says the bulletin runs over, in words.
        addWritten(QStringLiteral("Tuyên truyền bầu cử"), scriptOf(QStringLiteral("Bầu"), 60));
        QTRY_COMPARE(view->topLevelItemCount(), 3);
        QTRY_VERIFY(total->property("overTime").toBool());
        QVERIFY2(total->text().startsWith(QStringLiteral("Over time")), qPrintable(total->text()));
        const auto over = RadioRepository(db()).rundown(m_programId, m_day);
        QVERIFY2(total->text().contains(RadioDuration::format(over->overBySeconds()) +
                                        QStringLiteral(" too long")),
                 qPrintable(total->text()));
        QVERIFY2(view->topLevelItem(2)->text(3).contains(QStringLiteral("over time")),
                 qPrintable(view->topLevelItem(2)->text(3)));
        QVERIFY(!view->topLevelItem(0)->text(3).contains(QStringLiteral("over")));
        Q_UNUSED(first)
        Q_UNUSED(second)
    }

    void reorderingIsStored()
    {
        addProgram();
        const QString a = addWritten(QStringLiteral("Một"), QStringLiteral("Tin thứ nhất."));
        const QString b = addWritten(QStringLiteral("Hai"), QStringLiteral("Tin thứ hai."));
        const QString c = addWritten(QStringLiteral("Ba"), QStringLiteral("Tin thứ ba."));
        RadioWindow w(db());
        open(w);
        auto *view = child<QTreeWidget>(&w, QStringLiteral("rundownTreeWidget"));

        // The move action on the selected item.
        w.selectItem(c);
        QCOMPARE(w.currentItemId(), c);
        auto *up = child<QAction>(&w, QStringLiteral("moveUpAction"));
        QVERIFY(up->isEnabled());
        up->trigger();
        QCOMPARE(storedOrder(), (QStringList{a, c, b}));
        QCOMPARE(shownTitles(w),
                 (QStringList{QStringLiteral("Một"), QStringLiteral("Ba"), QStringLiteral("Hai")}));
        QCOMPARE(w.currentItemId(), c); // the moved item stays selected

        // The keyboard: Alt+Down in the rundown.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(storedOrder(), (QStringList{a, b, c}));
        auto *down = child<QAction>(&w, QStringLiteral("moveDownAction"));
        QVERIFY(!down->isEnabled()); // the last one

        // A drag of the first item dropped on the lower half of the last row.
        const QModelIndex first = view->model()->index(0, 0);
        std::unique_ptr<QMimeData> mime(view->model()->mimeData({first}));
        QVERIFY(mime);
        const QRect last = view->visualItemRect(view->topLevelItem(2));
        const QPoint at(last.center().x(), last.bottom() - 1);
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(drop.dropAction() != Qt::MoveAction); // the view must not remove the row itself
        QTRY_COMPARE(storedOrder(), (QStringList{b, c, a}));
        QTRY_COMPARE(shownTitles(w), (QStringList{QStringLiteral("Hai"), QStringLiteral("Ba"),
                                                  QStringLiteral("Một")}));
        QCOMPARE(view->topLevelItemCount(), 3); // the view took no row out by itself
    }

    void removingAnItemAsksFirst()
    {
        addProgram();
        const QString a = addWritten(QStringLiteral("Một"), QStringLiteral("Tin thứ nhất."));
        const QString b = addWritten(QStringLiteral("Hai"), QStringLiteral("Tin thứ hai."));
        RadioWindow w(db());
        open(w);
        w.selectItem(a);
        auto *remove = child<QAction>(&w, QStringLiteral("removeItemAction"));
        answerModal(QStringLiteral("removeItemQuestion"), [](QWidget *d) {
            static_cast<QMessageBox *>(d)->button(QMessageBox::No)->click();
        });
        remove->trigger();
        QCOMPARE(storedOrder(), (QStringList{a, b}));
        answerModal(QStringLiteral("removeItemQuestion"), [](QWidget *d) {
            static_cast<QMessageBox *>(d)->button(QMessageBox::Yes)->click();
        });
        remove->trigger();
        QCOMPARE(storedOrder(), QStringList{b});
        QCOMPARE(RadioRepository(db()).item(b)->position, 1);
        QCOMPARE(shownTitles(w), QStringList{QStringLiteral("Hai")});
        QCOMPARE(w.currentItemId(), b);
    }

    void addingAnApprovedArticleAddsAnItem()
    {
        addProgram();
        const QString approved = approvedArticle(
            QStringLiteral("UBND huyện Hoài Đức triển khai Kế hoạch 65/KH-UBND"),
            QStringLiteral("<p>Ngày 19/02/2019, UBND huyện ban hành kế hoạch về CCHC.</p>"));
        Article draft;
        draft.title = QStringLiteral("Hoài Đức: bản nháp chưa duyệt");
        QVERIFY(ArticleRepository(db()).create(draft));
        RadioWindow w(db());
        open(w);
        bool listed = false;
        answerModal(QStringLiteral("radioArticleDialog"), [&](QWidget *d) {
            // Without diacritics; the draft is not offered.
            child<QLineEdit>(d, QStringLiteral("searchLineEdit"))
                ->setText(QStringLiteral("hoai duc"));
            const QStringList ids = static_cast<RadioArticleDialog *>(d)->listedArticles();
            listed = ids == QStringList{approved};
            auto *list = child<QTreeWidget>(d, QStringLiteral("articlesTreeWidget"));
            if (list->topLevelItemCount() > 0)
                list->setCurrentItem(list->topLevelItem(0));
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        child<QAction>(&w, QStringLiteral("addArticleAction"))->trigger();
        QVERIFY(listed);
        const auto r = RadioRepository(db()).rundown(m_programId, m_day);
        QCOMPARE(r->items.size(), 1);
        const RadioItem item = r->items.first();
        QCOMPARE(item.articleId, approved);
        QVERIFY2(item.script.contains(QStringLiteral("Ủy ban nhân dân")), qPrintable(item.script));
        QVERIFY2(item.script.contains(QStringLiteral("cải cách hành chính")),
                 qPrintable(item.script));
        QCOMPARE(shownTitles(w), QStringList{item.title});
        QCOMPARE(w.currentItemId(), item.id);

        // The script is shown with what it says differently marked.
        auto *script = child<QPlainTextEdit>(&w, QStringLiteral("scriptEdit"));
        QCOMPARE(script->toPlainText(), item.script);
        QVERIFY(!script->extraSelections().isEmpty());
        bool expansionMarked = false;
        for (const QTextEdit::ExtraSelection &s : script->extraSelections())
            if (s.cursor.selectedText().contains(QStringLiteral("Ủy ban nhân dân")))
                expansionMarked = true;
        QVERIFY(expansionMarked);
        // Side by side: what the article writes, what is said.
        const QString compared =
            child<QTextBrowser>(&w, QStringLiteral("compareBrowser"))->toPlainText();
        QVERIFY2(compared.contains(QStringLiteral("65/KH-UBND")) &&
                     compared.contains(QStringLiteral("sáu mươi lăm")),
                 qPrintable(compared));
        QVERIFY2(child<QLabel>(&w, QStringLiteral("scriptChangesLabel"))
                     ->text()
                     .startsWith(QStringLiteral("Said differently from the article")),
                 qPrintable(child<QLabel>(&w, QStringLiteral("scriptChangesLabel"))->text()));
    }

    void writingAnItemAddsIt()
    {
        addProgram();
        RadioWindow w(db());
        open(w);
        answerModal(QStringLiteral("radioItemDialog"), [](QWidget *d) {
            child<QLineEdit>(d, QStringLiteral("titleLineEdit"))
                ->setText(QStringLiteral("Thông báo lịch cắt điện"));
            child<QPlainTextEdit>(d, QStringLiteral("scriptPlainTextEdit"))
                ->setPlainText(QStringLiteral("Điện lực Hoài Đức thông báo lịch cắt điện."));
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        child<QAction>(&w, QStringLiteral("writeItemAction"))->trigger();
        const auto r = RadioRepository(db()).rundown(m_programId, m_day);
        QCOMPARE(r->items.size(), 1);
        QCOMPARE(r->items.first().title, QStringLiteral("Thông báo lịch cắt điện"));
        QVERIFY(r->items.first().articleId.isEmpty());
        QCOMPARE(shownTitles(w), QStringList{QStringLiteral("Thông báo lịch cắt điện")});
    }

    void editingTheScriptStoresItAndItsDuration()
    {
        addProgram();
        const QString id =
            addWritten(QStringLiteral("Lịch tiếp công dân"), QStringLiteral("Lịch tiếp dân."));
        const int before = RadioRepository(db()).item(id)->durationSeconds;
        RadioWindow w(db());
        open(w);
        QCOMPARE(w.currentItemId(), id);
        auto *script = child<QPlainTextEdit>(&w, QStringLiteral("scriptEdit"));
        script->setFocus();
        script->moveCursor(QTextCursor::End);
        const QString added = QStringLiteral(" Chủ tịch huyện tiếp công dân vào sáng thứ năm hằng "
                                             "tuần tại trụ sở tiếp công dân của huyện.");
        // Typed (QTest::keyClicks takes Latin-1 only): a word at a time, as the editor gets it.
        for (const QString &word : added.split(u' ', Qt::SkipEmptyParts))
            script->insertPlainText(u' ' + word);
        // Saved once the typing pauses.
        QTRY_COMPARE(RadioRepository(db()).item(id)->script,
                     QStringLiteral("Lịch tiếp dân.") + added);
        const int after = RadioRepository(db()).item(id)->durationSeconds;
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        auto *view = child<QTreeWidget>(&w, QStringLiteral("rundownTreeWidget"));
        QTRY_COMPARE(view->topLevelItem(0)->text(2), RadioDuration::format(after));
        QVERIFY2(child<QLabel>(&w, QStringLiteral("scriptDurationLabel"))
                     ->text()
                     .contains(RadioDuration::format(after)),
                 qPrintable(child<QLabel>(&w, QStringLiteral("scriptDurationLabel"))->text()));
        // What was typed stays where it was typed.
        QCOMPARE(script->toPlainText(), QStringLiteral("Lịch tiếp dân.") + added);

        // Edited elsewhere while nothing is being typed here: the window shows the new text.
        QVERIFY(RadioRepository(db()).setScript(id, QStringLiteral("Lịch tiếp dân tháng ba.")));
        QTRY_COMPARE(script->toPlainText(), QStringLiteral("Lịch tiếp dân tháng ba."));

        // Emptied: refused in words, the stored script kept.
        script->selectAll();
        QTest::keyClick(script, Qt::Key_Delete);
        QVERIFY(!w.saveScript());
        QVERIFY2(child<QLabel>(&w, QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QStringLiteral("needs a script")),
                 qPrintable(child<QLabel>(&w, QStringLiteral("statusLabel"))->text()));
        QCOMPARE(RadioRepository(db()).item(id)->script, QStringLiteral("Lịch tiếp dân tháng ba."));
    }

    // Listen: without a voice the window says what to install; with eSpeak NG the script is
    // read (here, on a machine without sound, eSpeak says so and the window passes it on) and
    // the action reads Stop until it ends.
    void listeningToTheScript()
    {
        addProgram();
        addWritten(QStringLiteral("Lịch tiếp công dân"),
                   QStringLiteral("Chủ tịch huyện tiếp công dân vào sáng thứ năm hằng tuần."));
        RadioWindow w(db());
        open(w);
        auto *listen = child<QAction>(&w, QStringLiteral("listenAction"));
        auto *status = child<QLabel>(&w, QStringLiteral("statusLabel"));
        QVERIFY(listen->isEnabled());
        qputenv("PRESSDESK_ESPEAK", "/nonexistent/espeak-ng");
        listen->trigger();
        QVERIFY2(status->text().contains(QStringLiteral("eSpeak NG")), qPrintable(status->text()));
        qunsetenv("PRESSDESK_ESPEAK");
        WINE_SKIP_LINUX_TOOL("espeak-ng");
        if (Speech::program().isEmpty() && !qEnvironmentVariableIsSet("PRESSDESK_REQUIRE_SERVICES"))
            QSKIP("eSpeak NG is not installed");
        QVERIFY(!Speech::program().isEmpty());
        // The voice's speed is measured off the GUI thread (the script synthesized once);
        // Stop meanwhile: nothing is read.
        listen->trigger();
        QCOMPARE(listen->text().remove(u'&'), QStringLiteral("Stop"));
        QVERIFY2(status->text().contains(QStringLiteral("Preparing")), qPrintable(status->text()));
        listen->trigger();
        QCOMPARE(listen->text().remove(u'&'), QStringLiteral("Listen"));
        QTRY_VERIFY_WITH_TIMEOUT(w.findChildren<QFutureWatcherBase *>().isEmpty(), 30000);
        const auto *voice = w.findChild<QProcess *>(QStringLiteral("voiceProcess"));
        QVERIFY(!voice || voice->state() == QProcess::NotRunning);
        QCOMPARE(listen->text().remove(u'&'), QStringLiteral("Listen"));

        listen->trigger();
        QCOMPARE(listen->text().remove(u'&'), QStringLiteral("Stop"));
        QTRY_COMPARE_WITH_TIMEOUT(listen->text().remove(u'&'), QStringLiteral("Listen"), 30000);
        QVERIFY2(!status->text().contains(QStringLiteral("did not start")),
                 qPrintable(status->text()));
    }

    void markingAiredRecordsABroadcastTheRadioActivityCounts()
    {
        addProgram();
        Plan p;
        p.number = QStringLiteral("65/KH-UBND");
        p.title = QStringLiteral("Tuyên truyền cải cách hành chính");
        p.issuingBody = QStringLiteral("UBND huyện Hoài Đức");
        p.issueDate = m_day.addDays(-30);
        p.periodStart = m_day.addDays(-30);
        p.periodEnd = m_day.addDays(30);
        auto plan = PlanRepository(db()).create(p);
        QVERIFY(plan);
        Activity a;
        a.planId = plan->id;
        a.channel = Channel::Radio;
        a.description = QStringLiteral("Phát thanh về cải cách hành chính");
        a.target = 10;
        a.unit = QStringLiteral("lượt phát");
        a.start = p.periodStart;
        a.due = p.periodEnd;
        auto activity = PlanRepository(db()).addActivity(a);
        QVERIFY(activity);
        const QString article = approvedArticle(QStringLiteral("Hoài Đức cải cách hành chính"),
                                                QStringLiteral("<p>Nội dung.</p>"));
        auto item =
            RadioRepository(db()).addItemFromArticle(article, m_programId, m_day, activity->id);
        QVERIFY(item);
        const auto counted = [&] {
            return PlanProgress(db()).activities(plan->id)->first().aired;
        };
        QCOMPARE(counted(), 0);

        RadioWindow w(db());
        open(w);
        QCOMPARE(w.currentItemId(), item->id);
        const QString user = db().actingUser();
        QString station;
        QDate day;
        QTime time;
        QString who;
        answerModal(QStringLiteral("markAiredDialog"), [&](QWidget *d) {
            station =
                child<QComboBox>(d, QStringLiteral("stationComboBox"))->currentData().toString();
            day = child<QDateEdit>(d, QStringLiteral("airedDateEdit"))->date();
            time = child<QTimeEdit>(d, QStringLiteral("airedTimeEdit"))->time();
            who = child<QLabel>(d, QStringLiteral("recordedByLabel"))->text();
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        child<QAction>(&w, QStringLiteral("markAiredAction"))->trigger();
        // By default: the programme's station, the item's day at the slot, the acting user.
        QCOMPARE(station, m_stationId);
        QCOMPARE(day, m_day);
        QCOMPARE(time, QTime(6, 0));
        QVERIFY2(who.contains(user), qPrintable(who));
        auto aired = RadioRepository(db()).airedOfItem(item->id);
        QCOMPARE(aired->size(), 1);
        QCOMPARE(aired->first().stationId, m_stationId);
        QCOMPARE(aired->first().airedAt, QDateTime(m_day, QTime(6, 0)).toUTC());
        QCOMPARE(aired->first().recordedBy, user);
        QCOMPARE(counted(), 1);
        auto *log = child<QTreeWidget>(&w, QStringLiteral("airedTreeWidget"));
        QCOMPARE(log->topLevelItemCount(), 1);
        QCOMPARE(log->topLevelItem(0)->text(0), QStringLiteral("Đài Truyền thanh huyện Hoài Đức"));

        // The same broadcast again: refused in words, the dialog stays open.
        bool stayedOpen = false;
        QString refusal;
        answerModal(QStringLiteral("markAiredDialog"), [&](QWidget *d) {
            clickDialogButton(d, QDialogButtonBox::Ok);
            stayedOpen = d->isVisible();
            refusal = child<QLabel>(d, QStringLiteral("errorLabel"))->text();
            clickDialogButton(d, QDialogButtonBox::Cancel);
        });
        child<QAction>(&w, QStringLiteral("markAiredAction"))->trigger();
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(QStringLiteral("already recorded")), qPrintable(refusal));
        QCOMPARE(RadioRepository(db()).airedOfItem(item->id)->size(), 1);

        // A mistaken entry unmarked: it no longer counts.
        log->setCurrentItem(log->topLevelItem(0));
        auto *unmark = child<QAction>(&w, QStringLiteral("unmarkAiredAction"));
        QVERIFY(unmark->isEnabled());
        answerModal(QStringLiteral("unmarkAiredQuestion"), [](QWidget *d) {
            static_cast<QMessageBox *>(d)->button(QMessageBox::Yes)->click();
        });
        unmark->trigger();
        QCOMPARE(RadioRepository(db()).airedOfItem(item->id)->size(), 0);
        QCOMPARE(counted(), 0);
        QCOMPARE(log->topLevelItemCount(), 0);
    }

    void exportWritesOneTextFilePerItem()
    {
        addProgram();
        const QString one = QStringLiteral("Ủy ban nhân dân huyện thông báo lịch tiếp dân.");
        const QString two = QStringLiteral("Điện lực thông báo lịch cắt điện ngày mai.");
        addWritten(QStringLiteral("Lịch tiếp dân"), one);
        addWritten(QStringLiteral("Cắt điện"), two);
        RadioWindow w(db());
        open(w);
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("loa"));
        QVERIFY(w.exportTo(folder));
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
                 (QStringList{
                     radioItemFileName(1, QStringLiteral("Lịch tiếp dân"), QStringLiteral("txt")),
                     radioItemFileName(2, QStringLiteral("Cắt điện"), QStringLiteral("txt"))}));
        const QStringList scripts{one, two};
        for (int i = 0; i < files.size(); ++i) {
            QFile f(QDir(folder).filePath(files.at(i)));
            QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
            QCOMPARE(QString::fromUtf8(f.readAll()), scripts.at(i) + u'\n');
        }
        QVERIFY2(child<QLabel>(&w, QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QDir::toNativeSeparators(folder)),
                 qPrintable(child<QLabel>(&w, QStringLiteral("statusLabel"))->text()));

        // Into a file: refused in words.
        QFile blocker(out.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!w.exportTo(blocker.fileName()));
        QVERIFY2(child<QLabel>(&w, QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QStringLiteral("it is a file, not a folder")),
                 qPrintable(child<QLabel>(&w, QStringLiteral("statusLabel"))->text()));
    }

    void exportWritesTheAnnouncersDocument()
    {
        addProgram();
        // Over the one-minute slot: 100 and 80 syllables.
        addWritten(QStringLiteral("Lịch tiếp dân"), scriptOf(QStringLiteral("Ủy"), 100));
        addWritten(QStringLiteral("Cắt điện"), scriptOf(QStringLiteral("Điện"), 80));
        RadioWindow w(db());
        open(w);
        // Export… offers the document for the announcer, as ODT or PDF, and the text files.
        auto *exportAction = child<QAction>(&w, QStringLiteral("exportAction"));
        QVERIFY(exportAction->isEnabled());
        QVERIFY(exportAction->menu());
        QStringList offered;
        for (QAction *a : exportAction->menu()->actions())
            offered << a->objectName();
        QCOMPARE(offered,
                 (QStringList{QStringLiteral("exportOdtAction"), QStringLiteral("exportPdfAction"),
                              QStringLiteral("exportTextAction")}));
        auto *status = child<QLabel>(&w, QStringLiteral("statusLabel"));

        // PDF: the file dialog names it, the extension added when left out.
        QTemporaryDir out;
        answerModal(QStringLiteral("exportFileDialog"), [&out](QWidget *d) {
            auto *dialog = static_cast<QFileDialog *>(d);
            QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
            dialog->setDirectory(out.path());
            // Typed, as a user does (selectFile leaves a focused name field alone).
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(QStringLiteral("ban-tin"));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as Save does
        });
        child<QAction>(&w, QStringLiteral("exportPdfAction"))->trigger();
        const QString pdf = out.filePath(QStringLiteral("ban-tin.pdf"));
        QFile pdfFile(pdf);
        QVERIFY2(pdfFile.open(QIODevice::ReadOnly), qPrintable(status->text()));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
        QVERIFY2(status->text().contains(QDir::toNativeSeparators(pdf)),
                 qPrintable(status->text()));

        // ODT.
        const QString odt = out.filePath(QStringLiteral("ban-tin.odt"));
        QVERIFY(w.exportDocumentTo(odt));
        QFile odtFile(odt);
        QVERIFY(odtFile.open(QIODevice::ReadOnly));
        const QByteArray zip = odtFile.readAll();
        QVERIFY(zip.startsWith("PK\x03\x04"));
        QVERIFY(zip.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        QVERIFY2(status->text().contains(QDir::toNativeSeparators(odt)),
                 qPrintable(status->text()));

        // Where it cannot be written: said in red in the window, nothing written.
        for (const QString &name : {QStringLiteral("no/such/folder/ban-tin.pdf"),
                                    QStringLiteral("no/such/folder/ban-tin.odt")}) {
            QVERIFY(!w.exportDocumentTo(out.filePath(name)));
            QVERIFY2(
                status->text().startsWith(QStringLiteral("Cannot write %1: ")
                                              .arg(QDir::toNativeSeparators(out.filePath(name)))),
                qPrintable(status->text()));
            QVERIFY(status->styleSheet().contains(QStringLiteral("color")));
        }
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("no"))));

        // Cancelled: nothing written, nothing said.
        status->clear();
        answerModal(QStringLiteral("exportFileDialog"), [](QWidget *d) { d->close(); });
        child<QAction>(&w, QStringLiteral("exportOdtAction"))->trigger();
        QCOMPARE(status->text(), QString());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);
    }

    // Last: the screenshot is taken in Vietnamese, the default language, and the tests above
    // read the English texts.
    void demoBulletinAsTheOfficeSeesIt()
    {
        if (!m_shots.isEmpty())
            installTranslation(qApp, QStringLiteral("vi"));
        QVERIFY(DemoContent::seed(db()));
        RadioRepository radio(db());
        auto program = radio.findProgram(QStringLiteral("Thời sự Hoài Đức"));
        QVERIFY(program);
        m_programId = program->id;
        m_day = QDate(2019, 2, 20);
        // The rest of that morning's bulletin, written for the radio.
        addWritten(QStringLiteral("Thông báo lịch tiếp công dân tháng ba"),
                   QStringLiteral("Ủy ban nhân dân huyện Hoài Đức thông báo lịch tiếp công dân "
                                  "định kỳ tháng ba năm hai nghìn không trăm mười chín. Chủ tịch "
                                  "Ủy ban nhân dân huyện tiếp công dân vào sáng thứ năm hằng "
                                  "tuần tại trụ sở tiếp công dân của huyện."));
        addWritten(QStringLiteral("Điện lực Hoài Đức thông báo tạm ngừng cấp điện"),
                   QStringLiteral("Điện lực Hoài Đức thông báo tạm ngừng cấp điện để bảo dưỡng "
                                  "lưới điện từ bảy giờ đến mười một giờ ba mươi phút ngày hai "
                                  "mươi hai tháng hai tại các xã An Khánh, Vân Canh và Di Trạch."));
        RadioWindow w(db());
        w.resize(1280, 760);
        open(w);
        const auto r = radio.rundown(m_programId, m_day);
        QCOMPARE(r->items.size(), 3);
        QCOMPARE(shownTitles(w).size(), 3);
        w.selectItem(r->items.first().id);
        QVERIFY(!r->items.first().articleId.isEmpty());
        // The demo article aired on the district's station and the commune's loudspeakers.
        QCOMPARE(child<QTreeWidget>(&w, QStringLiteral("airedTreeWidget"))->topLevelItemCount(), 2);
        QVERIFY(
            !child<QPlainTextEdit>(&w, QStringLiteral("scriptEdit"))->extraSelections().isEmpty());
        // It fits an office laptop's screen (1024×700), in Vietnamese too.
        QVERIFY2(w.minimumSizeHint().width() <= 1024 && w.minimumSizeHint().height() <= 700,
                 qPrintable(QStringLiteral("%1×%2")
                                .arg(w.minimumSizeHint().width())
                                .arg(w.minimumSizeHint().height())));
        QApplication::processEvents(); // the layout settles as it would on screen
        if (!m_shots.isEmpty()) {
            w.grab().save(m_shots + QStringLiteral("/radio-window.png"));
            // The forms, as first opened.
            RadioArticleDialog article(db(), m_programId, m_day, &w);
            MarkAiredDialog aired(db(), r->items.first(), program.value(), &w);
            RadioItemDialog written(db(), m_programId, m_day, &w);
            for (QDialog *d : std::initializer_list<QDialog *>{&article, &aired, &written}) {
                d->show();
                QApplication::processEvents();
                d->grab().save(m_shots + u'/' + d->objectName() + QStringLiteral(".png"));
                d->close();
            }
            // Export…: its menu, and the announcer's document of that bulletin.
            QMenu *menu = child<QAction>(&w, QStringLiteral("exportAction"))->menu();
            menu->popup(w.mapToGlobal(QPoint(200, 80)));
            QApplication::processEvents();
            menu->grab().save(m_shots + QStringLiteral("/radio-export-menu.png"));
            menu->close();
            QVERIFY(w.exportDocumentTo(m_shots + QStringLiteral("/radio-demo-rundown.pdf")));
            QVERIFY(w.exportDocumentTo(m_shots + QStringLiteral("/radio-demo-rundown.odt")));
        }
    }
};

QTEST_MAIN(TestRadioGui)
#include "TestRadioGui.moc"
