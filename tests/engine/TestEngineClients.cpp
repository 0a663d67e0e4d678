// Organization M2M API clients over HTTP (ClientService: Create/List/Get/Update/DeleteOrganizationClient,
// Create/DeleteOrganizationClientSecret), their client_credentials tokens at POST /oauth/token (claims `oid`,
// `scopes`, audience, custom claims, expiry; the 403 of such a token on the management API), and the engine's
// signing-key rotation (GET /api/v1/environment/signing_keys, …:rotate, …/{key_id}:activate, /keys).
// Runs on SQLite, and on PostgreSQL (engine.clients.postgres).
#include "EngineHarness.h"
#include "tests/support/EngineOrganizations.h"
#include "TestMain.h"
#include "core/util/Encoding.h"
#include "engine/auth/Jwt.h"
#include "engine/crypto/PublicJwk.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

class TestEngineClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createGetList();
    void listPaging();
    void update();
    void badInput();
    void foreignAndUnknownIds();
    void tokenClaims();
    void tokenScopes();
    void organizationTokenCannotManage();
    void secretsLimitAndDeletion();
    void deleteClientRevokesSecrets();
    void auditEventsWithoutSecrets();
    void signingKeysList();
    void rotationPublishesBeforeSigning();
    void rotationActivatesAfterDelay();
    void rotationBadInput();

private:
    QString clientsPath(const QString& org) const
    {
        return QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/clients");
    }

    // POST …/clients; returns {client, plain_secret} (empty on failure, with a warning).
    QJsonObject createClient(const QString& org, const QJsonObject& body);
    HttpReply tokenRequest(const QString& clientId, const QString& secret, const QString& scope = {});
    static QJsonObject claimsOf(const QString& token);
    static QString kidOf(const QString& token);
    QStringList publishedKids();
    bool verifiesAgainstJwks(const QString& token);

    EngineHarness m_h;
    QString m_org;
    QString m_other;
};

void TestEngineClients::initTestCase()
{
    QVERIFY2(startWithTwoOrganizations(m_h, QStringLiteral("M2M Org"), QStringLiteral("Other Org"), m_org, m_other),
             qPrintable(m_h.lastError()));
}

QJsonObject TestEngineClients::createClient(const QString& org, const QJsonObject& body)
{
    const HttpReply r = m_h.api("POST", clientsPath(org), QJsonDocument(body).toJson());
    if (r.status != 201) {
        qWarning("create client: %d %s", r.status, r.body.constData());
        return {};
    }
    return r.json();
}

HttpReply TestEngineClients::tokenRequest(const QString& clientId, const QString& secret, const QString& scope)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("client_secret"), secret);
    if (!scope.isEmpty()) {
        form.addQueryItem(QStringLiteral("scope"), scope);
    }
    return m_h.request("POST",
                       QStringLiteral("/oauth/token"),
                       form.toString(QUrl::FullyEncoded).toLatin1(),
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QJsonObject TestEngineClients::claimsOf(const QString& token)
{
    auto decoded = Jwt::decode(token.toLatin1());
    return decoded.ok() ? decoded.value().claims : QJsonObject();
}

QString TestEngineClients::kidOf(const QString& token)
{
    auto decoded = Jwt::decode(token.toLatin1());
    return decoded.ok() ? decoded.value().header.value(QStringLiteral("kid")).toString() : QString();
}

QStringList TestEngineClients::publishedKids()
{
    const HttpReply r = m_h.request("GET", QStringLiteral("/keys"));
    QStringList kids;
    for (const QJsonValue& key : r.json()[QStringLiteral("keys")].toArray()) {
        kids << key[QStringLiteral("kid")].toString();
    }
    return kids;
}

// The token's signature checked with the key /keys publishes under its kid (as a resource server would).
bool TestEngineClients::verifiesAgainstJwks(const QString& token)
{
    auto decoded = Jwt::decode(token.toLatin1());
    if (!decoded.ok()) {
        return false;
    }
    const QString kid = decoded.value().header.value(QStringLiteral("kid")).toString();
    const HttpReply r = m_h.request("GET", QStringLiteral("/keys"));
    for (const QJsonValue& key : r.json()[QStringLiteral("keys")].toArray()) {
        if (key[QStringLiteral("kid")].toString() == kid) {
            auto jwk = PublicJwk::fromJson(key.toObject());
            return jwk.ok()
                   && jwk.value().verify(
                       QStringLiteral("RS256"), decoded.value().signingInput, decoded.value().signature);
        }
    }
    return false;
}

void TestEngineClients::createGetList()
{
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("GitHub Actions Deployment Service")},
        {QStringLiteral("description"), QStringLiteral("Deploys to production")},
        {QStringLiteral("scopes"),
         QJsonArray{QStringLiteral("deploy:applications"), QStringLiteral("read:deployments")}},
        {QStringLiteral("audience"), QJsonArray{QStringLiteral("deployment-api.acmecorp.com")}},
        {QStringLiteral("custom_claims"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("github_repository")},
                                {QStringLiteral("value"), QStringLiteral("acmecorp/inventory-service")}}}},
        {QStringLiteral("expiry"), 7200}};
    const QJsonObject created = createClient(m_org, body);
    const QJsonObject client = created[QStringLiteral("client")].toObject();
    const QString plain = created[QStringLiteral("plain_secret")].toString();
    QVERIFY(client[QStringLiteral("client_id")].toString().startsWith(QStringLiteral("m2morg_")));
    QVERIFY(plain.size() >= 40);
    QCOMPARE(client[QStringLiteral("organization_id")].toString(), m_org);
    QCOMPARE(client[QStringLiteral("name")].toString(), QStringLiteral("GitHub Actions Deployment Service"));
    QCOMPARE(client[QStringLiteral("description")].toString(), QStringLiteral("Deploys to production"));
    QCOMPARE(client[QStringLiteral("scopes")].toArray().size(), 2);
    QCOMPARE(client[QStringLiteral("audience")].toArray().first().toString(),
             QStringLiteral("deployment-api.acmecorp.com"));
    QCOMPARE(client[QStringLiteral("custom_claims")].toArray().first()[QStringLiteral("key")].toString(),
             QStringLiteral("github_repository"));
    QCOMPARE(client[QStringLiteral("expiry")].toString(), QStringLiteral("7200"));
    QVERIFY(client[QStringLiteral("create_time")].toString().endsWith(u'Z'));
    const QJsonArray secrets = client[QStringLiteral("secrets")].toArray();
    QCOMPARE(secrets.size(), 1);
    QVERIFY(secrets.first()[QStringLiteral("id")].toString().startsWith(QStringLiteral("sks_")));
    QCOMPARE(secrets.first()[QStringLiteral("status")].toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(secrets.first()[QStringLiteral("secret_suffix")].toString(), plain.right(4));
    QVERIFY(!secrets.first().toObject().contains(QStringLiteral("plain_secret")));

    // The plain secret is never shown again, neither by Get nor by List.
    const QString id = client[QStringLiteral("client_id")].toString();
    const HttpReply got = m_h.api("GET", clientsPath(m_org) + u'/' + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json()[QStringLiteral("client")][QStringLiteral("client_id")].toString(), id);
    QVERIFY(!got.body.contains(plain.toLatin1()));
    QVERIFY(!got.body.contains("plain_secret"));
    const HttpReply listed = m_h.api("GET", clientsPath(m_org));
    QCOMPARE(listed.status, 200);
    QVERIFY(!listed.body.contains(plain.toLatin1()));
    QVERIFY(listed.json()[QStringLiteral("total_size")].toInt() >= 1);
    bool found = false;
    for (const QJsonValue& c : listed.json()[QStringLiteral("clients")].toArray()) {
        found = found || c[QStringLiteral("client_id")].toString() == id;
    }
    QVERIFY(found);
    // The other organization has none.
    const HttpReply other = m_h.api("GET", clientsPath(m_other));
    QCOMPARE(other.status, 200);
    QCOMPARE(other.json()[QStringLiteral("total_size")].toInt(), 0);

    // Defaults: expiry 3600, empty lists.
    const QJsonObject minimal = createClient(m_org, {{QStringLiteral("name"), QStringLiteral("minimal")}});
    QCOMPARE(minimal[QStringLiteral("client")][QStringLiteral("expiry")].toString(), QStringLiteral("3600"));
    QCOMPARE(minimal[QStringLiteral("client")][QStringLiteral("scopes")].toArray().size(), 0);
}

void TestEngineClients::listPaging()
{
    const QString org = createOrganization(m_h, QStringLiteral("Paging Org"));
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << createClient(org,
                            {{QStringLiteral("name"),
                              QStringLiteral("c%1").arg(i)}})[QStringLiteral("client")][QStringLiteral("client_id")]
                   .toString();
    }
    const HttpReply first = m_h.api("GET", clientsPath(org) + QStringLiteral("?page_size=2"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json()[QStringLiteral("clients")].toArray().size(), 2);
    QCOMPARE(first.json()[QStringLiteral("total_size")].toInt(), 3);
    const QString next = first.json()[QStringLiteral("next_page_token")].toString();
    QVERIFY(!next.isEmpty());
    const HttpReply second = m_h.api("GET", clientsPath(org) + QStringLiteral("?page_size=2&page_token=") + next);
    QCOMPARE(second.status, 200);
    const QJsonArray rest = second.json()[QStringLiteral("clients")].toArray();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first()[QStringLiteral("client_id")].toString(), ids.last());
    QVERIFY(second.json()[QStringLiteral("next_page_token")].toString().isEmpty());
    QCOMPARE(m_h.api("GET", clientsPath(org) + QStringLiteral("?page_token=bogus")).status, 400);
    QCOMPARE(m_h.api("GET", clientsPath(org) + QStringLiteral("?page_size=x")).status, 400);
}

void TestEngineClients::update()
{
    const QJsonObject created = createClient(m_org,
                                             {{QStringLiteral("name"), QStringLiteral("before")},
                                              {QStringLiteral("description"), QStringLiteral("kept")},
                                              {QStringLiteral("scopes"), QJsonArray{QStringLiteral("a:read")}}});
    const QString id = created[QStringLiteral("client")][QStringLiteral("client_id")].toString();
    const QByteArray patch = R"({"name": "after", "scopes": ["a:read", "a:write"], "expiry": "600"})";
    const HttpReply r = m_h.api("PATCH", clientsPath(m_org) + u'/' + id, patch);
    QCOMPARE(r.status, 200);
    const QJsonObject client = r.json()[QStringLiteral("client")].toObject();
    QCOMPARE(client[QStringLiteral("name")].toString(), QStringLiteral("after"));
    QCOMPARE(client[QStringLiteral("description")].toString(), QStringLiteral("kept"));
    QCOMPARE(client[QStringLiteral("scopes")].toArray().size(), 2);
    QCOMPARE(client[QStringLiteral("expiry")].toString(), QStringLiteral("600"));
    QCOMPARE(client[QStringLiteral("secrets")].toArray().size(), 1);
    // The new scopes apply to the next token.
    const HttpReply token =
        tokenRequest(id, created[QStringLiteral("plain_secret")].toString(), QStringLiteral("a:write"));
    QCOMPARE(token.status, 200);
    QCOMPARE(token.json()[QStringLiteral("expires_in")].toInt(), 600);
    // Wrong types are refused and change nothing.
    const QByteArray wrong = R"({"name": 5})";
    QCOMPARE(m_h.api("PATCH", clientsPath(m_org) + u'/' + id, wrong).status, 400);
    QCOMPARE(m_h.api("GET", clientsPath(m_org) + u'/' + id)
                 .json()[QStringLiteral("client")][QStringLiteral("name")]
                 .toString(),
             QStringLiteral("after"));
}

void TestEngineClients::badInput()
{
    const QString path = clientsPath(m_org);
    const QList<QByteArray> bodies{
        "{not json",
        "[]",
        R"({"name": 5})",
        R"({"description": "no name"})",
        R"({"name": "x", "scopes": "a:read"})",
        R"({"name": "x", "scopes": ["has space"]})",
        R"({"name": "x", "scopes": [1]})",
        R"({"name": "x", "audience": [""]})",
        R"({"name": "x", "expiry": "abc"})",
        R"({"name": "x", "expiry": 10})",
        R"({"name": "x", "expiry": 86401})",
        R"({"name": "x", "custom_claims": [{"key": "oid", "value": "org_1"}]})",
        R"({"name": "x", "custom_claims": [{"key": "k", "value": 1}]})",
        R"({"name": "x", "custom_claims": [{"key": "k", "value": "a"}, {"key": "k", "value": "b"}]})",
        R"({"name": "x", "unknown_field": true})",
    };
    for (const QByteArray& body : bodies) {
        const HttpReply r = m_h.api("POST", path, body);
        QVERIFY2(r.status == 400, body.constData());
        QCOMPARE(r.json()[QStringLiteral("code")].toInt(), 3); // INVALID_ARGUMENT
        QVERIFY(!r.json()[QStringLiteral("message")].toString().isEmpty());
    }
    // A field violation names the field.
    const QByteArray badExpiry = R"({"name": "x", "expiry": 10})";
    QVERIFY(m_h.api("POST", path, badExpiry).body.contains("expiry"));
    // Nothing was created by any of them.
    for (const QJsonValue& c : m_h.api("GET", path).json()[QStringLiteral("clients")].toArray()) {
        QVERIFY(c[QStringLiteral("name")].toString() != QStringLiteral("x"));
    }
    const QByteArray secretBody = R"({"anything": 1})";
    const QString id = createClient(m_org,
                                    {{QStringLiteral("name"),
                                      QStringLiteral("y")}})[QStringLiteral("client")][QStringLiteral("client_id")]
                           .toString();
    QCOMPARE(m_h.api("POST", path + u'/' + id + QStringLiteral("/secrets"), secretBody).status, 400);
}

void TestEngineClients::foreignAndUnknownIds()
{
    const QJsonObject created = createClient(m_org, {{QStringLiteral("name"), QStringLiteral("mine")}});
    const QString id = created[QStringLiteral("client")][QStringLiteral("client_id")].toString();
    const QString secretId =
        created[QStringLiteral("client")][QStringLiteral("secrets")].toArray().first()[QStringLiteral("id")].toString();
    const QByteArray patch = R"({"name": "stolen"})";
    // Another organization's path never reaches this client.
    QCOMPARE(m_h.api("GET", clientsPath(m_other) + u'/' + id).status, 404);
    QCOMPARE(m_h.api("PATCH", clientsPath(m_other) + u'/' + id, patch).status, 404);
    QCOMPARE(m_h.api("POST", clientsPath(m_other) + u'/' + id + QStringLiteral("/secrets")).status, 404);
    QCOMPARE(m_h.api("DELETE", clientsPath(m_other) + u'/' + id + QStringLiteral("/secrets/") + secretId).status, 404);
    QCOMPARE(m_h.api("DELETE", clientsPath(m_other) + u'/' + id).status, 404);
    QCOMPARE(m_h.api("GET", clientsPath(m_org) + u'/' + id)
                 .json()[QStringLiteral("client")][QStringLiteral("name")]
                 .toString(),
             QStringLiteral("mine"));
    // Unknown organization (well formed) → 404; malformed ids → 400.
    const QString unknownOrg = QStringLiteral("org_12345678901234567");
    const HttpReply unknown = m_h.api("GET", clientsPath(unknownOrg));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json()[QStringLiteral("message")].toString().contains(QStringLiteral("organization")));
    const QByteArray body = R"({"name": "x"})";
    QCOMPARE(m_h.api("POST", clientsPath(unknownOrg), body).status, 404);
    QCOMPARE(m_h.api("GET", clientsPath(QStringLiteral("nope"))).status, 400);
    QCOMPARE(m_h.api("GET", clientsPath(m_org) + QStringLiteral("/skc_12345678901234567")).status, 400);
    QCOMPARE(m_h.api("GET", clientsPath(m_org) + QStringLiteral("/m2morg_12345678901234567")).status, 404);
    QCOMPARE(m_h.api("DELETE", clientsPath(m_org) + u'/' + id + QStringLiteral("/secrets/bad")).status, 400);
    QCOMPARE(
        m_h.api("DELETE", clientsPath(m_org) + u'/' + id + QStringLiteral("/secrets/sks_12345678901234567")).status,
        404);
}

void TestEngineClients::tokenClaims()
{
    const QJsonObject created =
        createClient(m_org,
                     {{QStringLiteral("name"), QStringLiteral("claims")},
                      {QStringLiteral("scopes"),
                       QJsonArray{QStringLiteral("deploy:applications"), QStringLiteral("read:deployments")}},
                      {QStringLiteral("audience"), QJsonArray{QStringLiteral("deployment-api.acmecorp.com")}},
                      {QStringLiteral("custom_claims"),
                       QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("environment")},
                                              {QStringLiteral("value"), QStringLiteral("production_us")}}}},
                      {QStringLiteral("expiry"), 1800}});
    const QString id = created[QStringLiteral("client")][QStringLiteral("client_id")].toString();
    const QString secret = created[QStringLiteral("plain_secret")].toString();
    const HttpReply r = tokenRequest(id, secret);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("token_type")].toString(), QStringLiteral("Bearer"));
    QCOMPARE(r.json()[QStringLiteral("expires_in")].toInt(), 1800);
    QCOMPARE(r.json()[QStringLiteral("scope")].toString(), QStringLiteral("deploy:applications read:deployments"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    const QString token = r.json()[QStringLiteral("access_token")].toString();
    QVERIFY(kidOf(token).startsWith(QStringLiteral("snk_")));
    QVERIFY(verifiesAgainstJwks(token));
    const QJsonObject claims = claimsOf(token);
    QCOMPARE(claims[QStringLiteral("iss")].toString(), m_h.baseUrl());
    QCOMPARE(claims[QStringLiteral("sub")].toString(), id);
    QCOMPARE(claims[QStringLiteral("client_id")].toString(), id);
    QCOMPARE(claims[QStringLiteral("oid")].toString(), m_org);
    QCOMPARE(claims[QStringLiteral("scopes")].toArray(),
             (QJsonArray{QStringLiteral("deploy:applications"), QStringLiteral("read:deployments")}));
    QCOMPARE(claims[QStringLiteral("aud")].toArray(), QJsonArray{QStringLiteral("deployment-api.acmecorp.com")});
    QCOMPARE(claims[QStringLiteral("environment")].toString(), QStringLiteral("production_us"));
    QVERIFY(claims[QStringLiteral("jti")].toString().startsWith(QStringLiteral("tkn_")));
    QCOMPARE(claims[QStringLiteral("exp")].toInteger() - claims[QStringLiteral("iat")].toInteger(), 1800);
    QCOMPARE(claims[QStringLiteral("nbf")].toInteger(), claims[QStringLiteral("iat")].toInteger());

    // client_secret_basic works too; a wrong secret does not.
    const QByteArray credentials = QUrl::toPercentEncoding(id) + QByteArray(":") + QUrl::toPercentEncoding(secret);
    const QByteArray basic = credentials.toBase64();
    const HttpReply viaBasic =
        m_h.request("POST",
                    QStringLiteral("/oauth/token"),
                    "grant_type=client_credentials",
                    {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + basic}});
    QCOMPARE(viaBasic.status, 200);
    const HttpReply wrong = tokenRequest(id, secret + QStringLiteral("x"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_client"));
    QCOMPARE(tokenRequest(QStringLiteral("m2morg_12345678901234567"), secret).status, 401);
    // Only client_credentials.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QStringLiteral("x"));
    form.addQueryItem(QStringLiteral("client_id"), id);
    form.addQueryItem(QStringLiteral("client_secret"), secret);
    const HttpReply refresh = m_h.request("POST",
                                          QStringLiteral("/oauth/token"),
                                          form.toString(QUrl::FullyEncoded).toLatin1(),
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(refresh.status, 400);
    QCOMPARE(refresh.json()[QStringLiteral("error")].toString(), QStringLiteral("unauthorized_client"));
    // last_used_time is recorded on the secret.
    const HttpReply got = m_h.api("GET", clientsPath(m_org) + u'/' + id);
    QVERIFY(got.json()[QStringLiteral("client")][QStringLiteral("secrets")].toArray().first().toObject().contains(
        QStringLiteral("last_used_time")));
}

void TestEngineClients::tokenScopes()
{
    const QJsonObject created =
        createClient(m_org,
                     {{QStringLiteral("name"), QStringLiteral("scoped")},
                      {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read:a"), QStringLiteral("write:a")}}});
    const QString id = created[QStringLiteral("client")][QStringLiteral("client_id")].toString();
    const QString secret = created[QStringLiteral("plain_secret")].toString();
    const HttpReply subset = tokenRequest(id, secret, QStringLiteral("read:a"));
    QCOMPARE(subset.status, 200);
    QCOMPARE(claimsOf(subset.json()[QStringLiteral("access_token")].toString())[QStringLiteral("scopes")].toArray(),
             QJsonArray{QStringLiteral("read:a")});
    const HttpReply notGranted = tokenRequest(id, secret, QStringLiteral("read:a admin:all"));
    QCOMPARE(notGranted.status, 400);
    QCOMPARE(notGranted.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_scope"));
    QVERIFY(!notGranted.json().contains(QStringLiteral("access_token")));
    // The management API's scopes are not something an organization client can ask for.
    QCOMPARE(tokenRequest(id, secret, QStringLiteral("organizations:read")).status, 400);
}

void TestEngineClients::organizationTokenCannotManage()
{
    const QJsonObject created =
        createClient(m_org,
                     {{QStringLiteral("name"), QStringLiteral("no admin")},
                      {QStringLiteral("scopes"), QJsonArray{QStringLiteral("organizations:read")}}});
    const QString id = created[QStringLiteral("client")][QStringLiteral("client_id")].toString();
    const HttpReply t = tokenRequest(id, created[QStringLiteral("plain_secret")].toString());
    QCOMPARE(t.status, 200);
    const QString token = t.json()[QStringLiteral("access_token")].toString();
    // Even with a scope named like an admin scope, and even inside its own organization: 403.
    const QStringList paths{QStringLiteral("/api/v1/organizations"),
                            QStringLiteral("/api/v1/organizations/") + m_org,
                            clientsPath(m_org),
                            clientsPath(m_org) + u'/' + id,
                            QStringLiteral("/api/v1/environment/signing_keys")};
    for (const QString& path : paths) {
        const HttpReply r = withBearer(m_h, token, "GET", path);
        QVERIFY2(r.status == 403, qPrintable(path));
        QCOMPARE(r.json()[QStringLiteral("code")].toInt(), 7); // PERMISSION_DENIED
    }
    const QByteArray body = R"({"name": "by itself"})";
    QCOMPARE(withBearer(m_h, token, "POST", clientsPath(m_org), body).status, 403);
    QCOMPARE(withBearer(m_h, token, "DELETE", clientsPath(m_org) + u'/' + id).status, 403);
    QCOMPARE(m_h.api("GET", clientsPath(m_org) + u'/' + id).status, 200);
    // Nor is it an access token for /userinfo (that takes apps' tokens only).
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/userinfo")).status, 401);
    // A portal session of the organization cannot manage its API clients either.
    const HttpReply link =
        m_h.api("PUT", QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/portal_links"));
    QCOMPARE(link.status, 200);
    const QJsonObject exchange{
        {QStringLiteral("link"), link.json()[QStringLiteral("link")][QStringLiteral("location")]}};
    const HttpReply session = m_h.request("POST",
                                          QStringLiteral("/api/v1/portal_sessions"),
                                          QJsonDocument(exchange).toJson(),
                                          {{"Content-Type", "application/json"}});
    QCOMPARE(session.status, 200);
    const QString sessionToken = session.json()[QStringLiteral("session_token")].toString();
    QVERIFY(!sessionToken.isEmpty());
    QCOMPARE(withBearer(m_h, sessionToken, "GET", clientsPath(m_org)).status, 403);
    QCOMPARE(withBearer(m_h, sessionToken, "POST", clientsPath(m_org), body).status, 403);
    // Once expired it is simply invalid (401).
    m_h.clock().advanceSecs(3601);
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/api/v1/organizations")).status, 401);
    m_h.forgetToken();
}

void TestEngineClients::secretsLimitAndDeletion()
{
    const QJsonObject created = createClient(m_org, {{QStringLiteral("name"), QStringLiteral("rotating")}});
    const QString id = created[QStringLiteral("client")][QStringLiteral("client_id")].toString();
    const QString base = clientsPath(m_org) + u'/' + id + QStringLiteral("/secrets");
    QStringList plains{created[QStringLiteral("plain_secret")].toString()};
    QStringList ids{created[QStringLiteral("client")][QStringLiteral("secrets")]
                        .toArray()
                        .first()[QStringLiteral("id")]
                        .toString()};
    for (int i = 0; i < 4; ++i) {
        const HttpReply r = m_h.api("POST", base);
        QCOMPARE(r.status, 201);
        QVERIFY(r.json()[QStringLiteral("secret")][QStringLiteral("id")].toString().startsWith(QStringLiteral("sks_")));
        QCOMPARE(r.json()[QStringLiteral("secret")][QStringLiteral("secret_suffix")].toString(),
                 r.json()[QStringLiteral("plain_secret")].toString().right(4));
        plains << r.json()[QStringLiteral("plain_secret")].toString();
        ids << r.json()[QStringLiteral("secret")][QStringLiteral("id")].toString();
    }
    QCOMPARE(QSet<QString>(plains.begin(), plains.end()).size(), 5);
    // The 6th is refused (at most 5), and nothing was stored.
    const HttpReply sixth = m_h.api("POST", base);
    QCOMPARE(sixth.status, 400);
    QCOMPARE(sixth.json()[QStringLiteral("code")].toInt(), 9); // FAILED_PRECONDITION
    QVERIFY(sixth.json()[QStringLiteral("message")].toString().contains(u'5'));
    QVERIFY(!sixth.json().contains(QStringLiteral("plain_secret")));
    QCOMPARE(m_h.api("GET", clientsPath(m_org) + u'/' + id)
                 .json()[QStringLiteral("client")][QStringLiteral("secrets")]
                 .toArray()
                 .size(),
             5);
    // Every secret authenticates.
    for (const QString& plain : std::as_const(plains)) {
        QCOMPARE(tokenRequest(id, plain).status, 200);
    }
    // A deleted secret stops working at once; the others keep working.
    QCOMPARE(m_h.api("DELETE", base + u'/' + ids[1]).status, 200);
    const HttpReply deleted = tokenRequest(id, plains[1]);
    QCOMPARE(deleted.status, 401);
    QCOMPARE(deleted.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_client"));
    QCOMPARE(tokenRequest(id, plains[0]).status, 200);
    QCOMPARE(m_h.api("DELETE", base + u'/' + ids[1]).status, 404);
    // Room for one again.
    QCOMPARE(m_h.api("POST", base).status, 201);
}

void TestEngineClients::deleteClientRevokesSecrets()
{
    const QJsonObject created = createClient(m_org, {{QStringLiteral("name"), QStringLiteral("doomed")}});
    const QString id = created[QStringLiteral("client")][QStringLiteral("client_id")].toString();
    const QString first = created[QStringLiteral("plain_secret")].toString();
    const HttpReply second = m_h.api("POST", clientsPath(m_org) + u'/' + id + QStringLiteral("/secrets"));
    QCOMPARE(second.status, 201);
    QCOMPARE(tokenRequest(id, first).status, 200);
    const HttpReply removed = m_h.api("DELETE", clientsPath(m_org) + u'/' + id);
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json(), QJsonObject());
    QCOMPARE(tokenRequest(id, first).status, 401);
    QCOMPARE(tokenRequest(id, second.json()[QStringLiteral("plain_secret")].toString()).status, 401);
    QCOMPARE(m_h.api("GET", clientsPath(m_org) + u'/' + id).status, 404);
    QCOMPARE(m_h.api("DELETE", clientsPath(m_org) + u'/' + id).status, 404);
    auto rows = m_h.engine().database().read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM org_client_secrets WHERE client_id = ?"), {id});
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next() || q.value().value(0).toInt() != 0) {
            return core::Error{QStringLiteral("left"), QStringLiteral("secrets left behind"), {}};
        }
        return {};
    });
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
}

void TestEngineClients::auditEventsWithoutSecrets()
{
    const QJsonObject created = createClient(m_org, {{QStringLiteral("name"), QStringLiteral("audited")}});
    const QString id = created[QStringLiteral("client")][QStringLiteral("client_id")].toString();
    const QString plain = created[QStringLiteral("plain_secret")].toString();
    const HttpReply secret = m_h.api("POST", clientsPath(m_org) + u'/' + id + QStringLiteral("/secrets"));
    const QString secretPlain = secret.json()[QStringLiteral("plain_secret")].toString();
    const QString secretId = secret.json()[QStringLiteral("secret")][QStringLiteral("id")].toString();
    const QByteArray patch = R"({"description": "d"})";
    QCOMPARE(m_h.api("PATCH", clientsPath(m_org) + u'/' + id, patch).status, 200);
    QCOMPARE(m_h.api("DELETE", clientsPath(m_org) + u'/' + id + QStringLiteral("/secrets/") + secretId).status, 200);
    QCOMPARE(m_h.api("DELETE", clientsPath(m_org) + u'/' + id).status, 200);
    QStringList types;
    QString allData;
    auto read = m_h.engine().database().read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT type, data, actor, organization_id FROM events WHERE object_id = ? "
                                          "ORDER BY seq"),
                           {id});
        if (!q.ok()) {
            return q.error();
        }
        while (q.value().next()) {
            types << q.value().value(0).toString();
            allData += q.value().value(1).toString() + q.value().value(2).toString();
            if (q.value().value(3).toString() != m_org) {
                return core::Error{QStringLiteral("org"), QStringLiteral("event without the organization"), {}};
            }
        }
        return {};
    });
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    const QStringList expected{QStringLiteral("organization.client_created"),
                               QStringLiteral("organization.client_secret_created"),
                               QStringLiteral("organization.client_updated"),
                               QStringLiteral("organization.client_secret_deleted"),
                               QStringLiteral("organization.client_deleted")};
    QCOMPARE(types, expected);
    QVERIFY(allData.contains(secretId));
    QVERIFY(!allData.contains(plain));
    QVERIFY(!allData.contains(secretPlain));
}

void TestEngineClients::signingKeysList()
{
    const HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/environment/signing_keys"));
    QCOMPARE(r.status, 200);
    const QJsonArray keys = r.json()[QStringLiteral("signing_keys")].toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first()[QStringLiteral("state")].toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(keys.first()[QStringLiteral("id")].toString(), kidOf(m_h.token()));
    QVERIFY(keys.first().toObject().contains(QStringLiteral("create_time")));
    QVERIFY(keys.first().toObject().contains(QStringLiteral("activate_time")));
    QVERIFY(!r.body.contains("PRIVATE") && !r.body.contains("\"d\"") && !r.body.contains("private"));
    QCOMPARE(publishedKids(), QStringList{keys.first()[QStringLiteral("id")].toString()});
}

void TestEngineClients::rotationPublishesBeforeSigning()
{
    m_h.forgetToken();
    const QString before = m_h.token();
    const QString oldKid = kidOf(before);
    const QJsonObject created = createClient(
        m_org, {{QStringLiteral("name"), QStringLiteral("long lived")}, {QStringLiteral("expiry"), 86400}});
    const QString orgToken = tokenRequest(created[QStringLiteral("client")][QStringLiteral("client_id")].toString(),
                                          created[QStringLiteral("plain_secret")].toString())
                                 .json()[QStringLiteral("access_token")]
                                 .toString();
    QCOMPARE(kidOf(orgToken), oldKid);

    const HttpReply rotated = m_h.api("POST", QStringLiteral("/api/v1/environment/signing_keys:rotate"));
    QCOMPARE(rotated.status, 201);
    const QJsonObject key = rotated.json()[QStringLiteral("signing_key")].toObject();
    const QString newKid = key[QStringLiteral("id")].toString();
    QVERIFY(newKid.startsWith(QStringLiteral("snk_")) && newKid != oldKid);
    QCOMPARE(key[QStringLiteral("state")].toString(), QStringLiteral("NEXT"));
    // Published before it signs: /keys has both, new tokens still carry the old kid.
    QVERIFY(publishedKids().contains(newKid));
    QVERIFY(publishedKids().contains(oldKid));
    QCOMPARE(kidOf(m_h.token(QStringLiteral("organizations:read"))), oldKid);
    // One rotation at a time.
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/environment/signing_keys:rotate")).status, 409);

    const HttpReply activated =
        m_h.api("POST", QStringLiteral("/api/v1/environment/signing_keys/") + newKid + QStringLiteral(":activate"));
    QCOMPARE(activated.status, 200);
    QCOMPARE(activated.json()[QStringLiteral("signing_key")][QStringLiteral("state")].toString(),
             QStringLiteral("ACTIVE"));
    const QString after = m_h.token(QStringLiteral("organizations:read"));
    QCOMPARE(kidOf(after), newKid);
    // Tokens signed before the rotation still verify, against /keys and at the API.
    QVERIFY(verifiesAgainstJwks(before));
    QVERIFY(verifiesAgainstJwks(orgToken));
    QCOMPARE(withBearer(m_h, before, "GET", QStringLiteral("/api/v1/organizations")).status, 200);
    QCOMPARE(withBearer(m_h, after, "GET", QStringLiteral("/api/v1/organizations")).status, 200);
    const HttpReply listed = m_h.api("GET", QStringLiteral("/api/v1/environment/signing_keys"));
    QString oldState;
    QString retireTime;
    for (const QJsonValue& k : listed.json()[QStringLiteral("signing_keys")].toArray()) {
        if (k[QStringLiteral("id")].toString() == oldKid) {
            oldState = k[QStringLiteral("state")].toString();
            retireTime = k[QStringLiteral("retire_time")].toString();
        }
    }
    QCOMPARE(oldState, QStringLiteral("PREVIOUS"));
    QVERIFY(!retireTime.isEmpty());
    // A day later (the longest token lifetime) the old key is still there until its retire time, then gone.
    m_h.clock().advanceSecs(86400);
    m_h.forgetToken();
    QVERIFY(publishedKids().contains(oldKid));
    QVERIFY(verifiesAgainstJwks(orgToken));
    m_h.clock().advanceSecs(301);
    QVERIFY(!publishedKids().contains(oldKid));
    QVERIFY(publishedKids().contains(newKid));
    QVERIFY(!verifiesAgainstJwks(before));
    m_h.forgetToken();
    for (const QJsonValue& k : m_h.api("GET", QStringLiteral("/api/v1/environment/signing_keys"))
                                   .json()[QStringLiteral("signing_keys")]
                                   .toArray()) {
        if (k[QStringLiteral("id")].toString() == oldKid) {
            QCOMPARE(k[QStringLiteral("state")].toString(), QStringLiteral("RETIRED"));
        }
    }
}

void TestEngineClients::rotationActivatesAfterDelay()
{
    m_h.forgetToken();
    const QString current = kidOf(m_h.token());
    const QByteArray body = R"({"publication_delay_seconds": 60})";
    const HttpReply rotated = m_h.api("POST", QStringLiteral("/api/v1/environment/signing_keys:rotate"), body);
    QCOMPARE(rotated.status, 201);
    const QString next = rotated.json()[QStringLiteral("signing_key")][QStringLiteral("id")].toString();
    QVERIFY(publishedKids().contains(next));
    m_h.clock().advanceSecs(59);
    QCOMPARE(kidOf(m_h.token(QStringLiteral("organizations:read"))), current);
    m_h.clock().advanceSecs(2);
    // No explicit activation: the publication delay has passed, the new key signs.
    QCOMPARE(kidOf(m_h.token(QStringLiteral("organizations:read"))), next);
    QVERIFY(publishedKids().contains(current));
    m_h.forgetToken();
    // The states survive a restart.
    m_h.stop();
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    QCOMPARE(kidOf(m_h.token()), next);
    QVERIFY(publishedKids().contains(current));
}

void TestEngineClients::rotationBadInput()
{
    const QString path = QStringLiteral("/api/v1/environment/signing_keys");
    const QList<QByteArray> bodies{"{oops",
                                   R"({"publication_delay_seconds": "soon"})",
                                   R"({"publication_delay_seconds": -1})",
                                   R"({"publication_delay_seconds": 99999999})",
                                   R"({"delay": 5})"};
    for (const QByteArray& body : bodies) {
        const HttpReply r = m_h.api("POST", path + QStringLiteral(":rotate"), body);
        QVERIFY2(r.status == 400, body.constData());
    }
    const QString active = kidOf(m_h.token());
    const HttpReply wrongState = m_h.api("POST", path + u'/' + active + QStringLiteral(":activate"));
    QCOMPARE(wrongState.status, 400);
    QCOMPARE(wrongState.json()[QStringLiteral("code")].toInt(), 9);
    QCOMPARE(m_h.api("POST", path + QStringLiteral("/snk_12345678901234567:activate")).status, 404);
    QCOMPARE(m_h.api("POST", path + QStringLiteral("/org_12345678901234567:activate")).status, 400);
    // Needs environment:write.
    const QString readOnly = m_h.token(QStringLiteral("environment:read"));
    QCOMPARE(withBearer(m_h, readOnly, "POST", path + QStringLiteral(":rotate")).status, 403);
    QCOMPARE(withBearer(m_h, readOnly, "GET", path).status, 200);
    QCOMPARE(m_h.request("GET", path).status, 401);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineClients)
#include "TestEngineClients.moc"
