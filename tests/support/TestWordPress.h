#pragma once

#include <QTest>
#include <QUrl>

// The real WordPress that scripts/run-tests.sh starts (scripts/wordpress-test-env.sh) and
// announces in the environment.
struct TestWordPress
{
    QUrl url;
    QString user;
    QString password; // the application password

    static TestWordPress fromEnvironment()
    {
        return {QUrl(qEnvironmentVariable("PRESSDESK_TEST_WP_URL")),
                qEnvironmentVariable("PRESSDESK_TEST_WP_USER"),
                qEnvironmentVariable("PRESSDESK_TEST_WP_PASSWORD")};
    }
    bool isAvailable() const { return !url.isEmpty(); }
};

// In a test function: without the test WordPress, skip — or fail when the run requires it
// (PRESSDESK_REQUIRE_SERVICES=1, set by scripts/run-tests.sh), so a broken set-up is never
// a green run.
#define PRESSDESK_REQUIRE_WORDPRESS(wp)                                                            \
    do {                                                                                           \
        if (!(wp).isAvailable()) {                                                                 \
            if (qEnvironmentVariableIntValue("PRESSDESK_REQUIRE_SERVICES"))                        \
                QFAIL("PRESSDESK_TEST_WP_URL is not set: the test WordPress did not start");       \
            QSKIP(                                                                                 \
                "no test WordPress (run scripts/run-tests.sh or scripts/wordpress-test-env.sh)");  \
        }                                                                                          \
    } while (false)
