#include "FakeHttpServer.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

namespace TestSupport {

QByteArray httpResponse(int status, const QByteArray &body, const QByteArray &extra)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
           extra + "Content-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

FakeHttpServer::FakeHttpServer()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("the fake HTTP server cannot listen");
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

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

SelfSignedHttpsServer::SelfSignedHttpsServer()
{
    const QString dir =
        qEnvironmentVariable("PRESSDESK_SOURCE_DIR") + QStringLiteral("/tests/publish/data/");
    QFile crt(dir + QStringLiteral("selfsigned.crt"));
    QFile key(dir + QStringLiteral("selfsigned.key"));
    if (!crt.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        qFatal("test certificate missing in %s", qPrintable(dir));
    certificate = QSslCertificate(crt.readAll());
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    m_server.setSslConfiguration(config);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("the fake HTTPS server cannot listen");
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (auto *s = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
            connect(s, &QSslSocket::readyRead, s, [s] {
                s->readAll();
                s->write(httpResponse(200, "{\"ok\":true}"));
                s->disconnectFromHost();
            });
        }
    });
}

QUrl SelfSignedHttpsServer::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_server.serverPort()));
}

} // namespace TestSupport
