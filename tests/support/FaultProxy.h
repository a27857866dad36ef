#pragma once

// A TCP proxy for tests between a desk and the real PostgreSQL: the protocol passes through
// it unchanged, and it injects the faults a desk meets on an office network. It runs on its own
// thread (a desk's sync blocks the thread that calls it), listening on 127.0.0.1.
#include <QHostAddress>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace TestSupport {

class FaultProxy
{
public:
    enum class Fault {
        None,           // pass everything through
        Delay,          // hold every chunk `argument` ms before passing it on
        Stall,          // pass nothing on (both ways) until the fault changes; then all of it
        Reset,          // at the next chunk, drop both connections
        CutAfterBytes,  // drop both connections after `argument` bytes from the server
        CutAfterCommit, // drop both when the server reports a COMMIT done, before the desk hears
    };

    FaultProxy(const QString &serverHost, quint16 serverPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listening on a free port of 127.0.0.1; 0 when it could not.
    quint16 port() const { return m_port; }

    // From any thread; applies to what passes from then on, on every connection.
    void setFault(Fault fault, qint64 argument = 0);
    // How many times the proxy dropped connections (a fault that struck).
    int cuts() const { return m_cuts.load(); }

    struct State
    {
        std::atomic<int> fault{0};
        std::atomic<qint64> argument{0};
        std::atomic<int> cuts{0};
    };

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<State> m_state;
    std::atomic<int> &m_cuts;
    quint16 m_port = 0;
};

} // namespace TestSupport
