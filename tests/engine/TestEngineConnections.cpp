// HTTP-level tests of SSO connections (ConnectionService, SAML and OIDC). Runs on SQLite, and on PostgreSQL
// when GATEHOUSE_TEST_BACKEND=postgres (ctest entry engine.connections.postgres).
#include "EngineHarness.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

// Self-signed EC P-256, "CN=Test IdP", valid until 2126-11-03.
const QByteArray kCertJson =
    "-----BEGIN "
    "CERTIFICATE-----\\nMIIBfTCCASOgAwIBAgIUeGlvT+"
    "Vk0hHJCrFce42IK2xHMlQwCgYIKoZIzj0EAwIw\\nEzERMA8GA1UEAwwIVGVzdCBJZFAwIBcNMjYxMTI3MTAyNDM3WhgPMjEyNjExMDMx\\nMDI0Mz"
    "daMBMxETAPBgNVBAMMCFRlc3QgSWRQMFkwEwYHKoZIzj0CAQYIKoZIzj0D\\nAQcDQgAETXfAx5ifW/hPYJDIeAznvYuE9cOUFgf/EnDuIqB/o/"
    "XxpeO+2yOLsg/M\\nMYOn/"
    "TpGzohHp0zxUefGgLdQ+"
    "vjSWKNTMFEwHQYDVR0OBBYEFKemtCXpWm1rCaUh\\nJVJ87I5U1qaVMB8GA1UdIwQYMBaAFKemtCXpWm1rCaUhJVJ87I5U1qaVMA8GA1Ud\\nEwEB/"
    "wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhAIfGDXcmorqVn5k4Qbtxz0eE\\nm/5ZqClko46jfy1U4fzQAiBhYxPOdn/"
    "0ARbyExkcHaDx+iKBT65hurYkLieoZy54\\nRg==\\n-----END CERTIFICATE-----";
const QByteArray kCertBase64 = "MIIBfTCCASOgAwIBAgIUeGlvT+"
                               "Vk0hHJCrFce42IK2xHMlQwCgYIKoZIzj0EAwIwEzERMA8GA1UEAwwIVGVzdCBJZFAwIBcNMjYxMTI3MTAyNDM3W"
                               "hgPMjEyNjExMDMxMDI0MzdaMBMxETAPBgNVBAMMCFRlc3QgSWRQMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"
                               "TXfAx5ifW/hPYJDIeAznvYuE9cOUFgf/EnDuIqB/o/XxpeO+2yOLsg/MMYOn/"
                               "TpGzohHp0zxUefGgLdQ+"
                               "vjSWKNTMFEwHQYDVR0OBBYEFKemtCXpWm1rCaUhJVJ87I5U1qaVMB8GA1UdIwQYMBaAFKemtCXpWm1rCaUhJVJ8"
                               "7I5U1qaVMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhAIfGDXcmorqVn5k4Qbtxz0eEm/"
                               "5ZqClko46jfy1U4fzQAiBhYxPOdn/0ARbyExkcHaDx+iKBT65hurYkLieoZy54Rg==";

QString violationField(const HttpReply& r)
{
    const QJsonArray details = r.json().value(QStringLiteral("details")).toArray();
    return details.isEmpty()
               ? QString()
               : details.first()[QStringLiteral("validation_error_info")][QStringLiteral("field_violations")]
                     .toArray()
                     .first()[QStringLiteral("field")]
                     .toString();
}

} // namespace

class TestEngineConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void samlLifecycle();
    void oidcSecretNeverReturned();
    void listWithFilters();
    void validation_data();
    void validation();
    void foreignAndMalformedIds();
    void productionRequiresHttps();
    void deletedWithOrganization();

private:
    QString createOrganization();
    QString createConnection(const QString& org, const QByteArray& type);
    static QString base(const QString& org);

    EngineHarness m_h;
};

void TestEngineConnections::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
}

QString TestEngineConnections::base(const QString& org)
{
    return QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/connections");
}

QString TestEngineConnections::createOrganization()
{
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), R"({"display_name":"SSO org"})");
    return r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
}

QString TestEngineConnections::createConnection(const QString& org, const QByteArray& type)
{
    const HttpReply r = m_h.api("POST", base(org), R"({"provider":"OKTA","type":")" + type + R"("})");
    return r.status == 201 ? r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString() : QString();
}

void TestEngineConnections::samlLifecycle()
{
    const QString org = createOrganization();
    HttpReply r = m_h.api("POST", base(org), R"({"provider":"OKTA","type":"SAML"})");
    QCOMPARE(r.status, 201);
    QJsonObject c = r.json().value(QStringLiteral("connection")).toObject();
    const QString id = c.value(QStringLiteral("id")).toString();
    QVERIFY(core::IdGenerator::isValid(id, u"conn"));
    QCOMPARE(c.value(QStringLiteral("type")).toString(), QStringLiteral("SAML"));
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("DRAFT"));
    QCOMPARE(c.value(QStringLiteral("enabled")).toBool(), false);
    const QString sp = m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + id;
    const QJsonObject saml = c.value(QStringLiteral("saml_config")).toObject();
    QCOMPARE(saml.value(QStringLiteral("sp_entity_id")).toString(), sp);
    QCOMPARE(saml.value(QStringLiteral("sp_assertion_url")).toString(), sp + QStringLiteral("/acs"));
    QCOMPARE(saml.value(QStringLiteral("sp_metadata_url")).toString(), sp + QStringLiteral("/metadata"));
    QVERIFY(c.value(QStringLiteral("test_connection_uri")).toString().startsWith(m_h.baseUrl() + u'/'));

    // Enabling needs a complete configuration.
    QCOMPARE(m_h.api("PATCH", base(org) + u'/' + id + QStringLiteral(":enable")).status, 412);

    r = m_h.api("PATCH", base(org) + u'/' + id, R"({"samlConfig":{"idpEntityId":"https://idp.example.com/saml"}})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("status")].toString(),
             QStringLiteral("IN_PROGRESS"));

    r = m_h.api("PATCH",
                base(org) + u'/' + id,
                R"({"attribute_mapping":{"email":"mail"},"saml_config":{"idp_sso_url":"https://idp.example.com/sso",)"
                R"("idp_certificate":")"
                    + kCertJson
                    + R"(","saml_signing_option":"SAML_ONLY_RESPONSE_SIGNING",)"
                      R"("idp_sso_request_binding":"HTTP_REDIRECT","allow_idp_initiated_login":true}})");
    QCOMPARE(r.status, 200);
    c = r.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(c[QStringLiteral("attribute_mapping")][QStringLiteral("email")].toString(), QStringLiteral("mail"));
    const QJsonObject updated = c.value(QStringLiteral("saml_config")).toObject();
    QCOMPARE(updated.value(QStringLiteral("idp_entity_id")).toString(), QStringLiteral("https://idp.example.com/saml"));
    QCOMPARE(updated.value(QStringLiteral("saml_signing_option")).toString(),
             QStringLiteral("SAML_ONLY_RESPONSE_SIGNING"));
    QCOMPARE(updated.value(QStringLiteral("allow_idp_initiated_login")).toBool(), true);
    const QJsonArray certs = updated.value(QStringLiteral("idp_certificates")).toArray();
    QCOMPARE(certs.size(), 1);
    QCOMPARE(certs.first()[QStringLiteral("expiry_time")].toString(), QStringLiteral("2126-11-03T10:24:37.000Z"));
    QVERIFY(certs.first()[QStringLiteral("issuer")].toString().contains(QStringLiteral("Test IdP")));
    QVERIFY(certs.first()[QStringLiteral("certificate")].toString().startsWith(
        QStringLiteral("-----BEGIN CERTIFICATE-----")));

    // base64 DER (as in IdP metadata) is accepted too.
    r = m_h.api("PATCH", base(org) + u'/' + id, R"({"saml_config":{"idp_certificate":")" + kCertBase64 + R"("}})");
    QCOMPARE(r.status, 200);

    r = m_h.api("GET", base(org) + u'/' + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json()[QStringLiteral("connection")][QStringLiteral("saml_config")][QStringLiteral("idp_sso_url")].toString(),
        QStringLiteral("https://idp.example.com/sso"));

    r = m_h.api("PATCH", base(org) + u'/' + id + QStringLiteral(":enable"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("enabled")).toBool(), true);
    r = m_h.api("PATCH", base(org) + u'/' + id + QStringLiteral(":enable"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().contains(QStringLiteral("error_message")));
    QCOMPARE(
        m_h.api("GET", base(org) + u'/' + id).json()[QStringLiteral("connection")][QStringLiteral("enabled")].toBool(),
        true);
    r = m_h.api("PATCH", base(org) + u'/' + id + QStringLiteral(":disable"), "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("enabled")).toBool(), false);

    QCOMPARE(m_h.api("DELETE", base(org) + u'/' + id).status, 200);
    QCOMPARE(m_h.api("GET", base(org) + u'/' + id).status, 404);
    QCOMPARE(m_h.api("DELETE", base(org) + u'/' + id).status, 404);

    r = m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"organization_id":")" + org.toUtf8() + R"("})");
    QCOMPARE(r.status, 200);
    QStringList types;
    for (const QJsonValue& e : r.json().value(QStringLiteral("events")).toArray()) {
        types.append(e[QStringLiteral("type")].toString());
    }
    QVERIFY2(types.contains(QStringLiteral("organization.connection_created")), qPrintable(types.join(u',')));
    QVERIFY(types.contains(QStringLiteral("organization.connection_updated")));
    QVERIFY(types.contains(QStringLiteral("organization.connection_enabled")));
    QVERIFY(types.contains(QStringLiteral("organization.connection_disabled")));
    QVERIFY(types.contains(QStringLiteral("organization.connection_deleted")));
}

void TestEngineConnections::oidcSecretNeverReturned()
{
    const QString org = createOrganization();
    const QString id = createConnection(org, "OIDC");
    QVERIFY(!id.isEmpty());
    HttpReply r =
        m_h.api("PATCH",
                base(org) + u'/' + id,
                R"({"oidc_config":{"issuer":"https://idp.example.com","client_id":"abc",)"
                R"("client_secret":"TopSecretValue123","scopes":["openid","email"],"token_auth_type":"BASIC_AUTH"}})");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("TopSecretValue123"));
    const QJsonObject c = r.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    const QJsonObject oidc = c.value(QStringLiteral("oidc_config")).toObject();
    QCOMPARE(oidc.value(QStringLiteral("redirect_uri")).toString(),
             m_h.baseUrl() + QStringLiteral("/sso/v1/oidc/") + id + QStringLiteral("/callback"));
    QVERIFY(!oidc.value(QStringLiteral("client_secret")).toString().isEmpty());
    QCOMPARE(oidc.value(QStringLiteral("scopes")).toArray().size(), 2);
    QCOMPARE(oidc.value(QStringLiteral("token_auth_type")).toString(), QStringLiteral("BASIC_AUTH"));
    r = m_h.api("GET", base(org) + u'/' + id);
    QVERIFY(!r.body.contains("TopSecretValue123"));
    r = m_h.api("GET", QStringLiteral("/api/v1/connections"));
    QVERIFY(!r.body.contains("TopSecretValue123"));
    r = m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"organization_id":")" + org.toUtf8() + R"("})");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("TopSecretValue123"));
    // Clearing the secret makes the connection incomplete again.
    r = m_h.api("PATCH", base(org) + u'/' + id, R"({"oidc_config":{"client_secret":""}})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("status")].toString(),
             QStringLiteral("IN_PROGRESS"));
    QVERIFY(!r.json()[QStringLiteral("connection")][QStringLiteral("oidc_config")].toObject().contains(
        QStringLiteral("client_secret")));
}

void TestEngineConnections::listWithFilters()
{
    const QString a = createOrganization();
    const QString b = createOrganization();
    const QString ca = createConnection(a, "SAML");
    const QString cb = createConnection(b, "OIDC");
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/connections"));
    QCOMPARE(r.status, 200);
    QStringList ids;
    for (const QJsonValue& v : r.json().value(QStringLiteral("connections")).toArray()) {
        ids.append(v[QStringLiteral("id")].toString());
    }
    QVERIFY(ids.contains(ca) && ids.contains(cb));
    r = m_h.api("GET", QStringLiteral("/api/v1/connections?organization_id=") + a);
    QCOMPARE(r.status, 200);
    const QJsonArray only = r.json().value(QStringLiteral("connections")).toArray();
    QCOMPARE(only.size(), 1);
    QCOMPARE(only.first()[QStringLiteral("id")].toString(), ca);
    QCOMPARE(only.first()[QStringLiteral("organization_name")].toString(), QStringLiteral("SSO org"));
    QCOMPARE(only.first()[QStringLiteral("status")].toString(), QStringLiteral("DRAFT"));
    QCOMPARE(m_h.api("POST",
                     QStringLiteral("/api/v1/organizations/") + b + QStringLiteral("/domains"),
                     R"({"domain":"conn-filter.example.com"})")
                 .status,
             201);
    r = m_h.api("GET", QStringLiteral("/api/v1/connections?domain=conn-filter.example.com"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().size(), 1);
    QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().first()[QStringLiteral("id")].toString(), cb);
    r = m_h.api("GET", QStringLiteral("/api/v1/connections?organization_id=nope"));
    QCOMPARE(r.status, 400);
    QCOMPARE(violationField(r), QStringLiteral("organization_id"));
}

void TestEngineConnections::validation_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("saml: relative url") << QByteArray("SAML") << QByteArray(R"({"saml_config":{"idp_sso_url":"/sso"}})")
                                        << QStringLiteral("saml_config.idp_sso_url");
    QTest::newRow("saml: ftp url") << QByteArray("SAML")
                                   << QByteArray(R"({"saml_config":{"idp_metadata_url":"ftp://idp.example.com/m"}})")
                                   << QStringLiteral("saml_config.idp_metadata_url");
    QTest::newRow("saml: bad certificate")
        << QByteArray("SAML") << QByteArray(R"({"saml_config":{"idp_certificate":"not a certificate"}})")
        << QStringLiteral("saml_config.idp_certificate");
    QTest::newRow("saml: bad pem")
        << QByteArray("SAML")
        << QByteArray(
               R"({"saml_config":{"idp_certificate":"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"}})")
        << QStringLiteral("saml_config.idp_certificate");
    QTest::newRow("saml: unknown binding")
        << QByteArray("SAML") << QByteArray(R"({"saml_config":{"idp_sso_request_binding":"SOAP"}})")
        << QStringLiteral("saml_config.idp_sso_request_binding");
    QTest::newRow("saml: wrong type") << QByteArray("SAML") << QByteArray(R"({"saml_config":{"force_authn":"yes"}})")
                                      << QStringLiteral("saml_config.force_authn");
    QTest::newRow("saml: oidc config") << QByteArray("SAML") << QByteArray(R"({"oidc_config":{}})")
                                       << QStringLiteral("oidc_config");
    QTest::newRow("saml: unknown field") << QByteArray("SAML") << QByteArray(R"({"saml_config":{"bogus":1}})")
                                         << QStringLiteral("saml_config.bogus");
    QTest::newRow("saml: type change") << QByteArray("SAML") << QByteArray(R"({"type":"OIDC"})")
                                       << QStringLiteral("type");
    QTest::newRow("oidc: http scheme typo")
        << QByteArray("OIDC") << QByteArray(R"({"oidc_config":{"issuer":"htps://idp.example.com"}})")
        << QStringLiteral("oidc_config.issuer");
    QTest::newRow("oidc: unknown scope") << QByteArray("OIDC")
                                         << QByteArray(R"({"oidc_config":{"scopes":["openid","admin"]}})")
                                         << QStringLiteral("oidc_config.scopes[1]");
    QTest::newRow("oidc: token auth") << QByteArray("OIDC")
                                      << QByteArray(R"({"oidc_config":{"token_auth_type":"MAGIC"}})")
                                      << QStringLiteral("oidc_config.token_auth_type");
    QTest::newRow("oidc: secret type") << QByteArray("OIDC") << QByteArray(R"({"oidc_config":{"client_secret":5}})")
                                       << QStringLiteral("oidc_config.client_secret");
    QTest::newRow("oidc: saml config") << QByteArray("OIDC") << QByteArray(R"({"saml_config":{}})")
                                       << QStringLiteral("saml_config");
    QTest::newRow("oidc: provider") << QByteArray("OIDC") << QByteArray(R"({"provider":"NOPE"})")
                                    << QStringLiteral("provider");
}

void TestEngineConnections::validation()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QString org = createOrganization();
    const QString id = createConnection(org, type);
    QVERIFY(!id.isEmpty());
    const HttpReply r = m_h.api("PATCH", base(org) + u'/' + id, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(violationField(r), field);
    // Nothing was stored.
    QCOMPARE(
        m_h.api("GET", base(org) + u'/' + id).json()[QStringLiteral("connection")][QStringLiteral("status")].toString(),
        QStringLiteral("DRAFT"));
}

void TestEngineConnections::foreignAndMalformedIds()
{
    const QString org = createOrganization();
    const QString other = createOrganization();
    const QString id = createConnection(org, "SAML");
    QCOMPARE(m_h.api("GET", base(other) + u'/' + id).status, 404);
    QCOMPARE(m_h.api("PATCH", base(other) + u'/' + id, R"({"debug_enabled":true})").status, 404);
    QCOMPARE(m_h.api("DELETE", base(other) + u'/' + id).status, 404);
    QCOMPARE(m_h.api("PATCH", base(other) + u'/' + id + QStringLiteral(":disable")).status, 404);
    QCOMPARE(
        m_h.api("POST", base(QStringLiteral("org_123456789012345678")), R"({"provider":"OKTA","type":"SAML"})").status,
        404);
    HttpReply r = m_h.api("GET", base(org) + QStringLiteral("/dir_123"));
    QCOMPARE(r.status, 400);
    QCOMPARE(violationField(r), QStringLiteral("id"));
    QCOMPARE(m_h.api("GET", base(QStringLiteral("bogus")) + u'/' + id).status, 400);
    // Create: type and provider checks.
    r = m_h.api("POST", base(org), R"({"provider":"OKTA","type":"OAUTH"})");
    QCOMPARE(r.status, 400);
    QCOMPARE(violationField(r), QStringLiteral("type"));
    r = m_h.api("POST", base(org), R"({"provider":"OKTA","type":"KERBEROS"})");
    QCOMPARE(r.status, 400);
    QCOMPARE(violationField(r), QStringLiteral("type"));
    r = m_h.api("POST", base(org), R"({"type":"SAML"})");
    QCOMPARE(r.status, 400);
    QCOMPARE(violationField(r), QStringLiteral("provider"));
    r = m_h.api("POST", base(org), R"({"provider":"OKTA","type":"SAML","color":"red"})");
    QCOMPARE(r.status, 400);
    QCOMPARE(violationField(r), QStringLiteral("color"));
    QCOMPARE(m_h.api("PATCH", base(org) + u'/' + id + QStringLiteral(":enable"), R"({"x":1})").status, 400);
}

void TestEngineConnections::productionRequiresHttps()
{
    const QString org = createOrganization();
    const QString id = createConnection(org, "SAML");
    // The test environment is a development one: plain http is allowed there.
    HttpReply r =
        m_h.api("PATCH", base(org) + u'/' + id, R"({"saml_config":{"idp_sso_url":"http://localhost:8080/sso"}})");
    QCOMPARE(r.status, 200);

    EngineHarness production;
    QVERIFY2(production.start([](EngineConfig& config) { config.environmentType = QStringLiteral("production"); }),
             qPrintable(production.lastError()));
    const QString porg = production.api("POST", QStringLiteral("/api/v1/organizations"), R"({"display_name":"P"})")
                             .json()[QStringLiteral("organization")][QStringLiteral("id")]
                             .toString();
    const QString pid = production.api("POST", base(porg), R"({"provider":"CUSTOM","type":"OIDC"})")
                            .json()[QStringLiteral("connection")][QStringLiteral("id")]
                            .toString();
    r = production.api("PATCH", base(porg) + u'/' + pid, R"({"oidc_config":{"issuer":"http://idp.example.com"}})");
    QCOMPARE(r.status, 400);
    QCOMPARE(violationField(r), QStringLiteral("oidc_config.issuer"));
    r = production.api("PATCH", base(porg) + u'/' + pid, R"({"oidc_config":{"issuer":"https://idp.example.com"}})");
    QCOMPARE(r.status, 200);
}

void TestEngineConnections::deletedWithOrganization()
{
    const QString org = createOrganization();
    const QString id = createConnection(org, "OIDC");
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + org).status, 200);
    QCOMPARE(m_h.api("GET", base(org) + u'/' + id).status, 404);
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/connections?organization_id=") + org);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("connections")).toArray().isEmpty());
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineConnections)
#include "TestEngineConnections.moc"
