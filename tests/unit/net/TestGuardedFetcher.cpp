#include "net/GuardedFetcher.h"

#include <QFile>
#include <QScopeGuard>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace gatehouse;

namespace {

// A tiny HTTP/1.1 server on 127.0.0.1 answering every request with a canned response (or never, for timeouts).
class CannedServer : public QTcpServer
{
public:
    QByteArray response;
    int requests = 0;
    QByteArray lastRequest;

    CannedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray data = socket->readAll();
                    if (!data.contains("\r\n\r\n")) {
                        return;
                    }
                    lastRequest = data;
                    ++requests;
                    if (!response.isEmpty()) {
                        socket->write(response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString& path = QStringLiteral("/metadata.xml")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
};

QByteArray httpResponse(int status, const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

// The same canned answer over TLS with the certificate of `name` (tests/data/tls, self-signed, its own CA).
class CannedTlsServer : public QSslServer
{
public:
    QByteArray response;
    int requests = 0;
    QByteArray lastRequest;

    explicit CannedTlsServer(const QString& name)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate(name));
        QFile keyFile(QStringLiteral(GATEHOUSE_TEST_DATA "/tls/") + name + QStringLiteral(".key"));
        keyFile.open(QIODevice::ReadOnly);
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(config);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    lastRequest += socket->readAll();
                    if (!lastRequest.contains("\r\n\r\n")) {
                        return;
                    }
                    ++requests;
                    socket->write(response);
                    socket->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    static QSslCertificate certificate(const QString& name)
    {
        return QSslCertificate::fromPath(QStringLiteral(GATEHOUSE_TEST_DATA "/tls/") + name + QStringLiteral(".pem"))
            .value(0);
    }
};

// A resolver that answers `first` on the first lookup and `later` on every further one (a rebinding DNS server),
// counting lookups.
struct RebindingResolver
{
    QList<QHostAddress> first;
    QList<QHostAddress> later;
    std::shared_ptr<int> lookups = std::make_shared<int>(0);

    net::GuardedFetcher::Resolver resolver() const
    {
        return [first = first, later = later, lookups = lookups](const QString&, QObject*,
                                                                 net::GuardedFetcher::ResolveDone done) {
            done((*lookups)++ == 0 ? first : later, QString());
        };
    }
};

net::GuardedFetcher::Options lab()
{
    net::GuardedFetcher::Options options;
    options.allowHttp = true;
    options.allowPrivateAddresses = true;
    options.timeoutMs = 3000;
    return options;
}

} // namespace

class TestGuardedFetcher : public QObject
{
    Q_OBJECT

private:
    core::Result<QByteArray> fetch(const QUrl& url, const net::GuardedFetcher::Options& options)
    {
        QNetworkAccessManager manager;
        net::GuardedFetcher fetcher(&manager);
        std::optional<core::Result<QByteArray>> result;
        fetcher.get(url, options, [&](core::Result<QByteArray> r) { result.emplace(std::move(r)); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result.has_value() ? *result : core::Result<QByteArray>::failure(QStringLiteral("test.no-answer"), {});
    }

private Q_SLOTS:
    void refusedBeforeConnecting_data();
    void refusedBeforeConnecting();
    void fetchesInLabMode();
    void sizeCap();
    void httpStatus();
    void redirectLoop();
    void timeout();
    void requestHeadersWithoutRedirects();
    void rebindingNeverReachesTheConnection();
    void everyResolvedAddressChecked();
    void postConnectsToTheCheckedAddress();
    void tlsNameKeptWhenPinned();
};

void TestGuardedFetcher::refusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");
    QTest::newRow("http") << "http://example.com/md.xml" << "fetch.scheme";
    QTest::newRow("ftp") << "ftp://example.com/md.xml" << "fetch.scheme";
    QTest::newRow("loopback") << "https://127.0.0.1/md.xml" << "fetch.blocked-address";
    QTest::newRow("private-10") << "https://10.0.0.1/md.xml" << "fetch.blocked-address";
    QTest::newRow("private-172") << "https://172.20.1.1/md.xml" << "fetch.blocked-address";
    QTest::newRow("private-192") << "https://192.168.0.1/md.xml" << "fetch.blocked-address";
    QTest::newRow("metadata-service") << "https://169.254.169.254/latest" << "fetch.blocked-address";
    QTest::newRow("unspecified") << "https://0.0.0.0/md.xml" << "fetch.blocked-address";
    QTest::newRow("ipv6-loopback") << "https://[::1]/md.xml" << "fetch.blocked-address";
    QTest::newRow("ipv4-mapped") << "https://[::ffff:127.0.0.1]/md.xml" << "fetch.blocked-address";
    QTest::newRow("ipv6-ula") << "https://[fd00::1]/md.xml" << "fetch.blocked-address";
    QTest::newRow("credentials") << "https://user:pw@example.com/md.xml" << "fetch.url";
    QTest::newRow("localhost-name") << "https://localhost/md.xml" << "fetch.blocked-address";
}

void TestGuardedFetcher::refusedBeforeConnecting()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    const auto result = fetch(QUrl(url), net::GuardedFetcher::Options{});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
}

void TestGuardedFetcher::fetchesInLabMode()
{
    CannedServer server;
    server.response = httpResponse(200, "<md:EntityDescriptor/>");
    const auto result = fetch(server.url(), lab());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value(), QByteArray("<md:EntityDescriptor/>"));
    // Without lab mode the same local server is refused.
    auto strict = lab();
    strict.allowPrivateAddresses = false;
    const auto refused = fetch(server.url(), strict);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("fetch.blocked-address"));
}

void TestGuardedFetcher::sizeCap()
{
    CannedServer server;
    server.response = httpResponse(200, QByteArray(64 * 1024, 'x'));
    auto options = lab();
    options.maxBytes = 1024;
    const auto result = fetch(server.url(), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("fetch.too-large"));
}

void TestGuardedFetcher::httpStatus()
{
    CannedServer server;
    server.response = httpResponse(404, "not here");
    const auto result = fetch(server.url(), lab());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("fetch.http-status"));
}

void TestGuardedFetcher::redirectLoop()
{
    CannedServer server;
    server.response = httpResponse(302, {}, "Location: /again\r\n");
    const auto result = fetch(server.url(), lab());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("fetch.redirects"));
    QCOMPARE(server.requests, lab().maxRedirects + 1);
}

void TestGuardedFetcher::timeout()
{
    CannedServer server; // never answers
    auto options = lab();
    options.timeoutMs = 300;
    const auto result = fetch(server.url(), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("fetch.timeout"));
}

// GET with request headers (an OIDC userinfo call's Authorization): the headers are sent, and with maxRedirects = 0
// a redirect is an error, never followed with the credentials.
void TestGuardedFetcher::requestHeadersWithoutRedirects()
{
    CannedServer server;
    server.response = httpResponse(200, "{}");
    QNetworkAccessManager manager;
    net::GuardedFetcher fetcher(&manager);
    std::optional<core::Result<QByteArray>> result;
    fetcher.get(server.url(QStringLiteral("/userinfo")), {{"Authorization", "Bearer abc"}}, lab(),
                [&](core::Result<QByteArray> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(result->ok());
    QVERIFY2(server.lastRequest.contains("Authorization: Bearer abc\r\n"), server.lastRequest.constData());

    server.response = httpResponse(302, {}, "Location: /elsewhere\r\n");
    server.requests = 0;
    auto options = lab();
    options.maxRedirects = 0;
    result.reset();
    fetcher.get(server.url(QStringLiteral("/userinfo")), {{"Authorization", "Bearer abc"}}, options,
                [&](core::Result<QByteArray> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, QStringLiteral("fetch.redirects"));
    QCOMPARE(server.requests, 1);
}


// The name is resolved once; the connection goes to that checked address. The resolver's second answer (a
// rebinding DNS server now pointing elsewhere) is never asked for, and the name "rebind.invalid" is not resolvable
// by the system at all, so the fetch can only succeed through the pinned address. The Host header keeps the name.
void TestGuardedFetcher::rebindingNeverReachesTheConnection()
{
    CannedServer server;
    server.response = httpResponse(200, "pinned");
    RebindingResolver dns{{QHostAddress(QHostAddress::LocalHost)}, {QHostAddress(QStringLiteral("10.66.66.66"))}};
    QNetworkAccessManager manager;
    net::GuardedFetcher fetcher(&manager);
    fetcher.setResolver(dns.resolver());
    std::optional<core::Result<QByteArray>> result;
    const QUrl url(QStringLiteral("http://rebind.invalid:%1/md.xml").arg(server.serverPort()));
    fetcher.get(url, lab(), [&](core::Result<QByteArray> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE(result->value(), QByteArray("pinned"));
    QCOMPARE(*dns.lookups, 1);
    const QByteArray host = "Host: rebind.invalid:" + QByteArray::number(server.serverPort()) + "\r\n";
    QVERIFY2(server.lastRequest.contains(host), server.lastRequest.constData());
}

// Outside lab mode one blocked address among the answers refuses the request before any connection.
void TestGuardedFetcher::everyResolvedAddressChecked()
{
    CannedServer server;
    server.response = httpResponse(200, "x");
    RebindingResolver dns{{QHostAddress(QStringLiteral("203.0.113.7")), QHostAddress(QHostAddress::LocalHost)}, {}};
    QNetworkAccessManager manager;
    net::GuardedFetcher fetcher(&manager);
    fetcher.setResolver(dns.resolver());
    auto options = lab();
    options.allowPrivateAddresses = false;
    std::optional<core::Result<QByteArray>> result;
    fetcher.get(QUrl(QStringLiteral("http://mixed.invalid:%1/").arg(server.serverPort())), options,
                [&](core::Result<QByteArray> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, QStringLiteral("fetch.blocked-address"));
    QCOMPARE(server.requests, 0);

    // A name that does not resolve is a fetch.dns error.
    RebindingResolver nothing{{}, {}};
    fetcher.setResolver(nothing.resolver());
    result.reset();
    fetcher.get(QUrl(QStringLiteral("http://gone.invalid/")), lab(),
                [&](core::Result<QByteArray> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, QStringLiteral("fetch.dns"));
}

// POST (webhook deliveries) uses the same pinning.
void TestGuardedFetcher::postConnectsToTheCheckedAddress()
{
    CannedServer server;
    server.response = httpResponse(204, {});
    RebindingResolver dns{{QHostAddress(QHostAddress::LocalHost)}, {QHostAddress(QStringLiteral("10.66.66.66"))}};
    QNetworkAccessManager manager;
    net::GuardedFetcher fetcher(&manager);
    fetcher.setResolver(dns.resolver());
    std::optional<core::Result<net::GuardedFetcher::Response>> result;
    fetcher.post(QUrl(QStringLiteral("http://hooks.invalid:%1/in").arg(server.serverPort())), "{}",
                 {{"Content-Type", "application/json"}}, lab(),
                 [&](core::Result<net::GuardedFetcher::Response> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE(result->value().status, 204);
    QCOMPARE(*dns.lookups, 1);
    QVERIFY2(server.lastRequest.contains("Host: hooks.invalid:"), server.lastRequest.constData());
}

// Over TLS the pinned connection still sends the name (SNI) and checks the certificate against the name, not the
// address: the server with the certificate of rebind.test is accepted, the one of other.test refused.
void TestGuardedFetcher::tlsNameKeptWhenPinned()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP("no TLS backend");
    }
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    const QSslConfiguration original = trusting;
    trusting.addCaCertificate(CannedTlsServer::certificate(QStringLiteral("rebind.test")));
    trusting.addCaCertificate(CannedTlsServer::certificate(QStringLiteral("other.test")));
    QSslConfiguration::setDefaultConfiguration(trusting);
    auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

    RebindingResolver dns{{QHostAddress(QHostAddress::LocalHost)}, {QHostAddress(QHostAddress::LocalHost)}};
    QNetworkAccessManager manager;
    net::GuardedFetcher fetcher(&manager);
    fetcher.setResolver(dns.resolver());
    auto options = lab();
    options.allowHttp = false;

    CannedTlsServer good(QStringLiteral("rebind.test"));
    good.response = httpResponse(200, "over tls");
    std::optional<core::Result<QByteArray>> result;
    fetcher.get(QUrl(QStringLiteral("https://rebind.test:%1/md.xml").arg(good.serverPort())), options,
                [&](core::Result<QByteArray> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE(result->value(), QByteArray("over tls"));
    QVERIFY2(good.lastRequest.contains("Host: rebind.test:"), good.lastRequest.constData());

    CannedTlsServer wrong(QStringLiteral("other.test"));
    wrong.response = httpResponse(200, "must not be read");
    result.reset();
    fetcher.get(QUrl(QStringLiteral("https://rebind.test:%1/md.xml").arg(wrong.serverPort())), options,
                [&](core::Result<QByteArray> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, QStringLiteral("fetch.tls"));
    QCOMPARE(wrong.requests, 0);
    // Let the closed TLS sockets (deleteLater) go before the servers and the manager, so that their OpenSSL
    // state is freed.
    QTest::qWait(50);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QTEST_GUILESS_MAIN(TestGuardedFetcher)
#include "TestGuardedFetcher.moc"
