// What the user is told when the portal misbehaves: a small in-process server that answers
// 500, hangs, closes the connection or redirects (unit level; the real WordPress is in
// TestWordPressPortal).
#include "publish/HttpClient.h"
#include "publish/WordPressPortal.h"

#include "FakeHttpServer.h"
#include "Wine.h"
#include "publish/PortalRepository.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace PressDesk;

using TestSupport::FakeHttpServer;
using TestSupport::httpResponse;
using TestSupport::SelfSignedHttpsServer;

class TestHttpFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUntrustedCertificateIsRefusedWithItsFingerprint()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        // Only a real Windows can confirm this part: Wine's Schannel (built on GnuTLS) reports
        // the self-signed certificate, but then completes no TLS exchange, trusted or not — the
        // same with this in-process server, with openssl s_server, TLS 1.2 and 1.3.
        WINE_ONLY_SKIP("its Schannel completes no TLS exchange with a self-signed certificate");
        SelfSignedHttpsServer server;
        const QString fingerprint =
            QString::fromLatin1(server.certificate.digest(QCryptographicHash::Sha256).toHex());
        HttpClient client;
        client.setTimeout(10000);
        auto r = client.get(QNetworkRequest(server.url()));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("tls"));
        QVERIFY2(r.error().message.contains(fingerprint), qPrintable(r.error().message));
        QCOMPARE(r.error().detail, fingerprint); // for the app's "Trust this certificate"

        // Trusted by the user, exactly this certificate: the request goes through.
        client.setTrustedCertificate(fingerprint.toLatin1());
        r = client.get(QNetworkRequest(server.url()));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->status, 200);

        // Another fingerprint trusts nothing.
        HttpClient other;
        other.setTrustedCertificate(QByteArray(64, 'a'));
        QCOMPARE(other.get(QNetworkRequest(server.url())).error().code, QStringLiteral("tls"));
    }

    void fingerprintsAreAcceptedAsOpensslAndBrowsersShowThem()
    {
        const QString hex =
            QStringLiteral("557ead25ada8e52d73d492970669ee6383c8016887c13a6c31fd3a26047a6411");
        QCOMPARE(PortalRepository::normalizedFingerprint(QStringLiteral(
                     "55:7E:AD:25:AD:A8:E5:2D:73:D4:92:97:06:69:EE:63:83:C8:01:68:87:C1:3A:6C:"
                     "31:FD:3A:26:04:7A:64:11")),
                 hex);
        QCOMPARE(PortalRepository::normalizedFingerprint(hex.toUpper()), hex);
        QCOMPARE(
            PortalRepository::normalizedFingerprint(QStringLiteral(" 557e ad25 ") + hex.mid(8)),
            hex);
        QVERIFY(PortalRepository::normalizedFingerprint(hex.left(40)).isEmpty()); // SHA-1
        QVERIFY(PortalRepository::normalizedFingerprint(QStringLiteral("xyz")).isEmpty());
    }

    void serverErrorIsReportedNotRetriedBlindly()
    {
        FakeHttpServer server;
        // The site claims to be WordPress, then fails.
        server.response =
            httpResponse(500, R"({"code":"internal_server_error","message":"Lỗi máy chủ"})",
                         "Link: </?rest_route=/>; rel=\"https://api.w.org/\"\r\n");
        WordPressPortal portal(server.url(), QStringLiteral("u"), QStringLiteral("p"));
        auto c = portal.categories();
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("server"));
        QVERIFY(c.error().message.contains(QStringLiteral("500")));
        QVERIFY(c.error().message.contains(QStringLiteral("Lỗi máy chủ")));
    }

    void aRefusedUploadIsPermanentNotAServerHiccup()
    {
        FakeHttpServer server;
        server.response = httpResponse(
            500,
            R"({"code":"rest_upload_sideload_error","message":"Sorry, you are not allowed to upload this file type."})",
            "Link: </?rest_route=/>; rel=\"https://api.w.org/\"\r\n");
        WordPressPortal portal(server.url(), QStringLiteral("u"), QStringLiteral("p"));
        auto m = portal.uploadMedia("GIF89a", QStringLiteral("image/gif"), QStringLiteral("a.gif"),
                                    {}, {});
        QVERIFY(!m);
        // Not "server": the outbox would retry it forever.
        QCOMPARE(m.error().code, QStringLiteral("rejected-file"));
        QVERIFY(m.error().message.contains(QStringLiteral("file type")));
    }

    void aHangingServerTimesOut()
    {
        FakeHttpServer server;
        server.mode = FakeHttpServer::Hang;
        HttpClient client;
        client.setTimeout(500);
        auto r = client.get(QNetworkRequest(server.url()));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("timeout"));
    }

    void aClosedConnectionIsNamed()
    {
        FakeHttpServer server;
        server.mode = FakeHttpServer::Close;
        HttpClient client;
        auto r = client.get(QNetworkRequest(server.url()));
        QVERIFY(!r);
        QVERIFY2(r.error().code == QLatin1String("closed") ||
                     r.error().code == QLatin1String("network"),
                 qPrintable(r.error().code));
        QVERIFY(!r.error().message.isEmpty());
    }

    void nothingListeningIsRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        HttpClient client;
        auto r =
            client.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("refused"));
    }

    void aRedirectedWriteIsNotFollowed()
    {
        // Qt would turn a redirected POST into a GET; the client hands the 301 back instead.
        FakeHttpServer server;
        server.response = httpResponse(301, "", "Location: https://elsewhere.invalid/\r\n");
        HttpClient client;
        auto r = client.send("POST", QNetworkRequest(server.url(QStringLiteral("/posts"))),
                             R"({"title":"x"})");
        QVERIFY(r);
        QCOMPARE(r->status, 301);
        QCOMPARE(r->header("location"), QByteArray("https://elsewhere.invalid/"));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().first().startsWith("POST /posts"));
    }

    void notWordPressIsSaidSo()
    {
        FakeHttpServer server;
        server.response = httpResponse(200, "<html>Trang chủ</html>");
        WordPressPortal portal(server.url(), QStringLiteral("u"), QStringLiteral("p"));
        auto c = portal.testConnection();
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("not-wordpress"));
    }

    void credentialsGoWithEveryRequest()
    {
        FakeHttpServer server;
        server.response = httpResponse(200, R"({"namespaces":["wp/v2"]})");
        WordPressPortal portal(server.url(), QStringLiteral("lan"),
                               QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
        QVERIFY(portal.discoverRestRoot());
        QVERIFY(!server.requests().isEmpty());
        const QByteArray expected =
            QByteArray("Authorization: Basic ") +
            QByteArray("lan:abcdefghijklmnopqrstuvwx").toBase64(); // spaces removed
        for (const QByteArray &request : std::as_const(server.requests()))
            QVERIFY(request.contains(expected));
    }
};

QTEST_GUILESS_MAIN(TestHttpFaults)
#include "TestHttpFaults.moc"
