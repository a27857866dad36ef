#include "FaultProxy.h"

#include <QEventLoop>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace TestSupport {

namespace {

using Fault = FaultProxy::Fault;

// One desk's connection: the desk's socket and ours to the server.
class Link : public QObject
{
public:
    Link(QTcpSocket *desk, const QString &host, quint16 port,
         std::shared_ptr<FaultProxy::State> state)
        : m_desk(desk), m_server(new QTcpSocket(this)), m_state(std::move(state))
    {
        m_desk->setParent(this);
        m_stallTimer = new QTimer(this);
        m_stallTimer->setInterval(20);
        connect(m_stallTimer, &QTimer::timeout, this, [this] { flushIfFree(); });
        m_stallTimer->start();
        connect(m_desk, &QTcpSocket::readyRead, this, [this] { fromDesk(); });
        connect(m_server, &QTcpSocket::readyRead, this, [this] { fromServer(); });
        connect(m_server, &QTcpSocket::connected, this, [this] { flushIfFree(); });
        connect(m_desk, &QTcpSocket::disconnected, this, [this] { drop(false); });
        connect(m_server, &QTcpSocket::disconnected, this, [this] { drop(false); });
        m_server->connectToHost(host, port);
    }

private:
    Fault fault() const { return Fault(m_state->fault.load()); }

    void fromDesk()
    {
        const QByteArray data = m_desk->readAll();
        // libpq may ask for TLS first (8 bytes: length 8, code 80877103); the server answers
        // with one byte, not a message.
        if (!m_sawStart) {
            m_sawStart = true;
            m_sslAsked = data.size() >= 8 && quint8(data[4]) == 0x04 && quint8(data[5]) == 0xd2 &&
                         quint8(data[6]) == 0x16 && quint8(data[7]) == 0x2f;
        }
        m_toServer += data;
        pass();
    }

    void fromServer()
    {
        QByteArray data = m_server->readAll();
        if (m_sslAsked && !m_sslAnswered && !data.isEmpty()) {
            m_sslAnswered = true;
            m_toDesk += data.left(1);
            data.remove(0, 1);
        }
        // Messages: a type byte, then a length that counts itself and the body.
        m_parse += data;
        while (m_parse.size() >= 5) {
            const qint64 length = (qint64(quint8(m_parse[1])) << 24) |
                                  (qint64(quint8(m_parse[2])) << 16) |
                                  (qint64(quint8(m_parse[3])) << 8) | qint64(quint8(m_parse[4]));
            if (m_parse.size() < 1 + length)
                break;
            const QByteArray message = m_parse.left(1 + length);
            m_parse.remove(0, 1 + length);
            if (fault() == Fault::CutAfterCommit && message[0] == 'C' &&
                message.mid(5).startsWith("COMMIT")) {
                // The server has committed; the desk never hears it.
                drop(true);
                return;
            }
            m_toDesk += message;
        }
        pass();
    }

    void pass()
    {
        switch (fault()) {
        case Fault::Stall:
            return; // held until the fault changes (the timer looks)
        case Fault::Reset:
            drop(true);
            return;
        case Fault::Delay: {
            const int ms = int(m_state->argument.load());
            QPointer<Link> self(this);
            QTimer::singleShot(ms, this, [self] {
                if (self)
                    self->write();
            });
            return;
        }
        default:
            write();
        }
    }

    void flushIfFree()
    {
        if (fault() != Fault::Stall && (!m_toDesk.isEmpty() || !m_toServer.isEmpty()))
            pass();
    }

    void write()
    {
        if (m_dropped)
            return;
        if (m_server->state() == QAbstractSocket::ConnectedState && !m_toServer.isEmpty()) {
            m_server->write(m_toServer);
            m_toServer.clear();
        }
        if (!m_toDesk.isEmpty()) {
            if (fault() == Fault::CutAfterBytes) {
                const qint64 left = m_state->argument.load() - m_sentToDesk;
                if (left < m_toDesk.size()) {
                    if (left > 0)
                        m_desk->write(m_toDesk.left(left));
                    m_desk->flush();
                    drop(true);
                    return;
                }
            }
            m_sentToDesk += m_toDesk.size();
            m_desk->write(m_toDesk);
            m_toDesk.clear();
        }
    }

    void drop(bool fault)
    {
        if (m_dropped)
            return;
        m_dropped = true;
        if (fault)
            ++m_state->cuts;
        m_desk->abort();
        m_server->abort();
        deleteLater();
    }

    QTcpSocket *m_desk;
    QTcpSocket *m_server;
    std::shared_ptr<FaultProxy::State> m_state;
    QTimer *m_stallTimer = nullptr;
    QByteArray m_toServer, m_toDesk, m_parse;
    qint64 m_sentToDesk = 0;
    bool m_sawStart = false, m_sslAsked = false, m_sslAnswered = false, m_dropped = false;
};

} // namespace

FaultProxy::FaultProxy(const QString &serverHost, quint16 serverPort)
    : m_state(std::make_shared<State>()), m_cuts(m_state->cuts)
{
    QSemaphore ready;
    quint16 port = 0;
    auto state = m_state;
    m_thread.reset(QThread::create([&ready, &port, state, serverHost, serverPort] {
        QTcpServer server;
        QObject::connect(
            &server, &QTcpServer::newConnection, &server, [&server, state, serverHost, serverPort] {
                while (QTcpSocket *desk = server.nextPendingConnection())
                    (new Link(desk, serverHost, serverPort, state))->setParent(&server);
            });
        // `port` and `ready` live on the constructor's stack, which is gone once it has the
        // port: read neither after the release.
        const bool listening = server.listen(QHostAddress::LocalHost, 0);
        port = listening ? server.serverPort() : 0;
        ready.release();
        if (!listening)
            return;
        QEventLoop loop; // until quit() (QThread::exit ends every loop of the thread)
        loop.exec();
    }));
    m_thread->start();
    ready.acquire();
    m_port = port;
}

FaultProxy::~FaultProxy()
{
    m_thread->quit();
    m_thread->wait();
}

void FaultProxy::setFault(Fault fault, qint64 argument)
{
    m_state->argument.store(argument);
    m_state->fault.store(int(fault));
}

} // namespace TestSupport
