#include "net/GuardedFetcher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
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

QTEST_GUILESS_MAIN(TestGuardedFetcher)
#include "TestGuardedFetcher.moc"
