// 100 publishes through a proxy that drops connections before or after forwarding, delays
// past the client's timeout, and answers 500 or 503: every article ends as exactly one post
// on the real WordPress (scripts/run-tests.sh starts it).
#include "TempDatabase.h"
#include "TestWordPress.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/ArticleRepository.h"
#include "store/UserRepository.h"
#include "text/TextFold.h"
#include "workflow/WorkflowService.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace PressDesk;

namespace {

// One request per connection, as PressDesk's client and PHP's server use them here.
class FaultProxy : public QObject
{
public:
    enum Fault { Pass, DropBefore, DropAfter, DelayAfter, Answer500, Answer503 };

    FaultProxy(quint16 upstreamPort, quint32 seed) : m_upstream(upstreamPort), m_rng(seed)
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("proxy cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    bool faultsOn = true;
    QMap<Fault, int> counts;

private:
    Fault pick()
    {
        if (!faultsOn)
            return Pass;
        const int r = int(m_rng.bounded(100));
        if (r < 60)
            return Pass;
        if (r < 70)
            return DropBefore;
        if (r < 80)
            return DropAfter;
        if (r < 85)
            return DelayAfter;
        return r < 93 ? Answer500 : Answer503;
    }

    void serve(QTcpSocket *client)
    {
        auto *buffer = new QByteArray;
        connect(client, &QTcpSocket::disconnected, client, [client, buffer] {
            delete buffer;
            client->deleteLater();
        });
        connect(client, &QTcpSocket::readyRead, client, [this, client, buffer] {
            buffer->append(client->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QByteArray request = *buffer;
            buffer->clear();
            const Fault fault = pick();
            ++counts[fault];
            switch (fault) {
            case DropBefore:
                client->abort();
                return;
            case Answer500:
            case Answer503:
                client->write(fault == Answer500
                                  ? "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n"
                                    "Connection: close\r\n\r\n"
                                  : "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                                    "Connection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            default:
                forward(client, request, fault);
            }
        });
    }

    void forward(QTcpSocket *client, const QByteArray &request, Fault fault)
    {
        auto *upstream = new QTcpSocket(client);
        auto *response = new QByteArray;
        connect(upstream, &QTcpSocket::readyRead, upstream,
                [upstream, response] { response->append(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client, response, fault] {
            // The server acted; what the client learns depends on the fault.
            const QByteArray answer = *response;
            delete response;
            if (fault == DropAfter) {
                client->abort();
            } else if (fault == DelayAfter) {
                QTimer::singleShot(3000, client, [client, answer] {
                    if (client->state() == QAbstractSocket::ConnectedState) {
                        client->write(answer);
                        client->disconnectFromHost();
                    }
                });
            } else {
                client->write(answer);
                client->disconnectFromHost();
            }
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
        // Keep-alive would mix requests on one connection: one request, then close.
        QByteArray once = request;
        once.replace("Connection: Keep-Alive", "Connection: close");
        once.replace("Connection: keep-alive", "Connection: close");
        upstream->write(once);
    }

    QTcpServer m_server;
    quint16 m_upstream;
    QRandomGenerator m_rng;
};

} // namespace

class TestPublishFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyArticleEndsAsExactlyOnePost()
    {
        const TestWordPress wp = TestWordPress::fromEnvironment();
        PRESSDESK_REQUIRE_WORDPRESS(wp);
        TempDatabase t;
        Database &db = t.db();
        QVERIFY(UserRepository(db).ensureCurrentUser());
        FaultProxy proxy(quint16(wp.url.port()), 20261125);
        QUrl viaProxy = wp.url;
        viaProxy.setPort(proxy.port());
        auto account =
            PortalRepository(db).add(QStringLiteral("Cổng qua proxy"), viaProxy, wp.user);
        QVERIFY(account);

        const int n = qEnvironmentVariableIsSet("PRESSDESK_FAULT_PUBLISHES")
                          ? qEnvironmentVariableIntValue("PRESSDESK_FAULT_PUBLISHES")
                          : 100;
        QStringList ids;
        WorkflowService wf(db);
        for (int i = 0; i < n; ++i) {
            Article a;
            a.title = QStringLiteral("Tin thử lỗi mạng số %1").arg(i);
            a.bodyHtml = QStringLiteral("<p>Nội dung bài %1 gửi qua mạng chập chờn.</p>").arg(i);
            auto created = ArticleRepository(db).create(a);
            QVERIFY(created);
            QVERIFY(wf.apply(created->id, WorkflowAction::Submit));
            QVERIFY(wf.apply(created->id, WorkflowAction::Approve));
            QVERIFY(Publisher(db).enqueuePublish(created->id, account->name));
            ids << created->id;
        }

        // Send until the outbox is empty, the clock jumping past each backoff.
        WordPressPortal portal(viaProxy, wp.user, wp.password);
        portal.http().setTimeout(2000);
        QDateTime now = QDateTime::currentDateTimeUtc();
        int rounds = 0;
        for (; rounds < 40 * n; ++rounds) {
            auto left = Publisher(db).queue();
            QVERIFY(left);
            if (left->isEmpty())
                break;
            for (const OutboxEntry &e : std::as_const(left.value()))
                QVERIFY2(e.state != QLatin1String("failed"), qPrintable(e.lastError));
            now = now.addSecs(3600); // past any backoff
            QVERIFY(Publisher(db).run(account.value(), portal, now));
        }
        QVERIFY2(Publisher(db).queue()->isEmpty(), "the outbox did not drain");
        qInfo("%d rounds; faults: pass %d, drop before %d, drop after %d, delay %d, 500 %d, "
              "503 %d",
              rounds, proxy.counts.value(FaultProxy::Pass),
              proxy.counts.value(FaultProxy::DropBefore), proxy.counts.value(FaultProxy::DropAfter),
              proxy.counts.value(FaultProxy::DelayAfter), proxy.counts.value(FaultProxy::Answer500),
              proxy.counts.value(FaultProxy::Answer503));
        QVERIFY(proxy.counts.value(FaultProxy::DropAfter) > 0); // the case that makes duplicates

        // What the portal holds, asked directly: one post per article, none twice.
        WordPressPortal direct(wp.url, wp.user, wp.password);
        for (const QString &id : std::as_const(ids)) {
            const Article a = ArticleRepository(db).get(id).value();
            QCOMPARE(a.status, ArticleStatus::Published);
            const QString slug = Text::slugify(a.title, 60) + u'-' + a.id.left(8);
            auto post = direct.findPostBySlug(slug);
            QVERIFY(post);
            QVERIFY2(post->id != 0, qPrintable(slug));
            QCOMPARE(post->titleRaw, a.title);
            auto twice = direct.findPostBySlug(slug + QStringLiteral("-2"));
            QVERIFY(twice);
            QVERIFY2(twice->id == 0, qPrintable(QStringLiteral("a second post for ") + slug));
        }
    }
};

QTEST_GUILESS_MAIN(TestPublishFaults)
#include "TestPublishFaults.moc"
