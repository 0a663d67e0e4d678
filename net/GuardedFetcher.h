#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatehouse::net {

// The one guarded fetcher for every outbound GET (metadata URLs, OIDC discovery, JWKS): https only unless
// lab mode; loopback, private, link-local, multicast and unspecified destinations refused unless allowed
// (checked for every address the name resolves to, and again for every redirect, which is followed manually);
// TLS verification always on; size cap enforced while downloading; total timeout.
// Error codes: fetch.url, fetch.scheme, fetch.blocked-address, fetch.dns, fetch.redirects, fetch.too-large,
// fetch.timeout, fetch.tls, fetch.http-status, fetch.network.
// DNS rebinding: the name is resolved once; the request is then sent to the checked address itself (the URL's
// host replaced by that address, the Host header and the TLS server name / certificate check kept on the
// original name), so a second, different DNS answer never reaches the connection. HTTP/1.1 only (over HTTP/2
// Qt would send the address as :authority).
class GuardedFetcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool allowHttp = false;             // lab mode
        bool allowPrivateAddresses = false; // lab mode
        qint64 maxBytes = 100LL * 1024 * 1024;
        int timeoutMs = 30000;
        int maxRedirects = 5;
    };

    using Callback = std::function<void(core::Result<QByteArray>)>;

    // The answer to a POST: any HTTP status is an answer (the caller judges it); `body` holds at most
    // Options::maxBytes (the rest is discarded, `truncated` set).
    struct Response
    {
        int status = 0;
        QByteArray body;
        bool truncated = false;
    };

    using PostCallback = std::function<void(core::Result<Response>)>;

    explicit GuardedFetcher(QNetworkAccessManager* manager, QObject* parent = nullptr);

    // Fetches url and calls done exactly once (on this object's thread).
    void get(const QUrl& url, const Options& options, Callback done);
    // The same with request headers (e.g. Authorization for an OIDC userinfo request); give such requests
    // maxRedirects = 0 so that credentials never follow a redirect.
    void
    get(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers, const Options& options, Callback done);

    // POSTs body to url with the same address policy (checked after resolving the name); redirects are not
    // followed (a 3xx is an answer). Calls done exactly once (on this object's thread). Errors: fetch.url,
    // fetch.scheme, fetch.blocked-address, fetch.dns, fetch.timeout, fetch.tls, fetch.network.
    void post(const QUrl& url,
              const QByteArray& body,
              const QList<QPair<QByteArray, QByteArray>>& headers,
              const Options& options,
              PostCallback done);

    // The address policy, exposed for tests and other callers.
    static core::Result<void> checkUrl(const QUrl& url, const Options& options);

    // Name resolution (QHostInfo by default). Replaceable so that tests can answer differently on every call,
    // as a rebinding DNS server would. `done` gets the addresses, or an empty list and an error text.
    using ResolveDone = std::function<void(QList<QHostAddress> addresses, QString error)>;
    using Resolver = std::function<void(const QString& host, QObject* context, ResolveDone done)>;
    void setResolver(Resolver resolver);

private:
    struct Request;
    void resolveThenFetch(std::shared_ptr<Request> request);
    void fetch(std::shared_ptr<Request> request);
    void finish(std::shared_ptr<Request> request, QNetworkReply* reply);
    struct PostRequest;
    void sendPost(std::shared_ptr<PostRequest> request);
    // Resolves url's host and applies the address policy to every address; calls done with the one address the
    // request will connect to.
    void resolveChecked(const QUrl& url, const Options& options, std::function<void(core::Result<QHostAddress>)> done);

    QNetworkAccessManager* m_manager;
    Resolver m_resolver;
};

} // namespace gatehouse::net
