// Against a real WordPress (Debian's package) on loopback, started by scripts/run-tests.sh
// through scripts/wordpress-test-env.sh. Without it the tests skip, unless the run requires
// the services (PRESSDESK_REQUIRE_SERVICES=1), where they fail.
#include "TestWordPress.h"
#include "publish/WordPressPortal.h"

#include <QTest>

using namespace PressDesk;

class TestWordPressPortal : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QString m_user;
    QString m_password;

private Q_SLOTS:
    void initTestCase()
    {
        const TestWordPress wp = TestWordPress::fromEnvironment();
        PRESSDESK_REQUIRE_WORDPRESS(wp);
        m_url = wp.url;
        m_user = wp.user;
        m_password = wp.password;
    }

    void connectionReportsSiteAccountAndCapabilities()
    {
        WordPressPortal portal(m_url, m_user, m_password);
        auto c = portal.testConnection();
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QCOMPARE(c->siteName, QStringLiteral("Cổng thông tin điện tử huyện (thử nghiệm)"));
        QVERIFY(c->roles.contains(QStringLiteral("administrator")));
        QVERIFY(c->canPublish);
        QVERIFY(c->canUpload);
        // The root the site announces in its Link header: /wp-json/ with pretty permalinks
        // (WordPress turns them on at install when its loopback test succeeds), else
        // ?rest_route=.
        QVERIFY2(c->restRoot.path() == QLatin1String("/wp-json/") ||
                     c->restRoot.query().contains(QStringLiteral("rest_route=")),
                 qPrintable(c->restRoot.toString()));
    }

    void wrongPasswordIsExplained()
    {
        WordPressPortal portal(m_url, m_user, QStringLiteral("xxxx xxxx xxxx xxxx xxxx xxxx"));
        auto c = portal.testConnection();
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("auth"));
        QVERIFY(c.error().message.contains(QStringLiteral("password")));
    }

    void unknownUserIsExplainedTheSameWay()
    {
        WordPressPortal portal(m_url, QStringLiteral("khong-co"), m_password);
        auto c = portal.testConnection();
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("auth"));
    }

    void aFolderOfTheSiteIsNotWordPress()
    {
        WordPressPortal portal(m_url.resolved(QUrl(QStringLiteral("/wp-content/"))), m_user,
                               m_password);
        auto c = portal.testConnection();
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("not-wordpress"));
    }

    void categoriesAreListed()
    {
        WordPressPortal portal(m_url, m_user, m_password);
        auto categories = portal.categories();
        QVERIFY2(categories, categories ? "" : qPrintable(categories.error().message));
        bool found = false;
        for (const PortalCategory &c : std::as_const(categories.value()))
            found = found || (c.id == 1 && c.slug == QLatin1String("uncategorized"));
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestWordPressPortal)
#include "TestWordPressPortal.moc"
