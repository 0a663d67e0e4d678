#include "net/DnsTxtLookup.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkDatagram>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

namespace gatehouse::net {

namespace {

// Qt 6.4's QDnsLookup reports both "the name has no TXT record" (NOERROR, no answer: res_nquery returns -1
// with NO_DATA) and "nobody answered" as InvalidReplyError. One raw UDP query with the same question tells
// them apart: a reply's header carries the RCODE and the answer count.
QByteArray txtQuery(const QString& name, quint16 id)
{
    QByteArray packet;
    const auto u16 = [&packet](quint16 v) {
        packet.append(static_cast<char>(v >> 8));
        packet.append(static_cast<char>(v & 0xff));
    };
    u16(id);
    u16(0x0100); // standard query, recursion desired
    u16(1);      // QDCOUNT
    u16(0);
    u16(0);
    u16(1); // ARCOUNT: EDNS0 OPT
    for (const QString& label : name.split(u'.', Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toUtf8().left(63);
        packet.append(static_cast<char>(bytes.size()));
        packet.append(bytes);
    }
    packet.append('\0');
    u16(16);             // TXT
    u16(1);              // IN
    packet.append('\0'); // OPT: root name
    u16(41);
    u16(4096); // UDP payload size
    u16(0);
    u16(0); // extended RCODE and flags
    u16(0); // RDLENGTH
    return packet;
}

QHostAddress firstSystemResolver()
{
    QFile file(QStringLiteral("/etc/resolv.conf"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QList<QByteArray> fields = raw.simplified().split(' ');
        if (fields.size() >= 2 && fields.at(0) == "nameserver") {
            QHostAddress address;
            if (address.setAddress(QString::fromLatin1(fields.at(1)))) {
                return address;
            }
        }
    }
    return {};
}

} // namespace

QString TxtLookupResult::statusCode() const
{
    switch (status) {
    case Status::Answered:
        return QStringLiteral("answered");
    case Status::NoRecords:
        return QStringLiteral("no_txt_record");
    case Status::NxDomain:
        return QStringLiteral("nxdomain");
    case Status::Timeout:
        return QStringLiteral("timeout");
    case Status::ServerFailure:
        return QStringLiteral("servfail");
    case Status::Refused:
        return QStringLiteral("refused");
    case Status::InvalidReply:
        return QStringLiteral("invalid_reply");
    case Status::ResolverError:
        break;
    }
    return QStringLiteral("resolver_error");
}

QString TxtLookupResult::describe() const
{
    const QString at = resolver == QStringLiteral("system") ? QStringLiteral("the system resolvers")
                                                            : QStringLiteral("resolver %1").arg(resolver);
    switch (status) {
    case Status::Answered:
        return QStringLiteral("%1 returned %2 TXT record(s) for %3").arg(at).arg(records.size()).arg(name);
    case Status::NoRecords:
        return QStringLiteral("%1 exists but has no TXT record (asked %2)").arg(name, at);
    case Status::NxDomain:
        return QStringLiteral("%1 does not exist (NXDOMAIN from %2)").arg(name, at);
    case Status::Timeout:
        return QStringLiteral("no answer from %1 within the timeout for %2").arg(at, name);
    case Status::ServerFailure:
        return QStringLiteral("%1 answered SERVFAIL for %2 (the zone's name servers may be broken)").arg(at, name);
    case Status::Refused:
        return QStringLiteral("%1 refused to answer for %2").arg(at, name);
    case Status::InvalidReply:
        return QStringLiteral("no valid reply from %1 for %2 (%3)").arg(at, name, errorText);
    case Status::ResolverError:
        break;
    }
    return QStringLiteral("the DNS lookup of %1 at %2 failed: %3").arg(name, at, errorText);
}

bool TxtLookupResult::isDefinitive() const
{
    return status == Status::Answered || status == Status::NoRecords || status == Status::NxDomain;
}

DnsTxtLookup::DnsTxtLookup(QString name, QList<QHostAddress> resolvers, int timeoutMs, QObject* context, Callback done)
    : QObject(context)
    , m_name(std::move(name))
    , m_resolvers(std::move(resolvers))
    , m_timeoutMs(timeoutMs)
    , m_done(std::move(done))
{}

void DnsTxtLookup::start(
    const QString& name, const QList<QHostAddress>& resolvers, int timeoutMs, QObject* context, Callback done)
{
    auto* lookup = new DnsTxtLookup(name, resolvers, timeoutMs, context, std::move(done));
    lookup->askNext();
}

TxtLookupResult DnsTxtLookup::run(const QString& name, const QList<QHostAddress>& resolvers, int timeoutMs)
{
    QEventLoop loop;
    TxtLookupResult out;
    start(name, resolvers, timeoutMs, &loop, [&](const TxtLookupResult& result) {
        out = result;
        loop.quit();
    });
    loop.exec();
    return out;
}

void DnsTxtLookup::askNext()
{
    const bool system = m_resolvers.isEmpty();
    const QHostAddress resolver = system ? QHostAddress() : m_resolvers.at(m_next);
    ++m_next;
    auto* lookup = system ? new QDnsLookup(QDnsLookup::TXT, m_name, this)
                          : new QDnsLookup(QDnsLookup::TXT, m_name, resolver, this);
    auto* timer = new QTimer(lookup);
    timer->setSingleShot(true);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto result = std::make_shared<TxtLookupResult>();
    result->name = m_name;
    result->resolver = system ? QStringLiteral("system") : resolver.toString();
    auto conclude = [this, lookup, result, clock] {
        result->elapsedMs = clock->elapsed();
        lookup->deleteLater(); // a timed-out query's thread finishes on its own; its late answer is ignored
        m_last = *result;
        if (!result->isDefinitive() && m_next < m_resolvers.size()) {
            askNext();
            return;
        }
        finish(*result);
    };
    connect(timer, &QTimer::timeout, this, [lookup, result, conclude] {
        lookup->disconnect();
        result->status = TxtLookupResult::Status::Timeout;
        result->errorText = QStringLiteral("timed out");
        conclude();
    });
    connect(lookup, &QDnsLookup::finished, this, [this, lookup, timer, result, conclude] {
        timer->stop();
        switch (lookup->error()) {
        case QDnsLookup::NoError: {
            for (const QDnsTextRecord& record : lookup->textRecords()) {
                QByteArray joined;
                for (const QByteArray& part : record.values()) {
                    joined += part;
                }
                result->records.append(QString::fromUtf8(joined));
            }
            result->status =
                result->records.isEmpty() ? TxtLookupResult::Status::NoRecords : TxtLookupResult::Status::Answered;
            break;
        }
        case QDnsLookup::NotFoundError:
            result->status = TxtLookupResult::Status::NxDomain;
            break;
        case QDnsLookup::ServerFailureError:
            result->status = TxtLookupResult::Status::ServerFailure;
            break;
        case QDnsLookup::ServerRefusedError:
            result->status = TxtLookupResult::Status::Refused;
            break;
        case QDnsLookup::InvalidReplyError:
            result->status = TxtLookupResult::Status::InvalidReply;
            break;
        default:
            result->status = TxtLookupResult::Status::ResolverError;
            break;
        }
        if (result->status != TxtLookupResult::Status::Answered) {
            result->errorText = lookup->errorString();
        }
        if (result->status == TxtLookupResult::Status::InvalidReply) {
            timer->stop();
            probe(lookup->nameserver(), result, conclude);
            return;
        }
        conclude();
    });
    timer->start(m_timeoutMs);
    lookup->lookup();
}

void DnsTxtLookup::probe(QHostAddress resolver,
                         const std::shared_ptr<TxtLookupResult>& result,
                         const std::function<void()>& conclude)
{
    if (resolver.isNull()) {
        resolver = firstSystemResolver();
    }
    if (resolver.isNull()) {
        conclude();
        return;
    }
    auto* socket = new QUdpSocket(this);
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    const auto id = static_cast<quint16>(QRandomGenerator::system()->bounded(1, 0xffff));
    auto settled = std::make_shared<bool>(false);
    auto settle =
        [socket, conclude, settled](TxtLookupResult::Status status, const QString& text, TxtLookupResult* out) {
            if (*settled) {
                return;
            }
            *settled = true;
            out->status = status;
            out->errorText = text;
            socket->deleteLater();
            conclude();
        };
    connect(timer, &QTimer::timeout, socket, [settle, result] {
        settle(TxtLookupResult::Status::Timeout, QStringLiteral("no reply"), result.get());
    });
    connect(socket, &QUdpSocket::errorOccurred, socket, [socket, settle, result](QAbstractSocket::SocketError) {
        settle(TxtLookupResult::Status::InvalidReply,
               QStringLiteral("nothing answers DNS there (%1)").arg(socket->errorString()),
               result.get());
    });
    connect(socket, &QUdpSocket::readyRead, socket, [socket, settle, result, id] {
        while (socket->hasPendingDatagrams()) {
            const QByteArray reply = socket->receiveDatagram().data();
            if (reply.size() < 12 || static_cast<quint8>(reply[0]) != (id >> 8)
                || static_cast<quint8>(reply[1]) != (id & 0xff) || !(static_cast<quint8>(reply[2]) & 0x80)) {
                continue; // not our answer
            }
            const int rcode = static_cast<quint8>(reply[3]) & 0x0f;
            const int answers = (static_cast<quint8>(reply[6]) << 8) | static_cast<quint8>(reply[7]);
            if (rcode == 0 && answers == 0) {
                settle(TxtLookupResult::Status::NoRecords, QStringLiteral("no TXT record"), result.get());
            } else if (rcode == 3) {
                settle(TxtLookupResult::Status::NxDomain, QStringLiteral("NXDOMAIN"), result.get());
            } else if (rcode == 2) {
                settle(TxtLookupResult::Status::ServerFailure, QStringLiteral("SERVFAIL"), result.get());
            } else if (rcode == 5) {
                settle(TxtLookupResult::Status::Refused, QStringLiteral("REFUSED"), result.get());
            } else {
                settle(TxtLookupResult::Status::InvalidReply,
                       QStringLiteral("a reply the resolver library could not read (RCODE %1, %2 answers)")
                           .arg(rcode)
                           .arg(answers),
                       result.get());
            }
            return;
        }
    });
    socket->connectToHost(resolver, 53);
    socket->write(txtQuery(m_name, id));
    timer->start(m_timeoutMs);
}

void DnsTxtLookup::finish(const TxtLookupResult& result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Callback done = std::move(m_done);
    deleteLater();
    if (done) {
        done(result);
    }
}

} // namespace gatehouse::net
