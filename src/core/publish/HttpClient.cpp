#include "publish/HttpClient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace PressDesk {

namespace {

// A request body Qt cannot rewind. When a connection closes before the answer, Qt's HTTP
// stack silently sends the request again on a new connection (up to twice) — for a POST
// that already reached the portal that means a second post. With a body it cannot reset,
// Qt reports the failure instead, and the publisher looks the post up before any retry.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size() - m_pos));
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient() : m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

Result<HttpResponse> HttpClient::send(const QByteArray &verb, QNetworkRequest request,
                                      const QByteArray &body)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = nullptr;
    if (verb == "GET" || verb == "HEAD") {
        reply = m_nam->sendCustomRequest(request, verb, body);
    } else {
        // Writes are never re-sent behind our back (see OneShotBody).
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OneShotBody(body, nullptr);
        reply = m_nam->sendCustomRequest(request, verb, device);
        device->setParent(reply);
    }
    QString tlsProblem;
    QByteArray untrustedFingerprint;
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply,
        [this, reply, &tlsProblem, &untrustedFingerprint](const QList<QSslError> &errors) {
            const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
            const QByteArray fingerprint = cert.digest(QCryptographicHash::Sha256).toHex();
            if (!m_trustedCert.isEmpty() && fingerprint == m_trustedCert) {
                reply->ignoreSslErrors(errors); // the user trusted exactly this one
                return;
            }
            untrustedFingerprint = fingerprint;
            tlsProblem = tr("The site's certificate is not trusted (%1). Its "
                            "SHA-256 fingerprint is %2; trust it only if the "
                            "portal's administrator confirms that fingerprint.")
                             .arg(errors.value(0).errorString(), QString::fromLatin1(fingerprint));
        });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
        reply, [](QNetworkReply *r) { r->deleteLater(); });
    HttpResponse response;
    response.url = request.url();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (response.status > 0)
        return response; // any HTTP answer, 4xx and 5xx included, is for the caller to judge

    const QString host = request.url().host();
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return Error{
            QStringLiteral("no-such-host"),
            tr("No such site: %1 cannot be found. Check the address and the network.").arg(host)};
    case QNetworkReply::ConnectionRefusedError:
        return Error{QStringLiteral("refused"),
                     tr("%1 refused the connection: no web server answers there.").arg(host)};
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Error{QStringLiteral("timeout"),
                     tr("%1 did not answer within %2 seconds.").arg(host).arg(m_timeoutMs / 1000)};
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return Error{QStringLiteral("closed"),
                     tr("%1 closed the connection before answering.").arg(host)};
    case QNetworkReply::SslHandshakeFailedError:
        return Error{
            QStringLiteral("tls"),
            tlsProblem.isEmpty()
                ? tr("The secure connection to %1 failed: %2").arg(host, reply->errorString())
                : tlsProblem,
            QString::fromLatin1(untrustedFingerprint)};
    default:
        if (!tlsProblem.isEmpty())
            return Error{QStringLiteral("tls"), tlsProblem,
                         QString::fromLatin1(untrustedFingerprint)};
        return Error{QStringLiteral("network"),
                     tr("The connection to %1 failed: %2").arg(host, reply->errorString())};
    }
}

} // namespace PressDesk
