// HTTP-level tests of API authentication: POST /oauth/token (client_secret_post / _basic, RFC 6749
// errors, scopes, concurrency), GET /keys, and bearer checks on /api/v1 (missing, expired, forged, and the
// verified-token cache: every check but the signature still made on a hit, bounded size).
// Runs on SQLite, and on PostgreSQL when GATEHOUSE_TEST_BACKEND=postgres (engine.auth.postgres).
#include "EngineHarness.h"
#include "TestMain.h"
#include "core/util/Encoding.h"
#include "engine/auth/BearerAuth.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray form(const QList<QPair<QString, QString>>& items)
{
    QUrlQuery query;
    for (const auto& [k, v] : items) {
        query.addQueryItem(k, QString(v).replace(u'+', QStringLiteral("%2B")));
    }
    return query.toString(QUrl::FullyEncoded).toLatin1();
}

const QList<QPair<QByteArray, QByteArray>> kForm{{"Content-Type", "application/x-www-form-urlencoded"}};

} // namespace

class TestEngineAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenClientSecretPost();
    void tokenClientSecretBasic();
    void tokenErrors();
    void tokenScopes();
    void concurrentTokenRequests();
    void jwksPublishesSigningKey();
    void apiRequiresBearer();
    void expiredToken();
    void forgedTokens();
    void tokenCacheBounded();
    void cachedTokenStillChecked();

private:
    EngineHarness m_h;
};

void TestEngineAuth::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
}

void TestEngineAuth::tokenClientSecretPost()
{
    const HttpReply reply = m_h.request("POST",
                                        QStringLiteral("/oauth/token"),
                                        form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                              {QStringLiteral("client_id"), m_h.clientId()},
                                              {QStringLiteral("client_secret"), m_h.clientSecret()}}),
                                        kForm);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    const QList<QByteArray> parts = body.value(QStringLiteral("access_token")).toString().toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims = QJsonDocument::fromJson(core::encoding::fromBase64Url(parts[1]).value()).object();
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_h.baseUrl());
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), m_h.clientId());
    QCOMPARE(claims.value(QStringLiteral("client_id")).toString(), m_h.clientId());
    QVERIFY(claims.value(QStringLiteral("aud")).toArray().contains(m_h.baseUrl()));
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(), 3600);
    QVERIFY(claims.contains(QStringLiteral("nbf")) && claims.contains(QStringLiteral("jti")));
    QVERIFY(claims.value(QStringLiteral("scopes")).toArray().contains(QStringLiteral("organizations:write")));
}

void TestEngineAuth::tokenClientSecretBasic()
{
    const QByteArray basic = (m_h.clientId() + u':' + m_h.clientSecret()).toLatin1().toBase64();
    HttpReply reply =
        m_h.request("POST",
                    QStringLiteral("/oauth/token"),
                    "grant_type=client_credentials",
                    {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + basic}});
    QCOMPARE(reply.status, 200);
    const QByteArray wrong = (m_h.clientId() + QStringLiteral(":nope")).toLatin1().toBase64();
    reply = m_h.request("POST",
                        QStringLiteral("/oauth/token"),
                        "grant_type=client_credentials",
                        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + wrong}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Basic"));
}

void TestEngineAuth::tokenErrors()
{
    const auto post = [this](const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers = kForm) {
        return m_h.request("POST", QStringLiteral("/oauth/token"), body, headers);
    };
    const QByteArray id = m_h.clientId().toLatin1();
    const QByteArray secret = QUrl::toPercentEncoding(m_h.clientSecret());
    HttpReply r = post("grant_type=client_credentials&client_id=" + id + "&client_secret=wrong");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    r = post("grant_type=client_credentials&client_id=skc_123456789012345678&client_secret=" + secret);
    QCOMPARE(r.status, 401);
    r = post("grant_type=password&client_id=" + id + "&client_secret=" + secret);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
    r = post("client_id=" + id + "&client_secret=" + secret);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    r = post("grant_type=client_credentials&grant_type=client_credentials&client_id=" + id
             + "&client_secret=" + secret);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    r = post("grant_type=client_credentials&client_id=%ff%fe&client_secret=x");
    QCOMPARE(r.status, 400);
    r = post("{\"grant_type\":\"client_credentials\"}", {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    const QByteArray basic = (m_h.clientId() + u':' + m_h.clientSecret()).toLatin1().toBase64();
    r = post("grant_type=client_credentials&client_id=" + id + "&client_secret=" + secret,
             {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + basic}});
    QCOMPARE(r.status, 400); // two authentication methods at once
}

void TestEngineAuth::tokenScopes()
{
    const QString narrow = m_h.token(QStringLiteral("organizations:read"));
    QVERIFY(!narrow.isEmpty());
    const auto withToken = [&](const QByteArray& method, const QByteArray& body) {
        return m_h.request(method,
                           QStringLiteral("/api/v1/organizations"),
                           body,
                           {{"Authorization", "Bearer " + narrow.toLatin1()}, {"Content-Type", "application/json"}});
    };
    QCOMPARE(withToken("GET", {}).status, 200);
    const HttpReply denied = withToken("POST", json({{QStringLiteral("display_name"), QStringLiteral("x")}}));
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.json().value(QStringLiteral("code")).toInt(), 7);
    const HttpReply invalid = m_h.request("POST",
                                          QStringLiteral("/oauth/token"),
                                          form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                                {QStringLiteral("client_id"), m_h.clientId()},
                                                {QStringLiteral("client_secret"), m_h.clientSecret()},
                                                {QStringLiteral("scope"), QStringLiteral("root")}}),
                                          kForm);
    QCOMPARE(invalid.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scope"));
}

void TestEngineAuth::concurrentTokenRequests()
{
    // Tokens are signed on worker threads; many at once must each get a complete, valid answer.
    QNetworkAccessManager nam;
    QList<QNetworkReply*> replies;
    const QByteArray body = form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                  {QStringLiteral("client_id"), m_h.clientId()},
                                  {QStringLiteral("client_secret"), m_h.clientSecret()}});
    for (int i = 0; i < 12; ++i) {
        QNetworkRequest request(QUrl(m_h.baseUrl() + QStringLiteral("/oauth/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        replies << nam.post(request, body);
    }
    QSet<QString> jtis;
    for (QNetworkReply* reply : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(QStringLiteral("access_token"))
                                     .toString()
                                     .toLatin1();
        const HttpReply used = m_h.request(
            "GET", QStringLiteral("/api/v1/organizations?page_size=1"), {}, {{"Authorization", "Bearer " + token}});
        QCOMPARE(used.status, 200);
        jtis.insert(QString::fromLatin1(core::encoding::fromBase64Url(token.split('.').value(1)).value()));
        reply->deleteLater();
    }
    QCOMPARE(jtis.size(), replies.size());
}

void TestEngineAuth::jwksPublishesSigningKey()
{
    const HttpReply reply = m_h.request("GET", QStringLiteral("/keys"));
    QCOMPARE(reply.status, 200);
    const QJsonArray keys = reply.json().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QVERIFY(key.value(QStringLiteral("kid")).toString().startsWith(QStringLiteral("snk_")));
    QCOMPARE(key.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(key.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QVERIFY(!key.contains(QStringLiteral("d"))); // never the private exponent
    const QByteArray header = core::encoding::fromBase64Url(m_h.token().toLatin1().split('.').first()).value();
    QCOMPARE(QJsonDocument::fromJson(header).object().value(QStringLiteral("kid")), key.value(QStringLiteral("kid")));
}

void TestEngineAuth::apiRequiresBearer()
{
    HttpReply r = m_h.request("GET", QStringLiteral("/api/v1/organizations"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 16);
    for (const QByteArray& value : QByteArrayList{QByteArray("Bearer garbage"),
                                                  QByteArray("Bearer a.b.c"),
                                                  QByteArray("Basic Zm9vOmJhcg=="),
                                                  QByteArray(QByteArray("Bearer ") + QByteArray(9000, 'a')),
                                                  QByteArray("Bearer ")}) {
        r = m_h.request("GET", QStringLiteral("/api/v1/organizations"), {}, {{"Authorization", value}});
        QCOMPARE(r.status, 401);
    }
}

void TestEngineAuth::expiredToken()
{
    const QString token = m_h.token(QStringLiteral("organizations:read"));
    const auto call = [&] {
        return m_h.request(
            "GET", QStringLiteral("/api/v1/organizations"), {}, {{"Authorization", "Bearer " + token.toLatin1()}});
    };
    QCOMPARE(call().status, 200);
    m_h.clock().advanceSecs(3601);
    const HttpReply expired = call();
    m_h.clock().advanceSecs(-3601);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("expired")));
}

void TestEngineAuth::forgedTokens()
{
    const QList<QByteArray> parts = m_h.token().toLatin1().split('.');
    const auto call = [&](const QByteArray& token) {
        return m_h.request("GET", QStringLiteral("/api/v1/organizations"), {}, {{"Authorization", "Bearer " + token}})
            .status;
    };
    const QByteArray noneHeader = core::encoding::base64Url(R"({"alg":"none","typ":"JWT"})");
    QCOMPARE(call(noneHeader + '.' + parts[1] + '.'), 401);
    QJsonObject claims = QJsonDocument::fromJson(core::encoding::fromBase64Url(parts[1]).value()).object();
    claims.insert(QStringLiteral("scopes"), QJsonArray{QStringLiteral("everything")});
    const QByteArray tampered = core::encoding::base64Url(json(claims));
    QCOMPARE(call(parts[0] + '.' + tampered + '.' + parts[2]), 401);
    QCOMPARE(call(parts[0] + '.' + parts[1] + '.' + core::encoding::base64Url("not a signature")), 401);
}

void TestEngineAuth::tokenCacheBounded()
{
    BearerAuth& bearer = *m_h.engine().bearerAuth();
    const auto call = [&](const QString& token) {
        return m_h
            .request(
                "GET", QStringLiteral("/api/v1/organizations"), {}, {{"Authorization", "Bearer " + token.toLatin1()}})
            .status;
    };
    bearer.setCacheCapacity(4);
    QStringList tokens;
    for (int i = 0; i < 7; ++i) {
        tokens << m_h.token(QStringLiteral("organizations:read")); // a new token (jti) every time
        QCOMPARE(call(tokens.last()), 200);
        QCOMPARE(bearer.cachedTokens(), std::min(i + 1, 4));
    }
    QCOMPARE(QSet<QString>(tokens.begin(), tokens.end()).size(), 7);
    // The evicted (oldest) tokens are verified again and still accepted; the cache stays at its bound.
    QCOMPARE(call(tokens.first()), 200);
    QCOMPARE(call(tokens.at(1)), 200);
    QCOMPARE(bearer.cachedTokens(), 4);
    // Refused tokens are not remembered.
    QList<QByteArray> parts = tokens.last().toLatin1().split('.');
    parts[2] = core::encoding::base64Url("not a signature");
    bearer.setCacheCapacity(BearerAuth::kMaxCachedTokens);
    QCOMPARE(call(QString::fromLatin1(parts.join('.'))), 401);
    QCOMPARE(bearer.cachedTokens(), 0);
    QCOMPARE(call(tokens.last()), 200);
    QCOMPARE(bearer.cachedTokens(), 1);
}

void TestEngineAuth::cachedTokenStillChecked()
{
    BearerAuth& bearer = *m_h.engine().bearerAuth();
    bearer.setCacheCapacity(BearerAuth::kMaxCachedTokens);
    const auto call = [&](const QString& token, const QByteArray& method = "GET") {
        return m_h.request(method,
                           QStringLiteral("/api/v1/organizations"),
                           method == "POST" ? json({{QStringLiteral("display_name"), QStringLiteral("x")}})
                                            : QByteArray(),
                           {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
    };
    // Expiry: a token accepted (and cached) a moment ago is refused once its exp has passed.
    const QString narrow = m_h.token(QStringLiteral("organizations:read"));
    QCOMPARE(call(narrow).status, 200);
    QCOMPARE(bearer.cachedTokens(), 1);
    QCOMPARE(call(narrow).status, 200); // a hit
    // The route's scope is checked on every hit.
    QCOMPARE(call(narrow, "POST").status, 403);
    m_h.clock().advanceSecs(3601);
    const HttpReply expired = call(narrow);
    m_h.clock().advanceSecs(-3601);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("expired")));
    QCOMPARE(bearer.cachedTokens(), 0); // dropped from the cache
    QCOMPARE(call(narrow).status, 200);

    // A retired signing key: its tokens are refused at once, even those verified (and cached) before.
    m_h.forgetToken();
    const QString before = m_h.token(QStringLiteral("organizations:read"));
    const QString oldKid =
        QJsonDocument::fromJson(core::encoding::fromBase64Url(before.toLatin1().split('.').first()).value())
            .object()
            .value(QStringLiteral("kid"))
            .toString();
    QCOMPARE(call(before).status, 200);
    const HttpReply rotated = m_h.api("POST", QStringLiteral("/api/v1/environment/signing_keys:rotate"));
    QCOMPARE(rotated.status, 201);
    const QString newKid = rotated.json()[QStringLiteral("signing_key")][QStringLiteral("id")].toString();
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/environment/signing_keys/") + newKid + QStringLiteral(":activate"))
                 .status,
             200);
    QCOMPARE(call(before).status, 200); // PREVIOUS: still published, still accepted (from the cache)
    // Retire the old key now (as an operator or another engine on the same database would) and have the key ring
    // reloaded: the next rotation reloads it.
    auto retired = m_h.engine().database().write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("UPDATE signing_keys SET retire_at = ? WHERE id = ?"),
                           {m_h.clock().now().toMSecsSinceEpoch() - 1, oldKid});
        return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
    });
    QVERIFY2(retired.ok(), qPrintable(retired.error().message));
    m_h.forgetToken();
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/environment/signing_keys:rotate")).status, 201);
    QCOMPARE(call(before).status, 401);
    m_h.forgetToken();
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations")).status, 200); // new key's tokens unaffected
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineAuth)
#include "TestEngineAuth.moc"
