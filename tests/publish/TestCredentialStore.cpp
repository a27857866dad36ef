// Portal passwords: the system keychain when there is one; otherwise kept for the session
// only, and the user is told so (never written to the database or the settings file).
#include "Language.h"
#include "publish/CredentialStore.h"

#include <QProcess>
#include <QTest>
#include <QTranslator>

using namespace PressDesk;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRealSecretServiceKeepsThePassword()
    {
        // ctest runs this program once more with PRESSDESK_TEST_KEYCHAIN=1: on Linux inside a
        // private D-Bus session with gnome-keyring (Secret Service), on Windows against the
        // Credential Manager (tests/publish/CMakeLists.txt).
        if (!qEnvironmentVariableIntValue("PRESSDESK_TEST_KEYCHAIN"))
            QSKIP("no Secret Service session (run through scripts/keychain-session.sh)");
        const QString key = QStringLiteral("portal-real-keychain");
        const QString secret = QStringLiteral("Mật khẩu ứng dụng 1234 abcd");
        const Status written = CredentialStore::write(key, secret);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QVERIFY(CredentialStore::keychainAvailable());
        // Read back through the keychain, not the session copy: a second process.
        QProcess reader;
        reader.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("-silent"), QStringLiteral("readBackInAnotherProcess")});
        QVERIFY(reader.waitForFinished(30000));
        QCOMPARE(reader.exitCode(), 0);
        QVERIFY(CredentialStore::remove(key));
    }

    void readBackInAnotherProcess()
    {
        if (!qEnvironmentVariableIntValue("PRESSDESK_TEST_KEYCHAIN"))
            QSKIP("only as the second process of aRealSecretServiceKeepsThePassword");
        const QString key = QStringLiteral("portal-real-keychain");
        auto back = CredentialStore::read(key);
        if (!back && back.error().code == QLatin1String("not-found"))
            QSKIP("nothing stored (run as part of aRealSecretServiceKeepsThePassword)");
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back.value(), QStringLiteral("Mật khẩu ứng dụng 1234 abcd"));
    }

    void withoutAKeychainThePasswordLastsTheSession()
    {
        qputenv("PRESSDESK_NO_KEYCHAIN", "1");
        const QString key = QStringLiteral("portal-no-keychain");
        auto missing = CredentialStore::read(key);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("no-keychain"));

        auto st = CredentialStore::write(key, QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
        QVERIFY(!st); // the caller must say it will be asked again
        QCOMPARE(st.error().code, QStringLiteral("no-keychain"));
        QVERIFY(st.error().message.contains(QStringLiteral("asked for again")));
        QVERIFY(!CredentialStore::keychainAvailable());

        auto back = CredentialStore::read(key);
        QVERIFY(back);
        QCOMPARE(back.value(), QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));

        QVERIFY(CredentialStore::remove(key));
        QCOMPARE(CredentialStore::read(key).error().code, QStringLiteral("no-keychain"));
        qunsetenv("PRESSDESK_NO_KEYCHAIN");
    }

    void keychainFailuresAreToldInOurWords()
    {
        // What Secret Service answers when the login collection is missing: for the log.
        const QString dbus = QStringLiteral(
            "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d");
        installTranslation(QCoreApplication::instance(), QStringLiteral("vi"));
        // QKeychain::Error: CouldNotDeleteEntry 2, AccessDeniedByUser 3, AccessDenied 4,
        // NoBackendAvailable 5, NotImplemented 6, OtherError 7.
        for (int code = 2; code <= 7; ++code) {
            const Error e = CredentialStore::keychainError(code, dbus);
            QVERIFY2(!e.message.contains(QStringLiteral("Object does not exist")),
                     qPrintable(e.message));
            QVERIFY2(e.message.contains(QStringLiteral("khóa")) ||
                         e.message.contains(QStringLiteral("mật khẩu")),
                     qPrintable(e.message)); // Vietnamese, about the keychain
            QCOMPARE(e.detail, dbus);
        }
        QCOMPARE(CredentialStore::keychainError(5, dbus).code, QStringLiteral("no-keychain"));
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void aMissingSessionBusMeansNoKeychainNotAHang()
    {
        // A laptop session without Secret Service or KWallet: QtKeychain cannot reach one.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QByteArray("/nonexistent"));
        const QString key = QStringLiteral("portal-no-bus");
        auto st = CredentialStore::write(key, QStringLiteral("secret"));
        if (st)
            QSKIP("a keychain answered without a session bus");
        QCOMPARE(st.error().code, QStringLiteral("no-keychain"));
        QCOMPARE(CredentialStore::read(key).value(), QStringLiteral("secret"));
        QVERIFY(CredentialStore::remove(key));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
