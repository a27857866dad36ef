#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace PressDesk {

struct HttpResponse
{
    int status = 0; // HTTP status; 0 when no response arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

// Blocking HTTP for the publisher's worker thread and the CLI: each call runs a local event
// loop until the reply or the timeout. Redirects are never followed silently (a redirected
// POST can turn into a GET): a 3xx comes back as the response. Transport failures become
// translated errors: "no-such-host", "refused", "timeout", "closed", "tls".
class HttpClient
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::HttpClient)

public:
    HttpClient();
    ~HttpClient();

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // SHA-256 (hex) of a certificate the user chose to trust although it does not verify.
    void setTrustedCertificate(const QByteArray &sha256Hex) { m_trustedCert = sha256Hex; }

    Result<HttpResponse> send(const QByteArray &verb, QNetworkRequest request,
                              const QByteArray &body = {});
    Result<HttpResponse> get(const QNetworkRequest &request) { return send("GET", request); }

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_timeoutMs = 30000;
    QByteArray m_trustedCert;
};

} // namespace PressDesk
