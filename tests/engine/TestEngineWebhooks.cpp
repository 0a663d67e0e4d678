// Webhooks end to end: a local receiver (a tiny QTcpServer HTTP server) gets Standard Webhooks deliveries,
// whose signatures are checked by an independent implementation (Python's hmac, run with /usr/bin/python3).
// The retry schedule and every window are shortened by configuration; time moves with the harness's
// FixedClock, so nothing sleeps for long. Runs on SQLite, and on PostgreSQL (engine.webhooks.postgres).
#include "EngineHarness.h"
#include "TestMain.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"
#include "engine/webhooks/WebhookDispatcher.h"
#include "net/GuardedFetcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

// One HTTP/1.1 request per connection. Answers from a script of status codes (the last one repeats);
// 0 means "never answer" (the engine's timeout ends the attempt).
class Receiver : public QObject
{
public:
    struct Request
    {
        QByteArray id;
        QByteArray timestamp;
        QByteArray signature;
        QByteArray contentType;
        QByteArray body;

        QJsonObject json() const
        {
            return QJsonDocument::fromJson(body).object();
        }
    };

    explicit Receiver(QList<int> script)
        : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/hooks/gatehouse").arg(m_server.serverPort());
    }

    void setScript(QList<int> script)
    {
        m_script = std::move(script);
    }

    QList<Request> requests;

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        Request request;
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(end).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                length = value.toLongLong();
            } else if (name == "webhook-id") {
                request.id = value;
            } else if (name == "webhook-timestamp") {
                request.timestamp = value;
            } else if (name == "webhook-signature") {
                request.signature = value;
            } else if (name == "content-type") {
                request.contentType = value;
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        const int status = m_script.isEmpty() ? 200 : m_script.size() > 1 ? m_script.takeFirst() : m_script.first();
        requests.append(request);
        if (status == 0) {
            return; // hang: never answer
        }
        const QByteArray body = "{\"received\":true}";
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<int> m_script;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

// The independent verifier: Standard Webhooks in a few lines of Python's hmac.
const char* kVerifier = R"PY(
import base64, hashlib, hmac, sys
secret, msg_id, timestamp, header, now = sys.argv[1:6]
body = sys.stdin.buffer.read()
if abs(int(now) - int(timestamp)) > 300:
    print("stale"); sys.exit(2)
key = base64.b64decode(secret[len("whsec_"):]) if secret.startswith("whsec_") else b""
signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
ok = any(hmac.compare_digest(part.split(",", 1)[1], expected) for part in header.split(" ") if part.startswith("v1,"))
print("ok" if ok else "bad")
sys.exit(0 if ok else 1)
)PY";

} // namespace

class TestEngineWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validationAndScopes();
    void signedDeliveryOfOrganizationChange();
    void retriesOnTheScheduleWithTheSameId();
    void givesUpAfterTheLastAttempt();
    void redeliverAndTestEvent();
    void rotationSignsWithBothSecretsDuringOverlap();
    void restartMidScheduleKeepsIds();
    void expiredClaimIsTakenOver();
    void twoEnginesDeliverEachEventOnce();
    void autoDisableAfterFailingWindow();
    void productionRefusesPrivateTargets();

private:
    static void tweak(EngineConfig& config);

    void advance(qint64 secs)
    {
        m_h.clock().advanceSecs(secs);
        m_h.forgetToken(); // the cached access token may have expired
    }

    bool verify(const QString& secret, const Receiver::Request& request);
    QJsonObject createEndpoint(const QString& url, const QStringList& types);
    QString createOrganization();
    QString touchOrganization(const QString& org, const QString& name);
    QJsonObject delivery(const QString& endpoint, int index = 0);

    QString endpointPath(const QString& id) const
    {
        return QStringLiteral("/api/v1/webhooks/endpoints/") + id;
    }

    EngineHarness m_h;
};

void TestEngineWebhooks::tweak(EngineConfig& config)
{
    config.webhookAllowPrivate = true;
    config.webhookRetrySchedule = {0, 5, 10, 20};
    config.webhookTimeoutMs = 2000; // generous: ASan builds on a busy machine answer slowly
    config.webhookPollIntervalMs = 20;
    config.webhookMaxInFlight = 8;
    config.webhookClaimTimeoutSecs = 3;
    config.webhookDisableAfterSecs = 60;
    config.webhookSecretOverlapSecs = 3600;
}

void TestEngineWebhooks::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/python3")), "the independent verifier needs /usr/bin/python3");
    QVERIFY2(m_h.start(tweak), qPrintable(m_h.lastError()));
}

bool TestEngineWebhooks::verify(const QString& secret, const Receiver::Request& request)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QString::fromLatin1(kVerifier),
                  secret,
                  QString::fromLatin1(request.id),
                  QString::fromLatin1(request.timestamp),
                  QString::fromLatin1(request.signature),
                  QString::number(m_h.clock().now().toSecsSinceEpoch())});
    python.write(request.body);
    python.closeWriteChannel();
    if (!python.waitForFinished(10000)) {
        return false;
    }
    return python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0
           && python.readAllStandardOutput().trimmed() == "ok";
}

QJsonObject TestEngineWebhooks::createEndpoint(const QString& url, const QStringList& types)
{
    const QJsonObject body{{QStringLiteral("url"), url},
                           {QStringLiteral("description"), QStringLiteral("test receiver")},
                           {QStringLiteral("event_types"), QJsonArray::fromStringList(types)}};
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/webhooks/endpoints"), QJsonDocument(body).toJson());
    return r.status == 201 ? r.json() : QJsonObject();
}

QString TestEngineWebhooks::createOrganization()
{
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), R"({"display_name":"Hooked"})");
    return r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
}

QString TestEngineWebhooks::touchOrganization(const QString& org, const QString& name)
{
    const HttpReply r = m_h.api("PATCH",
                                QStringLiteral("/api/v1/organizations/") + org,
                                QJsonDocument(QJsonObject{{QStringLiteral("display_name"), name}}).toJson());
    return r.status == 200 ? org : QString();
}

QJsonObject TestEngineWebhooks::delivery(const QString& endpoint, int index)
{
    const HttpReply r = m_h.api("GET", endpointPath(endpoint) + QStringLiteral("/deliveries"));
    return r.json()[QStringLiteral("deliveries")].toArray().at(index).toObject();
}

void TestEngineWebhooks::validationAndScopes()
{
    HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/webhooks/endpoints"), R"({"description":"no url"})");
    QCOMPARE(r.status, 400);
    r = m_h.api("POST", QStringLiteral("/api/v1/webhooks/endpoints"), R"({"url":"ftp://example.com/x"})");
    QCOMPARE(r.status, 400);
    r = m_h.api("POST", QStringLiteral("/api/v1/webhooks/endpoints"), R"({"url":"https://u:p@example.com/x"})");
    QCOMPARE(r.status, 400);
    r = m_h.api("POST",
                QStringLiteral("/api/v1/webhooks/endpoints"),
                R"({"url":"https://example.com/x","event_types":["Not A Type"]})");
    QCOMPARE(r.status, 400);
    r = m_h.api("POST", QStringLiteral("/api/v1/webhooks/endpoints"), R"({"url":"https://example.com/x","bogus":1})");
    QCOMPARE(r.status, 400);
    // Without the development-only option, the guarded fetcher's rules refuse loopback and http.
    net::GuardedFetcher::Options strict;
    QVERIFY(!net::GuardedFetcher::checkUrl(QUrl(QStringLiteral("https://127.0.0.1/x")), strict).ok());
    QVERIFY(!net::GuardedFetcher::checkUrl(QUrl(QStringLiteral("https://localhost/x")), strict).ok());
    QVERIFY(!net::GuardedFetcher::checkUrl(QUrl(QStringLiteral("http://example.com/x")), strict).ok());
    QVERIFY(net::GuardedFetcher::checkUrl(QUrl(QStringLiteral("https://example.com/x")), strict).ok());

    const QJsonObject created = createEndpoint(QStringLiteral("https://example.com/hook"), {});
    const QString id = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    QVERIFY(core::IdGenerator::isValid(id, u"whk"));
    QVERIFY(created[QStringLiteral("secret")].toString().startsWith(QStringLiteral("whsec_")));
    r = m_h.api("GET", endpointPath(id));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("whsec_"));
    QVERIFY(!r.json()[QStringLiteral("endpoint")].toObject().contains(QStringLiteral("secret")));
    r = m_h.api("GET", QStringLiteral("/api/v1/webhooks/endpoints?page_size=1"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("whsec_"));
    QVERIFY(r.json()[QStringLiteral("total_size")].toInt() >= 1);
    r = m_h.api("PATCH", endpointPath(id), R"({"description":"changed","event_types":["organization.*"]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("endpoint")][QStringLiteral("description")].toString(), QStringLiteral("changed"));
    // The secret is stored sealed, never in clear.
    QString sealed;
    QVERIFY(m_h.engine()
                .database()
                .read([&](const QSqlDatabase& db) -> core::Result<void> {
                    auto q =
                        Sql::exec(db, QStringLiteral("SELECT secret_sealed FROM webhook_endpoints WHERE id = ?"), {id});
                    if (q.ok() && q.value().next()) {
                        sealed = q.value().value(0).toString();
                    }
                    return {};
                })
                .ok());
    QVERIFY(sealed.startsWith(QStringLiteral("v1.")));
    QVERIFY(!sealed.contains(created[QStringLiteral("secret")].toString().mid(6)));

    // Scopes: the admin client holds webhooks:read / webhooks:write; a narrower token is refused.
    const QString narrow = m_h.token(QStringLiteral("organizations:read"));
    r = m_h.request(
        "GET", QStringLiteral("/api/v1/webhooks/endpoints"), {}, {{"Authorization", "Bearer " + narrow.toLatin1()}});
    QCOMPARE(r.status, 403);
    const QString readOnly = m_h.token(QStringLiteral("webhooks:read"));
    QVERIFY(!readOnly.isEmpty());
    r = m_h.request("DELETE", endpointPath(id), {}, {{"Authorization", "Bearer " + readOnly.toLatin1()}});
    QCOMPARE(r.status, 403);
    QCOMPARE(m_h.api("DELETE", endpointPath(id)).status, 200);
    QCOMPARE(m_h.api("GET", endpointPath(id)).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/webhooks/endpoints/nope")).status, 400);
}

void TestEngineWebhooks::signedDeliveryOfOrganizationChange()
{
    Receiver receiver({200});
    const QJsonObject created = createEndpoint(receiver.url(), {QStringLiteral("organization.updated")});
    const QString endpoint = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    const QString secret = created[QStringLiteral("secret")].toString();
    QVERIFY(!endpoint.isEmpty());
    const QString org = createOrganization(); // organization.created: not subscribed
    QVERIFY(!touchOrganization(org, QStringLiteral("Renamed")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 5000);
    QTest::qWait(100);
    QCOMPARE(receiver.requests.size(), 1);
    const Receiver::Request& got = receiver.requests.first();
    QVERIFY(verify(secret, got));
    QVERIFY(!verify(QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(32, 'x').toBase64()), got));
    QCOMPARE(got.contentType, QByteArray("application/json"));
    QCOMPARE(got.timestamp.toLongLong(), m_h.clock().now().toSecsSinceEpoch());
    const QJsonObject envelope = got.json();
    QCOMPARE(envelope[QStringLiteral("spec_version")].toString(), QStringLiteral("1"));
    QCOMPARE(envelope[QStringLiteral("id")].toString(), QString::fromLatin1(got.id));
    QVERIFY(core::IdGenerator::isValid(envelope[QStringLiteral("id")].toString(), u"evt"));
    QCOMPARE(envelope[QStringLiteral("type")].toString(), QStringLiteral("organization.updated"));
    QCOMPARE(envelope[QStringLiteral("object")].toString(), QStringLiteral("Organization"));
    QCOMPARE(envelope[QStringLiteral("organization_id")].toString(), org);
    QCOMPARE(envelope[QStringLiteral("environment_id")].toString(), m_h.engine().environmentId());
    QVERIFY(envelope[QStringLiteral("occurred_at")].toString().endsWith(u'Z'));
    const QJsonObject data = envelope[QStringLiteral("data")].toObject();
    QCOMPARE(data[QStringLiteral("id")].toString(), org);
    QVERIFY(data[QStringLiteral("fields")].toArray().contains(QStringLiteral("display_name")));

    // The same event, with the same id, in the events API.
    const HttpReply events =
        m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"event_types":["organization.updated"]})");
    QCOMPARE(events.json()[QStringLiteral("events")].toArray().first()[QStringLiteral("id")].toString(),
             QString::fromLatin1(got.id));

    // The delivery log.
    QTRY_COMPARE(delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    const QJsonObject d = delivery(endpoint);
    QCOMPARE(d[QStringLiteral("event_id")].toString(), QString::fromLatin1(got.id));
    QCOMPARE(d[QStringLiteral("event_type")].toString(), QStringLiteral("organization.updated"));
    QCOMPARE(d[QStringLiteral("attempt_count")].toInt(), 1);
    const QJsonArray attempts = d[QStringLiteral("attempts")].toArray();
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first()[QStringLiteral("status_code")].toInt(), 200);
    QCOMPARE(attempts.first()[QStringLiteral("response_snippet")].toString(), QStringLiteral("{\"received\":true}"));
    QVERIFY(attempts.first().toObject().contains(QStringLiteral("latency_ms")));
    QCOMPARE(m_h.api("GET", endpointPath(endpoint) + u"/deliveries/" + d[QStringLiteral("id")].toString()).status, 200);
    QCOMPARE(m_h.api("DELETE", endpointPath(endpoint)).status, 200);
}

void TestEngineWebhooks::retriesOnTheScheduleWithTheSameId()
{
    Receiver receiver({500, 0, 200}); // 500, then no answer (timeout), then success
    const QJsonObject created = createEndpoint(receiver.url(), {QStringLiteral("organization.updated")});
    const QString endpoint = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    const QString secret = created[QStringLiteral("secret")].toString();
    const QString org = createOrganization();
    touchOrganization(org, QStringLiteral("Retry me"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 5000);
    QTRY_COMPARE(delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));
    QJsonObject d = delivery(endpoint);
    QCOMPARE(d[QStringLiteral("attempt_count")].toInt(), 1);
    QCOMPARE(d[QStringLiteral("last_status_code")].toInt(), 500);
    QCOMPARE(QDateTime::fromString(d[QStringLiteral("next_attempt_time")].toString(), Qt::ISODateWithMs),
             m_h.clock().now().addSecs(5));
    QTest::qWait(150); // not due yet: nothing more
    QCOMPARE(receiver.requests.size(), 1);

    advance(5);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(delivery(endpoint)[QStringLiteral("attempt_count")].toInt(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("PENDING"), 5000);
    d = delivery(endpoint);
    QVERIFY(d[QStringLiteral("last_error")].toString().startsWith(QStringLiteral("fetch.timeout")));
    QCOMPARE(QDateTime::fromString(d[QStringLiteral("next_attempt_time")].toString(), Qt::ISODateWithMs),
             m_h.clock().now().addSecs(10));

    advance(10);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 3, 5000);
    QTRY_COMPARE(delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    for (const Receiver::Request& request : std::as_const(receiver.requests)) {
        QCOMPARE(request.id, receiver.requests.first().id);
        QCOMPARE(request.body, receiver.requests.first().body);
        QVERIFY(verify(secret, request));
    }
    QCOMPARE(receiver.requests.at(2).timestamp.toLongLong() - receiver.requests.at(0).timestamp.toLongLong(), 15);
    const QJsonArray attempts = delivery(endpoint)[QStringLiteral("attempts")].toArray();
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0)[QStringLiteral("status_code")].toInt(), 500);
    QVERIFY(!attempts.at(1).toObject().contains(QStringLiteral("status_code")));
    QVERIFY(attempts.at(1)[QStringLiteral("error")].toString().startsWith(QStringLiteral("fetch.timeout")));
    QCOMPARE(attempts.at(2)[QStringLiteral("status_code")].toInt(), 200);
    QCOMPARE(attempts.at(2)[QStringLiteral("attempt")].toInt(), 3);
    QCOMPARE(m_h.api("DELETE", endpointPath(endpoint)).status, 200);
}

void TestEngineWebhooks::givesUpAfterTheLastAttempt()
{
    Receiver receiver({503});
    const QJsonObject created = createEndpoint(receiver.url(), {QStringLiteral("organization.updated")});
    const QString endpoint = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    touchOrganization(createOrganization(), QStringLiteral("Never"));
    const QList<int> delays{5, 10, 20};
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 5000);
    for (int i = 0; i < delays.size(); ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(
            delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("PENDING"), 5000);
        advance(delays.at(i));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), i + 2, 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("FAILED"), 5000);
    QCOMPARE(delivery(endpoint)[QStringLiteral("attempts")].toArray().size(), 4);
    advance(3600);
    QTest::qWait(150);
    QCOMPARE(receiver.requests.size(), 4);
    QCOMPARE(m_h.api("DELETE", endpointPath(endpoint)).status, 200);
}

void TestEngineWebhooks::redeliverAndTestEvent()
{
    Receiver receiver({200});
    const QJsonObject created = createEndpoint(receiver.url(), {QStringLiteral("organization.updated")});
    const QString endpoint = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    const QString secret = created[QStringLiteral("secret")].toString();
    touchOrganization(createOrganization(), QStringLiteral("Again"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 5000);
    QTRY_COMPARE(delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    const QString first = delivery(endpoint)[QStringLiteral("id")].toString();

    HttpReply r = m_h.api("POST", endpointPath(endpoint) + u"/deliveries/" + first + u":redeliver");
    QCOMPARE(r.status, 201);
    const QJsonObject again = r.json()[QStringLiteral("delivery")].toObject();
    QCOMPARE(again[QStringLiteral("redelivery_of")].toString(), first);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2, 5000);
    QCOMPARE(receiver.requests.at(1).id, receiver.requests.at(0).id);
    QVERIFY(verify(secret, receiver.requests.at(1)));
    QCOMPARE(m_h.api("POST", endpointPath(endpoint) + u"/deliveries/whd_12345678901234567:redeliver").status, 404);

    r = m_h.api("POST", endpointPath(endpoint) + u":test");
    QCOMPARE(r.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 3, 5000);
    const QJsonObject test = receiver.requests.at(2).json();
    QCOMPARE(test[QStringLiteral("type")].toString(), QStringLiteral("webhook.test"));
    QCOMPARE(test[QStringLiteral("object")].toString(), QStringLiteral("WebhookEndpoint"));
    QCOMPARE(test[QStringLiteral("data")][QStringLiteral("id")].toString(), endpoint);
    QVERIFY(verify(secret, receiver.requests.at(2)));
    QTRY_COMPARE(m_h.api("GET", endpointPath(endpoint) + u"/deliveries").json()[QStringLiteral("total_size")].toInt(),
                 3);
    r = m_h.api("GET", endpointPath(endpoint) + u"/deliveries?page_size=2");
    QCOMPARE(r.json()[QStringLiteral("deliveries")].toArray().size(), 2);
    const QString token = r.json()[QStringLiteral("next_page_token")].toString();
    QVERIFY(!token.isEmpty());
    r = m_h.api("GET", endpointPath(endpoint) + u"/deliveries?page_size=2&page_token=" + token);
    QCOMPARE(r.json()[QStringLiteral("deliveries")].toArray().size(), 1);
    QCOMPARE(r.json()[QStringLiteral("deliveries")].toArray().first()[QStringLiteral("id")].toString(), first);
    QCOMPARE(m_h.api("DELETE", endpointPath(endpoint)).status, 200);
}

void TestEngineWebhooks::rotationSignsWithBothSecretsDuringOverlap()
{
    Receiver receiver({200});
    const QJsonObject created = createEndpoint(receiver.url(), {QStringLiteral("organization.updated")});
    const QString endpoint = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    const QString oldSecret = created[QStringLiteral("secret")].toString();
    const HttpReply r = m_h.api("POST", endpointPath(endpoint) + u":rotate_secret");
    QCOMPARE(r.status, 200);
    const QString newSecret = r.json()[QStringLiteral("secret")].toString();
    QVERIFY(newSecret.startsWith(QStringLiteral("whsec_")));
    QVERIFY(newSecret != oldSecret);
    QCOMPARE(r.json()[QStringLiteral("endpoint")][QStringLiteral("secret_version")].toInt(), 2);
    QVERIFY(r.json()[QStringLiteral("endpoint")].toObject().contains(QStringLiteral("previous_secret_expire_time")));

    const QString org = createOrganization();
    touchOrganization(org, QStringLiteral("Both"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 5000);
    QCOMPARE(receiver.requests.at(0).signature.split(' ').size(), 2);
    QVERIFY(verify(oldSecret, receiver.requests.at(0)));
    QVERIFY(verify(newSecret, receiver.requests.at(0)));

    advance(3601); // the overlap is over
    touchOrganization(org, QStringLiteral("New only"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2, 5000);
    QCOMPARE(receiver.requests.at(1).signature.split(' ').size(), 1);
    QVERIFY(!verify(oldSecret, receiver.requests.at(1)));
    QVERIFY(verify(newSecret, receiver.requests.at(1)));
    QCOMPARE(m_h.api("DELETE", endpointPath(endpoint)).status, 200);
}

void TestEngineWebhooks::restartMidScheduleKeepsIds()
{
    Receiver receiver({500});
    const QJsonObject created = createEndpoint(receiver.url(), {QStringLiteral("organization.updated")});
    const QString endpoint = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    const QString secret = created[QStringLiteral("secret")].toString();
    const QString org = createOrganization();
    touchOrganization(org, QStringLiteral("One"));
    touchOrganization(org, QStringLiteral("Two"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2, 5000);
    QTest::qWait(100);
    QSet<QByteArray> before;
    for (const Receiver::Request& request : std::as_const(receiver.requests)) {
        before.insert(request.id);
    }
    QCOMPARE(before.size(), 2);

    m_h.stop();
    receiver.setScript({200});
    QVERIFY2(m_h.start(tweak), qPrintable(m_h.lastError()));
    QTest::qWait(150);
    QCOMPARE(receiver.requests.size(), 2); // not due yet: the schedule survived the restart
    advance(5);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 4, 5000);
    QTest::qWait(150);
    QCOMPARE(receiver.requests.size(), 4);
    QSet<QByteArray> after;
    for (qsizetype i = 2; i < receiver.requests.size(); ++i) {
        after.insert(receiver.requests.at(i).id);
        QVERIFY(verify(secret, receiver.requests.at(i)));
    }
    QCOMPARE(after, before);
    QTRY_COMPARE(m_h.api("GET", endpointPath(endpoint) + u"/deliveries?status=SUCCEEDED")
                     .json()[QStringLiteral("total_size")]
                     .toInt(),
                 2);
    QCOMPARE(m_h.api("DELETE", endpointPath(endpoint)).status, 200);
}

void TestEngineWebhooks::expiredClaimIsTakenOver()
{
    // An engine that dies mid-attempt leaves a DELIVERING row claimed until claimed_until; another engine (or
    // this one after a restart) takes it over when the claim expires and logs the abandoned attempt.
    Receiver receiver({200});
    // Subscribed to nothing that happens here: the outbox row is forged below, claimed by "a dead engine".
    const QJsonObject created = createEndpoint(receiver.url(), {QStringLiteral("organization.deleted")});
    const QString endpoint = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    touchOrganization(createOrganization(), QStringLiteral("Claimed"));
    const HttpReply events =
        m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"event_types":["organization.updated"]})");
    const QString eventId = events.json()[QStringLiteral("events")].toArray().first()[QStringLiteral("id")].toString();
    QVERIFY(!eventId.isEmpty());
    const qint64 now = m_h.clock().now().toMSecsSinceEpoch();
    core::IdGenerator ids(m_h.clock());
    const qint64 number = static_cast<qint64>(ids.nextNumber());
    QVERIFY(m_h.engine()
                .database()
                .write([&](const QSqlDatabase& db) -> core::Result<void> {
                    auto q = Sql::exec(
                        db,
                        QStringLiteral("INSERT INTO webhook_deliveries (id, seq, event_id, endpoint_id, "
                                       "status, attempt_count, next_attempt_at, version, claimed_by, "
                                       "claimed_until, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                       "'DELIVERING', 1, ?, 1, 'dead-engine', ?, ?, ?)"),
                        {QStringLiteral("whd_%1").arg(number), number, eventId, endpoint, now, now + 2000, now, now});
                    return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
                })
                .ok());
    QCOMPARE(delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("DELIVERING"));
    QTest::qWait(150);
    QCOMPARE(receiver.requests.size(), 0); // the claim still holds
    advance(3);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 5000);
    QTRY_COMPARE(delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    const QJsonArray attempts = delivery(endpoint)[QStringLiteral("attempts")].toArray();
    QCOMPARE(attempts.size(), 2);
    QVERIFY(attempts.at(0)[QStringLiteral("error")].toString().startsWith(QStringLiteral("abandoned")));
    QCOMPARE(attempts.at(1)[QStringLiteral("attempt")].toInt(), 2);
    QCOMPARE(m_h.api("DELETE", endpointPath(endpoint)).status, 200);
}

void TestEngineWebhooks::twoEnginesDeliverEachEventOnce()
{
    EngineConfig config = m_h.config(); // same database (file or PostgreSQL schema) and master key
    config.listenPort = 0;
    Engine second(config, m_h.clock());
    QVERIFY(second.initialize().ok());
    QVERIFY(second.start().ok());
    QVERIFY(second.webhookDispatcher()->engineId() != m_h.engine().webhookDispatcher()->engineId());

    constexpr int kEvents = 20;
    QList<int> script(kEvents, 500); // every event fails once, then both engines compete for the retries
    script.append(200);
    Receiver receiver(script);
    const QJsonObject created = createEndpoint(receiver.url(), {QStringLiteral("organization.updated")});
    const QString endpoint = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    const QString org = createOrganization();
    for (int i = 0; i < kEvents; ++i) {
        touchOrganization(org, QStringLiteral("Name %1").arg(i));
    }
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), kEvents, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_h.api("GET", endpointPath(endpoint) + u"/deliveries?status=PENDING")
                                  .json()[QStringLiteral("total_size")]
                                  .toInt(),
                              kEvents,
                              5000);
    advance(5);
    // Both sweep at once (no event loop in between): each claims what the other has not (8 in flight each).
    QCOMPARE(m_h.engine().webhookDispatcher()->sweep(), 8);
    QCOMPARE(second.webhookDispatcher()->sweep(), 8);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2 * kEvents, 10000);
    QTest::qWait(300);
    QCOMPARE(receiver.requests.size(), 2 * kEvents);
    QHash<QByteArray, int> perId;
    for (const Receiver::Request& request : std::as_const(receiver.requests)) {
        ++perId[request.id];
    }
    QCOMPARE(perId.size(), kEvents);
    for (auto it = perId.cbegin(); it != perId.cend(); ++it) {
        QCOMPARE(it.value(), 2); // the failed first attempt and one retry: never twice at once
    }
    QTRY_COMPARE(m_h.api("GET", endpointPath(endpoint) + u"/deliveries?status=SUCCEEDED")
                     .json()[QStringLiteral("total_size")]
                     .toInt(),
                 kEvents);
    // Both engines took part.
    QSet<QString> engines;
    QVERIFY(m_h.engine()
                .database()
                .read([&](const QSqlDatabase& db) -> core::Result<void> {
                    auto q = Sql::exec(
                        db,
                        QStringLiteral("SELECT DISTINCT a.engine_id FROM webhook_attempts a JOIN "
                                       "webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = ?"),
                        {endpoint});
                    while (q.ok() && q.value().next()) {
                        engines.insert(q.value().value(0).toString());
                    }
                    return {};
                })
                .ok());
    QCOMPARE(engines.size(), 2);
    QCOMPARE(m_h.api("DELETE", endpointPath(endpoint)).status, 200);
}

void TestEngineWebhooks::autoDisableAfterFailingWindow()
{
    Receiver failing({500});
    Receiver watcher({200});
    const QJsonObject created = createEndpoint(failing.url(), {QStringLiteral("organization.updated")});
    const QString endpoint = created[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    const QJsonObject watching = createEndpoint(watcher.url(), {QStringLiteral("webhook.endpoint_disabled")});
    const QString watcherId = watching[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    const QString org = createOrganization();
    touchOrganization(org, QStringLiteral("Fail 1"));
    QTRY_COMPARE_WITH_TIMEOUT(failing.requests.size(), 1, 5000);
    int expected = 1;
    for (const int delay : {5, 10, 20}) {
        QTRY_COMPARE_WITH_TIMEOUT(
            delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("PENDING"), 5000);
        advance(delay);
        ++expected;
        QTRY_COMPARE_WITH_TIMEOUT(failing.requests.size(), expected, 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(delivery(endpoint)[QStringLiteral("status")].toString(), QStringLiteral("FAILED"), 5000);
    HttpReply r = m_h.api("GET", endpointPath(endpoint));
    QVERIFY(r.json()[QStringLiteral("endpoint")][QStringLiteral("enabled")].toBool()); // 35 s of failures < 60 s
    QVERIFY(r.json()[QStringLiteral("endpoint")].toObject().contains(QStringLiteral("failing_since")));

    advance(30); // 65 s after the first failure
    touchOrganization(org, QStringLiteral("Fail 2"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_h.api("GET", endpointPath(endpoint)).json()[QStringLiteral("endpoint")][QStringLiteral("enabled")].toBool(),
        false,
        5000);
    r = m_h.api("GET", endpointPath(endpoint));
    QCOMPARE(r.json()[QStringLiteral("endpoint")][QStringLiteral("disabled_reason")].toString(),
             QStringLiteral("FAILING"));
    r = m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"event_types":["webhook.endpoint_disabled"]})");
    int disabledEvents = 0;
    for (const QJsonValue& event : r.json()[QStringLiteral("events")].toArray()) {
        disabledEvents += event[QStringLiteral("data")][QStringLiteral("id")].toString() == endpoint ? 1 : 0;
    }
    QCOMPARE(disabledEvents, 1);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.requests.size(), 1, 5000);
    QCOMPARE(watcher.requests.first().json()[QStringLiteral("type")].toString(),
             QStringLiteral("webhook.endpoint_disabled"));
    QVERIFY(verify(watching[QStringLiteral("secret")].toString(), watcher.requests.first()));

    // Disabled: no more attempts, redelivery refused until it is enabled again.
    const int seen = static_cast<int>(failing.requests.size());
    touchOrganization(org, QStringLiteral("Fail 3"));
    advance(60);
    QTest::qWait(150);
    QCOMPARE(failing.requests.size(), seen);
    const QString last = delivery(endpoint)[QStringLiteral("id")].toString();
    QCOMPARE(m_h.api("POST", endpointPath(endpoint) + u"/deliveries/" + last + u":redeliver").status, 412);
    failing.setScript({200});
    r = m_h.api("PATCH", endpointPath(endpoint), R"({"enabled":true})");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json()[QStringLiteral("endpoint")].toObject().contains(QStringLiteral("disabled_reason")));
    QVERIFY(!r.json()[QStringLiteral("endpoint")].toObject().contains(QStringLiteral("failing_since")));
    QCOMPARE(m_h.api("POST", endpointPath(endpoint) + u"/deliveries/" + last + u":redeliver").status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(failing.requests.size(), seen + 1, 5000);
    QCOMPARE(m_h.api("DELETE", endpointPath(endpoint)).status, 200);
    QCOMPARE(m_h.api("DELETE", endpointPath(watcherId)).status, 200);
}

void TestEngineWebhooks::productionRefusesPrivateTargets()
{
    if (EngineHarness::usePostgres()) {
        QSKIP("needs its own database; covered by the SQLite run");
    }
    QTemporaryDir dir;
    EngineConfig config;
    config.dataDir = dir.path();
    config.listenPort = 0;
    config.environmentType = QStringLiteral("production");
    config.webhookAllowPrivate = true;
    Engine engine(config, m_h.clock());
    const auto ready = engine.initialize();
    QVERIFY(!ready.ok());
    QVERIFY(ready.error().message.contains(QStringLiteral("--webhook-allow-private")));
    const auto parsed = EngineConfig::parse({QStringLiteral("gatehouse-engine"),
                                             QStringLiteral("--webhook-allow-private"),
                                             QStringLiteral("--webhook-retry-schedule"),
                                             QStringLiteral("0,1,2")},
                                            QProcessEnvironment());
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value().webhookAllowPrivate);
    QCOMPARE(parsed.value().webhookRetrySchedule, QList<int>({0, 1, 2}));
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineWebhooks)
#include "TestEngineWebhooks.moc"
