#include "engine/http/ClientAddress.h"

namespace gatehouse::engine {

bool ClientAddress::isTrusted(const QHostAddress& address, const QList<Subnet>& trusted)
{
    bool ok = false;
    const QHostAddress v4(address.toIPv4Address(&ok)); // ::ffff:a.b.c.d compares as a.b.c.d
    for (const Subnet& subnet : trusted) {
        if (address.isInSubnet(subnet) || (ok && v4.isInSubnet(subnet))) {
            return true;
        }
    }
    return false;
}

QHostAddress
ClientAddress::resolve(const QHostAddress& peer, const QByteArray& forwardedFor, const QList<Subnet>& trusted)
{
    if (forwardedFor.isEmpty() || !isTrusted(peer, trusted)) {
        return peer;
    }
    const QList<QByteArray> hops = forwardedFor.split(',');
    QHostAddress client = peer;
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop(QString::fromLatin1(hops[i].trimmed()));
        if (hop.isNull()) {
            return client; // garbage in the chain: stop at the last address we could vouch for
        }
        client = hop;
        if (!isTrusted(hop, trusted)) {
            break;
        }
    }
    return client;
}

} // namespace gatehouse::engine
