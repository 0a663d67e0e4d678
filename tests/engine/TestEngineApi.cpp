// HTTP-level tests of the management API, token endpoint and JWKS. Runs on SQLite, and on PostgreSQL
// when GATEHOUSE_TEST_BACKEND=postgres (ctest entry engine.api.postgres).
#include "EngineHarness.h"
#include "TestMain.h"

#include "core/util/Encoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList violationFields(const HttpReply& reply)
{
    QStringList fields;
    for (const QJsonValue& detail : reply.json().value(QStringLiteral("details")).toArray()) {
        const QJsonArray violations = detail.toObject()
                                          .value(QStringLiteral("validation_error_info"))
                                          .toObject()
                                          .value(QStringLiteral("field_violations"))
                                          .toArray();
        for (const QJsonValue& v : violations) {
            fields << v.toObject().value(QStringLiteral("field")).toString();
        }
    }
    return fields;
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

class TestEngineApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void health();
    void tokenClientSecretPost();
    void tokenClientSecretBasic();
    void tokenErrors();
    void tokenScopes();
    void concurrentTokenRequests();
    void jwksPublishesSigningKey();
    void apiRequiresBearer();
    void expiredToken();
    void forgedTokens();
    void organizationLifecycle();
    void organizationCamelCaseInput();
    void organizationValidation_data();
    void organizationValidation();
    void organizationIds();
    void organizationConflict();
    void organizationSqlMetacharacters();
    void organizationPagination();
    void organizationSettings();
    void domains();
    void domainsForeignOrganization();
    void events();
    void routing();
    void hostCheck();
    void requestIdEchoed();
    void cleanupTestCase();

private:
    QString createOrganization(const QString& name, const QString& externalId = {});

    EngineHarness m_h;
};

void TestEngineApi::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
}

void TestEngineApi::cleanupTestCase()
{
    m_h.stop();
}

QString TestEngineApi::createOrganization(const QString& name, const QString& externalId)
{
    QJsonObject body{{QStringLiteral("display_name"), name}};
    if (!externalId.isEmpty()) {
        body.insert(QStringLiteral("external_id"), externalId);
    }
    const HttpReply reply = m_h.api("POST", QStringLiteral("/api/v1/organizations"), json(body));
    return reply.status == 201 ? reply.json()[QStringLiteral("organization")][QStringLiteral("id")].toString() : QString();
}

void TestEngineApi::health()
{
    const HttpReply reply = m_h.request("GET", QStringLiteral("/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(reply.json().value(QStringLiteral("environment_id")).toString().startsWith(QStringLiteral("env_")));
    QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QVERIFY(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
}

void TestEngineApi::tokenClientSecretPost()
{
    const HttpReply reply = m_h.request("POST", QStringLiteral("/oauth/token"),
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

void TestEngineApi::tokenClientSecretBasic()
{
    const QByteArray basic = (m_h.clientId() + u':' + m_h.clientSecret()).toLatin1().toBase64();
    HttpReply reply = m_h.request("POST", QStringLiteral("/oauth/token"), "grant_type=client_credentials",
                                  {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + basic}});
    QCOMPARE(reply.status, 200);
    const QByteArray wrong = (m_h.clientId() + QStringLiteral(":nope")).toLatin1().toBase64();
    reply = m_h.request("POST", QStringLiteral("/oauth/token"), "grant_type=client_credentials",
                        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + wrong}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Basic"));
}

void TestEngineApi::tokenErrors()
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
    r = post("grant_type=client_credentials&grant_type=client_credentials&client_id=" + id + "&client_secret=" + secret);
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

void TestEngineApi::tokenScopes()
{
    const QString narrow = m_h.token(QStringLiteral("organizations:read"));
    QVERIFY(!narrow.isEmpty());
    const auto withToken = [&](const QByteArray& method, const QByteArray& body) {
        return m_h.request(method, QStringLiteral("/api/v1/organizations"), body,
                           {{"Authorization", "Bearer " + narrow.toLatin1()}, {"Content-Type", "application/json"}});
    };
    QCOMPARE(withToken("GET", {}).status, 200);
    const HttpReply denied = withToken("POST", json({{QStringLiteral("display_name"), QStringLiteral("x")}}));
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.json().value(QStringLiteral("code")).toInt(), 7);
    const HttpReply invalid = m_h.request("POST", QStringLiteral("/oauth/token"),
                                          form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                                {QStringLiteral("client_id"), m_h.clientId()},
                                                {QStringLiteral("client_secret"), m_h.clientSecret()},
                                                {QStringLiteral("scope"), QStringLiteral("root")}}),
                                          kForm);
    QCOMPARE(invalid.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scope"));
}

void TestEngineApi::concurrentTokenRequests()
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
        const QByteArray token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toLatin1();
        const HttpReply used = m_h.request("GET", QStringLiteral("/api/v1/organizations?page_size=1"), {}, {{"Authorization", "Bearer " + token}});
        QCOMPARE(used.status, 200);
        jtis.insert(QString::fromLatin1(core::encoding::fromBase64Url(token.split('.').value(1)).value()));
        reply->deleteLater();
    }
    QCOMPARE(jtis.size(), replies.size());
}

void TestEngineApi::jwksPublishesSigningKey()
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

void TestEngineApi::apiRequiresBearer()
{
    HttpReply r = m_h.request("GET", QStringLiteral("/api/v1/organizations"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 16);
    for (const QByteArray& value : QByteArrayList{QByteArray("Bearer garbage"), QByteArray("Bearer a.b.c"), QByteArray("Basic Zm9vOmJhcg=="),
                                    QByteArray(QByteArray("Bearer ") + QByteArray(9000, 'a')), QByteArray("Bearer ")}) {
        r = m_h.request("GET", QStringLiteral("/api/v1/organizations"), {}, {{"Authorization", value}});
        QCOMPARE(r.status, 401);
    }
}

void TestEngineApi::expiredToken()
{
    const QString token = m_h.token(QStringLiteral("organizations:read"));
    const auto call = [&] {
        return m_h.request("GET", QStringLiteral("/api/v1/organizations"), {}, {{"Authorization", "Bearer " + token.toLatin1()}});
    };
    QCOMPARE(call().status, 200);
    m_h.clock().advanceSecs(3601);
    const HttpReply expired = call();
    m_h.clock().advanceSecs(-3601);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("expired")));
}

void TestEngineApi::forgedTokens()
{
    const QList<QByteArray> parts = m_h.token().toLatin1().split('.');
    const auto call = [&](const QByteArray& token) {
        return m_h.request("GET", QStringLiteral("/api/v1/organizations"), {}, {{"Authorization", "Bearer " + token}}).status;
    };
    const QByteArray noneHeader = core::encoding::base64Url(R"({"alg":"none","typ":"JWT"})");
    QCOMPARE(call(noneHeader + '.' + parts[1] + '.'), 401);
    QJsonObject claims = QJsonDocument::fromJson(core::encoding::fromBase64Url(parts[1]).value()).object();
    claims.insert(QStringLiteral("scopes"), QJsonArray{QStringLiteral("everything")});
    const QByteArray tampered = core::encoding::base64Url(json(claims));
    QCOMPARE(call(parts[0] + '.' + tampered + '.' + parts[2]), 401);
    QCOMPARE(call(parts[0] + '.' + parts[1] + '.' + core::encoding::base64Url("not a signature")), 401);
}

void TestEngineApi::organizationLifecycle()
{
    HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"),
                          json({{QStringLiteral("display_name"), QStringLiteral("Megasoft Inc")},
                                {QStringLiteral("external_id"), QStringLiteral("tenant_1")},
                                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("industry"), QStringLiteral("tech")}}}}));
    QCOMPARE(r.status, 201);
    const QJsonObject org = r.json().value(QStringLiteral("organization")).toObject();
    const QString id = org.value(QStringLiteral("id")).toString();
    QVERIFY(core::IdGenerator::isValid(id, u"org"));
    QCOMPARE(org.value(QStringLiteral("create_time")).toString(), QStringLiteral("2026-11-27T09:00:00.000Z"));
    QCOMPARE(org.value(QStringLiteral("settings")).toObject().value(QStringLiteral("features")).toArray().size(), 2);

    r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("organization")][QStringLiteral("display_name")].toString(), QStringLiteral("Megasoft Inc"));
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations:external/tenant_1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString(), id);

    m_h.clock().advanceSecs(5);
    r = m_h.api("PATCH", QStringLiteral("/api/v1/organizations/") + id,
                json({{QStringLiteral("display_name"), QStringLiteral("Megasoft")}, {QStringLiteral("external_id"), QString()}}));
    QCOMPARE(r.status, 200);
    const QJsonObject updated = r.json().value(QStringLiteral("organization")).toObject();
    QCOMPARE(updated.value(QStringLiteral("display_name")).toString(), QStringLiteral("Megasoft"));
    QVERIFY(!updated.contains(QStringLiteral("external_id")));
    QCOMPARE(updated.value(QStringLiteral("update_time")).toString(), QStringLiteral("2026-11-27T09:00:05.000Z"));
    QCOMPARE(updated.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("industry")).toString(), QStringLiteral("tech"));

    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + id).status, 200);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/") + id).status, 404);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + id).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations:external/tenant_1")).status, 404);
}

void TestEngineApi::organizationCamelCaseInput()
{
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"),
                                json({{QStringLiteral("displayName"), QStringLiteral("Camel")},
                                      {QStringLiteral("externalId"), QStringLiteral("camel-1")},
                                      {QStringLiteral("regionCode"), QStringLiteral("EU")}}));
    QCOMPARE(r.status, 201);
    const QJsonObject org = r.json().value(QStringLiteral("organization")).toObject();
    QCOMPARE(org.value(QStringLiteral("display_name")).toString(), QStringLiteral("Camel"));
    QCOMPARE(org.value(QStringLiteral("external_id")).toString(), QStringLiteral("camel-1"));
    QCOMPARE(org.value(QStringLiteral("region_code")).toString(), QStringLiteral("EU"));
    QVERIFY(!org.contains(QStringLiteral("displayName")));
}

void TestEngineApi::organizationValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QString longName(201, u'x');
    QTest::newRow("missing name") << QByteArray("{}") << QStringLiteral("display_name");
    QTest::newRow("name not a string") << QByteArray(R"({"display_name":5})") << QStringLiteral("display_name");
    QTest::newRow("name empty") << QByteArray(R"({"display_name":""})") << QStringLiteral("display_name");
    QTest::newRow("name too long") << json({{QStringLiteral("display_name"), longName}}) << QStringLiteral("display_name");
    QTest::newRow("unknown field") << QByteArray(R"({"display_name":"a","admin":true})") << QStringLiteral("admin");
    QTest::newRow("both spellings") << QByteArray(R"({"display_name":"a","displayName":"b"})") << QStringLiteral("display_name");
    QTest::newRow("metadata not object") << QByteArray(R"({"display_name":"a","metadata":[1]})") << QStringLiteral("metadata");
    QTest::newRow("metadata value type") << QByteArray(R"({"display_name":"a","metadata":{"abc":1}})") << QStringLiteral("metadata.abc");
    QTest::newRow("metadata key short") << QByteArray(R"({"display_name":"a","metadata":{"k":"v"}})") << QStringLiteral("metadata.k (key)");
    QTest::newRow("region unknown") << QByteArray(R"({"display_name":"a","region_code":"MARS"})") << QStringLiteral("region_code");
    QTest::newRow("slug invalid") << QByteArray(R"({"display_name":"a","slug":"Not A Slug"})") << QStringLiteral("slug");
    QTest::newRow("logo not https") << QByteArray(R"x({"display_name":"a","logo_url":"javascript:alert(1)"})x") << QStringLiteral("logo_url");
    QTest::newRow("not json") << QByteArray("display_name=a") << QString();
    QTest::newRow("json array") << QByteArray("[]") << QString();
    QTest::newRow("invalid utf-8") << QByteArray("{\"display_name\":\"\xff\xfe\"}") << QString();
    QTest::newRow("truncated") << QByteArray(R"({"display_name":"a")") << QString();
    QTest::newRow("NUL in name") << QByteArray(R"({"display_name":"a\u0000b"})") << QStringLiteral("display_name");
    QTest::newRow("NUL in metadata") << QByteArray(R"({"display_name":"a","metadata":{"key":"v\u0000"}})") << QStringLiteral("metadata.key");
    QTest::newRow("deep nesting") << QByteArray(R"({"display_name":"a","metadata":)") + QByteArray(5000, '[') << QString();
}

void TestEngineApi::organizationValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 3);
    QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
    if (!field.isEmpty()) {
        QVERIFY2(violationFields(r).contains(field), r.body.constData());
    }
}

void TestEngineApi::organizationIds()
{
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/org_123456789012345678")).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/conn_123456789012345678")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/org_1")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/") + QString(300, u'9')).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/%ff%fe")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/org_1%27%20OR%201=1")).status, 400);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/organizations/org_123456789012345678"),
                     json({{QStringLiteral("display_name"), QStringLiteral("x")}})).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations:external/nobody")).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations:external/x?id=org_123456789012345678")).status, 400);
}

void TestEngineApi::organizationConflict()
{
    QVERIFY(!createOrganization(QStringLiteral("First"), QStringLiteral("dup-ext")).isEmpty());
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"),
                                json({{QStringLiteral("display_name"), QStringLiteral("Second")},
                                      {QStringLiteral("external_id"), QStringLiteral("dup-ext")}}));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 6);
    const QString other = createOrganization(QStringLiteral("Other"));
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/organizations/") + other,
                     json({{QStringLiteral("external_id"), QStringLiteral("dup-ext")}})).status, 409);
}

void TestEngineApi::organizationSqlMetacharacters()
{
    const QString evil = QStringLiteral("Robert'); DROP TABLE organizations;-- \" %_ \\ ü 😀");
    const QString id = createOrganization(evil, QStringLiteral("x' OR '1'='1"));
    QVERIFY(!id.isEmpty());
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + id);
    QCOMPARE(r.json()[QStringLiteral("organization")][QStringLiteral("display_name")].toString(), evil);
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations:external/") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("x' OR '1'='1"))));
    QCOMPARE(r.status, 200);
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations?external_id=%27%20OR%201%3D1--"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("organizations")).toArray().size(), 0);
}

void TestEngineApi::organizationPagination()
{
    for (int i = 0; i < 23; ++i) {
        QVERIFY(!createOrganization(QStringLiteral("Page %1").arg(i)).isEmpty());
    }
    QStringList seen;
    QString token;
    int pages = 0;
    qint64 total = 0;
    do {
        const HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/organizations?page_size=10&page_token=") + token);
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        total = body.value(QStringLiteral("total_size")).toInteger();
        for (const QJsonValue& org : body.value(QStringLiteral("organizations")).toArray()) {
            seen << org[QStringLiteral("id")].toString();
        }
        token = body.value(QStringLiteral("next_page_token")).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 20);
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
    QVERIFY(pages >= 3);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations?page_token=garbage")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations?page_size=-1")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations?pageSize=1")).json()[QStringLiteral("organizations")].toArray().size(), 1);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations?page_size=1000")).json()[QStringLiteral("organizations")].toArray().size(),
             std::min<qint64>(total, 100));
}

void TestEngineApi::organizationSettings()
{
    const QString id = createOrganization(QStringLiteral("Settings"));
    HttpReply r = m_h.api("PATCH", QStringLiteral("/api/v1/organizations/") + id + QStringLiteral("/settings"),
                          R"({"features":[{"name":"sso","enabled":true}]})");
    QCOMPARE(r.status, 200);
    bool ssoOn = false;
    for (const QJsonValue& f : r.json()[QStringLiteral("organization")][QStringLiteral("settings")][QStringLiteral("features")].toArray()) {
        ssoOn = ssoOn || (f[QStringLiteral("name")] == QStringLiteral("sso") && f[QStringLiteral("enabled")].toBool());
    }
    QVERIFY(ssoOn);
    r = m_h.api("PATCH", QStringLiteral("/api/v1/organizations/") + id + QStringLiteral("/settings"),
                R"({"features":[{"name":"teleport","enabled":true}]})");
    QCOMPARE(r.status, 400);
    QVERIFY(violationFields(r).contains(QStringLiteral("features[0].name")));
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/organizations/") + id + QStringLiteral("/settings"),
                     R"({"features":[{"name":"sso","enabled":"yes"}]})").status, 400);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/organizations/") + id + QStringLiteral("/settings"), R"({"features":5})").status, 400);
}

void TestEngineApi::domains()
{
    const QString org = createOrganization(QStringLiteral("Domains"));
    const QString base = QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/domains");
    HttpReply r = m_h.api("POST", base, R"({"domain":"Example.COM"})");
    QCOMPARE(r.status, 201);
    const QJsonObject domain = r.json().value(QStringLiteral("domain")).toObject();
    const QString id = domain.value(QStringLiteral("id")).toString();
    QVERIFY(core::IdGenerator::isValid(id, u"dom"));
    QCOMPARE(domain.value(QStringLiteral("domain")).toString(), QStringLiteral("example.com"));
    QCOMPARE(domain.value(QStringLiteral("txt_record_key")).toString(), QStringLiteral("_gatehouse-challenge.example.com"));
    QVERIFY(domain.value(QStringLiteral("txt_record_secret")).toString().startsWith(QStringLiteral("gatehouse-verification=")));
    QCOMPARE(domain.value(QStringLiteral("verification_status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(domain.value(QStringLiteral("organization_id")).toString(), org);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"example.com"})").status, 409);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"gmail.com"})").status, 400);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"not a domain"})").status, 400);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"example.org","domain_type":"BOGUS"})").status, 400);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"example.org","verified":true})").status, 400);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"example.org","domainType":"ALLOWED_EMAIL_DOMAIN"})").status, 201);
    QCOMPARE(m_h.api("GET", base + u'/' + id).status, 200);
    QCOMPARE(m_h.api("PATCH", base + u'/' + id, "{}").status, 200);
    QCOMPARE(m_h.api("PATCH", base + u'/' + id, R"({"verification_status":"VERIFIED"})").status, 400);
    QCOMPARE(m_h.api("PATCH", base + u'/' + id + QStringLiteral(":verify")).status, 501);
    r = m_h.api("GET", base + QStringLiteral("?page_size=1&page_number=1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("domains")).toArray().size(), 1);
    QCOMPARE(r.json().value(QStringLiteral("page_number")).toInt(), 1);
    QCOMPARE(m_h.api("GET", base + QStringLiteral("?page_number=abc")).status, 400);
    QCOMPARE(m_h.api("DELETE", base + u'/' + id).status, 200);
    QCOMPARE(m_h.api("GET", base + u'/' + id).status, 404);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + org).status, 200);
    QCOMPARE(m_h.api("GET", base).status, 404); // domains went with their organization
}

void TestEngineApi::domainsForeignOrganization()
{
    const QString a = createOrganization(QStringLiteral("A"));
    const QString b = createOrganization(QStringLiteral("B"));
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations/") + a + QStringLiteral("/domains"),
                                R"({"domain":"a-corp.example"})");
    const QString id = r.json()[QStringLiteral("domain")][QStringLiteral("id")].toString();
    const QString foreign = QStringLiteral("/api/v1/organizations/") + b + QStringLiteral("/domains/") + id;
    QCOMPARE(m_h.api("GET", foreign).status, 404);
    QCOMPARE(m_h.api("DELETE", foreign).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/") + a + QStringLiteral("/domains/") + id).status, 200);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/") + a + QStringLiteral("/domains/org_123456789012345678")).status, 400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/organizations/org_123456789012345678/domains"), R"({"domain":"x.example"})").status, 404);
}

void TestEngineApi::events()
{
    const QString org = createOrganization(QStringLiteral("Audited"), QStringLiteral("audited-1"));
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/organizations/") + org, R"({"display_name":"Audited 2"})").status, 200);
    HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/events?page_size=1"),
                          json({{QStringLiteral("organization_id"), org}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), 2);
    const QJsonObject latest = r.json().value(QStringLiteral("events")).toArray().first().toObject();
    QCOMPARE(latest.value(QStringLiteral("type")).toString(), QStringLiteral("organization.updated"));
    QCOMPARE(latest.value(QStringLiteral("object")).toString(), QStringLiteral("Organization"));
    QVERIFY(latest.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("evt_")));
    const QString next = r.json().value(QStringLiteral("next_page_token")).toString();
    QVERIFY(!next.isEmpty());
    r = m_h.api("POST", QStringLiteral("/api/v1/events?page_size=1&page_token=") + next, json({{QStringLiteral("organization_id"), org}}));
    QCOMPARE(r.json().value(QStringLiteral("events")).toArray().first()[QStringLiteral("type")].toString(),
             QStringLiteral("organization.created"));
    r = m_h.api("POST", QStringLiteral("/api/v1/events?page_size=100"), "{}");
    QVERIFY(!r.body.contains(m_h.clientSecret().toLatin1()));
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"start_time":"yesterday"})").status, 400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"event_types":"x"})").status, 400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"event_types":["a\u0000"]})").status, 400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"organization_id":"org\u0000"})").status, 400);
}

void TestEngineApi::routing()
{
    HttpReply r = m_h.api("PUT", QStringLiteral("/api/v1/organizations"));
    QCOMPARE(r.status, 405);
    QVERIFY(r.header("Allow").contains("GET"));
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/nothing")).status, 404);
    QCOMPARE(m_h.request("GET", QStringLiteral("/nothing")).json().value(QStringLiteral("code")).toInt(), 5);
}

void TestEngineApi::hostCheck()
{
    HttpReply r = m_h.request("GET", QStringLiteral("/api/v1/organizations"), {}, {{"Host", "evil.example"}});
    QCOMPARE(r.status, 421);
    r = m_h.request("GET", QStringLiteral("/health"), {}, {{"Host", "evil.example"}});
    QCOMPARE(r.status, 200); // load balancers probe by address
}

void TestEngineApi::requestIdEchoed()
{
    HttpReply r = m_h.request("GET", QStringLiteral("/health"), {}, {{"X-Request-Id", "trace-42"}});
    QCOMPARE(r.header("X-Request-Id"), QByteArray("trace-42"));
    r = m_h.request("GET", QStringLiteral("/health"), {}, {{"X-Request-Id", "bad id <script>"}});
    QVERIFY(r.header("X-Request-Id") != "bad id <script>");
    QCOMPARE(r.header("X-Request-Id").size(), 32);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineApi)
#include "TestEngineApi.moc"
