#include "engine/http/GuardedSslServer.h"

#include <QSslSocket>

namespace gatehouse::engine {

GuardedSslServer::GuardedSslServer(const HttpLimits& limits, std::shared_ptr<ConnectionCount> count, QObject* parent)
    : QSslServer(parent)
    , m_limits(limits)
    , m_count(std::move(count))
{
    setHandshakeTimeout(limits.requestTimeoutMs);
}

QTcpSocket* GuardedSslServer::nextPendingConnection()
{
    while (QTcpSocket* socket = QSslServer::nextPendingConnection()) {
        if (QTcpSocket* admitted = ConnectionGuard::admit(socket, m_limits, m_count)) {
            return admitted;
        }
    }
    return nullptr;
}

} // namespace gatehouse::engine
