#include "net/GuardedFetcher.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace gatehouse::net {

using core::Error;
using core::Result;

struct GuardedFetcher::Request
{
    QUrl url;
    Options options;
    Callback done;
    QList<QPair<QByteArray, QByteArray>> headers;
    int redirects = 0;
    bool finished = false;
    QHostAddress address{}; // the checked address of url's host: the connection goes there
};

struct GuardedFetcher::PostRequest
{
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Options options;
    PostCallback done;
    QHostAddress address{};
};

namespace {

bool isBlocked(const QHostAddress& address)
{
    QHostAddress a = address;
    bool mapped = false;
    const QHostAddress v4(a.toIPv4Address(&mapped));
    if (mapped) {
        a = v4;
    }
    static const QList<QPair<QHostAddress, int>> privateNets = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16"))};
    for (const auto& net : privateNets) {
        if (a.isInSubnet(net)) {
            return true;
        }
    }
    return a.isLoopback() || a.isLinkLocal() || a.isSiteLocal() || a.isUniqueLocalUnicast() || a.isMulticast()
           || a.isNull() || a.isBroadcast() || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6
           || a.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")))
           || a.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")));
}

Result<void> fail(const char* code, QString message)
{
    return Result<void>::failure(QString::fromLatin1(code), std::move(message));
}

// A request for url that connects to `address` (already checked) instead of resolving the name again, with the
// Host header and the TLS name (SNI and the certificate check) still those of url's host.
QNetworkRequest pinnedRequest(const QUrl& url, const QHostAddress& address, const GuardedFetcher::Options& options)
{
    QUrl target = url;
    QHostAddress literal;
    if (!literal.setAddress(url.host())) {
        const QString ip = address.toString();
        target.setHost(address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + ip + QLatin1Char(']')
                                                                           : ip);
    }
    QNetworkRequest req(target);
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1) {
        host += ':' + QByteArray::number(url.port());
    }
    req.setRawHeader("Host", host);
    req.setPeerVerifyName(url.host());
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(options.timeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Gatehouse/" GATEHOUSE_VERSION));
    return req;
}

} // namespace

GuardedFetcher::GuardedFetcher(QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_resolver([](const QString& host, QObject* context, ResolveDone done) {
        QHostInfo::lookupHost(host, context, [done = std::move(done)](const QHostInfo& info) {
            if (info.error() != QHostInfo::NoError) {
                done({}, info.errorString());
            } else {
                done(info.addresses(), info.addresses().isEmpty() ? QStringLiteral("no address") : QString());
            }
        });
    })
{}

void GuardedFetcher::setResolver(Resolver resolver)
{
    m_resolver = std::move(resolver);
}

void GuardedFetcher::resolveChecked(const QUrl& url,
                                    const Options& options,
                                    std::function<void(Result<QHostAddress>)> done)
{
    QHostAddress literal;
    if (literal.setAddress(url.host())) {
        done(literal); // checkUrl has judged the literal already
        return;
    }
    m_resolver(url.host(), this, [url, options, done = std::move(done)](QList<QHostAddress> addresses, QString error) {
        if (addresses.isEmpty()) {
            done(Error{QStringLiteral("fetch.dns"),
                       QStringLiteral("The name %1 could not be resolved: %2").arg(url.host(), error)});
            return;
        }
        if (!options.allowPrivateAddresses) {
            for (const QHostAddress& address : addresses) {
                if (isBlocked(address)) {
                    done(Error{QStringLiteral("fetch.blocked-address"),
                               QStringLiteral("%1 resolves to %2, a loopback, private or link-local address; "
                                              "refused outside lab mode.")
                                   .arg(url.host(), address.toString())});
                    return;
                }
            }
        }
        // One address, IPv4 first (a local server often listens on 127.0.0.1 only while "localhost" also
        // resolves to ::1).
        const auto v4 = std::find_if(addresses.cbegin(), addresses.cend(), [](const QHostAddress& a) {
            return a.protocol() == QAbstractSocket::IPv4Protocol;
        });
        done(v4 != addresses.cend() ? *v4 : addresses.constFirst());
    });
}

Result<void> GuardedFetcher::checkUrl(const QUrl& url, const Options& options)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return fail("fetch.url", QStringLiteral("\"%1\" is not a valid URL.").arg(url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && !(options.allowHttp && scheme == QLatin1String("http"))) {
        return fail("fetch.scheme",
                    QStringLiteral("Only https URLs are fetched (got %1://); use lab mode for http.").arg(scheme));
    }
    if (!url.userInfo().isEmpty()) {
        return fail("fetch.url", QStringLiteral("URLs with credentials are not fetched."));
    }
    const QString host = url.host().toLower();
    if (!options.allowPrivateAddresses
        && (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))) {
        return fail("fetch.blocked-address",
                    QStringLiteral("%1 is a loopback name; refused outside lab mode.").arg(url.host()));
    }
    QHostAddress literal;
    if (literal.setAddress(url.host()) && !options.allowPrivateAddresses && isBlocked(literal)) {
        return fail("fetch.blocked-address",
                    QStringLiteral("%1 is a loopback, private or link-local address; refused outside lab mode.")
                        .arg(url.host()));
    }
    return {};
}

void GuardedFetcher::get(const QUrl& url, const Options& options, Callback done)
{
    get(url, {}, options, std::move(done));
}

void GuardedFetcher::get(const QUrl& url,
                         const QList<QPair<QByteArray, QByteArray>>& headers,
                         const Options& options,
                         Callback done)
{
    auto request = std::make_shared<Request>(Request{url, options, std::move(done), headers});
    resolveThenFetch(request);
}

void GuardedFetcher::resolveThenFetch(std::shared_ptr<Request> request)
{
    if (auto ok = checkUrl(request->url, request->options); !ok.ok()) {
        request->done(ok.error());
        return;
    }
    resolveChecked(request->url, request->options, [this, request](Result<QHostAddress> address) {
        if (!address.ok()) {
            request->done(address.error());
            return;
        }
        request->address = address.value();
        fetch(request);
    });
}

void GuardedFetcher::fetch(std::shared_ptr<Request> request)
{
    QNetworkRequest req = pinnedRequest(request->url, request->address, request->options);
    for (const auto& [name, value] : request->headers) {
        req.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_manager->get(req);
    auto abortIfTooLarge = [reply, request](qint64 received) {
        if (received > request->options.maxBytes) {
            reply->setProperty("gatehouseTooLarge", true);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, abortIfTooLarge] {
        abortIfTooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [abortIfTooLarge](qint64 received, qint64) {
        abortIfTooLarge(received);
    });
    connect(reply, &QNetworkReply::finished, this, [this, request, reply] { finish(request, reply); });
}

void GuardedFetcher::finish(std::shared_ptr<Request> request, QNetworkReply* reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property("gatehouseTooLarge").toBool()) {
        request->done(Error{QStringLiteral("fetch.too-large"),
                            QStringLiteral("The response is larger than %1 bytes.").arg(request->options.maxBytes)});
        return;
    }
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        if (++request->redirects > request->options.maxRedirects) {
            request->done(Error{QStringLiteral("fetch.redirects"), QStringLiteral("Too many redirects.")});
            return;
        }
        request->url = request->url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        resolveThenFetch(request); // every hop is checked again
        return;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        request->done(Error{QStringLiteral("fetch.timeout"),
                            QStringLiteral("No complete answer within %1 s.").arg(request->options.timeoutMs / 1000)});
        return;
    case QNetworkReply::SslHandshakeFailedError:
        request->done(Error{QStringLiteral("fetch.tls"),
                            QStringLiteral("TLS verification failed: %1").arg(reply->errorString())});
        return;
    default:
        if (status >= 400) {
            request->done(
                Error{QStringLiteral("fetch.http-status"), QStringLiteral("The server answered HTTP %1.").arg(status)});
        } else {
            request->done(Error{QStringLiteral("fetch.network"), reply->errorString()});
        }
        return;
    }
    request->done(reply->readAll());
}

void GuardedFetcher::post(const QUrl& url,
                          const QByteArray& body,
                          const QList<QPair<QByteArray, QByteArray>>& headers,
                          const Options& options,
                          PostCallback done)
{
    auto request = std::make_shared<PostRequest>(PostRequest{url, body, headers, options, std::move(done)});
    if (auto ok = checkUrl(url, options); !ok.ok()) {
        request->done(ok.error());
        return;
    }
    resolveChecked(url, options, [this, request](Result<QHostAddress> address) {
        if (!address.ok()) {
            request->done(address.error());
            return;
        }
        request->address = address.value();
        sendPost(request);
    });
}

void GuardedFetcher::sendPost(std::shared_ptr<PostRequest> request)
{
    QNetworkRequest req = pinnedRequest(request->url, request->address, request->options);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto& [name, value] : request->headers) {
        req.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_manager->post(req, request->body);
    auto collected = std::make_shared<Response>();
    connect(reply, &QNetworkReply::readyRead, this, [reply, request, collected] {
        const QByteArray chunk = reply->readAll();
        const qint64 room = request->options.maxBytes - collected->body.size();
        if (room > 0) {
            collected->body.append(chunk.left(room));
        }
        if (chunk.size() > room) {
            collected->truncated = true;
        }
    });
    connect(reply, &QNetworkReply::finished, this, [request, reply, collected] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const qint64 room = request->options.maxBytes - collected->body.size();
        const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
        collected->body.append(rest.left(std::max<qint64>(room, 0)));
        collected->truncated = collected->truncated || rest.size() > room;
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            request->done(Error{QStringLiteral("fetch.timeout"),
                                QStringLiteral("No complete answer within %1 ms.").arg(request->options.timeoutMs)});
            return;
        case QNetworkReply::SslHandshakeFailedError:
            request->done(Error{QStringLiteral("fetch.tls"),
                                QStringLiteral("TLS verification failed: %1").arg(reply->errorString())});
            return;
        default:
            break;
        }
        if (!status.isValid()) {
            request->done(Error{QStringLiteral("fetch.network"), reply->errorString()});
            return;
        }
        collected->status = status.toInt();
        request->done(*collected);
    });
}

} // namespace gatehouse::net
