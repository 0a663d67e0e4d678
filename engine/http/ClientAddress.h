#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace gatehouse::engine {

// The address a request really comes from. Behind a reverse proxy every connection comes from the
// proxy, so when the peer is a trusted proxy the X-Forwarded-For chain is walked from the right and the
// first address that is not a trusted proxy wins. X-Forwarded-For from anyone else is ignored.
class ClientAddress
{
public:
    using Subnet = QPair<QHostAddress, int>;

    static QHostAddress resolve(const QHostAddress& peer, const QByteArray& forwardedFor, const QList<Subnet>& trusted);
    static bool isTrusted(const QHostAddress& address, const QList<Subnet>& trusted);
};

} // namespace gatehouse::engine
