#pragma once

// In-process HTTP(S) servers on 127.0.0.1 for the publishing tests: they answer what the
// test sets, hang, or drop the connection, so each failure a portal can show is reproduced
// without a network.
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslServer>
#include <QTcpServer>
#include <QUrl>

namespace TestSupport {

// A whole HTTP/1.1 response with a JSON content type; extra holds more header lines, each
// ending in "\r\n".
QByteArray httpResponse(int status, const QByteArray &body, const QByteArray &extra = {});

// Plain HTTP on a free port: one request per connection, answered with response.
class FakeHttpServer : public QObject
{
public:
    enum Mode {
        Answer, // writes response and closes
        Hang,   // says nothing
        Close   // drops the connection
    };

    FakeHttpServer();

    QUrl url(const QString &path = QStringLiteral("/")) const;
    const QList<QByteArray> &requests() const { return m_requests; }

    Mode mode = Answer;
    QByteArray response;

private:
    QTcpServer m_server;
    QList<QByteArray> m_requests;
};

// HTTPS with the self-signed certificate of tests/publish/data (made with openssl for
// 127.0.0.1), as an office's own portal might have; answers {"ok":true}.
class SelfSignedHttpsServer : public QObject
{
public:
    SelfSignedHttpsServer();

    QUrl url() const;
    QSslCertificate certificate;

private:
    QSslServer m_server;
};

} // namespace TestSupport
