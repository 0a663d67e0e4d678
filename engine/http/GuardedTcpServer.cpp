#include "engine/http/GuardedTcpServer.h"

#include <QTcpSocket>

namespace gatehouse::engine {

GuardedTcpServer::GuardedTcpServer(const HttpLimits& limits, std::shared_ptr<ConnectionCount> count, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_count(std::move(count))
{}

QTcpSocket* GuardedTcpServer::nextPendingConnection()
{
    while (QTcpSocket* socket = QTcpServer::nextPendingConnection()) {
        if (QTcpSocket* admitted = ConnectionGuard::admit(socket, m_limits, m_count)) {
            return admitted;
        }
    }
    return nullptr;
}

} // namespace gatehouse::engine
