// The SAML IdP simulator (/simulator/…) and the seeded Test organization, at HTTP level.
#include "TestMain.h"
#include "core/saml/MetadataValidator.h"
#include "core/saml/sso/SamlSso.h"
#include "core/x509/Certificate.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse::engine::test;
namespace sso = gatehouse::core::saml::sso;

namespace {

// Cookies are handled by hand: the tests decide which cookie a request carries.
class NoCookies : public QNetworkCookieJar
{
public:
    QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override
    {
        return {};
    }

    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override
    {
        return false;
    }
};

QByteArray readTestData(const QString& relative)
{
    QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/saml/") + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(relative));
    }
    return file.readAll();
}

QString htmlUnescape(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString hiddenField(const QByteArray& html, const QString& name)
{
    const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
    const auto match = re.match(QString::fromUtf8(html));
    return match.hasMatch() ? htmlUnescape(match.captured(1)) : QString();
}

QByteArray formBody(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [name, value] : fields) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

struct PageState
{
    QString requestId;
    QString csrf;
    QByteArray cookie; // "gh_simulator=…"
};

} // namespace

class TestEngineSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void metadataIsValid();
    void seededTestOrganization();
    void seedDomainsAreTaken();
    void redirectRoundTrip();
    void postBindingRoundTrip();
    void errorScenarios_data();
    void errorScenarios();
    void replayedAssertion();
    void csrfIsChecked();
    void singleUseAndExpiry();
    void foreignAcsRefused();
    void badRequests();
    void idpInitiated();
    void valuesAreEscaped();
    void seedIsIdempotentAcrossRestarts();
    void deletedTestOrganizationStaysDeleted();
    void productionHasNoSimulator();

private:
    HttpReply send(const QByteArray& method,
                   const QString& path,
                   const QByteArray& body = {},
                   const QList<QPair<QByteArray, QByteArray>>& headers = {});
    QJsonObject testConnection();
    QString spEntityId(const QString& connectionId) const;
    sso::ResponseExpectations expectations(const QJsonObject& connection, std::optional<QString> inResponseTo);
    // GET /simulator/saml/sso with an AuthnRequest for the connection; the page's state.
    PageState startLogin(const QString& connectionId,
                         const QString& requestId,
                         const QString& relayState,
                         const QString& acsOverride = {});
    HttpReply submit(const PageState& state, const QString& scenario, const QList<QPair<QString, QString>>& extra = {});

    std::unique_ptr<EngineHarness> m_h;
    QNetworkAccessManager m_nam;
};

void TestEngineSimulator::init()
{
    m_nam.setCookieJar(new NoCookies);
    m_h = std::make_unique<EngineHarness>(); // a fresh engine and database for every test
    QVERIFY2(m_h->start(), qPrintable(m_h->lastError()));
}

void TestEngineSimulator::cleanup()
{
    m_nam.clearConnectionCache(); // no idle keep-alive connection delays the engine's shutdown
    m_h.reset();
}

HttpReply TestEngineSimulator::send(const QByteArray& method,
                                    const QString& path,
                                    const QByteArray& body,
                                    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(m_h->baseUrl() + path));
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.headers = reply->rawHeaderPairs();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

QJsonObject TestEngineSimulator::testConnection()
{
    const HttpReply orgs = m_h->api("GET", QStringLiteral("/api/v1/organizations?external_id=test-org"));
    const QJsonArray list = orgs.json().value(QStringLiteral("organizations")).toArray();
    if (list.size() != 1) {
        return {};
    }
    const QString orgId = list.first()[QStringLiteral("id")].toString();
    const HttpReply conns = m_h->api("GET", QStringLiteral("/api/v1/connections?organization_id=") + orgId);
    const QJsonArray connections = conns.json().value(QStringLiteral("connections")).toArray();
    if (connections.size() != 1) {
        return {};
    }
    const QString id = connections.first()[QStringLiteral("id")].toString();
    return m_h->api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(orgId, id))
        .json()
        .value(QStringLiteral("connection"))
        .toObject();
}

QString TestEngineSimulator::spEntityId(const QString& connectionId) const
{
    return m_h->baseUrl() + QStringLiteral("/sso/v1/saml/") + connectionId;
}

sso::ResponseExpectations TestEngineSimulator::expectations(const QJsonObject& connection,
                                                            std::optional<QString> inResponseTo)
{
    const QJsonObject saml = connection.value(QStringLiteral("saml_config")).toObject();
    sso::ResponseExpectations e;
    e.spEntityId = saml.value(QStringLiteral("sp_entity_id")).toString();
    e.acsUrl = saml.value(QStringLiteral("sp_assertion_url")).toString();
    e.idpEntityId = saml.value(QStringLiteral("idp_entity_id")).toString();
    for (const QJsonValue& cert : saml.value(QStringLiteral("idp_certificates")).toArray()) {
        const auto parsed = gatehouse::core::x509::parsePem(cert[QStringLiteral("certificate")].toString().toLatin1());
        if (parsed.ok()) {
            for (const auto& info : parsed.value()) {
                e.idpCertificatesDer.append(info.der);
            }
        }
    }
    e.inResponseTo = std::move(inResponseTo);
    e.signing = sso::signingRequirementFromString(saml.value(QStringLiteral("saml_signing_option")).toString());
    e.now = m_h->clock().now().addSecs(2);
    return e;
}

PageState TestEngineSimulator::startLogin(const QString& connectionId,
                                          const QString& requestId,
                                          const QString& relayState,
                                          const QString& acsOverride)
{
    sso::AuthnRequestParams params;
    params.id = requestId;
    params.issuer = spEntityId(connectionId);
    params.destination = m_h->baseUrl() + QStringLiteral("/simulator/saml/sso");
    params.acsUrl = acsOverride.isEmpty() ? params.issuer + QStringLiteral("/acs") : acsOverride;
    params.issueInstant = m_h->clock().now();
    const auto url = sso::redirectBindingUrl(QUrl(params.destination),
                                             sso::buildAuthnRequest(params),
                                             relayState,
                                             readTestData(QStringLiteral("keys/sp.key")));
    if (!url.ok()) {
        return {};
    }
    const HttpReply page = send("GET", url.value().path() + u'?' + url.value().query(QUrl::FullyEncoded));
    if (page.status != 200) {
        return {};
    }
    PageState state;
    state.requestId = hiddenField(page.body, QStringLiteral("request_id"));
    state.csrf = hiddenField(page.body, QStringLiteral("csrf_token"));
    const QByteArray setCookie = page.header("Set-Cookie");
    state.cookie = setCookie.left(setCookie.indexOf(';'));
    return state;
}

HttpReply TestEngineSimulator::submit(const PageState& state,
                                      const QString& scenario,
                                      const QList<QPair<QString, QString>>& extra)
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("request_id"), state.requestId},
                                          {QStringLiteral("csrf_token"), state.csrf},
                                          {QStringLiteral("scenario"), scenario}};
    bool hasEmail = false;
    for (const auto& field : extra) {
        hasEmail = hasEmail || field.first == QStringLiteral("email");
    }
    if (!hasEmail) {
        fields.append({QStringLiteral("email"), QStringLiteral("jane.roe@example.com")});
    }
    fields.append(extra);
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    if (!state.cookie.isEmpty()) {
        headers.append({"Cookie", state.cookie});
    }
    return send("POST", QStringLiteral("/simulator/saml/respond"), formBody(fields), headers);
}

void TestEngineSimulator::metadataIsValid()
{
    const HttpReply r = send("GET", QStringLiteral("/simulator/saml/metadata"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/samlmetadata+xml"));
    const auto idp = sso::readIdpMetadata(r.body);
    QVERIFY2(idp.ok(), idp.ok() ? "" : qPrintable(idp.error().message));
    QCOMPARE(idp.value().entityId, m_h->baseUrl() + QStringLiteral("/simulator/saml/metadata"));
    QCOMPARE(idp.value().ssoUrlRedirect, m_h->baseUrl() + QStringLiteral("/simulator/saml/sso"));
    QCOMPARE(idp.value().ssoUrlPost, m_h->baseUrl() + QStringLiteral("/simulator/saml/sso"));
    QCOMPARE(idp.value().signingCertificatesDer.size(), 1);
    const auto cert = gatehouse::core::x509::parseDer(idp.value().signingCertificatesDer.first());
    QVERIFY(cert.ok());
    QCOMPARE(cert.value().keyBits, 2048);
    QVERIFY(cert.value().selfSigned);
    QVERIFY(!cert.value().weakSignatureHash);

    gatehouse::core::saml::ValidationPolicy policy;
    policy.role = gatehouse::core::saml::ExpectedRole::IdentityProvider;
    policy.lab = true; // http://127.0.0.1 endpoints
    policy.now = m_h->clock().now();
    const auto report = gatehouse::core::saml::MetadataValidator::validate(r.body, policy);
    QString errors;
    for (const auto& finding : report.findings) {
        if (finding.severity == gatehouse::core::saml::Severity::Error) {
            errors += finding.ruleId + QStringLiteral(": ") + finding.message + u'\n';
        }
    }
    QVERIFY2(report.readable && !report.hasErrors(), qPrintable(errors));

    // The seeded connection trusts exactly this certificate.
    const QJsonObject connection = testConnection();
    const QJsonArray certs = connection[QStringLiteral("saml_config")][QStringLiteral("idp_certificates")].toArray();
    QCOMPARE(certs.size(), 1);
    const auto seeded =
        gatehouse::core::x509::parsePem(certs.first()[QStringLiteral("certificate")].toString().toLatin1());
    QVERIFY(seeded.ok());
    QCOMPARE(seeded.value().first().der, idp.value().signingCertificatesDer.first());
}

void TestEngineSimulator::seededTestOrganization()
{
    HttpReply r = m_h->api("GET", QStringLiteral("/api/v1/organizations?external_id=test-org"));
    QCOMPARE(r.status, 200);
    const QJsonArray orgs = r.json().value(QStringLiteral("organizations")).toArray();
    QCOMPARE(orgs.size(), 1);
    const QJsonObject org = orgs.first().toObject();
    QCOMPARE(org.value(QStringLiteral("display_name")).toString(), QStringLiteral("Test Organization"));
    const QString orgId = org.value(QStringLiteral("id")).toString();
    r = m_h->api("GET", QStringLiteral("/api/v1/organizations/%1/domains?include=verification_details").arg(orgId));
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue& d : r.json().value(QStringLiteral("domains")).toArray()) {
        names << d[QStringLiteral("domain")].toString();
        QCOMPARE(d[QStringLiteral("verification_status")].toString(), QStringLiteral("VERIFIED"));
        QCOMPARE(d[QStringLiteral("verification_method")].toString(), QStringLiteral("ADMIN"));
        QCOMPARE(d[QStringLiteral("verification_details")][QStringLiteral("reason")].toString(),
                 QStringLiteral("auto_verified"));
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("example.com"), QStringLiteral("example.org")}));
    const QJsonObject connection = testConnection();
    QCOMPARE(connection.value(QStringLiteral("provider")).toString(), QStringLiteral("IDP_SIMULATOR"));
    QCOMPARE(connection.value(QStringLiteral("type")).toString(), QStringLiteral("SAML"));
    QCOMPARE(connection.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QVERIFY(connection.value(QStringLiteral("enabled")).toBool());
    const QJsonObject saml = connection.value(QStringLiteral("saml_config")).toObject();
    QCOMPARE(saml.value(QStringLiteral("idp_entity_id")).toString(),
             m_h->baseUrl() + QStringLiteral("/simulator/saml/metadata"));
    QCOMPARE(saml.value(QStringLiteral("idp_sso_url")).toString(),
             m_h->baseUrl() + QStringLiteral("/simulator/saml/sso"));
    // The seeded settings are ordinary ones: the admin API edits them like any other connection's.
    r = m_h->api("PATCH",
                 QStringLiteral("/api/v1/organizations/%1/connections/%2")
                     .arg(orgId, connection.value(QStringLiteral("id")).toString()),
                 R"({"saml_config":{"force_authn":true}})");
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json()[QStringLiteral("connection")][QStringLiteral("saml_config")][QStringLiteral("idp_sso_url")].toString(),
        m_h->baseUrl() + QStringLiteral("/simulator/saml/sso"));
    QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("status")].toString(), QStringLiteral("COMPLETED"));
    // Home-realm discovery by domain finds it.
    r = m_h->api("GET", QStringLiteral("/api/v1/connections?domain=example.org"));
    QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().size(), 1);
    // The seed is audited (actor "system:simulator-seed").
    r = m_h->api(
        "POST", QStringLiteral("/api/v1/events"), QStringLiteral(R"({"organization_id":"%1"})").arg(orgId).toUtf8());
    QVERIFY(r.body.contains("organization.created"));
    QVERIFY(r.body.contains("organization.domain_verified"));
    QVERIFY(r.body.contains("organization.connection_created"));
}

void TestEngineSimulator::seedDomainsAreTaken()
{
    // example.com is VERIFIED by the Test organization: no other organization can claim it.
    HttpReply r = m_h->api("POST", QStringLiteral("/api/v1/organizations"), R"({"display_name":"Other"})");
    const QString other = r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
    r = m_h->api("POST", QStringLiteral("/api/v1/organizations/%1/domains").arg(other), R"({"domain":"example.com"})");
    QCOMPARE(r.status, 409);
}

void TestEngineSimulator::redirectRoundTrip()
{
    const QJsonObject connection = testConnection();
    const QString connId = connection.value(QStringLiteral("id")).toString();
    const QString requestId = QStringLiteral("_a1b2c3d4e5f60718293a4b5c6d7e8f90");
    const QString relay = QStringLiteral("state & more = 100% <ok>");
    const PageState state = startLogin(connId, requestId, relay);
    QVERIFY(!state.requestId.isEmpty());
    QVERIFY(state.csrf.startsWith(QStringLiteral("hmac-sha256:")));
    QVERIFY(state.cookie.startsWith("gh_simulator="));

    const HttpReply r =
        submit(state,
               QStringLiteral("login"),
               {{QStringLiteral("email"), QStringLiteral("jane.roe@example.com")},
                {QStringLiteral("first_name"), QStringLiteral("Jane")},
                {QStringLiteral("last_name"), QStringLiteral("Roe")},
                {QStringLiteral("groups"), QStringLiteral("admins, engineering")},
                {QStringLiteral("attributes"), QStringLiteral("employeeNumber=E-42\ndepartment=R&D\ndepartment=Ops")}});
    QCOMPARE(r.status, 200);
    const QByteArray csp = r.header("Content-Security-Policy");
    QVERIFY(csp.contains("frame-ancestors 'none'"));
    QVERIFY(csp.contains("script-src 'sha256-"));
    QVERIFY(!csp.contains("unsafe-inline"));
    QVERIFY(r.body.contains(QByteArray("action=\"" + spEntityId(connId).toUtf8() + "/acs\"")));
    QVERIFY(r.body.contains(">Continue</button>"));
    QCOMPARE(hiddenField(r.body, QStringLiteral("RelayState")), relay);
    const QString samlResponse = hiddenField(r.body, QStringLiteral("SAMLResponse"));
    QVERIFY(!samlResponse.isEmpty());

    const auto verified = sso::verifyResponse(samlResponse.toLatin1(), expectations(connection, requestId));
    QVERIFY2(verified.ok, qPrintable(verified.errorCode + QStringLiteral(": ") + verified.reason));
    QCOMPARE(verified.assertion.nameId, QStringLiteral("jane.roe@example.com"));
    QCOMPARE(verified.assertion.inResponseTo, requestId);
    QMap<QString, QStringList> attributes;
    for (const auto& a : verified.assertion.attributes) {
        attributes.insert(a.name, a.values);
    }
    QCOMPARE(attributes.value(QStringLiteral("email")), QStringList{QStringLiteral("jane.roe@example.com")});
    QCOMPARE(attributes.value(QStringLiteral("firstName")), QStringList{QStringLiteral("Jane")});
    QCOMPARE(attributes.value(QStringLiteral("lastName")), QStringList{QStringLiteral("Roe")});
    QCOMPARE(attributes.value(QStringLiteral("groups")),
             (QStringList{QStringLiteral("admins"), QStringLiteral("engineering")}));
    QCOMPARE(attributes.value(QStringLiteral("employeeNumber")), QStringList{QStringLiteral("E-42")});
    QCOMPARE(attributes.value(QStringLiteral("department")),
             (QStringList{QStringLiteral("R&D"), QStringLiteral("Ops")}));
    // Both the Response and the Assertion are signed.
    sso::ResponseExpectations both = expectations(connection, requestId);
    both.signing = sso::SigningRequirement::ResponseAndAssertion;
    QVERIFY(sso::verifyResponse(samlResponse.toLatin1(), both).ok);
}

void TestEngineSimulator::postBindingRoundTrip()
{
    const QJsonObject connection = testConnection();
    const QString connId = connection.value(QStringLiteral("id")).toString();
    sso::AuthnRequestParams params;
    params.id = QStringLiteral("_post0123456789abcdef0123456789ab");
    params.issuer = spEntityId(connId);
    params.destination = m_h->baseUrl() + QStringLiteral("/simulator/saml/sso");
    params.acsUrl = params.issuer + QStringLiteral("/acs");
    params.issueInstant = m_h->clock().now();
    const auto value = sso::postBindingValue(sso::buildAuthnRequest(params),
                                             readTestData(QStringLiteral("keys/sp.key")),
                                             readTestData(QStringLiteral("keys/sp.pem")));
    QVERIFY(value.ok());
    const HttpReply page = send("POST",
                                QStringLiteral("/simulator/saml/sso"),
                                formBody({{QStringLiteral("SAMLRequest"), QString::fromLatin1(value.value())},
                                          {QStringLiteral("RelayState"), QStringLiteral("post-relay")}}),
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Security-Policy").contains("form-action 'self'"));
    PageState state{hiddenField(page.body, QStringLiteral("request_id")),
                    hiddenField(page.body, QStringLiteral("csrf_token")),
                    page.header("Set-Cookie").left(page.header("Set-Cookie").indexOf(';'))};
    const HttpReply r = submit(state, QStringLiteral("login"));
    QCOMPARE(r.status, 200);
    QCOMPARE(hiddenField(r.body, QStringLiteral("RelayState")), QStringLiteral("post-relay"));
    const auto verified = sso::verifyResponse(hiddenField(r.body, QStringLiteral("SAMLResponse")).toLatin1(),
                                              expectations(connection, params.id));
    QVERIFY2(verified.ok, qPrintable(verified.errorCode + QStringLiteral(": ") + verified.reason));
}

void TestEngineSimulator::errorScenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("bad signature") << QStringLiteral("bad_signature") << QStringLiteral("signature_validation_failed");
    QTest::newRow("expired assertion") << QStringLiteral("expired_assertion") << QStringLiteral("assertion_expired");
    QTest::newRow("wrong audience") << QStringLiteral("wrong_audience") << QStringLiteral("invalid_saml_response");
    QTest::newRow("missing email") << QStringLiteral("missing_email") << QStringLiteral("mandatory_attribute_missing");
    QTest::newRow("IdP error status") << QStringLiteral("idp_error_status") << QStringLiteral("invalid_status");
    QTest::newRow("unsigned response") << QStringLiteral("unsigned_response")
                                       << QStringLiteral("signature_validation_failed");
    QTest::newRow("wrong issuer") << QStringLiteral("wrong_issuer") << QStringLiteral("invalid_saml_response");
}

void TestEngineSimulator::errorScenarios()
{
    QFETCH(QString, scenario);
    QFETCH(QString, errorCode);
    const QJsonObject connection = testConnection();
    const QString requestId = QStringLiteral("_err0123456789abcdef0123456789abcd");
    const PageState state = startLogin(connection.value(QStringLiteral("id")).toString(), requestId, {});
    QVERIFY(!state.requestId.isEmpty());
    const HttpReply r = submit(state, scenario);
    QCOMPARE(r.status, 200);
    const auto verified = sso::verifyResponse(hiddenField(r.body, QStringLiteral("SAMLResponse")).toLatin1(),
                                              expectations(connection, requestId));
    QVERIFY(!verified.ok);
    QCOMPARE(verified.errorCode, errorCode);
    if (scenario == QStringLiteral("wrong_audience")) {
        QVERIFY2(verified.reason.contains(QStringLiteral("Audience"), Qt::CaseInsensitive),
                 qPrintable(verified.reason));
    }
    if (scenario == QStringLiteral("wrong_issuer")) {
        QVERIFY2(verified.reason.contains(QStringLiteral("Issuer"), Qt::CaseInsensitive), qPrintable(verified.reason));
    }
}

void TestEngineSimulator::replayedAssertion()
{
    const QJsonObject connection = testConnection();
    const QString connId = connection.value(QStringLiteral("id")).toString();
    // Nothing to replay yet.
    PageState state = startLogin(connId, QStringLiteral("_replay0"), {});
    QCOMPARE(submit(state, QStringLiteral("replayed_assertion")).status, 409);
    state = startLogin(connId, QStringLiteral("_replay1"), {});
    HttpReply r = submit(state, QStringLiteral("login"));
    const auto first = sso::verifyResponse(hiddenField(r.body, QStringLiteral("SAMLResponse")).toLatin1(),
                                           expectations(connection, QStringLiteral("_replay1")));
    QVERIFY(first.ok);
    // An error scenario in between issues nothing an SP could have accepted: it is not what gets replayed.
    state = startLogin(connId, QStringLiteral("_replay1b"), {});
    QCOMPARE(submit(state, QStringLiteral("idp_error_status")).status, 200);
    state = startLogin(connId, QStringLiteral("_replay2"), {});
    r = submit(state, QStringLiteral("replayed_assertion"));
    QCOMPARE(r.status, 200);
    // A valid response for the new request, but the assertion ID is the one already seen: the SP's replay cache
    // (issuer + assertion ID) refuses it.
    const auto replayed = sso::verifyResponse(hiddenField(r.body, QStringLiteral("SAMLResponse")).toLatin1(),
                                              expectations(connection, QStringLiteral("_replay2")));
    QVERIFY(replayed.ok);
    QCOMPARE(replayed.assertion.assertionId, first.assertion.assertionId);
    QCOMPARE(replayed.assertion.issuer, first.assertion.issuer);
}

void TestEngineSimulator::csrfIsChecked()
{
    const QString connId = testConnection().value(QStringLiteral("id")).toString();
    const PageState state = startLogin(connId, QStringLiteral("_csrf1"), {});
    const PageState other = startLogin(connId, QStringLiteral("_csrf2"), {});
    QVERIFY(!state.csrf.isEmpty() && !other.csrf.isEmpty());
    PageState missing = state;
    missing.csrf.clear();
    QCOMPARE(submit(missing, QStringLiteral("login")).status, 403);
    PageState wrong = state;
    wrong.csrf = QStringLiteral("hmac-sha256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QCOMPARE(submit(wrong, QStringLiteral("login")).status, 403);
    PageState noCookie = state;
    noCookie.cookie.clear();
    QCOMPARE(submit(noCookie, QStringLiteral("login")).status, 403);
    PageState otherCookie = state; // the token belongs to the browser that loaded the page
    otherCookie.cookie = other.cookie;
    QCOMPARE(submit(otherCookie, QStringLiteral("login")).status, 403);
    PageState swapped = state; // and to its request
    swapped.requestId = other.requestId;
    QCOMPARE(submit(swapped, QStringLiteral("login")).status, 403);
    const HttpReply forbidden = submit(missing, QStringLiteral("login"));
    QVERIFY(forbidden.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    // The genuine submission still works.
    QCOMPARE(submit(state, QStringLiteral("login")).status, 200);
}

void TestEngineSimulator::singleUseAndExpiry()
{
    const QString connId = testConnection().value(QStringLiteral("id")).toString();
    const PageState state = startLogin(connId, QStringLiteral("_once"), {});
    QCOMPARE(submit(state, QStringLiteral("login")).status, 200);
    QCOMPARE(submit(state, QStringLiteral("login")).status, 400); // already answered
    const PageState late = startLogin(connId, QStringLiteral("_late"), {});
    m_h->clock().advanceSecs(601);
    QCOMPARE(submit(late, QStringLiteral("login")).status, 400); // expired
    // Bad input does not consume the request.
    const PageState input = startLogin(connId, QStringLiteral("_input"), {});
    QCOMPARE(submit(input, QStringLiteral("login"), {{QStringLiteral("email"), QStringLiteral("not-an-email")}}).status,
             400);
    QCOMPARE(submit(input, QStringLiteral("nope")).status, 400);
    QCOMPARE(
        submit(input, QStringLiteral("login"), {{QStringLiteral("attributes"), QStringLiteral("email=x@y.z")}}).status,
        400);
    QCOMPARE(submit(input, QStringLiteral("login")).status, 200);
}

void TestEngineSimulator::foreignAcsRefused()
{
    const QString connId = testConnection().value(QStringLiteral("id")).toString();
    // A foreign ACS URL in an AuthnRequest of a real connection.
    sso::AuthnRequestParams params;
    params.id = QStringLiteral("_foreign");
    params.issuer = spEntityId(connId);
    params.acsUrl = QStringLiteral("https://evil.example.net/acs");
    params.issueInstant = m_h->clock().now();
    auto url = sso::redirectBindingUrl(
        QUrl(m_h->baseUrl() + QStringLiteral("/simulator/saml/sso")), sso::buildAuthnRequest(params), QString());
    QVERIFY(url.ok());
    HttpReply r = send("GET", url.value().path() + u'?' + url.value().query(QUrl::FullyEncoded));
    QCOMPARE(r.status, 400);
    QVERIFY(!r.body.contains("csrf_token"));
    QVERIFY(r.body.contains("evil.example.net")); // named in the explanation (escaped text, not a form target)
    QVERIFY(!r.body.contains("action=\"https://evil"));
    // A foreign SP entity ID (and so ACS) altogether.
    params.issuer = QStringLiteral("https://evil.example.net/sp");
    params.acsUrl.clear();
    url = sso::redirectBindingUrl(
        QUrl(m_h->baseUrl() + QStringLiteral("/simulator/saml/sso")), sso::buildAuthnRequest(params), QString());
    r = send("GET", url.value().path() + u'?' + url.value().query(QUrl::FullyEncoded));
    QCOMPARE(r.status, 400);
    // This engine's URL shape, but no such connection.
    params.issuer = spEntityId(QStringLiteral("conn_12345678901234567"));
    url = sso::redirectBindingUrl(
        QUrl(m_h->baseUrl() + QStringLiteral("/simulator/saml/sso")), sso::buildAuthnRequest(params), QString());
    r = send("GET", url.value().path() + u'?' + url.value().query(QUrl::FullyEncoded));
    QCOMPARE(r.status, 400);
    // A Destination that is not the simulator.
    params.issuer = spEntityId(connId);
    params.destination = QStringLiteral("https://idp.example.net/sso");
    url = sso::redirectBindingUrl(
        QUrl(m_h->baseUrl() + QStringLiteral("/simulator/saml/sso")), sso::buildAuthnRequest(params), QString());
    r = send("GET", url.value().path() + u'?' + url.value().query(QUrl::FullyEncoded));
    QCOMPARE(r.status, 400);
}

void TestEngineSimulator::badRequests()
{
    QCOMPARE(send("GET", QStringLiteral("/simulator/saml/sso")).status, 400);
    QCOMPARE(send("GET", QStringLiteral("/simulator/saml/sso?SAMLRequest=not-deflate")).status, 400);
    QCOMPARE(send("POST",
                  QStringLiteral("/simulator/saml/sso"),
                  "SAMLRequest=%%%",
                  {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             400);
    QCOMPARE(send("POST",
                  QStringLiteral("/simulator/saml/respond"),
                  "scenario=login",
                  {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             403);
    // The Host check (DNS-rebinding defence) applies to the simulator's pages too.
    QCOMPARE(send("GET", QStringLiteral("/simulator/saml/metadata"), {}, {{"Host", "rebind.example.net"}}).status, 421);
}

void TestEngineSimulator::idpInitiated()
{
    const QJsonObject connection = testConnection();
    const QString connId = connection.value(QStringLiteral("id")).toString();
    QCOMPARE(send("GET", QStringLiteral("/simulator/saml/idp-initiated")).status, 400);
    QCOMPARE(send("GET", QStringLiteral("/simulator/saml/idp-initiated?connection_id=conn_12345678901234567")).status,
             404);
    const HttpReply page = send(
        "GET", QStringLiteral("/simulator/saml/idp-initiated?connection_id=%1&relay_state=deep%2Flink").arg(connId));
    QCOMPARE(page.status, 200);
    const PageState state{hiddenField(page.body, QStringLiteral("request_id")),
                          hiddenField(page.body, QStringLiteral("csrf_token")),
                          page.header("Set-Cookie").left(page.header("Set-Cookie").indexOf(';'))};
    const HttpReply r = submit(state, QStringLiteral("login"));
    QCOMPARE(r.status, 200);
    QCOMPARE(hiddenField(r.body, QStringLiteral("RelayState")), QStringLiteral("deep/link"));
    const QString samlResponse = hiddenField(r.body, QStringLiteral("SAMLResponse"));
    const auto unsolicited = sso::verifyResponse(samlResponse.toLatin1(), expectations(connection, std::nullopt));
    QVERIFY2(unsolicited.ok, qPrintable(unsolicited.reason));
    QVERIFY(unsolicited.assertion.inResponseTo.isEmpty());
    QVERIFY(!QByteArray::fromBase64(samlResponse.toLatin1()).contains("InResponseTo"));
}

void TestEngineSimulator::valuesAreEscaped()
{
    const QString connId = testConnection().value(QStringLiteral("id")).toString();
    sso::AuthnRequestParams params;
    params.id = QStringLiteral("_esc\"><b>x</b>");
    params.issuer = spEntityId(connId);
    params.issueInstant = m_h->clock().now();
    const auto url = sso::redirectBindingUrl(QUrl(m_h->baseUrl() + QStringLiteral("/simulator/saml/sso")),
                                             sso::buildAuthnRequest(params),
                                             QStringLiteral("<script>alert('x')</script>"));
    QVERIFY(url.ok());
    const HttpReply page = send("GET", url.value().path() + u'?' + url.value().query(QUrl::FullyEncoded));
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("<script>"));
    QVERIFY(!page.body.contains("<b>x</b>"));
    QVERIFY(page.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    QVERIFY(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    QVERIFY(!page.header("Content-Security-Policy").contains("unsafe-inline"));
    const QByteArray cookie = page.header("Set-Cookie");
    QVERIFY(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/simulator/"));
}

void TestEngineSimulator::seedIsIdempotentAcrossRestarts()
{
    const QJsonObject before = testConnection();
    QVERIFY(!before.isEmpty());
    const QString oldBase = m_h->baseUrl();
    const QByteArray metadataBefore = send("GET", QStringLiteral("/simulator/saml/metadata")).body;
    m_nam.clearConnectionCache();
    m_h->stop();
    QVERIFY2(m_h->start(), qPrintable(m_h->lastError()));
    m_nam.clearConnectionCache();
    m_h->stop();
    QVERIFY2(m_h->start(), qPrintable(m_h->lastError()));
    const HttpReply orgs = m_h->api("GET", QStringLiteral("/api/v1/organizations?page_size=100"));
    int testOrgs = 0;
    for (const QJsonValue& org : orgs.json().value(QStringLiteral("organizations")).toArray()) {
        testOrgs += org[QStringLiteral("display_name")].toString() == QStringLiteral("Test Organization") ? 1 : 0;
    }
    QCOMPARE(testOrgs, 1);
    const QJsonObject after = testConnection();
    QCOMPARE(after.value(QStringLiteral("id")).toString(), before.value(QStringLiteral("id")).toString());
    QCOMPARE(
        after[QStringLiteral("saml_config")][QStringLiteral("idp_certificates")][0][QStringLiteral("certificate")],
        before[QStringLiteral("saml_config")][QStringLiteral("idp_certificates")][0][QStringLiteral("certificate")]);
    // The key pair is kept; the URLs follow the (new) base URL of this run.
    const auto idpBefore = sso::readIdpMetadata(metadataBefore);
    const auto idpAfter = sso::readIdpMetadata(send("GET", QStringLiteral("/simulator/saml/metadata")).body);
    QVERIFY(idpBefore.ok() && idpAfter.ok());
    QCOMPARE(idpAfter.value().signingCertificatesDer, idpBefore.value().signingCertificatesDer);
    QCOMPARE(after[QStringLiteral("saml_config")][QStringLiteral("idp_sso_url")].toString(),
             m_h->baseUrl() + QStringLiteral("/simulator/saml/sso"));
    if (oldBase != m_h->baseUrl()) {
        QVERIFY(after[QStringLiteral("update_time")].toString() >= before[QStringLiteral("update_time")].toString());
    }
    // And a login through the restarted engine verifies with the connection's stored values.
    const QString connId = after.value(QStringLiteral("id")).toString();
    const PageState state = startLogin(connId, QStringLiteral("_restart"), {});
    const HttpReply r = submit(state, QStringLiteral("login"));
    const auto verified = sso::verifyResponse(hiddenField(r.body, QStringLiteral("SAMLResponse")).toLatin1(),
                                              expectations(after, QStringLiteral("_restart")));
    QVERIFY2(verified.ok, qPrintable(verified.reason));
}

void TestEngineSimulator::deletedTestOrganizationStaysDeleted()
{
    const QString orgId = testConnection().value(QStringLiteral("organization_id")).toString();
    QVERIFY(!orgId.isEmpty());
    QCOMPARE(m_h->api("DELETE", QStringLiteral("/api/v1/organizations/") + orgId).status, 200);
    m_nam.clearConnectionCache();
    m_h->stop();
    QVERIFY2(m_h->start(), qPrintable(m_h->lastError()));
    const HttpReply r = m_h->api("GET", QStringLiteral("/api/v1/organizations?external_id=test-org"));
    QCOMPARE(r.json().value(QStringLiteral("organizations")).toArray().size(), 0);
    // The simulator itself is still there.
    QCOMPARE(send("GET", QStringLiteral("/simulator/saml/metadata")).status, 200);
}

void TestEngineSimulator::productionHasNoSimulator()
{
    EngineHarness production;
    QVERIFY2(
        production.start([](gatehouse::engine::EngineConfig& c) { c.environmentType = QStringLiteral("production"); }),
        qPrintable(production.lastError()));
    for (const QString& path : {QStringLiteral("/simulator/saml/metadata"),
                                QStringLiteral("/simulator/saml/sso?SAMLRequest=x"),
                                QStringLiteral("/simulator/saml/idp-initiated?connection_id=conn_12345678901234567")}) {
        QCOMPARE(production.request("GET", path).status, 404);
    }
    QCOMPARE(production.request("POST", QStringLiteral("/simulator/saml/respond"), "scenario=login").status, 404);
    HttpReply r = production.api("GET", QStringLiteral("/api/v1/organizations"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), 0);
    r = production.api("GET", QStringLiteral("/api/v1/connections"));
    QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().size(), 0);
    // And a production engine can claim example.com like any other domain (nothing is reserved for the seed).
    r = production.api("POST", QStringLiteral("/api/v1/organizations"), R"({"display_name":"Prod"})");
    const QString org = r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
    QCOMPARE(
        production
            .api("POST", QStringLiteral("/api/v1/organizations/%1/domains").arg(org), R"({"domain":"example.com"})")
            .status,
        201);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineSimulator)
#include "TestEngineSimulator.moc"
