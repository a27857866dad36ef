#include "server/ServerAddress.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace PressDesk {

namespace {

const QString &badUrl()
{
    static const QString code = QStringLiteral("bad-server-url");
    return code;
}

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Percent-encodes all but the unreserved characters and `keep`.
QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

bool isSslMode(const QString &mode)
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

// A value for libpq's conninfo string: bare when it holds only harmless characters, else in
// single quotes with backslashes and quotes escaped (libpq reads backslash escapes even in
// bare values, so a Windows path must be quoted).
QString conninfoValue(const QString &value)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_.:/-]+$"));
    if (bare.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(u'\\', QLatin1String("\\\\"));
    quoted.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + quoted + u'\'';
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    const QString text = url.trimmed();
    const auto fail = [&url](const QString &reason) {
        // Whatever else is wrong, a password in it is not repeated.
        static const QRegularExpression password(QStringLiteral("(://[^/@:]*):[^/@]*@"));
        QString shown = url;
        shown.replace(password, QStringLiteral("\\1:…@"));
        return Error{badUrl(),
                     tr("“%1” is not a usable office server address: %2").arg(shown, reason)};
    };
    // Without the address: it would show the password.
    const auto passwordInUrl = [] {
        return Error{badUrl(),
                     tr("The office server address contains a password. Leave the password out "
                        "of the address: PressDesk asks for it and keeps it in the system "
                        "keychain, or reads it from $PRESSDESK_SERVER_PASSWORD (administrators: "
                        "from $PGPASSWORD or ~/.pgpass, as psql does).")};
    };

    QStringView rest;
    for (const QLatin1String scheme :
         {QLatin1String("postgresql://"), QLatin1String("postgres://")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            rest = QStringView(text).mid(scheme.size());
            break;
        }
    }
    if (rest.isNull())
        return fail(tr("it must start with postgresql:// (for example "
                       "postgresql://pressdesk.office.lan/pressdesk)."));

    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype slash = rest.indexOf(u'/');
    QStringView authority = slash >= 0 ? rest.left(slash) : rest;
    const QStringView path = slash >= 0 ? rest.mid(slash + 1) : QStringView();

    ServerAddress address;

    // [USER@]
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(u':'))
            return passwordInUrl();
        address.user = decoded(userInfo);
        if (address.user.isEmpty())
            return fail(tr("there is an “@” without a user name before it."));
    }

    // HOST[:PORT], HOST being a name, an IPv4 address or an [IPv6] address.
    QStringView hostText = authority;
    QStringView portText;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail(tr("the IPv6 address has no closing “]”."));
        hostText = authority.mid(1, close - 1);
        const QStringView after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return fail(
                    tr("unexpected text after the IPv6 address: “%1”.").arg(after.toString()));
            portText = after.mid(1);
        }
        if (hostText.isEmpty())
            return fail(tr("the IPv6 address between “[” and “]” is empty."));
    } else if (const qsizetype colon = authority.indexOf(u':'); colon >= 0) {
        hostText = authority.left(colon);
        portText = authority.mid(colon + 1);
        if (portText.contains(u':'))
            return fail(tr("an IPv6 address must be written in brackets, like "
                           "postgresql://[fd00::5]/pressdesk."));
    }
    address.host = decoded(hostText);
    if (address.host.contains(u','))
        return fail(tr("it names several servers; PressDesk connects to one."));
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (!address.host.startsWith(u'/') && address.host.contains(space))
        return fail(tr("the server name “%1” contains a space.").arg(address.host));

    const auto readPort = [&](QStringView digits, int *port) -> bool {
        bool ok = false;
        const int n = digits.toInt(&ok);
        static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
        if (!ok || !number.match(digits).hasMatch() || n < 1 || n > 65535)
            return false;
        *port = n;
        return true;
    };
    if (!portText.isNull() && !readPort(portText, &address.port))
        return fail(
            tr("the port must be a number from 1 to 65535, not “%1”.").arg(portText.toString()));

    // /DATABASE
    address.database = decoded(path);
    if (address.database.isEmpty())
        return fail(tr("it names no database; add it after the server, like "
                       "postgresql://pressdesk.office.lan/pressdesk."));

    // ?host=…&port=…&sslmode=…&sslrootcert=…
    QStringList unknown;
    if (!query.isEmpty()) {
        for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq < 0)
                return fail(tr("the parameter “%1” has no value.").arg(decoded(pair)));
            const QString key = decoded(pair.left(eq));
            const QString value = decoded(pair.mid(eq + 1));
            if (key == QLatin1String("host")) {
                if (value.contains(u','))
                    return fail(tr("it names several servers; PressDesk connects to one."));
                address.host = value;
            } else if (key == QLatin1String("port")) {
                if (!readPort(value, &address.port))
                    return fail(
                        tr("the port must be a number from 1 to 65535, not “%1”.").arg(value));
            } else if (key == QLatin1String("sslmode")) {
                if (!isSslMode(value))
                    return fail(tr("sslmode must be disable, allow, prefer, require, verify-ca "
                                   "or verify-full, not “%1”.")
                                    .arg(value));
                address.sslMode = value;
            } else if (key == QLatin1String("sslrootcert")) {
                if (value.isEmpty())
                    return fail(tr("sslrootcert needs the path of the CA certificate file."));
                // Qt's PostgreSQL driver turns every “;” of the options into a space.
                if (value.contains(u';'))
                    return fail(tr("the certificate path “%1” contains a “;”, which the "
                                   "connection cannot carry; move or rename the file.")
                                    .arg(value));
                address.sslRootCert = value;
            } else if (key == QLatin1String("password")) {
                return passwordInUrl();
            } else if (!unknown.contains(key)) {
                unknown << key;
            }
        }
    }
    if (!unknown.isEmpty())
        return fail(tr("unknown parameter(s) %1; PressDesk understands host, port, sslmode and "
                       "sslrootcert.")
                        .arg(unknown.join(QStringLiteral(", "))));
    return address;
}

QString ServerAddress::toString() const
{
    const bool socket = host.startsWith(u'/');
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += encoded(user) + u'@';
    if (!socket) {
        if (host.contains(u':'))
            url += u'[' + host + u']';
        else
            url += encoded(host);
        if (port != 5432)
            url += u':' + QString::number(port);
    }
    url += u'/' + encoded(database);

    QStringList query;
    if (socket) {
        query << QStringLiteral("host=") + encoded(host, "/:\\");
        if (port != 5432)
            query << QStringLiteral("port=") + QString::number(port);
    }
    if (!sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        query << QStringLiteral("sslrootcert=") + encoded(sslRootCert, "/:\\");
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + conninfoValue(sslRootCert);
    options << QStringLiteral("connect_timeout=10");
    // A desk on a laptop loses its network in the middle of a pass (Wi-Fi, a VPN that drops):
    // without these the pass would wait on the dead connection for the system's two hours of
    // TCP keepalive. Probes after 15 s of silence, every 5 s, three unanswered end it; data
    // unacknowledged for 30 s ends it too (tcp_user_timeout: Linux; ignored elsewhere).
    options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=15")
            << QStringLiteral("keepalives_interval=5") << QStringLiteral("keepalives_count=3")
            << QStringLiteral("tcp_user_timeout=30000");
    options << QStringLiteral("application_name=PressDesk");
    return options.join(u';');
}

QString ServerAddress::credentialKey(const QString &userName) const
{
    return QStringLiteral("server:") + userName + u'@' + host + u':' + QString::number(port) +
           u'/' + database;
}

} // namespace PressDesk
