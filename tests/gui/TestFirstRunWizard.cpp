// The set-up assistant (FirstRunWizard): each page applied on Next, "Later" and Cancel
// storing nothing more, an error kept on its page, and Settings bringing it back.
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TempDatabase.h"
#include "office/OfficeRepository.h"
#include "settings/FirstRunWizard.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace PressDesk;
using TestSupport::answerModal;
using TestSupport::child;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QString m_shots;

    Database &db() { return m_t->db(); }
    User me() { return UserRepository(db()).find(db().actingUser()).value(); }
    OfficeProfile office() { return OfficeRepository(db()).load().value(); }

    static QWizardPage *page(FirstRunWizard &wizard, const QString &name)
    {
        return child<QWizardPage>(&wizard, name);
    }

    void shoot(FirstRunWizard &wizard, const QString &file)
    {
        QApplication::processEvents();
        if (!m_shots.isEmpty())
            QVERIFY(wizard.grab().save(m_shots + u'/' + file));
    }

    static void setText(QWidget *in, const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(in, name);
        edit->selectAll();
        edit->insert(text); // as typing does (keyClicks takes only Latin-1)
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PressDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("pressdesk-tests"));
        qputenv("PRESSDESK_NO_KEYCHAIN", "1");
        installTranslation(qApp, QStringLiteral("vi")); // the default language
        m_shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
    }

    void init()
    {
        m_t = std::make_unique<TempDatabase>();
        QVERIFY(UserRepository(db()).ensureCurrentUser()); // a new profile's administrator
        Settings::setValue(Settings::Key::FirstRunDone, false);
    }

    void cleanup() { m_t.reset(); }

    void everyPageFilledIsStored()
    {
        FirstRunWizard wizard(db());
        wizard.show();
        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("welcomeWizardPage")));
        shoot(wizard, QStringLiteral("wizard-1-welcome.png"));
        wizard.next();

        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("userWizardPage")));
        // The current user's name is proposed, and the first user is the administrator.
        auto *name = child<QLineEdit>(&wizard, QStringLiteral("displayNameLineEdit"));
        QCOMPARE(name->text(), me().displayName.isEmpty() ? me().name : me().displayName);
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("roleLabel"))->text(),
                 roleDisplayName(Role::Admin));
        setText(&wizard, QStringLiteral("displayNameLineEdit"), QStringLiteral("Nguyễn Thị Lan"));
        shoot(wizard, QStringLiteral("wizard-2-user.png"));
        wizard.next();
        QCOMPARE(me().displayName, QStringLiteral("Nguyễn Thị Lan"));

        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("officeWizardPage")));
        setText(&wizard, QStringLiteral("officeNameLineEdit"), QStringLiteral("UBND xã Vân Canh"));
        setText(&wizard, QStringLiteral("parentBodyLineEdit"), QStringLiteral("UBND tỉnh Gia Lai"));
        setText(&wizard, QStringLiteral("placeLineEdit"), QStringLiteral("Vân Canh"));
        setText(&wizard, QStringLiteral("signerNameLineEdit"), QStringLiteral("Trần Văn Hùng"));
        setText(&wizard, QStringLiteral("signerTitleLineEdit"), QStringLiteral("Chủ tịch"));
        shoot(wizard, QStringLiteral("wizard-3-office.png"));
        wizard.next();
        const OfficeProfile stored = office();
        QCOMPARE(stored.name, QStringLiteral("UBND xã Vân Canh"));
        QCOMPARE(stored.parentBody, QStringLiteral("UBND tỉnh Gia Lai"));
        QCOMPARE(stored.place, QStringLiteral("Vân Canh"));
        QCOMPARE(stored.signerName, QStringLiteral("Trần Văn Hùng"));
        QCOMPARE(stored.signerTitle, QStringLiteral("Chủ tịch"));

        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("connectWizardPage")));
        // Without the window's sync controller there is no server dialog to open.
        QVERIFY(!child<QPushButton>(&wizard, QStringLiteral("officeServerButton"))->isVisible());
        QVERIFY(child<QPushButton>(&wizard, QStringLiteral("portalsButton"))->isVisible());
        shoot(wizard, QStringLiteral("wizard-4-connect.png"));
        wizard.next();

        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("doneWizardPage")));
        const QString summary = child<QLabel>(&wizard, QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Nguyễn Thị Lan")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("UBND xã Vân Canh")), qPrintable(summary));
        shoot(wizard, QStringLiteral("wizard-5-done.png"));
        QVERIFY(!Settings::value(Settings::Key::FirstRunDone).toBool());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(Settings::value(Settings::Key::FirstRunDone).toBool());
    }

    void laterOnEveryPageStoresNothing()
    {
        const User before = me();
        FirstRunWizard wizard(db());
        wizard.show();
        wizard.next();
        // What is typed and left for later is not saved.
        setText(&wizard, QStringLiteral("displayNameLineEdit"), QStringLiteral("Someone Else"));
        auto *later = wizard.button(QWizard::CustomButton1);
        QVERIFY(later->isVisible());
        QTest::mouseClick(later, Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("officeWizardPage")));
        setText(&wizard, QStringLiteral("officeNameLineEdit"), QStringLiteral("UBND xã Khác"));
        QTest::mouseClick(later, Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("connectWizardPage")));
        // The optional page's default way on says "Later".
        QVERIFY(qobject_cast<QPushButton *>(wizard.button(QWizard::NextButton))->isDefault());
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), FirstRunWizard::tr("&Later"));
        wizard.next();
        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("doneWizardPage")));
        QVERIFY(!later->isVisible());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);

        QCOMPARE(me().displayName, before.displayName);
        QCOMPARE(office(), OfficeProfile{});
        QVERIFY(Settings::value(Settings::Key::FirstRunDone).toBool());
    }

    void nextWithNothingTypedStoresNothing()
    {
        const User before = me();
        FirstRunWizard wizard(db());
        wizard.show();
        setText(&wizard, QStringLiteral("displayNameLineEdit"), QString()); // emptied: later
        while (wizard.currentPage() != page(wizard, QStringLiteral("doneWizardPage")))
            wizard.next();
        wizard.accept();
        QCOMPARE(me().displayName, before.displayName);
        QCOMPARE(office(), OfficeProfile{});
        // No office row was written: the profile has nothing waiting to sync or announce.
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM office_profile")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void cancelKeepsWhatEarlierPagesApplied()
    {
        FirstRunWizard wizard(db());
        wizard.show();
        wizard.next();
        setText(&wizard, QStringLiteral("displayNameLineEdit"), QStringLiteral("Lê Văn Nam"));
        wizard.next();
        setText(&wizard, QStringLiteral("officeNameLineEdit"), QStringLiteral("UBND phường A"));
        wizard.reject(); // Cancel on the office page: its typing is dropped
        QCOMPARE(me().displayName, QStringLiteral("Lê Văn Nam"));
        QCOMPARE(office(), OfficeProfile{});
        QVERIFY(Settings::value(Settings::Key::FirstRunDone).toBool()); // skipped: not again
    }

    void anOfficeThatCannotBeSavedStaysOnItsPage()
    {
        FirstRunWizard wizard(db());
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("officeWizardPage")));
        setText(&wizard, QStringLiteral("officeNameLineEdit"), QStringLiteral("UBND xã Vân Canh"));
        // The profile refuses writes (as a read-only or full disk would).
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = ON")));
        wizard.next();
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = OFF")));
        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("officeWizardPage")));
        auto *error = child<QLabel>(&wizard, QStringLiteral("officeErrorLabel"));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(error->isVisible());
        shoot(wizard, QStringLiteral("wizard-3-office-error.png"));
        // Once it can be saved, Next saves it and goes on.
        wizard.next();
        QCOMPARE(wizard.currentPage(), page(wizard, QStringLiteral("connectWizardPage")));
        QCOMPARE(office().name, QStringLiteral("UBND xã Vân Canh"));
        QVERIFY(error->text().isEmpty());
    }

    void offeredOnceTheWindowIsDrawnUntilDone()
    {
        {
            MainWindow window(db());
            window.offerFirstRunWizardWhenDrawn();
            QApplication::processEvents();
            QVERIFY(!window.findChild<FirstRunWizard *>()); // not before the window is drawn
            window.show();
            QTRY_VERIFY(window.findChild<FirstRunWizard *>());
            auto *wizard = window.findChild<FirstRunWizard *>();
            QTRY_VERIFY(wizard->isVisible());
            QVERIFY(window.isVisible()); // the window did not wait for it
            wizard->reject();            // Cancel: skipped
        }
        QVERIFY(Settings::value(Settings::Key::FirstRunDone).toBool());
        MainWindow again(db());
        again.offerFirstRunWizardWhenDrawn();
        again.show();
        QTest::qWait(100);
        QVERIFY(!again.findChild<FirstRunWizard *>());
    }

    void settingsRunsItAgain()
    {
        Settings::setValue(Settings::Key::FirstRunDone, true);
        MainWindow window(db());
        window.resize(1280, 800);
        window.show();
        bool wizardOpened = false;
        QString officeShown;
        answerModal(QStringLiteral("settingsDialog"), [&](QWidget *settings) {
            answerModal(QStringLiteral("firstRunWizard"), [&](QWidget *w) {
                wizardOpened = true;
                auto *wizard = qobject_cast<FirstRunWizard *>(w);
                QVERIFY(wizard);
                // Opened from the window, the office server's dialog can be reached.
                wizard->next();
                wizard->next();
                setText(wizard, QStringLiteral("officeNameLineEdit"),
                        QStringLiteral("UBND phường Hoàn Kiếm"));
                wizard->next();
                QVERIFY(child<QPushButton>(wizard, QStringLiteral("officeServerButton"))
                            ->isVisibleTo(wizard));
                shoot(*wizard, QStringLiteral("wizard-4-connect-window.png"));
                wizard->next();
                wizard->accept();
            });
            QTest::mouseClick(child<QPushButton>(settings, QStringLiteral("firstRunWizardButton")),
                              Qt::LeftButton);
            // The Office page shows what the assistant saved.
            officeShown = child<QLineEdit>(settings, QStringLiteral("officeNameLineEdit"))->text();
            TestSupport::clickDialogButton(settings, QDialogButtonBox::Cancel);
        });
        child<QAction>(&window, QStringLiteral("settingsAction"))->trigger();
        QVERIFY(wizardOpened);
        QCOMPARE(officeShown, QStringLiteral("UBND phường Hoàn Kiếm"));
        QCOMPARE(office().name, QStringLiteral("UBND phường Hoàn Kiếm"));
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "TestFirstRunWizard.moc"
