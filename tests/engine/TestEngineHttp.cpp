// The HTTP layer's budgets and connection handling, with raw sockets: header/body limits, slow and idle
// clients, HTTP/1.0 and Connection: close, connection cap, rate limits, graceful shutdown; plus
// bootstrap and schema-version checks.
#include "EngineHarness.h"
#include "TestMain.h"
#include "engine/storage/Database.h"
#include "engine/storage/DatabaseUrl.h"
#include "engine/storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <chrono>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

QByteArray get(const QByteArray& path, const QByteArray& version = "HTTP/1.1", const QByteArray& extra = {})
{
    return "GET " + path + ' ' + version + "\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

int statusOf(const QByteArray& response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

} // namespace

class TestEngineHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void keepAliveServesSeveralRequests();
    void pipelinedRequestsAnswerFirstThenClose();
    void http10IsAnsweredAndClosed();
    void connectionCloseIsHonoured();
    void oversizedHeaders();
    void oversizedBodyRefusedBeforeBuffering();
    void chunkedBodyRefused();
    void malformedRequestLine();
    void slowClientGets408();
    void idleKeepAliveIsClosed();
    void connectionCap();
    void rateLimitPerAddress();
    void tokenRateLimitPerClient();
    void forwardedForOnlyFromTrustedProxies();
    void gracefulShutdownClosesIdleConnections();
    void accessLogHasNoSecrets();
    void credentialsRevealedOnce();
    void refusesNewerSchema();
    void twoEnginesShareOneDatabase();
    void twoEnginesShareRateLimits();
    void upgradeBacksUpAndMigrates();
    void preparedStatementsAreReused();
    void walIsCheckpointedInTheBackground();
    void sqliteWritesShareOneConnection();
    void walStartsOverAfterALargeWal();
    void writerTurnPassesFirstComeFirstServed();

private:
    bool startWith(const std::function<void(EngineConfig&)>& tweak);
    std::unique_ptr<EngineHarness> m_h;
    bool m_dirty = false; // the test changed the engine's configuration or state: restart before the next
};

bool TestEngineHttp::startWith(const std::function<void(EngineConfig&)>& tweak)
{
    m_dirty = static_cast<bool>(tweak);
    m_h = std::make_unique<EngineHarness>();
    return m_h->start([&](EngineConfig& config) {
        config.limits.requestTimeoutMs = 200;
        config.limits.idleTimeoutMs = 200;
        config.limits.maxHeaderBytes = 2048;
        config.limits.maxBodyBytes = 4096;
        config.baseUrl = QString(); // Host check against 127.0.0.1:<port>; raw requests send a bare host
        if (tweak) {
            tweak(config);
        }
    });
}

void TestEngineHttp::initTestCase()
{
    QVERIFY2(startWith({}), qPrintable(m_h->lastError()));
}

void TestEngineHttp::cleanup()
{
    // One engine serves the tests that leave it as it was; the others get a fresh one afterwards.
    if (m_dirty || !m_h) {
        m_h.reset();
        QVERIFY2(startWith({}), qPrintable(m_h->lastError()));
    }
}

void TestEngineHttp::keepAliveServesSeveralRequests()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_h->engine().port());
    QVERIFY(socket.waitForConnected(1000));
    for (int i = 0; i < 3; ++i) {
        socket.write(get("/health"));
        QByteArray data;
        QTRY_VERIFY_WITH_TIMEOUT((data += socket.readAll()).contains("\"version\""), 2000);
        QCOMPARE(statusOf(data), 200);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void TestEngineHttp::pipelinedRequestsAnswerFirstThenClose()
{
    const RawReply reply = m_h->raw(get("/health") + get("/keys"), 1000);
    QCOMPARE(statusOf(reply.data), 200);
    QCOMPARE(reply.data.count("HTTP/1.1 "), 1);
    QVERIFY(reply.data.contains("Connection: close"));
    QVERIFY(reply.closedByServer);
}

void TestEngineHttp::http10IsAnsweredAndClosed()
{
    const RawReply reply = m_h->raw(get("/health", "HTTP/1.0"), 150);
    QCOMPARE(statusOf(reply.data), 200);
    QVERIFY(reply.data.contains("Connection: close"));
    QVERIFY2(reply.closedByServer, "HTTP/1.0 connection must be closed before the idle timeout");
}

void TestEngineHttp::connectionCloseIsHonoured()
{
    const RawReply reply = m_h->raw(get("/health", "HTTP/1.1", "Connection: close\r\n"), 150);
    QCOMPARE(statusOf(reply.data), 200);
    QVERIFY(reply.closedByServer);
}

void TestEngineHttp::oversizedHeaders()
{
    const QByteArray big = "X-Filler: " + QByteArray(4096, 'a') + "\r\n";
    const RawReply reply = m_h->raw(get("/health", "HTTP/1.1", big), 1000);
    QCOMPARE(statusOf(reply.data), 431);
    QVERIFY(reply.closedByServer);
    // A header section that never ends is cut off at the limit too.
    const RawReply endless = m_h->raw("GET /health HTTP/1.1\r\nX: " + QByteArray(5000, 'b'), 1000);
    QCOMPARE(statusOf(endless.data), 431);
}

void TestEngineHttp::oversizedBodyRefusedBeforeBuffering()
{
    const QByteArray request =
        "POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 100000000\r\n\r\n{";
    const RawReply reply = m_h->raw(request, 1000);
    QCOMPARE(statusOf(reply.data), 413);
    QVERIFY(reply.closedByServer);
    const RawReply twoLengths = m_h->raw("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\n"
                                         "Content-Length: 2\r\n\r\nab",
                                         1000);
    QCOMPARE(statusOf(twoLengths.data), 400);
}

void TestEngineHttp::chunkedBodyRefused()
{
    const RawReply reply =
        m_h->raw("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "5\r\nhello\r\n0\r\n\r\n",
                 1000);
    QCOMPARE(statusOf(reply.data), 411);
    QVERIFY(reply.closedByServer);
}

void TestEngineHttp::malformedRequestLine()
{
    for (const QByteArray& bad : {QByteArray("GARBAGE\r\n\r\n"),
                                  QByteArray("GET /health HTTP/2.0\r\n\r\n"),
                                  QByteArray("GET  /health HTTP/1.1\r\n\r\n"),
                                  QByteArray("GET /health HTTP/1.1\nHost: x\n\n\r\n\r\n"),
                                  QByteArray("GET /health HTTP/1.1\r\nNoColon\r\n\r\n")}) {
        const RawReply reply = m_h->raw(bad, 1000);
        QCOMPARE(statusOf(reply.data), 400);
        QVERIFY(reply.closedByServer);
    }
    const RawReply noHost = m_h->raw("GET /health HTTP/1.1\r\n\r\n", 1000, false);
    QCOMPARE(statusOf(noHost.data), 400);
}

void TestEngineHttp::slowClientGets408()
{
    // Slowloris: a request that never completes is answered 408 once the request window has passed.
    const RawReply reply = m_h->raw("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n", 2000);
    QCOMPARE(statusOf(reply.data), 408);
    QVERIFY(reply.closedByServer);
    const RawReply body =
        m_h->raw("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\nabc", 2000);
    QCOMPARE(statusOf(body.data), 408);
}

void TestEngineHttp::idleKeepAliveIsClosed()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_h->engine().port());
    QVERIFY(socket.waitForConnected(1000));
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 2000); // nothing sent: closed after the idle timeout
    QVERIFY(socket.readAll().isEmpty());                // quietly, with no 408 to a client that asked nothing
    QTRY_COMPARE_WITH_TIMEOUT(m_h->engine().openConnections(), 0, 1000);
}

void TestEngineHttp::connectionCap()
{
    m_h.reset();
    QVERIFY(startWith([](EngineConfig& c) {
        c.limits.maxConnections = 2;
        c.limits.idleTimeoutMs = 5000;
    }));
    QTcpSocket a;
    QTcpSocket b;
    for (QTcpSocket* s : {&a, &b}) {
        s->connectToHost(QHostAddress::LocalHost, m_h->engine().port());
        QVERIFY(s->waitForConnected(1000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_h->engine().openConnections(), 2, 1000);
    const RawReply third = m_h->raw(get("/health"), 1000);
    QCOMPARE(statusOf(third.data), 503);
    QVERIFY(third.closedByServer);
}

void TestEngineHttp::rateLimitPerAddress()
{
    m_h.reset();
    QVERIFY(startWith([](EngineConfig& c) { c.rateLimit = {5, 60}; }));
    int ok = 0;
    for (int i = 0; i < 5; ++i) {
        ok += m_h->request("GET", QStringLiteral("/health")).status == 200 ? 1 : 0;
    }
    QCOMPARE(ok, 5);
    const HttpReply limited = m_h->request("GET", QStringLiteral("/health"));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    QCOMPARE(limited.json().value(QStringLiteral("code")).toInt(), 8);
    m_h->clock().advanceSecs(60); // next window
    QCOMPARE(m_h->request("GET", QStringLiteral("/health")).status, 200);
}

void TestEngineHttp::tokenRateLimitPerClient()
{
    m_h.reset();
    QVERIFY(startWith([](EngineConfig& c) { c.tokenRateLimit = {3, 60}; }));
    const QByteArray body = "grant_type=client_credentials&client_id=" + m_h->clientId().toLatin1()
                            + "&client_secret=" + QUrl::toPercentEncoding(m_h->clientSecret());
    const QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    int ok = 0;
    HttpReply last;
    for (int i = 0; i < 4; ++i) {
        last = m_h->request("POST", QStringLiteral("/oauth/token"), body, headers);
        ok += last.status == 200 ? 1 : 0;
    }
    QCOMPARE(ok, 3);
    QCOMPARE(last.status, 429);
    QVERIFY(!last.header("Retry-After").isEmpty());
    QCOMPARE(last.json().value(QStringLiteral("error")).toString(), QStringLiteral("rate_limit_exceeded"));
}

void TestEngineHttp::forwardedForOnlyFromTrustedProxies()
{
    const auto hit = [this](const QByteArray& forwardedFor) {
        return m_h->request("GET", QStringLiteral("/health"), {}, {{"X-Forwarded-For", forwardedFor}}).status;
    };
    m_h.reset();
    QVERIFY(startWith([](EngineConfig& c) {
        c.rateLimit = {2, 60};
        c.trustedProxies = {QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8"))};
    }));
    QCOMPARE(hit("203.0.113.9"), 200);
    QCOMPARE(hit("198.51.100.1, 203.0.113.9"), 200); // rightmost untrusted hop is the client
    QCOMPARE(hit("203.0.113.9"), 429);
    QCOMPARE(hit("203.0.113.10"), 200); // another client behind the same proxy
    m_h.reset();
    QVERIFY(startWith([](EngineConfig& c) { c.rateLimit = {2, 60}; })); // proxy not trusted: header ignored
    QCOMPARE(hit("203.0.113.1"), 200);
    QCOMPARE(hit("203.0.113.2"), 200);
    QCOMPARE(hit("203.0.113.3"), 429);
}

void TestEngineHttp::gracefulShutdownClosesIdleConnections()
{
    m_h.reset();
    QVERIFY(startWith([](EngineConfig& c) { c.limits.idleTimeoutMs = 10000; }));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_h->engine().port());
    QVERIFY(socket.waitForConnected(1000));
    socket.write(get("/health"));
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.waitForReadyRead(10), 1000);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    m_h->engine().stop();
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 1000);
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, m_h->engine().port());
    QVERIFY(!late.waitForConnected(300) || !late.waitForReadyRead(300)); // no longer accepting
}

void TestEngineHttp::accessLogHasNoSecrets()
{
    static QStringList captured;
    captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext&, const QString& message) { captured << message; });
    // One scope keeps the token short: it is sent twice below and the harness allows 2 KiB of headers.
    const QString token = m_h->token(QStringLiteral("organizations:read"));
    m_h->request("GET",
                 QStringLiteral("/api/v1/organizations?access_token=") + token,
                 {},
                 {{"Authorization", "Bearer " + token.toLatin1()}});
    m_h->request("POST",
                 QStringLiteral("/oauth/token"),
                 "grant_type=client_credentials&client_id=x&client_secret=hunter2-secret",
                 {{"Content-Type", "application/x-www-form-urlencoded"}});
    qInstallMessageHandler(previous);
    const QString all = captured.join(u'\n');
    QVERIFY(all.contains(QStringLiteral("/api/v1/organizations")));
    QVERIFY(!all.contains(token));
    QVERIFY(!all.contains(m_h->clientSecret()));
    QVERIFY(!all.contains(QStringLiteral("hunter2-secret")));
    QVERIFY(!all.contains(QStringLiteral("access_token=")));
}

void TestEngineHttp::credentialsRevealedOnce()
{
    m_dirty = true;
    // The harness revealed (rotated) once already; a second plain reveal is refused, rotation works.
    auto again = m_h->engine().revealAdminCredentials(false);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("already_revealed"));
    const QString oldSecret = m_h->clientSecret();
    auto rotated = m_h->engine().revealAdminCredentials(true);
    QVERIFY(rotated.ok());
    QVERIFY(rotated.value().clientSecret != oldSecret);
    QVERIFY(rotated.value().environmentId.startsWith(QStringLiteral("env_")));
    const HttpReply old = m_h->request("POST",
                                       QStringLiteral("/oauth/token"),
                                       "grant_type=client_credentials&client_id=" + m_h->clientId().toLatin1()
                                           + "&client_secret=" + QUrl::toPercentEncoding(oldSecret),
                                       {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(old.status, 401);
}

void TestEngineHttp::refusesNewerSchema()
{
    m_dirty = true;
    auto bumped = m_h->engine().database().write([](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(
            db, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)"));
        return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
    });
    QVERIFY(bumped.ok());
    EngineConfig config = m_h->config();
    Engine second(config, m_h->clock());
    auto ready = second.initialize();
    QVERIFY(!ready.ok());
    QCOMPARE(ready.error().code, QStringLiteral("schema_too_new"));
}

void TestEngineHttp::twoEnginesShareOneDatabase()
{
    // Several instances behind one public URL on one database: one environment, one key set, and a
    // token from one instance is accepted by the other.
    m_h.reset();
    QVERIFY(startWith([](EngineConfig& c) { c.baseUrl = QStringLiteral("http://gatehouse.test"); }));
    Engine second(m_h->config(), m_h->clock());
    QVERIFY(second.initialize().ok());
    QVERIFY(second.start().ok());
    QCOMPARE(second.environmentId(), m_h->engine().environmentId());
    const QByteArray form = "grant_type=client_credentials&client_id=" + m_h->clientId().toLatin1()
                            + "&client_secret=" + QUrl::toPercentEncoding(m_h->clientSecret());
    const RawReply token = m_h->raw("POST /oauth/token HTTP/1.1\r\nHost: gatehouse.test\r\nConnection: close\r\n"
                                    "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                                        + QByteArray::number(form.size()) + "\r\n\r\n" + form,
                                    2000);
    QCOMPARE(statusOf(token.data), 200);
    const QByteArray accessToken = QJsonDocument::fromJson(token.data.mid(token.data.indexOf("\r\n\r\n") + 4))
                                       .object()
                                       .value(QStringLiteral("access_token"))
                                       .toString()
                                       .toLatin1();
    const RawReply listed =
        m_h->raw("GET /api/v1/organizations HTTP/1.1\r\nHost: gatehouse.test\r\nConnection: close\r\n"
                 "Authorization: Bearer "
                     + accessToken + "\r\n\r\n",
                 2000,
                 true,
                 second.port());
    QCOMPARE(statusOf(listed.data), 200);
    const RawReply wrongHost =
        m_h->raw(get("/api/v1/organizations", "HTTP/1.1", "Connection: close\r\n"), 2000, true, second.port());
    QCOMPARE(statusOf(wrongHost.data), 421);
}

void TestEngineHttp::twoEnginesShareRateLimits()
{
    // --rate-limit-store=database: two instances on one database count one client's requests together, so the
    // combined requests meet the limit at exactly the configured count (429 + Retry-After on either instance),
    // and the next window admits again.
    m_h.reset();
    QVERIFY(startWith([](EngineConfig& c) {
        c.baseUrl = QStringLiteral("http://gatehouse.test");
        c.rateLimitsInDatabase = true;
        c.rateLimit = {12, 60};
    }));
    Engine second(m_h->config(), m_h->clock());
    QVERIFY(second.initialize().ok());
    QVERIFY(second.start().ok());
    const QByteArray request = "GET /health HTTP/1.1\r\nHost: gatehouse.test\r\nConnection: close\r\n\r\n";
    const auto call = [&](int i) {
        return m_h->raw(request, 2000, true, i % 2 ? second.port() : quint16(0)).data;
    };
    // A fresh window: whatever start-up requested counted in the one before.
    const qint64 now = m_h->clock().now().toSecsSinceEpoch();
    m_h->clock().advanceSecs(60 - now % 60);
    for (int i = 0; i < 12; ++i) {
        const QByteArray reply = call(i);
        QVERIFY2(statusOf(reply) == 200, reply.constData());
    }
    // 6 requests on each instance so far: alone, each would admit 12.
    for (int i = 12; i < 14; ++i) {
        const QByteArray reply = call(i);
        QVERIFY2(statusOf(reply) == 429, reply.constData());
        QVERIFY2(reply.contains("Retry-After: 60\r\n"), reply.constData());
    }
    m_h->clock().advanceSecs(45);
    const QByteArray later = call(1);
    QCOMPARE(statusOf(later), 429);
    QVERIFY2(later.contains("Retry-After: 15\r\n"), later.constData());
    // The next window admits again, on both.
    m_h->clock().advanceSecs(15);
    QCOMPARE(statusOf(call(0)), 200);
    QCOMPARE(statusOf(call(1)), 200);
    // Ended windows of the address limiter are pruned: none older than this window is left.
    const qint64 windowStart = m_h->clock().now().toSecsSinceEpoch() / 60 * 60;
    int stale = -1;
    auto counted = m_h->engine().database().read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(
            db,
            QStringLiteral("SELECT COUNT(*) FROM rate_limit_windows WHERE limiter = 'address' AND window_start < ?"),
            {windowStart});
        if (!q.ok()) {
            return q.error();
        }
        stale = q.value().next() ? q.value().value(0).toInt() : -1;
        return {};
    });
    QVERIFY(counted.ok());
    QCOMPARE(stale, 0);
}

void TestEngineHttp::upgradeBacksUpAndMigrates()
{
    m_dirty = true;
    // Turn the database back into what a version-1 engine left behind (undo every later migration; extend
    // this list with each new migration), then start the current engine on it.
    auto downgraded = m_h->engine().database().write([](const QSqlDatabase& db) -> core::Result<void> {
        for (const char* sql : {"DROP TABLE organization_totals",
                                "DROP TABLE pending_group_roles",
                                "DROP TABLE rate_limit_windows",
                                "DROP TABLE organization_user_management",
                                "DROP TABLE organization_session_policies",
                                "DROP TABLE connection_contexts",
                                "DROP TABLE environment_connections",
                                "DROP TABLE org_client_secrets",
                                "DROP TABLE org_clients",
                                "ALTER TABLE signing_keys DROP COLUMN retire_at",
                                "ALTER TABLE signing_keys DROP COLUMN activate_at",
                                "DROP TABLE connection_domains",
                                "DROP TABLE simulator_oidc_codes",
                                "DROP TABLE portal_sessions",
                                "DROP TABLE portal_links",
                                "DROP TABLE directory_user_roles",
                                "DROP TABLE directory_role_assignments",
                                "DROP TABLE saml_certificate_warnings",
                                "DROP TABLE saml_metadata_refresh",
                                "DROP TABLE idp_initiated_logins",
                                "ALTER TABLE saml_sp_keys DROP COLUMN retired_at",
                                "DROP TABLE directory_group_members",
                                "DROP TABLE directory_groups",
                                "DROP TABLE directory_users",
                                "DROP TABLE webhook_attempts",
                                "DROP TABLE webhook_deliveries",
                                "DROP TABLE webhook_endpoints",
                                "DROP TABLE simulator_requests",
                                "DROP TABLE simulator_state",
                                "DROP INDEX domains_verified_once",
                                "DROP INDEX domains_pending_check",
                                "ALTER TABLE domains DROP COLUMN verification_details",
                                "ALTER TABLE domains DROP COLUMN verified_at",
                                "ALTER TABLE domains DROP COLUMN last_check_at",
                                "ALTER TABLE domains DROP COLUMN next_check_at",
                                "ALTER TABLE domains DROP COLUMN verification_deadline",
                                "DROP TABLE connection_test_requests",
                                "DROP TABLE saml_sp_keys",
                                "DROP TABLE saml_replay_cache",
                                "DROP TABLE refresh_tokens",
                                "DROP TABLE authorization_codes",
                                "DROP TABLE token_families",
                                "DROP TABLE login_states",
                                "DROP TABLE environment_settings",
                                "DROP TABLE connections",
                                "DROP TABLE directory_secrets",
                                "DROP TABLE directories",
                                "DROP TABLE role_permissions",
                                "DROP TABLE roles",
                                "DROP TABLE permissions",
                                "DELETE FROM schema_migrations WHERE version >= 2"}) {
            if (auto done = Sql::exec(db, QString::fromLatin1(sql)); !done.ok()) {
                return done.error();
            }
        }
        return {};
    });
    QVERIFY2(downgraded.ok(), qPrintable(downgraded.ok() ? QString() : downgraded.error().message));
    Engine upgraded(m_h->config(), m_h->clock());
    QVERIFY(upgraded.initialize().ok());
    auto tables = upgraded.database().read([](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM roles, directories, connections, directory_users"));
        return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
    });
    QVERIFY(tables.ok());
    if (!EngineHarness::usePostgres()) {
        const QStringList backups = QDir(m_h->config().dataDir).entryList({QStringLiteral("gatehouse.db.v1-*.bak")});
        QCOMPARE(backups.size(), 1);
        QVERIFY(!(QFile(QDir(m_h->config().dataDir).filePath(backups.first())).permissions() & QFileDevice::ReadOther));
    }
}

void TestEngineHttp::preparedStatementsAreReused()
{
    // Sql::exec hands prepared statements back to a per-connection cache; reuse must rebind, never share a
    // statement in use, and never keep a failed one.
    auto checked = m_h->engine().database().write([](const QSqlDatabase& db) -> core::Result<void> {
        const QString add = QStringLiteral("SELECT CAST(? AS INTEGER) + 1");
        const int before = Sql::cachedStatementCount(db);
        for (int i = 0; i < 3; ++i) {
            auto q = Sql::exec(db, add, {i * 10});
            if (!q.ok() || !q.value().next() || q.value().value(0).toInt() != i * 10 + 1) {
                return core::Error{QStringLiteral("test"), QStringLiteral("wrong sum on pass %1").arg(i), {}};
            }
        }
        if (Sql::cachedStatementCount(db) != before + 1) {
            return core::Error{QStringLiteral("test"), QStringLiteral("the statement was not cached once"), {}};
        }
        // Without bind values: Sql::exec runs the text unprepared, execPrepared caches it.
        if (auto once = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")); !once.ok()) {
            return once.error();
        }
        if (Sql::cachedStatementCount(db) != before + 1) {
            return core::Error{QStringLiteral("test"), QStringLiteral("an unprepared text was cached"), {}};
        }
        for (int i = 0; i < 2; ++i) {
            auto counted = Sql::execPrepared(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
            if (!counted.ok()) {
                return counted.error();
            }
            if (!counted.value().next() || counted.value().value(0).toInt() < 1) {
                return core::Error{QStringLiteral("test"),
                                   QStringLiteral("execPrepared pass %1 counted nothing").arg(i),
                                   counted.value().value(0).toString()};
            }
        }
        if (Sql::cachedStatementCount(db) != before + 2) {
            return core::Error{QStringLiteral("test"), QStringLiteral("execPrepared did not cache"), {}};
        }
        // Two uses of one text at the same time: the one held is not handed out again. (Its rows are read first:
        // QPSQL's forward-only results stream, so no connection interleaves two cursors on PostgreSQL.)
        const QString rows =
            QStringLiteral("SELECT version FROM schema_migrations WHERE version <> ? ORDER BY version");
        auto outer = Sql::exec(db, rows, {-1});
        if (!outer.ok()) {
            return outer.error();
        }
        QList<int> all;
        while (outer.value().next()) {
            all << outer.value().value(0).toInt();
        }
        if (all.size() < 2) {
            return core::Error{QStringLiteral("test"), QStringLiteral("too few migrations to test with"), {}};
        }
        for (int skipped : std::as_const(all)) {
            auto inner = Sql::exec(db, rows, {skipped});
            if (!inner.ok()) {
                return inner.error();
            }
            QList<int> seen;
            while (inner.value().next()) {
                seen << inner.value().value(0).toInt();
            }
            if (seen.size() != all.size() - 1 || seen.contains(skipped)) {
                return core::Error{
                    QStringLiteral("test"), QStringLiteral("the bind of a reused statement was ignored"), {}};
            }
            if (outer.value().boundValue(0).toInt() != -1) {
                return core::Error{
                    QStringLiteral("test"), QStringLiteral("a statement in use was handed out again"), {}};
            }
        }
        // A failing statement reports its error each time (and is not kept half-executed).
        const QString duplicate =
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                           "SELECT version, name, applied_at FROM schema_migrations WHERE version = ?");
        for (int i = 0; i < 2; ++i) {
            auto failed = Sql::exec(db, duplicate, {1});
            if (failed.ok() || !Sql::isUniqueViolation(failed.error())) {
                return core::Error{QStringLiteral("test"),
                                   QStringLiteral("duplicate not refused on pass %1").arg(i),
                                   failed.ok() ? QString() : failed.error().message};
            }
            if (EngineHarness::usePostgres()) {
                break; // the transaction is aborted after the first error
            }
        }
        return core::Error{QStringLiteral("rollback"), QStringLiteral("checked"), {}};
    });
    QVERIFY2(checked.error().code == QStringLiteral("rollback"),
             qPrintable(checked.error().message + u' ' + checked.error().detail));
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineHttp)

void TestEngineHttp::walIsCheckpointedInTheBackground()
{
    // SQLite: committed pages reach the database file without any request paying for a checkpoint. The
    // requests' own auto-checkpoint starts at 16,384 WAL pages; these writes stay far below that, so a grown
    // database file can only come from the background checkpointer.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto url = DatabaseUrl::parse(QString(), dir.path());
    QVERIFY(url.ok()); // a data directory without --db: SQLite, whichever backend the suite runs on
    auto opened = Database::open(url.value());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database& db = *opened.value();
    QCOMPARE(db.backgroundCheckpoints(), 0);
    QVERIFY(db.write([](const QSqlDatabase& c) {
                  return Sql::exec(c, QStringLiteral("CREATE TABLE bulk (id INTEGER PRIMARY KEY, data BLOB)")).ok()
                             ? core::Result<void>{}
                             : core::Result<void>(core::Error{QStringLiteral("test"), QStringLiteral("create"), {}});
              }).ok());
    const QString file = url.value().sqlitePath;
    const qint64 before = QFileInfo(file).size();
    const QByteArray blob(4000, 'x');
    for (int i = 0; i < 400; ++i) {
        QVERIFY(db.write([&](const QSqlDatabase& c) -> core::Result<void> {
                      auto q = Sql::exec(c, QStringLiteral("INSERT INTO bulk (data) VALUES (?)"), {blob});
                      if (!q.ok()) {
                          return q.error();
                      }
                      return {};
                  }).ok());
    }
    QTRY_VERIFY_WITH_TIMEOUT(db.backgroundCheckpoints() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() >= before + 400 * 4000, 10000);
    QVERIFY(
        QFileInfo::exists(file + QStringLiteral("-wal"))); // the connections are still open: no close-time checkpoint
}

#include "TestEngineHttp.moc"

namespace {
// A data directory without --db: SQLite, whichever backend the suite runs on.
core::Result<std::unique_ptr<Database>> openSqliteIn(const QTemporaryDir& dir)
{
    auto url = DatabaseUrl::parse(QString(), dir.path());
    if (!url.ok()) {
        return url.error();
    }
    return Database::open(url.value());
}
} // namespace

void TestEngineHttp::sqliteWritesShareOneConnection()
{
    // SQLite: every write transaction runs on the one writer connection whichever thread it comes from (its page
    // cache stays warm); a read inside a write sees the write's own rows; a read outside sees committed rows only.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = openSqliteIn(dir);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database& db = *opened.value();
    QVERIFY(db.write([](const QSqlDatabase& c) -> core::Result<void> {
                  auto q = Sql::exec(c, QStringLiteral("CREATE TABLE rows (id INTEGER PRIMARY KEY, thread INTEGER)"));
                  return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
              }).ok());
    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& m) {
            if (type != QtDebugMsg && type != QtInfoMsg) {
                warnings << m;
            }
        });
    std::mutex mutex;
    QSet<const void*> drivers;
    QStringList failures;
    const auto count = [](const QSqlDatabase& c) {
        auto q = Sql::exec(c, QStringLiteral("SELECT COUNT(*) FROM rows WHERE thread >= ?"), {0});
        return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
    };
    QThreadPool reader; // one thread that stays (connections are per thread)
    reader.setMaxThreadCount(1);
    reader.setExpiryTimeout(-1);
    std::vector<std::thread> threads;
    constexpr int kThreads = 4;
    constexpr int kWrites = 50;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kWrites; ++i) {
                auto done = db.write([&](const QSqlDatabase& c) -> core::Result<void> {
                    int outside = -1;
                    std::promise<void> read;
                    reader.start([&] { // another thread's plain read: committed rows only
                        (void)db.read([&](const QSqlDatabase& r) -> core::Result<void> {
                            outside = count(r);
                            return {};
                        });
                        read.set_value();
                    });
                    read.get_future().wait();
                    auto q = Sql::exec(c, QStringLiteral("INSERT INTO rows (thread) VALUES (?)"), {t});
                    if (!q.ok()) {
                        return q.error();
                    }
                    int inside = -1;
                    (void)db.read([&](const QSqlDatabase& r) -> core::Result<void> {
                        inside = count(r);
                        return {};
                    });
                    std::lock_guard lock(mutex);
                    drivers.insert(c.driver());
                    if (inside != outside + 1) {
                        failures << QStringLiteral("inside %1, outside %2").arg(inside).arg(outside);
                    }
                    return {};
                });
                if (!done.ok()) {
                    std::lock_guard lock(mutex);
                    failures << done.error().message;
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    qInstallMessageHandler(previous);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(drivers.size(), 1);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(db.read([&](const QSqlDatabase& c) -> core::Result<void> {
                  return count(c) == kThreads * kWrites
                             ? core::Result<void>()
                             : core::Result<void>(core::Error{QStringLiteral("test"), QStringLiteral("rows"), {}});
              }).ok());
}

void TestEngineHttp::writerTurnPassesFirstComeFirstServed()
{
    // SQLite writers take turns in arrival order, the turn handed straight to the next waiter: a thread that lets
    // go and asks again queues behind the writers already waiting (and is not taken for a nested write), and each
    // waiter gets its turn exactly once.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = openSqliteIn(dir);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database& db = *opened.value();
    std::mutex mutex;
    QStringList order;
    QStringList failures;
    const auto note = [&](const QString& who) {
        std::lock_guard lock(mutex);
        order << who;
    };
    const auto writeAs = [&](const QString& who, const std::function<void()>& inside = {}) {
        auto done = db.write([&](const QSqlDatabase&) -> core::Result<void> {
            note(who);
            if (inside) {
                inside();
            }
            return {};
        });
        if (!done.ok()) {
            std::lock_guard lock(mutex);
            failures << who + QStringLiteral(": ") + done.error().message;
        }
    };
    std::vector<std::thread> waiters;
    bool queued = true;
    writeAs(QStringLiteral("first"), [&] {
        // Two writers arrive while the turn is held, the second once the first of them is waiting.
        for (const QString& who : {QStringLiteral("second"), QStringLiteral("third")}) {
            const int before = db.writersWaiting();
            waiters.emplace_back([&, who] { writeAs(who); });
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (db.writersWaiting() == before && std::chrono::steady_clock::now() < deadline) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            queued = queued && db.writersWaiting() == before + 1;
        }
    });
    writeAs(QStringLiteral("first again")); // arrives last: after the two waiting ones
    for (auto& thread : waiters) {
        thread.join();
    }
    QVERIFY2(queued, "a writer did not queue for the turn while it was held");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(order,
             (QStringList{QStringLiteral("first"),
                          QStringLiteral("second"),
                          QStringLiteral("third"),
                          QStringLiteral("first again")}));
}

void TestEngineHttp::walStartsOverAfterALargeWal()
{
    // SQLite: when a background checkpoint leaves a WAL of 2,048 frames or more, the checkpointer copies the rest
    // holding the writer turn, and the next writer starts the WAL over. One commit of ~12 MiB makes such a WAL.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = openSqliteIn(dir);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database& db = *opened.value();
    const auto exec = [&](const QString& sql, const QVariantList& binds = {}) {
        return db.write([&](const QSqlDatabase& c) -> core::Result<void> {
            auto q = Sql::exec(c, sql, binds);
            return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
        });
    };
    QVERIFY(exec(QStringLiteral("CREATE TABLE bulk (id INTEGER PRIMARY KEY, data BLOB)")).ok());
    QVERIFY(exec(QStringLiteral("INSERT INTO bulk (data) VALUES (?)"), {QByteArray(12 * 1024 * 1024, 'x')}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(db.walRestartCheckpoints() >= 1, 10000);
    // The next writer starts the WAL over: the WAL then holds that commit's frames only.
    QVERIFY(exec(QStringLiteral("INSERT INTO bulk (data) VALUES (?)"), {QByteArray(100, 'y')}).ok());
    int logFrames = -1;
    QVERIFY(db.read([&](const QSqlDatabase& c) -> core::Result<void> {
                  auto q = Sql::exec(c, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
                  if (q.ok() && q.value().next()) {
                      logFrames = q.value().value(1).toInt();
                  }
                  return {};
              }).ok());
    QVERIFY2(logFrames >= 0 && logFrames < 100, qPrintable(QString::number(logFrames)));
}
