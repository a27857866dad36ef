// The dialogs laid out in Qt Designer forms (ui/*.ui), used as a user uses them: each is
// opened, filled through its named widgets and accepted, and what the user would notice is
// checked (the plan saved with its number, the comment a return requires, the user added).
// Everything runs in Vietnamese, the default language; the last test checks that no label,
// button or placeholder of a form is cut at the form's default size, and, with
// PRESSDESK_SCREENSHOT_DIR set, saves each form as a PNG there.
#include "GuiTestSupport.h"
#include "Language.h"
#include "Settings.h"
#include "TempDatabase.h"
#include "backup/BackupScheduler.h"
#include "editor/BodyTextEdit.h"
#include "editor/ImageDetailsDialog.h"
#include "office/OfficeRepository.h"
#include "plan/PlanDialogs.h"
#include "plan/PlanRepository.h"
#include "plan/ReportDialog.h"
#include "publish/CredentialStore.h"
#include "publish/PasswordDialog.h"
#include "publish/PortalRepository.h"
#include "publish/PortalsDialog.h"
#include "publish/PublishDialog.h"
#include "publish/Publisher.h"
#include "settings/CategoriesDialog.h"
#include "settings/SettingsDialog.h"
#include "store/ArticleBulkWriter.h"
#include "store/ArticleRepository.h"
#include "store/ProfileBackup.h"
#include "store/SqlUtil.h"
#include "store/UserRepository.h"
#include "sync/ConflictDialog.h"
#include "sync/SyncRepository.h"
#include "workflow/ReturnDialog.h"
#include "workflow/UsersDialog.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUuid>

#include <functional>
#include <memory>

using namespace PressDesk;
using TestSupport::child;
using TestSupport::clickDialogButton;
using TestSupport::dialogButton;

class TestDialogForms : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QString m_shots;
    QString m_shotPrefix; // "large-" while the forms are checked with a larger font

    Database &db() { return m_t->db(); }

    static void show(QDialog &dialog)
    {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            qFatal("%s was not shown", qPrintable(dialog.objectName()));
    }

    // Types text into field: key by key when it is ASCII, else committed as an input method
    // (Unikey, ibus-bamboo) commits Vietnamese.
    static void type(QWidget *field, const QString &text)
    {
        field->setFocus();
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(field, text);
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(field, &commit);
    }

    // On its indicator: a radio button as wide as the dialog takes clicks on its text only.
    static void clickRadio(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    }

    // The rows of the users list that say "now working".
    static QStringList markedUsers(QTreeWidget *tree)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (!tree->topLevelItem(i)->text(2).isEmpty())
                out << tree->topLevelItem(i)->text(0);
        return out;
    }

    Plan storedPlan()
    {
        Plan p;
        p.number = QStringLiteral("65/KH-UBND");
        p.title = QStringLiteral("Tuyên truyền cải cách hành chính năm 2026");
        p.focusTopics = {QStringLiteral("Cải cách hành chính"), QStringLiteral("Chuyển đổi số")};
        auto created = PlanRepository(db()).create(p);
        if (!created)
            qFatal("plan: %s", qPrintable(created.error().message));
        return created.value();
    }

    Activity storedActivity()
    {
        Activity a;
        a.planId = storedPlan().id;
        a.channel = Channel::Other;
        a.description = QStringLiteral("Hội nghị tuyên truyền tại các xã");
        a.target = 4;
        a.unit = QStringLiteral("buổi");
        auto added = PlanRepository(db()).addActivity(a);
        if (!added)
            qFatal("activity: %s", qPrintable(added.error().message));
        return added.value();
    }

    // An activity of the plan with that responsible unit.
    Activity activityOfUnit(const QString &planId, const QString &unit, const QString &what)
    {
        Activity a;
        a.planId = planId;
        a.channel = Channel::Meetings;
        a.description = what;
        a.responsibleUnit = unit;
        a.target = 4;
        a.unit = QStringLiteral("buổi");
        a.position = -1;
        auto added = PlanRepository(db()).addActivity(a);
        if (!added)
            qFatal("activity: %s", qPrintable(added.error().message));
        return added.value();
    }

    PortalAccount storedPortal()
    {
        auto a = PortalRepository(db()).add(QStringLiteral("Cổng huyện"),
                                            QUrl(QStringLiteral("http://127.0.0.1:1/")),
                                            QStringLiteral("bientap"));
        if (!a)
            qFatal("portal: %s", qPrintable(a.error().message));
        return a.value();
    }

    QString approvedArticle()
    {
        Article a;
        a.title = QStringLiteral("Hoài Đức đẩy mạnh chuyển đổi số");
        a.bodyHtml = QStringLiteral("<p>Nội dung đã được duyệt.</p>");
        auto created = ArticleRepository(db()).create(a);
        if (!created)
            qFatal("article");
        WorkflowService wf(db());
        if (!wf.apply(created->id, WorkflowAction::Submit) ||
            !wf.apply(created->id, WorkflowAction::Approve))
            qFatal("approve");
        return created->id;
    }

    // A conflict as a sync leaves it (TestConflictGui makes real ones on the office server):
    // the office's revision of the same sentence beside this desk's.
    QString localConflict()
    {
        ArticleRepository articles(db());
        Article a;
        a.title = QStringLiteral("Hội nghị sơ kết công tác tuyên truyền");
        a.bodyHtml = QStringLiteral("<p>Sáng 19/02, xã tổ chức hội nghị.</p>");
        a = articles.create(a).value();
        const Revision base = articles.revisions(a.id).value().first();
        SyncRepository sync(db());
        if (!sync.markRevisionSent(base.id, 1, QStringLiteral("edit")))
            return {};
        // The office's revision, written as a pull writes it.
        const QByteArray theirsId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
        {
            const QByteArray articleId = a.id.toUtf8(), title = base.title.toUtf8(),
                             body = QByteArrayLiteral(
                                 "<p>Sáng 19/02, xã tổ chức hội nghị sơ kết.</p>"),
                             savedAt = Sql::iso(base.createdAt).toUtf8();
            auto writer = ArticleBulkWriter::open(db());
            if (!writer)
                return {};
            ArticleBulkWriter::RevisionRow theirs;
            theirs.id = theirsId;
            theirs.articleId = articleId;
            theirs.content.title = title;
            theirs.content.bodyHtml = body;
            theirs.status = "draft";
            theirs.savedBy = "an";
            theirs.savedAt = savedAt;
            theirs.kind = "edit";
            theirs.version = 2;
            if (!(*writer)->revision(theirs))
                return {};
        }
        a.bodyHtml = QStringLiteral("<p>Sáng 19/02, xã tổ chức hội nghị trực tuyến.</p>");
        if (!articles.save(a, SaveKind::Manual))
            return {};
        SyncRepository::Conflict c;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.articleId = a.id;
        c.revisionId = articles.revisions(a.id).value().last().id;
        c.theirsRevisionId = QString::fromUtf8(theirsId);
        c.baseVersion = 1;
        c.login = QStringLiteral("an");
        c.createdAt = QDateTime::currentDateTimeUtc();
        return sync.applyConflict(c) ? c.id : QString();
    }

    void checkLayout(QDialog &dialog, const QString &file)
    {
        show(dialog);
        QApplication::processEvents();
        if (!m_shots.isEmpty())
            QVERIFY(dialog.grab().save(m_shots + u'/' + m_shotPrefix + file));
        const QStringList cut = TestSupport::cutTexts(&dialog);
        QVERIFY2(cut.isEmpty(), qPrintable(dialog.objectName() + QStringLiteral(": ") +
                                           cut.join(QStringLiteral("; "))));
        // And a screen reader can name every control of the form.
        const QStringList unnamed = TestSupport::unnamedIn(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(dialog.objectName() + QStringLiteral(": ") +
                                               unnamed.join(QStringLiteral("; "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings are kept where the app keeps them (on Windows the registry, which, unlike
        // a Linux settings file, takes nothing without an organisation), under a name of
        // their own so that a test never changes a real user's settings.
        QCoreApplication::setOrganizationName(QStringLiteral("PressDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("pressdesk-tests"));
        qputenv("PRESSDESK_NO_KEYCHAIN", "1");          // never a keychain prompt on a test machine
        installTranslation(qApp, QStringLiteral("vi")); // the default language
        m_shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
    }

    void init()
    {
        m_t = std::make_unique<TempDatabase>();
        QVERIFY(UserRepository(db()).ensureCurrentUser()); // an administrator
    }

    void cleanup() { m_t.reset(); }

    void planDialogSavesThePlanWithItsNumber()
    {
        PlanDialog dialog(db(), Plan{});
        show(dialog);
        auto *error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        // Without its number and symbol the plan is refused, visibly.
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog.isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(PlanRepository(db()).list()->isEmpty());

        type(child<QLineEdit>(&dialog, QStringLiteral("numberLineEdit")),
             QStringLiteral("12/KH-UBND"));
        type(child<QLineEdit>(&dialog, QStringLiteral("titleLineEdit")),
             QStringLiteral("Tuyên truyền Đại hội Đảng bộ huyện"));
        auto *topics = child<QPlainTextEdit>(&dialog, QStringLiteral("focusTopicsPlainTextEdit"));
        topics->setPlainText(QStringLiteral("Đại hội Đảng\n\n  Chuyển đổi số  \n"));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto saved = PlanRepository(db()).find(QStringLiteral("12/KH-UBND"));
        QVERIFY(saved);
        QCOMPARE(saved->title, QStringLiteral("Tuyên truyền Đại hội Đảng bộ huyện"));
        // The profile has not said who the office is: no issuing body is assumed.
        QCOMPARE(saved->issuingBody, QString());
        QCOMPARE(saved->focusTopics,
                 QStringList({QStringLiteral("Đại hội Đảng"), QStringLiteral("Chuyển đổi số")}));
        QCOMPARE(dialog.plan().id, saved->id);
    }

    void planDialogEditsAStoredPlan()
    {
        const Plan plan = storedPlan();
        PlanDialog dialog(db(), plan);
        show(dialog);
        auto *title = child<QLineEdit>(&dialog, QStringLiteral("titleLineEdit"));
        QCOMPARE(title->text(), plan.title);
        QCOMPARE(child<QPlainTextEdit>(&dialog, QStringLiteral("focusTopicsPlainTextEdit"))
                     ->toPlainText(),
                 plan.focusTopics.join(u'\n'));
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("openDocumentPushButton"))
                     ->isVisible()); // no document attached
        title->selectAll();
        type(title, QStringLiteral("Kế hoạch đã sửa"));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(PlanRepository(db()).get(plan.id)->title, QStringLiteral("Kế hoạch đã sửa"));
    }

    void activityDialogAddsAnActivity()
    {
        const Plan plan = storedPlan();
        Activity fresh;
        fresh.planId = plan.id;
        ActivityDialog dialog(db(), fresh, plan.focusTopics);
        show(dialog);
        auto *channel = child<QComboBox>(&dialog, QStringLiteral("channelComboBox"));
        channel->setCurrentIndex(channel->findData(channelKey(Channel::Radio)));
        QVERIFY(channel->currentIndex() >= 0);
        auto *topic = child<QComboBox>(&dialog, QStringLiteral("focusTopicComboBox"));
        QCOMPARE(topic->count(), 3); // none, and the plan's two topics
        topic->setCurrentIndex(2);
        type(child<QLineEdit>(&dialog, QStringLiteral("descriptionLineEdit")),
             QStringLiteral("Phát thanh chuyên mục chuyển đổi số"));
        auto *target = child<QSpinBox>(&dialog, QStringLiteral("targetSpinBox"));
        target->selectAll();
        type(target, QStringLiteral("12"));
        auto *unit = child<QComboBox>(&dialog, QStringLiteral("unitComboBox"));
        unit->setCurrentIndex(unit->findText(QStringLiteral("lượt phát")));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto activities = PlanRepository(db()).activities(plan.id);
        QVERIFY(activities);
        QCOMPARE(activities->size(), 1);
        const Activity &a = activities->first();
        QCOMPARE(a.channel, Channel::Radio);
        QCOMPARE(a.focusTopic, QStringLiteral("Chuyển đổi số"));
        QCOMPARE(a.description, QStringLiteral("Phát thanh chuyên mục chuyển đổi số"));
        QCOMPARE(a.target, 12);
        QCOMPARE(a.unit, QStringLiteral("lượt phát"));
    }

    // An activity's unit is changed by a recorded reassignment, not by editing it away; an
    // activity without one gets it here.
    void activityDialogKeepsTheUnitForAReassignment()
    {
        const Plan plan = storedPlan();
        const Activity owned = activityOfUnit(plan.id, QStringLiteral("Phòng Văn hóa và Thông tin"),
                                              QStringLiteral("Hội nghị tuyên truyền"));
        {
            ActivityDialog dialog(db(), owned, plan.focusTopics);
            show(dialog);
            auto *unit = child<QLineEdit>(&dialog, QStringLiteral("responsibleLineEdit"));
            QVERIFY(unit->isReadOnly());
            QVERIFY(unit->toolTip().contains(QStringLiteral("…")));
            type(unit, QStringLiteral("Phong khac"));
            clickDialogButton(&dialog, QDialogButtonBox::Ok);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(PlanRepository(db()).activity(owned.id)->responsibleUnit,
                 QStringLiteral("Phòng Văn hóa và Thông tin"));
        const Activity none =
            activityOfUnit(plan.id, QString(), QStringLiteral("Tuyên truyền trên loa"));
        ActivityDialog dialog(db(), none, plan.focusTopics);
        show(dialog);
        auto *unit = child<QLineEdit>(&dialog, QStringLiteral("responsibleLineEdit"));
        QVERIFY(!unit->isReadOnly());
        type(unit, QStringLiteral("UBND xa"));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(PlanRepository(db()).activity(none.id)->responsibleUnit,
                 QStringLiteral("UBND xa"));
    }

    void manualEntryNeedsWhatWasDone()
    {
        const Activity activity = storedActivity();
        ManualEntryDialog dialog(db(), activity);
        show(dialog);
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("activityLabel"))->text(),
                 activity.description);
        QVERIFY(child<QSpinBox>(&dialog, QStringLiteral("quantitySpinBox"))
                    ->suffix()
                    .endsWith(QStringLiteral("buổi")));
        auto *error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog.isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(PlanRepository(db()).manualEntries(activity.id)->isEmpty());

        child<QSpinBox>(&dialog, QStringLiteral("quantitySpinBox"))->setValue(2);
        type(child<QLineEdit>(&dialog, QStringLiteral("noteLineEdit")),
             QStringLiteral("Hội nghị tại xã Đức Thượng"));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto entries = PlanRepository(db()).manualEntries(activity.id);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().quantity, 2);
        QCOMPARE(entries->first().note, QStringLiteral("Hội nghị tại xã Đức Thượng"));
    }

    // Units merge: the new unit chosen among the units the plans name (or typed), a note;
    // without a unit the dialog says so and stays; once reassigned, the dialog lists the unit
    // before.
    void reassignUnitDialogRecordsTheNewUnit()
    {
        const Plan plan = storedPlan();
        const Activity a = activityOfUnit(plan.id, QStringLiteral("Phòng Văn hóa và Thông tin"),
                                          QStringLiteral("Hội nghị tuyên truyền tại các xã"));
        activityOfUnit(plan.id, QStringLiteral("Phòng Văn hóa – Xã hội"),
                       QStringLiteral("Phát thanh chuyên mục"));
        {
            ReassignUnitDialog dialog(db(), a);
            show(dialog);
            QCOMPARE(child<QLabel>(&dialog, QStringLiteral("currentUnitLabel"))->text(),
                     QStringLiteral("Phòng Văn hóa và Thông tin"));
            auto *unit = child<QComboBox>(&dialog, QStringLiteral("unitComboBox"));
            QCOMPARE(unit->count(), 1); // the other unit; not the one it has
            QCOMPARE(unit->itemText(0), QStringLiteral("Phòng Văn hóa – Xã hội"));
            QVERIFY(unit->currentText().isEmpty());
            QVERIFY(!child<QLabel>(&dialog, QStringLiteral("historyLabel"))->isVisible());

            clickDialogButton(&dialog, QDialogButtonBox::Ok);
            QVERIFY(dialog.isVisible());
            QVERIFY(!child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text().isEmpty());
            QVERIFY(PlanRepository(db()).unitHistory(a.id)->isEmpty());

            unit->setCurrentIndex(0);
            type(child<QLineEdit>(&dialog, QStringLiteral("noteLineEdit")),
                 QStringLiteral("Quyết định 12/QĐ-UBND"));
            clickDialogButton(&dialog, QDialogButtonBox::Ok);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(PlanRepository(db()).activity(a.id)->responsibleUnit,
                 QStringLiteral("Phòng Văn hóa – Xã hội"));
        const QList<UnitChange> history = PlanRepository(db()).unitHistory(a.id).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().note, QStringLiteral("Quyết định 12/QĐ-UBND"));

        // Typed rather than chosen: a unit no plan names yet.
        ReassignUnitDialog again(db(), PlanRepository(db()).activity(a.id).value());
        show(again);
        auto *before = child<QLabel>(&again, QStringLiteral("historyLabel"));
        QVERIFY(before->isVisible());
        QVERIFY2(before->text().contains(QStringLiteral("Phòng Văn hóa và Thông tin")),
                 qPrintable(before->text()));
        type(child<QComboBox>(&again, QStringLiteral("unitComboBox"))->lineEdit(),
             QStringLiteral("Trung tâm Truyền thông"));
        clickDialogButton(&again, QDialogButtonBox::Ok);
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(PlanRepository(db()).activity(a.id)->responsibleUnit,
                 QStringLiteral("Trung tâm Truyền thông"));
    }

    // A unit merged into another: the dialog says how many activities move (of this plan, or
    // of every plan), and moves them.
    void mergeUnitsDialogSaysHowManyMove()
    {
        const Plan plan = storedPlan();
        const QString centre = QStringLiteral("Trung tâm Văn hóa – Thể thao");
        const Activity a = activityOfUnit(plan.id, centre, QStringLiteral("Hội nghị"));
        const Activity b = activityOfUnit(plan.id, centre, QStringLiteral("Liên hoan"));
        const Activity c =
            activityOfUnit(plan.id, QStringLiteral("Phòng Nội vụ"), QStringLiteral("Tập huấn"));
        Plan other;
        other.number = QStringLiteral("70/KH-UBND");
        other.title = QStringLiteral("Chuyển đổi số");
        const QString otherId = PlanRepository(db()).create(other)->id;
        const Activity d = activityOfUnit(otherId, centre, QStringLiteral("Triển lãm"));

        MergeUnitsDialog dialog(db(), plan.id, centre);
        show(dialog);
        auto *from = child<QComboBox>(&dialog, QStringLiteral("fromComboBox"));
        QCOMPARE(from->currentText(), centre);
        auto *count = child<QLabel>(&dialog, QStringLiteral("countLabel"));
        QVERIFY2(count->text().contains(u'2'), qPrintable(count->text()));
        auto *all = child<QCheckBox>(&dialog, QStringLiteral("allPlansCheckBox"));
        all->click();
        QVERIFY2(count->text().contains(u'3'), qPrintable(count->text()));
        all->click();
        QVERIFY2(count->text().contains(u'2'), qPrintable(count->text()));

        // Into itself: refused, said, nothing moves.
        type(child<QComboBox>(&dialog, QStringLiteral("toComboBox"))->lineEdit(), centre);
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text().isEmpty());

        child<QComboBox>(&dialog, QStringLiteral("toComboBox"))
            ->setCurrentText(QStringLiteral("Phòng Văn hóa – Xã hội"));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.moved(), 2);
        PlanRepository plans(db());
        QCOMPARE(plans.activity(a.id)->responsibleUnit, QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(plans.activity(b.id)->responsibleUnit, QStringLiteral("Phòng Văn hóa – Xã hội"));
        QCOMPARE(plans.activity(c.id)->responsibleUnit, QStringLiteral("Phòng Nội vụ"));
        QCOMPARE(plans.activity(d.id)->responsibleUnit, centre);
    }

    void portalsDialogSavesANewPortal()
    {
        PortalsDialog dialog(db());
        show(dialog);
        auto *list = child<QListWidget>(&dialog, QStringLiteral("portalListWidget"));
        QCOMPARE(list->count(), 0);
        QVERIFY(
            !child<QPushButton>(&dialog, QStringLiteral("removePortalPushButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("trustPushButton"))->isVisible());
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("newPortalPushButton")),
                          Qt::LeftButton);
        type(child<QLineEdit>(&dialog, QStringLiteral("nameLineEdit")),
             QStringLiteral("Cổng thông tin huyện"));
        type(child<QLineEdit>(&dialog, QStringLiteral("urlLineEdit")),
             QStringLiteral("https://hoaiduc.example"));
        type(child<QLineEdit>(&dialog, QStringLiteral("userLineEdit")), QStringLiteral("bientap"));
        type(child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit")),
             QStringLiteral("abcd efgh ijkl"));
        // No keychain on a test machine: the password is kept for this session only.
        QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("rememberCheckBox"))->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("savePortalPushButton")),
                          Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Cổng thông tin huyện"));
        QVERIFY(!dialog.resultText().isEmpty()); // "saved"
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("removePortalPushButton"))->isEnabled());
        auto saved = PortalRepository(db()).find(QStringLiteral("Cổng thông tin huyện"));
        QVERIFY(saved);
        QCOMPARE(saved->userName, QStringLiteral("bientap"));
        QCOMPARE(saved->siteUrl.host(), QStringLiteral("hoaiduc.example"));
        QCOMPARE(CredentialStore::read(saved->id).value(), QStringLiteral("abcd efgh ijkl"));
    }

    void publishDialogQueuesTheArticle()
    {
        const PortalAccount portal = storedPortal();
        const QString id = approvedArticle();
        PublishDialog dialog(db(), id, PublishDialog::Publish);
        show(dialog);
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("articleTitleLabel"))
                    ->text()
                    .contains(QStringLiteral("Hoài Đức đẩy mạnh chuyển đổi số")));
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("postLinksLabel"))->isVisible());
        QVERIFY(!child<QRadioButton>(&dialog, QStringLiteral("trashRadioButton"))->isVisible());
        auto *portals = child<QComboBox>(&dialog, QStringLiteral("portalComboBox"));
        QCOMPARE(portals->currentText(), portal.name);
        auto *at = child<QDateTimeEdit>(&dialog, QStringLiteral("atDateTimeEdit"));
        QVERIFY(!at->isEnabled());
        clickRadio(child<QRadioButton>(&dialog, QStringLiteral("atRadioButton")));
        QVERIFY(at->isEnabled()); // a time can be chosen now
        clickRadio(child<QRadioButton>(&dialog, QStringLiteral("nowRadioButton")));
        QVERIFY(!at->isEnabled());
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto queue = Publisher(db()).queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().articleId, id);
        QCOMPARE(queue->first().portalName, portal.name);
        QCOMPARE(queue->first().action, QStringLiteral("publish"));
        QVERIFY(!queue->first().publishAt.isValid()); // now
    }

    void publishDialogWithoutPortalsSaysWhere()
    {
        PublishDialog dialog(db(), approvedArticle(), PublishDialog::Publish);
        show(dialog);
        QVERIFY(!dialogButton(&dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text().contains(u'→'));
        PublishDialog withdraw(db(), approvedArticle(), PublishDialog::Withdraw);
        show(withdraw);
        QCOMPARE(withdraw.objectName(), QStringLiteral("withdrawDialog"));
        QVERIFY(!child<QRadioButton>(&withdraw, QStringLiteral("nowRadioButton"))->isVisible());
        QVERIFY(child<QRadioButton>(&withdraw, QStringLiteral("draftRadioButton"))->isChecked());
        QVERIFY(!dialogButton(&withdraw, QDialogButtonBox::Ok)->isEnabled());
    }

    void passwordDialogKeepsThePasswordForTheSession()
    {
        const PortalAccount portal = storedPortal();
        PasswordDialog dialog(portal);
        show(dialog);
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("introLabel"))
                    ->text()
                    .contains(QStringLiteral("bientap")));
        clickDialogButton(&dialog, QDialogButtonBox::Ok); // nothing typed: stays open
        QVERIFY(dialog.isVisible());
        type(child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit")),
             QStringLiteral("wxyz 1234"));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(CredentialStore::read(portal.id).value(), QStringLiteral("wxyz 1234"));
    }

    void settingsDialogChoosesTheLanguage()
    {
        const QString before = Settings::language();
        SettingsDialog dialog(db());
        show(dialog);
        auto *language = child<QComboBox>(&dialog, QStringLiteral("languageComboBox"));
        QCOMPARE(language->currentData().toString(), before);
        language->setCurrentIndex(language->findText(QStringLiteral("English")));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.apply(), before != QLatin1String("en")); // a restart is needed
        QCOMPARE(Settings::language(), QStringLiteral("en"));
        Settings::setValue(Settings::Key::Language, before);
    }

    // The daily backups: on by default, into "backups" beside the profile unless a folder is
    // chosen; the choice is kept and the scheduler follows it.
    void settingsDialogChoosesTheBackupFolder()
    {
        Settings::setValue(Settings::Key::BackupsEnabled, true);
        Settings::setValue(Settings::Key::BackupFolder, QString());
        SettingsDialog dialog(db());
        show(dialog);
        auto *enabled = child<QCheckBox>(&dialog, QStringLiteral("backupsEnabledCheckBox"));
        auto *folder = child<QLineEdit>(&dialog, QStringLiteral("backupFolderLineEdit"));
        QVERIFY(enabled->isChecked());
        QVERIFY(folder->text().isEmpty());
        QVERIFY(!folder->placeholderText().isEmpty());
        QVERIFY(folder->toolTip().contains(
            QDir::toNativeSeparators(ProfileBackup::defaultFolder(db().path()))));
        QTemporaryDir usb;
        type(folder, QDir::toNativeSeparators(usb.filePath(QStringLiteral("Sao lưu PressDesk"))));
        enabled->setChecked(false);
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        dialog.apply();
        QCOMPARE(Settings::value(Settings::Key::BackupsEnabled).toBool(), false);
        QCOMPARE(BackupScheduler::folder(db().path()),
                 usb.filePath(QStringLiteral("Sao lưu PressDesk")));
        Settings::setValue(Settings::Key::BackupsEnabled, true);
        Settings::setValue(Settings::Key::BackupFolder, QString());
        QCOMPARE(BackupScheduler::folder(db().path()), ProfileBackup::defaultFolder(db().path()));
    }

    // The office's abbreviations: PressDesk's list, to which the office adds its own and from
    // which it removes what it does not use; a row half filled in is said, not dropped.
    void settingsDialogEditsTheOfficesAbbreviations()
    {
        const auto row = [](QTableWidget *table, const QString &abbreviation) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0) && table->item(r, 0)->text() == abbreviation)
                    return r;
            return -1;
        };
        {
            SettingsDialog dialog(db());
            show(dialog);
            auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("settingsTabWidget"));
            auto *table = child<QTableWidget>(&dialog, QStringLiteral("glossaryTableWidget"));
            tabs->setCurrentWidget(child<QWidget>(&dialog, QStringLiteral("glossaryTab")));
            QCOMPARE(table->rowCount(), int(Text::defaultGlossary().size()));
            QCOMPARE(table->item(row(table, QStringLiteral("UBND")), 1)->text(),
                     QStringLiteral("Ủy ban nhân dân"));

            QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addAbbreviationButton")),
                              Qt::LeftButton);
            QCOMPARE(table->rowCount(), int(Text::defaultGlossary().size()) + 1);
            QTRY_VERIFY(QApplication::focusWidget() &&
                        table->isAncestorOf(QApplication::focusWidget()));
            type(QApplication::focusWidget(), QStringLiteral("TTVH"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_VERIFY(table->currentColumn() == 1);
            table->editItem(table->currentItem());
            QTRY_VERIFY(QApplication::focusWidget() != table);
            type(QApplication::focusWidget(), QStringLiteral("Trung tâm Văn hóa"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QApplication::processEvents();
            const QStringList cut = TestSupport::cutTexts(&dialog);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
            if (!m_shots.isEmpty())
                QVERIFY(
                    dialog.grab().save(m_shots + QStringLiteral("/settings-abbreviations.png")));

            table->selectRow(row(table, QStringLiteral("TP")));
            QTest::mouseClick(
                child<QPushButton>(&dialog, QStringLiteral("removeAbbreviationButton")),
                Qt::LeftButton);
            QCOMPARE(row(table, QStringLiteral("TP")), -1);
            clickDialogButton(&dialog, QDialogButtonBox::Ok);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const OfficeProfile office = OfficeRepository(db()).load().value();
        QCOMPARE(office.glossary, (QList<Text::GlossaryEntry>{
                                      {QStringLiteral("TTVH"), QStringLiteral("Trung tâm Văn hóa")},
                                      {QStringLiteral("TP"), QString()}}));
        QCOMPARE(
            Text::readingScript(QStringLiteral("TTVH tại TP Vinh"), office.effectiveGlossary()),
            QStringLiteral("Trung tâm Văn hóa tại TP Vinh"));
        {
            // Shown again as the office has it; an abbreviation without what it stands for.
            SettingsDialog dialog(db());
            show(dialog);
            auto *table = child<QTableWidget>(&dialog, QStringLiteral("glossaryTableWidget"));
            QVERIFY(row(table, QStringLiteral("TTVH")) >= 0);
            QCOMPARE(row(table, QStringLiteral("TP")), -1);
            table->insertRow(0);
            table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("BQL")));
            clickDialogButton(&dialog, QDialogButtonBox::Ok);
            QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
            QVERIFY(dialog.isVisible());
            auto *error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
            QVERIFY2(error->text().contains(QStringLiteral("1")), qPrintable(error->text()));
            QCOMPARE(child<QTabWidget>(&dialog, QStringLiteral("settingsTabWidget"))
                         ->currentWidget()
                         ->objectName(),
                     QStringLiteral("glossaryTab"));
            // PressDesk's list back, without the office's.
            QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("defaultGlossaryButton")),
                              Qt::LeftButton);
            clickDialogButton(&dialog, QDialogButtonBox::Ok);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(OfficeRepository(db()).load()->glossary.isEmpty());
    }

    // The tone-mark style is the office's (its profile), no longer each user's.
    void settingsDialogChoosesTheToneMarkStyle()
    {
        Settings::setValue(Settings::Key::ToneStyle, QStringLiteral("traditional"));
        SettingsDialog dialog(db());
        show(dialog);
        auto *tone = child<QComboBox>(&dialog, QStringLiteral("toneStyleComboBox"));
        // Each choice shows how it spells (the same in every language).
        QVERIFY(tone->currentText().startsWith(QStringLiteral("hòa, thủy")));
        tone->setCurrentIndex(tone->findData(QStringLiteral("modern")));
        QVERIFY(tone->currentText().startsWith(QStringLiteral("hoà, thuỷ")));
        clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.apply()); // no restart for this
        QCOMPARE(OfficeRepository(db()).load()->toneStyle, std::optional(Text::ToneStyle::Modern));
        QCOMPARE(SettingsDialog::officeToneStyle(db()), Text::ToneStyle::Modern);
        // The user's own setting no longer decides.
        QCOMPARE(Settings::value(Settings::Key::ToneStyle).toString(),
                 QStringLiteral("traditional"));
    }

    // A profile that has chosen no style takes the one this user chose in earlier versions,
    // once: from then on the profile decides.
    void formerToneMarkSettingIsReadOnce()
    {
        Settings::setValue(Settings::Key::ToneStyle, QStringLiteral("modern"));
        {
            SettingsDialog dialog(db());
            show(dialog);
            QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("toneStyleComboBox"))
                         ->currentData()
                         .toString(),
                     QStringLiteral("modern"));
        }
        QVERIFY(!OfficeRepository(db()).load()->toneStyle); // only shown, not yet stored
        QCOMPARE(SettingsDialog::officeToneStyle(db()), Text::ToneStyle::Modern);
        QCOMPARE(OfficeRepository(db()).load()->toneStyle, std::optional(Text::ToneStyle::Modern));
        Settings::setValue(Settings::Key::ToneStyle, QStringLiteral("traditional"));
        QCOMPARE(SettingsDialog::officeToneStyle(db()), Text::ToneStyle::Modern);
    }

    // Settings → Office writes the office profile; a new plan then proposes the office as its
    // issuing body and a report names it, while a stored plan keeps the body that issued it.
    void settingsDialogSetsTheOffice()
    {
        Plan issued;
        issued.number = QStringLiteral("65/KH-UBND");
        issued.title = QStringLiteral("Tuyên truyền cải cách hành chính năm 2019");
        issued.issuingBody = QStringLiteral("UBND huyện Hoài Đức");
        issued.periodStart = QDate(2019, 1, 1);
        issued.periodEnd = QDate(2019, 12, 31);
        const auto stored = PlanRepository(db()).create(issued);
        QVERIFY(stored);
        {
            // Before: the report leaves the office's particulars to fill in, and says so.
            ReportDialog dialog(db(), stored->id, issued.periodStart, issued.periodEnd);
            show(dialog);
            QVERIFY(!dialog.statusText().isEmpty());
            const QString preview =
                child<QTextBrowser>(&dialog, QStringLiteral("reportPreview"))->toPlainText();
            QVERIFY2(preview.contains(QStringLiteral("……………, ngày ")), qPrintable(preview));
        }
        {
            SettingsDialog dialog(db());
            show(dialog);
            // An office that has not said who it is: the dialog opens on its page.
            auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("settingsTabWidget"));
            QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("officeTab"));
            auto *name = child<QLineEdit>(&dialog, QStringLiteral("officeNameLineEdit"));
            QVERIFY(name->text().isEmpty());
            QVERIFY(!name->placeholderText().isEmpty()); // asks for it
            type(name, QStringLiteral("UBND xã Vân Canh"));
            type(child<QLineEdit>(&dialog, QStringLiteral("placeLineEdit")),
                 QStringLiteral("Vân Canh"));
            type(child<QLineEdit>(&dialog, QStringLiteral("signerNameLineEdit")),
                 QStringLiteral("Nguyễn Thị Lan"));
            type(child<QLineEdit>(&dialog, QStringLiteral("signerTitleLineEdit")),
                 QStringLiteral("Chủ tịch"));
            child<QPlainTextEdit>(&dialog, QStringLiteral("recipientsPlainTextEdit"))
                ->setPlainText(QStringLiteral("UBND thành phố Hà Nội (để b/c);\n\n  Lưu: VT.  \n"));
            type(child<QLineEdit>(&dialog, QStringLiteral("numberSuffixLineEdit")),
                 QStringLiteral("UBND"));
            clickDialogButton(&dialog, QDialogButtonBox::Ok);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const OfficeProfile office = OfficeRepository(db()).load().value();
        QCOMPARE(office.name, QStringLiteral("UBND xã Vân Canh"));
        QCOMPARE(office.parentBody, QString());
        QCOMPARE(office.place, QStringLiteral("Vân Canh"));
        QCOMPARE(office.signerName, QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(office.signerTitle, QStringLiteral("Chủ tịch"));
        QCOMPARE(office.recipients, (QStringList{QStringLiteral("UBND thành phố Hà Nội (để b/c);"),
                                                 QStringLiteral("Lưu: VT.")}));
        QCOMPARE(office.numberSuffix, QStringLiteral("UBND"));

        {
            // Opened again, it shows what is stored, on the first page.
            SettingsDialog dialog(db());
            show(dialog);
            QCOMPARE(child<QTabWidget>(&dialog, QStringLiteral("settingsTabWidget"))
                         ->currentWidget()
                         ->objectName(),
                     QStringLiteral("generalTab"));
            QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("officeNameLineEdit"))->text(),
                     QStringLiteral("UBND xã Vân Canh"));
            QCOMPARE(child<QPlainTextEdit>(&dialog, QStringLiteral("recipientsPlainTextEdit"))
                         ->toPlainText(),
                     QStringLiteral("UBND thành phố Hà Nội (để b/c);\nLưu: VT."));
        }
        {
            PlanDialog dialog(db(), Plan{});
            show(dialog);
            QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("issuedByLineEdit"))->text(),
                     QStringLiteral("UBND xã Vân Canh"));
            QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("numberLineEdit"))->placeholderText(),
                     QStringLiteral("65/KH-UBND"));
        }
        {
            PlanDialog dialog(db(), stored.value());
            show(dialog);
            QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("issuedByLineEdit"))->text(),
                     QStringLiteral("UBND huyện Hoài Đức"));
        }
        {
            ReportDialog dialog(db(), stored->id, issued.periodStart, issued.periodEnd);
            show(dialog);
            QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("signerName"))->text(),
                     QStringLiteral("Nguyễn Thị Lan"));
            const QString preview =
                child<QTextBrowser>(&dialog, QStringLiteral("reportPreview"))->toPlainText();
            QVERIFY2(preview.contains(QStringLiteral("UBND XÃ VÂN CANH")), qPrintable(preview));
            QVERIFY2(preview.contains(QStringLiteral("Vân Canh, ngày ")), qPrintable(preview));
            QVERIFY2(preview.contains(QStringLiteral("- UBND thành phố Hà Nội (để b/c);")),
                     qPrintable(preview));
            QVERIFY2(preview.contains(QStringLiteral("/BC-UBND")), qPrintable(preview));
            QVERIFY(dialog.statusText().isEmpty());
        }
    }

    void usersDialogAddsAUser()
    {
        UsersDialog dialog(db());
        show(dialog);
        auto *tree = child<QTreeWidget>(&dialog, QStringLiteral("usersTreeWidget"));
        QCOMPARE(tree->topLevelItemCount(), 1); // the administrator
        type(child<QLineEdit>(&dialog, QStringLiteral("newUserNameLineEdit")),
             QStringLiteral("mai.tran"));
        auto *role = child<QComboBox>(&dialog, QStringLiteral("newUserRoleComboBox"));
        role->setCurrentIndex(role->findData(roleKey(Role::Supervisor)));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addUserPushButton")),
                          Qt::LeftButton);
        QCOMPARE(tree->topLevelItemCount(), 2);
        const auto added = tree->findItems(QStringLiteral("mai.tran"), Qt::MatchExactly);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first()->text(1), roleDisplayName(Role::Supervisor));
        QVERIFY(added.first()->text(2).isEmpty()); // not working now
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("usersMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("mai.tran")));
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("newUserNameLineEdit"))->text().isEmpty());
        QCOMPARE(UserRepository(db()).find(QStringLiteral("mai.tran"))->role, Role::Supervisor);
    }

    // The list shows who works now twice over: the mark in "now working" and the current
    // (highlighted) row, which "Work as this user" acts on. Both must name the same user —
    // also when the dialog opens after a switch, when the list, which has the focus, used to
    // make its first row current: another user, whom the button then switched to.
    void usersDialogMarksOnlyTheCurrentUser()
    {
        QVERIFY(UserRepository(db()).add(QStringLiteral("lan"), Role::Staff));
        QVERIFY(UserRepository(db()).add(QStringLiteral("mai"), Role::Supervisor));
        QVERIFY(UserRepository(db()).setCurrentUser(QStringLiteral("mai")));
        const auto shownAsCurrent = [](QTreeWidget *tree) {
            QStringList out = markedUsers(tree);
            if (tree->currentItem() && !out.contains(tree->currentItem()->text(0)))
                out << tree->currentItem()->text(0);
            for (QTreeWidgetItem *item : tree->selectedItems())
                if (!out.contains(item->text(0)))
                    out << item->text(0);
            return out;
        };
        {
            UsersDialog dialog(db());
            show(dialog);
            QApplication::setActiveWindow(&dialog);
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *tree = child<QTreeWidget>(&dialog, QStringLiteral("usersTreeWidget"));
            QVERIFY(tree->hasFocus());
            QCOMPARE(shownAsCurrent(tree), QStringList{QStringLiteral("mai")});
            // The button without a choice keeps the user working.
            QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("makeCurrentPushButton")),
                              Qt::LeftButton);
            QCOMPARE(db().actingUser(), QStringLiteral("mai"));
        }
        UsersDialog dialog(db());
        show(dialog);
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tree = child<QTreeWidget>(&dialog, QStringLiteral("usersTreeWidget"));
        auto *use = child<QPushButton>(&dialog, QStringLiteral("makeCurrentPushButton"));
        for (const QString &name : {QStringLiteral("lan"), QStringLiteral("mai")}) {
            QTreeWidgetItem *row = tree->findItems(name, Qt::MatchExactly).value(0);
            QVERIFY(row);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                              tree->visualItemRect(row).center());
            QTest::mouseClick(use, Qt::LeftButton);
            QCOMPARE(db().actingUser(), name);
            QCOMPARE(shownAsCurrent(tree), QStringList{name});
        }
        QVERIFY(dialog.currentUserChanged());
    }

    void returnDialogRequiresAComment()
    {
        ReturnDialog dialog(QStringLiteral("Tin hội nghị"));
        show(dialog);
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("promptLabel"))
                    ->text()
                    .contains(QStringLiteral("Tin hội nghị")));
        QPushButton *ok = dialogButton(&dialog, QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        auto *comment = child<QPlainTextEdit>(&dialog, QStringLiteral("commentPlainTextEdit"));
        type(comment, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled()); // blanks are no comment
        type(comment, QStringLiteral("Bổ sung số liệu năm 2025."));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.comment(), QStringLiteral("Bổ sung số liệu năm 2025."));
    }

    void imageDetailsDialogRequiresAlternativeText()
    {
        ImageDetailsDialog dialog(QStringLiteral("hoi-nghi.jpg"));
        show(dialog);
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("fileLabel"))
                    ->text()
                    .contains(QStringLiteral("hoi-nghi.jpg")));
        QPushButton *ok = dialogButton(&dialog, QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        type(child<QLineEdit>(&dialog, QStringLiteral("captionLineEdit")),
             QStringLiteral("Hội nghị sáng 5/3"));
        QVERIFY(!ok->isEnabled()); // a caption is no alternative text
        type(child<QLineEdit>(&dialog, QStringLiteral("altTextLineEdit")),
             QStringLiteral("Đại biểu  dự hội nghị"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.altText(), QStringLiteral("Đại biểu dự hội nghị"));
        QCOMPARE(dialog.caption(), QStringLiteral("Hội nghị sáng 5/3"));
    }

    // The question a paste of old .VnTime text asks, in Vietnamese: both texts shown, nothing
    // cut; converting puts Unicode in the article.
    void legacyPasteAsksInVietnamese()
    {
        BodyTextEdit body;
        body.resize(800, 400);
        body.show();
        QVERIFY(QTest::qWaitForWindowExposed(&body));
        const QString sentence = QStringLiteral("Ủy ban nhân dân xã tổ chức hội nghị triển "
                                                "khai kế hoạch cải cách hành chính năm 2026.");
        QMimeData mime;
        mime.setHtml(QStringLiteral("<p><span style=\"font-family:.VnTime\">%1</span></p>")
                         .arg(Text::toLegacy(sentence, Text::LegacyEncoding::Tcvn3)));
        TestSupport::answerModal(QStringLiteral("legacyPasteBox"), [&](QWidget *box) {
            auto *dialog = qobject_cast<QDialog *>(box);
            QVERIFY(dialog);
            checkLayout(*dialog, QStringLiteral("form-legacy-paste.png"));
            QCOMPARE(child<QPushButton>(box, QStringLiteral("convertLegacyButton"))->text(),
                     QStringLiteral("&Chuyển đổi"));
            child<QPushButton>(box, QStringLiteral("convertLegacyButton"))->click();
        });
        body.insertSanitized(&mime);
        // TCVN3 has no capital Ủ: its code is the small letter's.
        QCOMPARE(body.toPlainText(), QStringLiteral("ủ") + sentence.mid(1));
    }

    // Sizes follow the system font: with a font half as large again (a user who needs larger
    // text sets it for the whole desktop), every form still shows all its words.
    void formsReadWellWithALargerSystemFont()
    {
        const QFont before = QApplication::font();
        QFont larger = before;
        larger.setPointSizeF(before.pointSizeF() * 1.5);
        QApplication::setFont(larger);
        m_shotPrefix = QStringLiteral("large-");
        formsReadWellInVietnamese();
        m_shotPrefix.clear();
        QApplication::setFont(before);
    }

    void formsReadWellInVietnamese()
    {
        const Activity activity = storedActivity();
        const Plan plan = PlanRepository(db()).get(activity.planId).value();
        const PortalAccount portal = storedPortal();
        const QString article = approvedArticle();
        {
            PlanDialog d(db(), Plan{});
            checkLayout(d, QStringLiteral("form-plan.png"));
        }
        {
            ActivityDialog d(db(), activity, plan.focusTopics);
            checkLayout(d, QStringLiteral("form-activity.png"));
        }
        {
            ManualEntryDialog d(db(), activity);
            checkLayout(d, QStringLiteral("form-manual-entry.png"));
        }
        {
            PortalsDialog d(db());
            checkLayout(d, QStringLiteral("form-portals.png"));
        }
        {
            PublishDialog d(db(), article, PublishDialog::Publish);
            checkLayout(d, QStringLiteral("form-publish.png"));
        }
        {
            PublishDialog d(db(), article, PublishDialog::Withdraw);
            checkLayout(d, QStringLiteral("form-withdraw.png"));
        }
        {
            PasswordDialog d(portal);
            checkLayout(d, QStringLiteral("form-password.png"));
        }
        {
            SettingsDialog d(db());
            checkLayout(d, QStringLiteral("form-settings.png"));
        }
        {
            SettingsDialog d(db());
            child<QTabWidget>(&d, QStringLiteral("settingsTabWidget"))->setCurrentIndex(0);
            checkLayout(d, QStringLiteral("form-settings-general.png"));
        }
        {
            UsersDialog d(db());
            checkLayout(d, QStringLiteral("form-users.png"));
        }
        {
            ReturnDialog d(QStringLiteral("Hoài Đức đẩy mạnh chuyển đổi số"));
            checkLayout(d, QStringLiteral("form-return.png"));
        }
        {
            ImageDetailsDialog d(QStringLiteral("hoi-nghi-chuyen-doi-so.jpg"));
            checkLayout(d, QStringLiteral("form-image-details.png"));
        }
        {
            CategoriesDialog d(db());
            checkLayout(d, QStringLiteral("form-categories.png"));
        }
        {
            ConflictDialog d(db(), localConflict());
            QVERIFY(d.isReady());
            checkLayout(d, QStringLiteral("form-conflict.png"));
        }
        {
            Activity reassigned = activity;
            reassigned.responsibleUnit = QStringLiteral("Phòng Văn hóa và Thông tin");
            QVERIFY(PlanRepository(db()).updateActivity(reassigned));
            QVERIFY(PlanRepository(db()).reassignUnit(activity.id,
                                                      QStringLiteral("Phòng Văn hóa – Xã hội")));
            ReassignUnitDialog d(db(), PlanRepository(db()).activity(activity.id).value());
            checkLayout(d, QStringLiteral("form-reassign-unit.png"));
        }
        {
            MergeUnitsDialog d(db(), plan.id, QStringLiteral("Phòng Văn hóa – Xã hội"));
            checkLayout(d, QStringLiteral("form-merge-units.png"));
        }
    }
};

QTEST_MAIN(TestDialogForms)
#include "TestDialogForms.moc"
