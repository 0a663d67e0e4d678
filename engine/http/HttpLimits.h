#pragma once

#include <QtGlobal>

namespace gatehouse::engine {

// Per-connection budgets enforced before QHttpServer sees a byte (see ConnectionGuard).
struct HttpLimits
{
    qint64 maxHeaderBytes = 16 * 1024; // request line + headers → 431
    qint64 maxBodyBytes = 1024 * 1024; // from Content-Length, before buffering → 413
    int requestTimeoutMs = 10'000;     // first byte to complete request → 408 + close
    int idleTimeoutMs = 60'000;        // keep-alive idle → close
    int maxConnections = 1024;         // open sockets → 503 + close
};

} // namespace gatehouse::engine
