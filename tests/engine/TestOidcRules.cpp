// The OIDC relying party's pure rules: every discovery document and JWKS in tests/data/oidc with the verdict its
// SOURCES.md states; ID token header and claim rules (HS256 and none refused, iss with Entra {tenantid} templates only
// against tid, aud/azp, exp/iat with clock skew, nonce); RS256/PS256/ES256 signatures against JWKs; and the JWKS
// cache (one refetch on an unknown kid, never more often than the floor, none for a bad signature).
#include "core/util/Clock.h"
#include "core/util/Encoding.h"
#include "engine/auth/Jwt.h"
#include "engine/crypto/PublicJwk.h"
#include "engine/crypto/RsaKey.h"
#include "engine/sso/OidcDiscovery.h"
#include "engine/sso/OidcIdToken.h"
#include "engine/sso/OidcJwksCache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace gatehouse;
using namespace gatehouse::engine;

namespace {

QByteArray readData(const QString& relative)
{
    QFile file(QStringLiteral(GATEHOUSE_OIDC_DATA "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray b64(const QJsonObject& o)
{
    return core::encoding::base64Url(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray bn(EVP_PKEY* key, const char* name, int pad = 0)
{
    BIGNUM* value = nullptr;
    EVP_PKEY_get_bn_param(key, name, &value);
    QByteArray out(pad ? pad : BN_num_bytes(value), '\0');
    BN_bn2binpad(value, reinterpret_cast<unsigned char*>(out.data()), int(out.size()));
    BN_free(value);
    return out;
}

// A JWS with alg PS256 or ES256 made with OpenSSL directly, and the matching public JWK.
struct ForeignKey
{
    EVP_PKEY* key = nullptr;
    QJsonObject jwk;

    ~ForeignKey()
    {
        EVP_PKEY_free(key);
    }
};

void makeKey(ForeignKey& k, const QString& alg, const QString& kid)
{
    if (alg == QStringLiteral("ES256")) {
        k.key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        unsigned char point[65];
        size_t length = 0;
        EVP_PKEY_get_octet_string_param(k.key, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &length);
        const QByteArray raw(reinterpret_cast<const char*>(point), qsizetype(length));
        k.jwk = {{QStringLiteral("kty"), QStringLiteral("EC")},
                 {QStringLiteral("crv"), QStringLiteral("P-256")},
                 {QStringLiteral("kid"), kid},
                 {QStringLiteral("x"), QString::fromLatin1(core::encoding::base64Url(raw.mid(1, 32)))},
                 {QStringLiteral("y"), QString::fromLatin1(core::encoding::base64Url(raw.mid(33, 32)))}};
    } else {
        k.key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        k.jwk = {
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("kid"), kid},
            {QStringLiteral("n"), QString::fromLatin1(core::encoding::base64Url(bn(k.key, OSSL_PKEY_PARAM_RSA_N)))},
            {QStringLiteral("e"), QString::fromLatin1(core::encoding::base64Url(bn(k.key, OSSL_PKEY_PARAM_RSA_E)))}};
    }
}

QByteArray signWith(const ForeignKey& k, const QString& alg, const QString& kid, const QJsonObject& claims)
{
    const QByteArray input = b64({{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), kid}}) + '.' + b64(claims);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    EVP_DigestSignInit(ctx, &pctx, EVP_sha256(), nullptr, k.key);
    if (alg == QStringLiteral("PS256")) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32);
    }
    size_t size = 0;
    EVP_DigestSign(
        ctx, nullptr, &size, reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()));
    QByteArray signature(qsizetype(size), '\0');
    EVP_DigestSign(ctx,
                   reinterpret_cast<unsigned char*>(signature.data()),
                   &size,
                   reinterpret_cast<const unsigned char*>(input.constData()),
                   size_t(input.size()));
    EVP_MD_CTX_free(ctx);
    signature.truncate(qsizetype(size));
    if (alg == QStringLiteral("ES256")) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(signature.constData());
        ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, long(signature.size()));
        QByteArray raw(64, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char*>(raw.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char*>(raw.data()) + 32, 32);
        ECDSA_SIG_free(sig);
        signature = raw;
    }
    return input + '.' + core::encoding::base64Url(signature);
}

const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QString kTenant = QStringLiteral("9188040d-6c67-4c5b-b112-36a304b66dad");

OidcIdToken::Expectations expectations()
{
    OidcIdToken::Expectations e;
    e.issuer = QStringLiteral("https://idp.example.com");
    e.clientId = QStringLiteral("client-1");
    e.nonce = QStringLiteral("n-0S6_WzA2Mj");
    e.algs = {QStringLiteral("RS256")};
    e.now = kNow;
    e.clockSkewSecs = 180;
    return e;
}

QJsonObject goodClaims()
{
    const qint64 now = kNow.toSecsSinceEpoch();
    return {{QStringLiteral("iss"), QStringLiteral("https://idp.example.com")},
            {QStringLiteral("sub"), QStringLiteral("248289761001")},
            {QStringLiteral("aud"), QStringLiteral("client-1")},
            {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")},
            {QStringLiteral("iat"), now - 10},
            {QStringLiteral("exp"), now + 600}};
}

} // namespace

class TestOidcRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoveryDocuments_data();
    void discoveryDocuments();
    void keySets_data();
    void keySets();
    void discoveryUrls();
    void headerRules_data();
    void headerRules();
    void claimRules_data();
    void claimRules();
    void signatureAlgorithms_data();
    void signatureAlgorithms();
    void jwksCacheRefetchesOnceWithFloor();
    void claimsIntoTheNormalizedProfile();
};

void TestOidcRules::discoveryDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fetchedFor");
    QTest::addColumn<bool>("allowHttp");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expect"); // valid: the accepted algs; invalid: a part of the message

    QTest::newRow("google") << "panva-wellknown/google.openid-configuration.json"
                            << "https://accounts.google.com" << false << true << "RS256";
    QTest::newRow("entra common") << "panva-wellknown/entra-common.openid-configuration.json"
                                  << "https://login.microsoftonline.com/common/v2.0" << false << true << "RS256";
    QTest::newRow("entra template for a named tenant")
        << "panva-wellknown/entra-common.openid-configuration.json"
        << "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0" << false << false << "must be identical";
    // This fixture describes an implicit-flow-only server: no token endpoint, no "code" response type.
    QTest::newRow("okta org, implicit only")
        << "okta-auth-js/well-known.org-authorization-server.openid-configuration.json"
        << "https://auth-js-test.okta.com" << false << false << "has no token_endpoint";
    QTest::newRow("okta custom AS without algs")
        << "okta-auth-js/well-known-shared-resource.custom-authorization-server.json"
        << "https://auth-js-test.okta.com/oauth2/aus8aus76q8iphupD0h7" << false << true << "RS256";
    QTest::newRow("auth0 trailing slash") << "misc/auth0_samples.openid-configuration.json"
                                          << "https://samples.auth0.com/" << false << true << "RS256";
    QTest::newRow("auth0 without the slash") << "misc/auth0_samples.openid-configuration.json"
                                             << "https://samples.auth0.com" << false << false << "must be identical";
    QTest::newRow("keycloak http, production")
        << "misc/keycloak_realm-test_legacy-auth-path.openid-configuration.json"
        << "http://localhost:8080/auth/realms/test" << false << false << "https URL";
    QTest::newRow("keycloak http, development") << "misc/keycloak_realm-test_legacy-auth-path.openid-configuration.json"
                                                << "http://localhost:8080/auth/realms/test" << true << true << "RS256";
    QTest::newRow("not json") << "okta-auth-js/keys.jwks.json"
                              << "" << false << false << "has no issuer";
}

void TestOidcRules::discoveryDocuments()
{
    QFETCH(QString, file);
    QFETCH(QString, fetchedFor);
    QFETCH(bool, allowHttp);
    QFETCH(bool, valid);
    QFETCH(QString, expect);
    const QByteArray json = readData(file);
    QVERIFY2(!json.isEmpty(), qPrintable(file));
    const auto parsed = OidcDiscovery::parse(json, fetchedFor, allowHttp);
    QCOMPARE(parsed.ok(), valid);
    if (!valid) {
        QCOMPARE(parsed.error().code, QStringLiteral("oidc.discovery"));
        QVERIFY2(parsed.error().message.contains(expect), qPrintable(parsed.error().message));
        return;
    }
    QCOMPARE(parsed.value().signingAlgs.join(u','), expect);
    QVERIFY(!parsed.value().tokenEndpoint.isEmpty());
    QVERIFY(!parsed.value().jwksUri.isEmpty());
    QCOMPARE(parsed.value().issuerIsTemplate(), file.contains(QStringLiteral("entra")));
    if (file.contains(QStringLiteral("custom-authorization-server")) || file.contains(QStringLiteral("auth0"))) {
        QVERIFY(!parsed.value().warnings.isEmpty()); // RS256 assumed / HS256 dropped
    }
}

void TestOidcRules::keySets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("usable");
    QTest::addColumn<QString>("reason");
    QTest::newRow("google") << "panva-wellknown/google.jwks.json" << 2 << "";
    QTest::newRow("entra") << "panva-wellknown/entra-common.jwks.json" << 8 << "";
    QTest::newRow("ping") << "identitymodel-dotnet/PingLabsJWKS.json" << 3 << "";
    QTest::newRow("okta rsa-1024") << "okta-auth-js/keys.jwks.json" << 0 << "1024 bits";
    QTest::newRow("azure legacy") << "identitymodel-dotnet/JsonWebKeySet.json" << 0 << "alg \"SHA256\"";
    QTest::newRow("unrecognized kty") << "identitymodel-dotnet/JsonWebKeySetUnrecognizedKty.json" << 0 << "kty \"oct\"";
    QTest::newRow("discovery is no jwks") << "panva-wellknown/google.openid-configuration.json" << 0 << "\"keys\"";
}

void TestOidcRules::keySets()
{
    QFETCH(QString, file);
    QFETCH(int, usable);
    QFETCH(QString, reason);
    const auto parsed = OidcDiscovery::parseJwks(readData(file));
    QCOMPARE(parsed.ok(), usable > 0);
    if (usable > 0) {
        QCOMPARE(parsed.value().keys.size(), usable);
        QVERIFY(parsed.value().rejected.isEmpty());
        for (const PublicJwk& key : parsed.value().keys) {
            QVERIFY(key.suits(QStringLiteral("RS256")));
            QVERIFY(!key.suits(QStringLiteral("HS256")));
            QVERIFY(!key.suits(QStringLiteral("ES256")));
        }
        return;
    }
    QCOMPARE(parsed.error().code, QStringLiteral("oidc.jwks"));
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestOidcRules::discoveryUrls()
{
    QCOMPARE(OidcDiscovery::discoveryUrl(QStringLiteral("https://idp.example.com/")).toString(),
             QStringLiteral("https://idp.example.com/.well-known/openid-configuration"));
    const QUrl wellKnown =
        OidcDiscovery::discoveryUrl(QStringLiteral("https://idp.example.com/t/1/.well-known/openid-configuration"));
    QCOMPARE(wellKnown.toString(), QStringLiteral("https://idp.example.com/t/1/.well-known/openid-configuration"));
    QCOMPARE(OidcDiscovery::issuerFor(wellKnown), QStringLiteral("https://idp.example.com/t/1"));
    QCOMPARE(OidcDiscovery::issuerFor(QUrl(QStringLiteral(
                 "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration?appid=1"))),
             QStringLiteral("https://login.microsoftonline.com/common/v2.0"));
    QVERIFY(OidcDiscovery::issuerFor(QUrl(QStringLiteral("https://idp.example.com/oidc-config"))).isEmpty());
    QVERIFY(OidcDiscovery::isEntraMultiTenant(QStringLiteral("https://login.microsoftonline.com/organizations/v2.0")));
    QVERIFY(!OidcDiscovery::isEntraMultiTenant(
        QStringLiteral("https://login.microsoftonline.com.evil.example/common/v2.0")));
}

void TestOidcRules::headerRules_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("RS256") << "RS256" << true;
    QTest::newRow("none") << "none" << false;
    QTest::newRow("NONE") << "NONE" << false;
    QTest::newRow("HS256") << "HS256" << false;
    QTest::newRow("HS512") << "HS512" << false;
    QTest::newRow("RS512") << "RS512" << false;
    QTest::newRow("empty") << "" << false;
}

void TestOidcRules::headerRules()
{
    QFETCH(QString, alg);
    QFETCH(bool, accepted);
    // Even a provider that advertises HS256 and none never gets them accepted.
    const QStringList advertised{QStringLiteral("RS256"), QStringLiteral("HS256"), QStringLiteral("none")};
    const auto checked = OidcIdToken::checkHeader({{QStringLiteral("alg"), alg}}, advertised);
    QCOMPARE(checked.ok(), accepted);
    if (!accepted) {
        QCOMPARE(checked.error().code, QStringLiteral("invalid_id_token"));
    }
}

void TestOidcRules::claimRules_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("failure"); // empty: accepted
    const qint64 now = kNow.toSecsSinceEpoch();
    const QString plain = QStringLiteral("https://idp.example.com");
    const QString entra = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
    QJsonObject c = goodClaims();
    QTest::newRow("good") << c << plain << "";
    c = goodClaims();
    c.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example.com"));
    QTest::newRow("wrong iss") << c << plain << "issuer";
    c = goodClaims();
    c.insert(QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(kTenant));
    c.insert(QStringLiteral("tid"), kTenant);
    QTest::newRow("entra template with matching tid") << c << entra << "";
    c.remove(QStringLiteral("tid"));
    QTest::newRow("entra template without tid") << c << entra << "tid";
    c.insert(QStringLiteral("tid"), QStringLiteral("00000000-0000-0000-0000-000000000001"));
    QTest::newRow("entra template, tid of another tenant") << c << entra << "issuer";
    c.insert(QStringLiteral("tid"), QStringLiteral("{tenantid}"));
    c.insert(QStringLiteral("iss"), entra);
    QTest::newRow("entra literal template as iss") << c << entra << "tid";
    c = goodClaims();
    c.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("client-1"), QStringLiteral("api")});
    QTest::newRow("several audiences without azp") << c << plain << "azp";
    c.insert(QStringLiteral("azp"), QStringLiteral("client-1"));
    QTest::newRow("several audiences with azp") << c << plain << "";
    c.insert(QStringLiteral("azp"), QStringLiteral("api"));
    QTest::newRow("azp of another client") << c << plain << "authorized party";
    c = goodClaims();
    c.insert(QStringLiteral("aud"), QStringLiteral("client-2"));
    QTest::newRow("wrong aud") << c << plain << "audience";
    c = goodClaims();
    c.insert(QStringLiteral("exp"), now - 100);
    QTest::newRow("expired within skew") << c << plain << "";
    c.insert(QStringLiteral("exp"), now - 181);
    QTest::newRow("expired beyond skew") << c << plain << "expired";
    c = goodClaims();
    c.insert(QStringLiteral("iat"), now + 600);
    QTest::newRow("issued in the future") << c << plain << "future";
    c = goodClaims();
    c.remove(QStringLiteral("iat"));
    QTest::newRow("no iat") << c << plain << "iat";
    c = goodClaims();
    c.insert(QStringLiteral("nonce"), QStringLiteral("other"));
    QTest::newRow("wrong nonce") << c << plain << "nonce";
    c.remove(QStringLiteral("nonce"));
    QTest::newRow("no nonce") << c << plain << "nonce";
    c = goodClaims();
    c.remove(QStringLiteral("sub"));
    QTest::newRow("no sub") << c << plain << "subject";
}

void TestOidcRules::claimRules()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, issuer);
    QFETCH(QString, failure);
    OidcIdToken::Expectations e = expectations();
    e.issuer = issuer;
    const auto checked = OidcIdToken::checkClaims(claims, e);
    QCOMPARE(checked.ok(), failure.isEmpty());
    if (!failure.isEmpty()) {
        QCOMPARE(checked.error().code, QStringLiteral("invalid_id_token"));
        QVERIFY2(checked.error().message.contains(failure), qPrintable(checked.error().message));
    }
}

void TestOidcRules::signatureAlgorithms_data()
{
    QTest::addColumn<QString>("alg");
    QTest::newRow("PS256") << "PS256";
    QTest::newRow("ES256") << "ES256";
}

void TestOidcRules::signatureAlgorithms()
{
    QFETCH(QString, alg);
    ForeignKey key;
    makeKey(key, alg, QStringLiteral("k1"));
    auto jwk = PublicJwk::fromJson(key.jwk);
    QVERIFY2(jwk.ok(), qPrintable(jwk.ok() ? QString() : jwk.error().message));
    const QByteArray token = signWith(key, alg, QStringLiteral("k1"), goodClaims());
    auto decoded = Jwt::decode(token);
    QVERIFY(decoded.ok());
    QVERIFY(jwk.value().verify(alg, decoded.value().signingInput, decoded.value().signature));
    // A flipped bit breaks it; another alg name with the same key never verifies.
    QByteArray broken = decoded.value().signature;
    broken[5] = char(broken[5] ^ 0x01);
    QVERIFY(!jwk.value().verify(alg, decoded.value().signingInput, broken));
    QVERIFY(!jwk.value().verify(QStringLiteral("HS256"), decoded.value().signingInput, decoded.value().signature));
    QVERIFY(!jwk.value().verify(alg == QStringLiteral("ES256") ? QStringLiteral("RS256") : QStringLiteral("ES256"),
                                decoded.value().signingInput,
                                decoded.value().signature));
}

void TestOidcRules::jwksCacheRefetchesOnceWithFloor()
{
    core::FixedClock clock(kNow);
    auto k1 = RsaKey::generate(2048);
    auto k2 = RsaKey::generate(2048);
    QVERIFY(k1.ok() && k2.ok());
    QJsonArray published{k1.value().publicJwk(QStringLiteral("k1"))};
    int fetches = 0;
    OidcJwksCache cache(clock, {3600, 60}, [&](const QString&, OidcJwksCache::FetchDone done) {
        ++fetches;
        done(QJsonDocument(QJsonObject{{QStringLiteral("keys"), published}}).toJson());
    });
    const QString uri = QStringLiteral("https://idp.example.com/jwks");
    auto verify = [&](const QByteArray& token) {
        std::optional<core::Result<void>> result;
        cache.verify(uri, Jwt::decode(token).value(), [&](core::Result<void> r) { result = r; });
        return result.value_or(core::Result<void>(core::Error{QStringLiteral("pending"), {}, {}}));
    };
    const QByteArray byK1 = Jwt::sign(goodClaims(), k1.value(), QStringLiteral("k1")).value();
    const QByteArray byK2 = Jwt::sign(goodClaims(), k2.value(), QStringLiteral("k2")).value();
    QVERIFY(verify(byK1).ok());
    QCOMPARE(fetches, 1);
    QVERIFY(verify(byK1).ok());
    QCOMPARE(fetches, 1); // cached

    // The IdP rolls over to k2. Right after a fetch, an unknown kid does not refetch (the floor) …
    published.append(k2.value().publicJwk(QStringLiteral("k2")));
    auto unknown = verify(byK2);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().message.contains(QStringLiteral("does not publish")), qPrintable(unknown.error().message));
    QCOMPARE(fetches, 1);
    // … once the floor has passed, it refetches exactly once and the new key verifies.
    clock.set(kNow.addSecs(61));
    QVERIFY(verify(byK2).ok());
    QCOMPARE(fetches, 2);
    // A stream of made-up kids cannot force more fetches within the floor.
    const QByteArray byStranger = Jwt::sign(goodClaims(), k2.value(), QStringLiteral("k-made-up")).value();
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!verify(byStranger).ok());
    }
    QCOMPARE(fetches, 2);
    // A bad signature under a known kid never refetches.
    clock.set(kNow.addSecs(200));
    const QByteArray forged = Jwt::sign(goodClaims(), k1.value(), QStringLiteral("k2")).value();
    auto bad = verify(forged);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("signature")), qPrintable(bad.error().message));
    QCOMPARE(fetches, 2);
    QCOMPARE(cache.fetchCount(uri), 2);
}

void TestOidcRules::claimsIntoTheNormalizedProfile()
{
    Connection connection;
    connection.id = QStringLiteral("conn_59615193906282635");
    connection.organizationId = QStringLiteral("org_59615193906282636");
    connection.type = QStringLiteral("OIDC");
    connection.provider = QStringLiteral("MICROSOFT_AD");
    connection.attributeMapping = {{QStringLiteral("employeeNumber"), QStringLiteral("employee_id")}};
    QJsonObject claims = goodClaims();
    claims.insert(QStringLiteral("email"), QStringLiteral("ada@example.com"));
    claims.insert(QStringLiteral("email_verified"), true);
    claims.insert(QStringLiteral("given_name"), QStringLiteral("Ada"));
    claims.insert(QStringLiteral("family_name"), QStringLiteral("Lovelace"));
    claims.insert(QStringLiteral("groups"), QJsonArray{QStringLiteral("admins"), QStringLiteral("engineers")});
    claims.insert(QStringLiteral("employee_id"), 42);
    claims.insert(QStringLiteral("address"), QJsonObject{{QStringLiteral("country"), QStringLiteral("UK")}});
    const AttributeMapper::Input input = OidcIdToken::mapperInput(claims, connection);
    QCOMPARE(input.subject, QStringLiteral("248289761001"));
    QCOMPARE(input.connectionType, QStringLiteral("OIDC"));
    QStringList names;
    for (const AttributeMapper::Attribute& a : input.attributes) {
        names.append(a.name);
    }
    for (const char* protocol : {"iss", "aud", "nonce", "exp", "iat", "sub"}) {
        QVERIFY2(!names.contains(QString::fromLatin1(protocol)), protocol);
    }
    QVERIFY(!names.contains(QStringLiteral("address"))); // objects are not flattened
    const auto profile = AttributeMapper::map(input);
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message));
    QCOMPARE(profile.value().email, QStringLiteral("ada@example.com"));
    QCOMPARE(profile.value().givenName, QStringLiteral("Ada"));
    QCOMPARE(profile.value().familyName, QStringLiteral("Lovelace"));
    QCOMPARE(profile.value().groups, (QStringList{QStringLiteral("admins"), QStringLiteral("engineers")}));
    const QJsonObject json = profile.value().toJson();
    QVERIFY2(QJsonDocument(json).toJson().contains("employeeNumber"), QJsonDocument(json).toJson().constData());
    // Without an email claim the login cannot complete.
    claims.remove(QStringLiteral("email"));
    const auto missing = AttributeMapper::map(OidcIdToken::mapperInput(claims, connection));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("mandatory_attribute_missing"));
}

QTEST_GUILESS_MAIN(TestOidcRules)
#include "TestOidcRules.moc"
