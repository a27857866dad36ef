// What the user is told when the portal misbehaves: a small in-process server that answers
// 500, hangs, closes the connection or redirects (unit level; the real WordPress is in
// TestWordPressPortal).
#include "publish/HttpClient.h"
#include "publish/WordPressPortal.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace PressDesk;

namespace {

class FakeServer : public QObject
{
public:
    enum Mode { Answer, Hang, Close };

    FakeServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_requests << s->readAll();
                    if (mode == Close) {
                        s->abort();
                    } else if (mode == Answer) {
                        s->write(response);
                        s->disconnectFromHost();
                    } // Hang: say nothing
                });
            }
        });
    }

    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    Mode mode = Answer;
    QByteArray response;
    QList<QByteArray> m_requests;

private:
    QTcpServer m_server;
};

QByteArray http(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
           extra + "Content-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestHttpFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverErrorIsReportedNotRetriedBlindly()
    {
        FakeServer server;
        // The site claims to be WordPress, then fails.
        server.response = http(500, R"({"code":"internal_server_error","message":"Lỗi máy chủ"})",
                               "Link: </?rest_route=/>; rel=\"https://api.w.org/\"\r\n");
        WordPressPortal portal(server.url(), QStringLiteral("u"), QStringLiteral("p"));
        auto c = portal.categories();
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("server"));
        QVERIFY(c.error().message.contains(QStringLiteral("500")));
        QVERIFY(c.error().message.contains(QStringLiteral("Lỗi máy chủ")));
    }

    void aHangingServerTimesOut()
    {
        FakeServer server;
        server.mode = FakeServer::Hang;
        HttpClient client;
        client.setTimeout(500);
        auto r = client.get(QNetworkRequest(server.url()));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("timeout"));
    }

    void aClosedConnectionIsNamed()
    {
        FakeServer server;
        server.mode = FakeServer::Close;
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
        FakeServer server;
        server.response = http(301, "", "Location: https://elsewhere.invalid/\r\n");
        HttpClient client;
        auto r = client.send("POST", QNetworkRequest(server.url(QStringLiteral("/posts"))),
                             R"({"title":"x"})");
        QVERIFY(r);
        QCOMPARE(r->status, 301);
        QCOMPARE(r->header("location"), QByteArray("https://elsewhere.invalid/"));
        QCOMPARE(server.m_requests.size(), 1);
        QVERIFY(server.m_requests.first().startsWith("POST /posts"));
    }

    void notWordPressIsSaidSo()
    {
        FakeServer server;
        server.response = http(200, "<html>Trang chủ</html>");
        WordPressPortal portal(server.url(), QStringLiteral("u"), QStringLiteral("p"));
        auto c = portal.testConnection();
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("not-wordpress"));
    }

    void credentialsGoWithEveryRequest()
    {
        FakeServer server;
        server.response = http(200, R"({"namespaces":["wp/v2"]})");
        WordPressPortal portal(server.url(), QStringLiteral("lan"),
                               QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
        QVERIFY(portal.discoverRestRoot());
        QVERIFY(!server.m_requests.isEmpty());
        const QByteArray expected =
            QByteArray("Authorization: Basic ") +
            QByteArray("lan:abcdefghijklmnopqrstuvwx").toBase64(); // spaces removed
        for (const QByteArray &request : std::as_const(server.m_requests))
            QVERIFY(request.contains(expected));
    }
};

QTEST_GUILESS_MAIN(TestHttpFaults)
#include "TestHttpFaults.moc"
