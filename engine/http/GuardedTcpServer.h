#pragma once

#include "engine/http/ConnectionGuard.h"
#include "engine/http/HttpLimits.h"

#include <QTcpServer>

#include <memory>

namespace gatehouse::engine {

// Plain-TCP listener whose sockets reach QHttpServer only with a ConnectionGuard attached.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const HttpLimits& limits, std::shared_ptr<ConnectionCount> count, QObject* parent = nullptr);

    QTcpSocket* nextPendingConnection() override;

private:
    HttpLimits m_limits;
    std::shared_ptr<ConnectionCount> m_count;
};

} // namespace gatehouse::engine
