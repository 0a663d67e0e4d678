#pragma once

#include "engine/http/ConnectionGuard.h"
#include "engine/http/HttpLimits.h"

#include <QSslServer>

#include <memory>

namespace gatehouse::engine {

// TLS listener (QSslServer finishes the handshake first) whose sockets get a ConnectionGuard.
class GuardedSslServer : public QSslServer
{
    Q_OBJECT

public:
    GuardedSslServer(const HttpLimits& limits, std::shared_ptr<ConnectionCount> count, QObject* parent = nullptr);

    QTcpSocket* nextPendingConnection() override;

private:
    HttpLimits m_limits;
    std::shared_ptr<ConnectionCount> m_count;
};

} // namespace gatehouse::engine
