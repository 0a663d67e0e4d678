#include "core/saml/MetadataValidator.h"
#include "core/saml/ReportJson.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse::core::saml;

namespace {

const QString kData = QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/");
// A moment when every test certificate (issued 2026-11-27, valid 20 years) is valid.
const QDateTime kNow(QDate(2027, 6, 1), QTime(12, 0), Qt::UTC);

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray minimalIdp()
{
    return readFile(kData + QStringLiteral("valid/idp-minimal.xml"));
}

QByteArray minimalSp()
{
    return readFile(kData + QStringLiteral("valid/sp-minimal.xml"));
}

QByteArray certBase64(const QString& name)
{
    QByteArray pem = readFile(kData + QStringLiteral("certs/") + name);
    QByteArray out;
    for (const QByteArray& line : pem.split('\n')) {
        if (!line.startsWith("-----")) {
            out += line.trimmed();
        }
    }
    return out;
}

QStringList ruleIds(const ValidationReport& report, Severity severity)
{
    QStringList ids;
    for (const Finding& f : report.findings) {
        if (f.severity == severity) {
            ids.append(f.ruleId);
        }
    }
    return ids;
}

QString describe(const ValidationReport& report)
{
    QStringList lines;
    for (const Finding& f : report.findings) {
        lines.append(severityName(f.severity) + u' ' + f.ruleId + QStringLiteral(": ") + f.message);
    }
    return lines.join(u'\n');
}

ValidationPolicy idpPolicy()
{
    ValidationPolicy p;
    p.role = ExpectedRole::IdentityProvider;
    p.now = kNow;
    return p;
}

} // namespace

class TestMetadataValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanMinimalIdp();
    void spMutations_data();
    void spMutations();
    void moreIdpRules_data();
    void moreIdpRules();
    void everyDocumentedRuleIsTested();
    void unreadableFileIsReported();
    void mutations_data();
    void mutations();
    void crafted_data();
    void crafted();
    void realIdpsHaveNoErrorsButExpiry_data();
    void realIdpsHaveNoErrorsButExpiry();
    void signatureTrust();
    void signatureAlgorithmsAndSigner();
    void remoteAndAggregateRules();
    void fingerprintTrust();
    void entitySignaturesInAggregates();
    void certificateLifetime();
    void aggregateSummary();
    void entitySelection();
    void jsonShape();
};

void TestMetadataValidator::cleanMinimalIdp()
{
    const ValidationReport report = MetadataValidator::validate(minimalIdp(), idpPolicy());
    QVERIFY2(report.readable, qPrintable(describe(report)));
    QVERIFY2(ruleIds(report, Severity::Error).isEmpty(), qPrintable(describe(report)));
    QVERIFY2(ruleIds(report, Severity::Warning).isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.metadata.entities.size(), 1);
    QCOMPARE(report.metadata.entities.first().entityId, QStringLiteral("https://idp.example.com/saml"));
}

void TestMetadataValidator::spMutations_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("severity");
    const int E = int(Severity::Error);
    const int W = int(Severity::Warning);
    const int I = int(Severity::Info);
    const QByteArray postAcs =
        "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" "
        "Location=\"https://sp.example.com/acs\" index=\"0\" isDefault=\"true\"/>";
    const QByteArray artifactAcs = "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-"
                                   "Artifact\" Location=\"https://sp.example.com/acs/artifact\" index=\"1\"/>";
    QTest::newRow("acs-missing") << postAcs + "\n    " + artifactAcs << QByteArray() << "endpoint.acs-missing" << E;
    QTest::newRow("binding-unsupported") << postAcs << QByteArray() << "endpoint.binding-unsupported" << W;
    QTest::newRow("acs-index-duplicate") << QByteArray("index=\"1\"") << QByteArray("index=\"0\"")
                                         << "endpoint.acs-index-duplicate" << W;
    QTest::newRow("acs-default-multiple") << QByteArray("index=\"1\"") << QByteArray("index=\"1\" isDefault=\"true\"")
                                          << "endpoint.acs-default-multiple" << W;
    QTest::newRow("acs-no-default") << QByteArray(" isDefault=\"true\"") << QByteArray() << "endpoint.acs-no-default"
                                    << W;
    QTest::newRow("response-location-on-acs")
        << QByteArray("index=\"0\"") << QByteArray("index=\"0\" ResponseLocation=\"https://sp.example.com/r\"")
        << "endpoint.response-location" << W;
    QTest::newRow("encryption-missing") << QByteArray("use=\"encryption\"") << QByteArray("use=\"signing\"")
                                        << "key.sp-encryption-missing" << W;
    QTest::newRow("want-assertions-signed")
        << QByteArray("AuthnRequestsSigned=\"false\"") << QByteArray("WantAssertionsSigned=\"true\"")
        << "sp.want-assertions-signed" << I;
    QTest::newRow("ui-missing") << QByteArray("<mdui:DisplayName xml:lang=\"en\">Example SP</mdui:DisplayName>")
                                << QByteArray() << "entity.ui-missing" << I;
    QTest::newRow("idp-expected") << QByteArray("entityID") << QByteArray("entityID") << "role.missing" << E;
}

void TestMetadataValidator::spMutations()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, rule);
    QFETCH(int, severity);
    ValidationPolicy policy = idpPolicy();
    policy.role =
        rule == QLatin1String("role.missing") ? ExpectedRole::IdentityProvider : ExpectedRole::ServiceProvider;
    QByteArray xml = minimalSp();
    QVERIFY2(xml.contains(from), "fixture text to replace not found");
    xml.replace(from, to);
    const ValidationReport report = MetadataValidator::validate(xml, policy);
    QVERIFY2(ruleIds(report, Severity(severity)).contains(rule), qPrintable(describe(report)));
    policy.role = ExpectedRole::ServiceProvider;
    const ValidationReport clean = MetadataValidator::validate(minimalSp(), policy);
    QVERIFY2(!ruleIds(clean, Severity(severity)).contains(rule), qPrintable(describe(clean)));
}

void TestMetadataValidator::moreIdpRules_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("severity");
    const int E = int(Severity::Error);
    const int W = int(Severity::Warning);
    const int I = int(Severity::Info);
    const QByteArray key = "<md:KeyDescriptor use=\"signing\">";
    QTest::newRow("no-certificate")
        << key
        << QByteArray("<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:KeyValue><ds:RSAKeyValue><ds:Modulus>AQAB"
                      "</ds:Modulus><ds:Exponent>AQAB</ds:Exponent></ds:RSAKeyValue></ds:KeyValue></ds:KeyInfo>"
                      "</md:KeyDescriptor>")
               + key
        << "key.no-certificate" << W;
    QTest::newRow("rollover") << key
                              << QByteArray(
                                     "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>")
                                     + certBase64(QStringLiteral("other.pem"))
                                     + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>" + key
                              << "cert.rollover" << I;
    QTest::newRow("validity-invalid") << QByteArray("ID=\"_gatehouse-test-idp\"")
                                      << QByteArray("ID=\"_x\" validUntil=\"tomorrow\"") << "validity.invalid" << E;
    QTest::newRow("duplicate-id") << QByteArray("<md:IDPSSODescriptor ")
                                  << QByteArray("<md:IDPSSODescriptor ID=\"_gatehouse-test-idp\" ")
                                  << "document.duplicate-id" << W;
    QTest::newRow("slo-absent") << QByteArray("<md:SingleSignOnService") << QByteArray("<md:SingleSignOnService")
                                << "endpoint.slo" << I;
    QTest::newRow("error-url-missing") << QByteArray("<md:IDPSSODescriptor ") << QByteArray("<md:IDPSSODescriptor ")
                                       << "idp.error-url-missing" << I;
    QTest::newRow("self-signed") << QByteArray("<md:IDPSSODescriptor ") << QByteArray("<md:IDPSSODescriptor ")
                                 << "cert.self-signed" << I;
}

// Rules whose trigger is present in the clean fixture are checked for firing, and against a fixture
// where the trigger is removed (errorURL set, SLO present, CA-issued certificate are not possible for some,
// so those check firing only).
void TestMetadataValidator::moreIdpRules()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, rule);
    QFETCH(int, severity);
    QByteArray xml = minimalIdp();
    QVERIFY2(xml.contains(from), "fixture text to replace not found");
    xml.replace(from, to);
    const ValidationReport report = MetadataValidator::validate(xml, idpPolicy());
    QVERIFY2(ruleIds(report, Severity(severity)).contains(rule), qPrintable(describe(report)));
    if (rule == QLatin1String("endpoint.slo")) {
        const QByteArray slo = QByteArray("<md:SingleLogoutService Binding=\"") + QByteArray(kBindingRedirect)
                               + QByteArray("\" Location=\"https://idp.example.com/slo\"/><md:SingleSignOnService");
        xml.replace("<md:SingleSignOnService", slo);
        QVERIFY(!ruleIds(MetadataValidator::validate(xml, idpPolicy()), Severity::Info).contains(rule));
    } else if (rule == QLatin1String("idp.error-url-missing")) {
        xml.replace("<md:IDPSSODescriptor ", "<md:IDPSSODescriptor errorURL=\"https://idp.example.com/error\" ");
        QVERIFY(!ruleIds(MetadataValidator::validate(xml, idpPolicy()), Severity::Info).contains(rule));
    } else if (rule != QLatin1String("cert.self-signed")) {
        QVERIFY(!ruleIds(MetadataValidator::validate(minimalIdp(), idpPolicy()), Severity(severity)).contains(rule));
    }
}

void TestMetadataValidator::everyDocumentedRuleIsTested()
{
    // Every rule id in docs/metadata-rules.md must appear in this test file (as a row or an assertion).
    const QByteArray docs = readFile(QStringLiteral(GATEHOUSE_TEST_DATA "/../../docs/metadata-rules.md"));
    const QByteArray self = readFile(QStringLiteral(GATEHOUSE_TEST_DATA "/../unit/core/TestMetadataValidator.cpp"))
                            + readFile(QStringLiteral(GATEHOUSE_TEST_DATA "/../unit/core/TestXmlDocument.cpp"))
                            + readFile(QStringLiteral(GATEHOUSE_TEST_DATA "/../unit/core/TestMetadataDiff.cpp"));
    QVERIFY(!docs.isEmpty());
    const QRegularExpression ruleRow(QStringLiteral("^\\| `([a-z0-9.-]+)` \\|"), QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = ruleRow.globalMatch(QString::fromUtf8(docs)); it.hasNext();) {
        const QString id = it.next().captured(1);
        ++count;
        const QByteArray quoted = QByteArray("\"") + id.toUtf8() + QByteArray("\"");
        QVERIFY2(self.contains(quoted), qPrintable(QStringLiteral("untested rule ") + id));
    }
    QVERIFY(count >= 50);
}

// Each row mutates the clean minimal IdP and expects exactly that rule to fire (negative fixture); the clean
// document above is the positive fixture for all of them.
void TestMetadataValidator::mutations_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("severity");
    const QByteArray sso = "Location=\"https://idp.example.com/saml/sso\"";
    const QByteArray redirect = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
    const int E = int(Severity::Error);
    const int W = int(Severity::Warning);
    const int I = int(Severity::Info);
    QTest::newRow("schema") << QByteArray("<md:NameIDFormat>") << QByteArray("<md:Bogus/><md:NameIDFormat>")
                            << "schema.invalid" << E;
    QTest::newRow("entity-id-relative") << QByteArray("entityID=\"https://idp.example.com/saml\"")
                                        << QByteArray("entityID=\"idp.example.com\"") << "entity.id-invalid" << E;
    QTest::newRow("entity-id-space") << QByteArray("entityID=\"https://idp.example.com/saml\"")
                                     << QByteArray("entityID=\" https://idp.example.com/saml\"") << "entity.id-invalid"
                                     << E;
    QTest::newRow("protocol") << QByteArray("protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"")
                              << QByteArray("protocolSupportEnumeration=\"urn:example:other\"")
                              << "role.protocol-missing" << E;
    QTest::newRow("saml1-only") << QByteArray("protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"")
                                << QByteArray("protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:1.1:protocol\"")
                                << "role.saml1-only" << W;
    QTest::newRow("sso-missing") << redirect << QByteArray("urn:oasis:names:tc:SAML:2.0:bindings:SOAP")
                                 << "endpoint.sso-missing" << E;
    QTest::newRow("url-javascript") << sso << QByteArray("Location=\"javascript:alert(1)\"") << "endpoint.url-invalid"
                                    << E;
    QTest::newRow("insecure-http") << sso << QByteArray("Location=\"http://idp.example.com/saml/sso\"")
                                   << "endpoint.insecure" << W;
    QTest::newRow("insecure-private") << sso << QByteArray("Location=\"https://192.168.1.10/sso\"")
                                      << "endpoint.insecure" << W;
    QTest::newRow("fragment") << sso << QByteArray("Location=\"https://idp.example.com/saml/sso#x\"")
                              << "endpoint.fragment" << W;
    QTest::newRow("binding-unknown") << redirect << QByteArray("urn:example:binding") << "endpoint.binding-unknown"
                                     << W;
    QTest::newRow("response-location")
        << sso << QByteArray("Location=\"https://idp.example.com/saml/sso\" ResponseLocation=\"https://x.example/r\"")
        << "endpoint.response-location" << W;
    QTest::newRow("signing-key-missing") << QByteArray("use=\"signing\"") << QByteArray("use=\"encryption\"")
                                         << "key.signing-missing" << E;
    QTest::newRow("cert-invalid") << certBase64(QStringLiteral("good.pem")).left(40) << QByteArray("AAAA")
                                  << "cert.invalid" << E;
    QTest::newRow("cert-weak-key") << certBase64(QStringLiteral("good.pem")) << certBase64(QStringLiteral("weak.pem"))
                                   << "cert.weak-key" << E;
    QTest::newRow("cert-sha1") << certBase64(QStringLiteral("good.pem")) << certBase64(QStringLiteral("sha1.pem"))
                               << "cert.weak-signature" << W;
    QTest::newRow("validity-expired") << QByteArray("ID=\"_gatehouse-test-idp\"")
                                      << QByteArray("ID=\"_x\" validUntil=\"2020-01-01T00:00:00Z\"")
                                      << "validity.expired" << E;
    QTest::newRow("validity-too-long") << QByteArray("ID=\"_gatehouse-test-idp\"")
                                       << QByteArray("ID=\"_x\" validUntil=\"2040-01-01T00:00:00Z\"")
                                       << "validity.too-long" << W;
    QTest::newRow("cache-duration") << QByteArray("ID=\"_gatehouse-test-idp\"")
                                    << QByteArray("ID=\"_x\" cacheDuration=\"P30D\"") << "cache.duration" << W;
    QTest::newRow("cache-refresh") << QByteArray("ID=\"_gatehouse-test-idp\"")
                                   << QByteArray("ID=\"_x\" cacheDuration=\"PT2H\"") << "cache.refresh" << I;
    QTest::newRow("transient-first")
        << QByteArray("<md:NameIDFormat>")
        << QByteArray("<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>"
                      "<md:NameIDFormat>")
        << "nameid.transient-first" << W;
    QTest::newRow("want-signed-requests")
        << QByteArray("<md:IDPSSODescriptor ") << QByteArray("<md:IDPSSODescriptor WantAuthnRequestsSigned=\"true\" ")
        << "idp.want-authn-requests-signed" << I;
    QTest::newRow("contacts-missing") << QByteArray("contactType=\"technical\"")
                                      << QByteArray("contactType=\"billing\"") << "entity.contacts-missing" << I;
    QTest::newRow("known-okta") << QByteArray("entityID=\"https://idp.example.com/saml\"")
                                << QByteArray("entityID=\"http://www.okta.com/exk1abcd\"") << "idp.known" << I;
    QTest::newRow("unknown-extension")
        << QByteArray("<md:IDPSSODescriptor")
        << QByteArray("<md:Extensions><x:Thing xmlns:x=\"urn:example:ext\"/></md:Extensions><md:IDPSSODescriptor")
        << "extensions.unknown" << W;
    QTest::newRow("both-roles")
        << QByteArray("<md:ContactPerson")
        << QByteArray("<md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
                      "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" "
                      "Location=\"https://idp.example.com/acs\" index=\"0\"/></md:SPSSODescriptor><md:ContactPerson")
        << "role.both" << W;
}

void TestMetadataValidator::mutations()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, rule);
    QFETCH(int, severity);
    QByteArray xml = minimalIdp();
    QVERIFY2(xml.contains(from), "fixture text to replace not found");
    xml.replace(from, to);
    const ValidationReport report = MetadataValidator::validate(xml, idpPolicy());
    QVERIFY2(ruleIds(report, Severity(severity)).contains(rule), qPrintable(describe(report)));
    // The clean document does not trigger it.
    const ValidationReport clean = MetadataValidator::validate(minimalIdp(), idpPolicy());
    QVERIFY(!ruleIds(clean, Severity(severity)).contains(rule));
}

void TestMetadataValidator::crafted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("readable");
    QTest::newRow("doctype-xxe") << "invalid/doctype-xxe.xml"
                                 << "xml.dtd-forbidden" << false;
    QTest::newRow("billion-laughs") << "invalid/billion-laughs.xml"
                                    << "xml.dtd-forbidden" << false;
    QTest::newRow("remote-dtd") << "invalid/xxe-remote-dtd.xml"
                                << "xml.dtd-forbidden" << false;
    QTest::newRow("malformed") << "invalid/unparsed.xml"
                               << "xml.malformed" << false;
    QTest::newRow("wrong-namespace") << "invalid/wrong-namespace.xml"
                                     << "structure.root" << true;
    QTest::newRow("not-metadata") << "invalid/noentity.xml"
                                  << "structure.root" << true;
    QTest::newRow("bad-order") << "invalid/bad-order.xml"
                               << "schema.invalid" << true;
    QTest::newRow("missing-idp-role") << "invalid/missing-idp-role.xml"
                                      << "role.missing" << true;
    QTest::newRow("duplicate-entity-ids") << "invalid/duplicate-entity-ids.xml"
                                          << "aggregate.duplicate-entity" << true;
    QTest::newRow("weak-key") << "invalid/weak-key.xml"
                              << "cert.weak-key" << true;
    QTest::newRow("javascript-acs") << "invalid/javascript-acs.xml"
                                    << "endpoint.url-invalid" << true;
    QTest::newRow("signature-wrapping") << "invalid/signature-wrapping.xml"
                                        << "signature.structure" << true;
    QTest::newRow("tampered") << "invalid/signed-idp-tampered.xml"
                              << "signature.invalid" << true;
}

void TestMetadataValidator::crafted()
{
    QFETCH(QString, file);
    QFETCH(QString, rule);
    QFETCH(bool, readable);
    ValidationPolicy policy = idpPolicy();
    policy.trustedCertsPem.append(readFile(kData + QStringLiteral("certs/good.pem")));
    const ValidationReport report = MetadataValidator::validate(readFile(kData + file), policy);
    QCOMPARE(report.readable, readable);
    QVERIFY2(ruleIds(report, Severity::Error).contains(rule), qPrintable(describe(report)));
}

void TestMetadataValidator::realIdpsHaveNoErrorsButExpiry_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("allowedErrors");
    const QStringList expiry = {QStringLiteral("cert.expired"), QStringLiteral("validity.expired")};
    QTest::newRow("okta") << "valid/okta-idp.xml" << QStringList();
    QTest::newRow("onelogin") << "valid/onelogin-idp.xml" << expiry;
    QTest::newRow("adfs") << "valid/adfs-idp-chalmers.xml" << expiry;
    QTest::newRow("shibboleth") << "valid/shibboleth-idp-princeton.xml" << expiry;
    // SimpleSAMLphp's example IdP really has a 1024-bit RSA key.
    QTest::newRow("simplesamlphp") << "valid/simplesamlphp-idp.xml"
                                   << (expiry + QStringList{QStringLiteral("cert.weak-key")});
}

void TestMetadataValidator::realIdpsHaveNoErrorsButExpiry()
{
    QFETCH(QString, file);
    QFETCH(QStringList, allowedErrors);
    ValidationPolicy policy;
    policy.role = ExpectedRole::IdentityProvider;
    policy.now = QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);
    const ValidationReport report = MetadataValidator::validate(readFile(kData + file), policy);
    QVERIFY(report.readable);
    for (const QString& id : ruleIds(report, Severity::Error)) {
        QVERIFY2(allowedErrors.contains(id), qPrintable(describe(report)));
    }
    for (const Finding& f : report.findings) {
        if (f.ruleId == QLatin1String("cert.expired")) {
            QVERIFY2(f.message.contains(QStringLiteral("expired on 20")), qPrintable(f.message)); // dated
        }
    }
}

void TestMetadataValidator::signatureTrust()
{
    const QByteArray signedIdp = readFile(kData + QStringLiteral("valid/signed-idp-rsa-sha256.xml"));
    ValidationPolicy policy = idpPolicy();
    // No trust anchor: the signature is reported as unverified.
    QVERIFY(ruleIds(MetadataValidator::validate(signedIdp, policy), Severity::Warning)
                .contains(QStringLiteral("signature.unverified")));
    // Right signer: verified.
    policy.trustedCertsPem = {readFile(kData + QStringLiteral("certs/good.pem"))};
    ValidationReport report = MetadataValidator::validate(signedIdp, policy);
    QVERIFY2(ruleIds(report, Severity::Info).contains(QStringLiteral("signature.valid")), qPrintable(describe(report)));
    QVERIFY(ruleIds(report, Severity::Error).isEmpty());
    // Wrong signer: invalid.
    policy.trustedCertsPem = {readFile(kData + QStringLiteral("certs/other.pem"))};
    report = MetadataValidator::validate(signedIdp, policy);
    QVERIFY2(ruleIds(report, Severity::Error).contains(QStringLiteral("signature.invalid")),
             qPrintable(describe(report)));
    // Trust given but document unsigned: missing.
    report = MetadataValidator::validate(minimalIdp(), policy);
    QVERIFY(ruleIds(report, Severity::Error).contains(QStringLiteral("signature.missing")));
    // SHA-1 signed metadata: warned about.
    policy.trustedCertsPem = {readFile(kData + QStringLiteral("certs/good.pem"))};
    report = MetadataValidator::validate(readFile(kData + QStringLiteral("invalid/signed-idp-rsa-sha1.xml")), policy);
    QVERIFY2(ruleIds(report, Severity::Warning).contains(QStringLiteral("signature.weak-algorithm")),
             qPrintable(describe(report)));
}

void TestMetadataValidator::signatureAlgorithmsAndSigner()
{
    ValidationPolicy policy = idpPolicy();
    policy.trustedCertsPem = {readFile(kData + QStringLiteral("certs/good.pem"))};
    QByteArray md5 = readFile(kData + QStringLiteral("valid/signed-idp-rsa-sha256.xml"));
    md5.replace("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmldsig-more#rsa-md5");
    ValidationReport report = MetadataValidator::validate(md5, policy);
    QVERIFY2(ruleIds(report, Severity::Error).contains(QStringLiteral("signature.algorithm-forbidden")),
             qPrintable(describe(report)));
    policy.trustedCertsPem = {readFile(kData + QStringLiteral("certs/weak.pem"))};
    report = MetadataValidator::validate(readFile(kData + QStringLiteral("invalid/signed-by-weak-key.xml")), policy);
    QVERIFY2(ruleIds(report, Severity::Error).contains(QStringLiteral("signature.signer-weak-key")),
             qPrintable(describe(report)));
    policy.trustedCertsPem = {readFile(kData + QStringLiteral("certs/good.pem"))};
    report = MetadataValidator::validate(readFile(kData + QStringLiteral("valid/signed-idp-rsa-sha256.xml")), policy);
    QVERIFY(!ruleIds(report, Severity::Error).contains(QStringLiteral("signature.signer-weak-key")));
    QVERIFY(!ruleIds(report, Severity::Error).contains(QStringLiteral("signature.algorithm-forbidden")));
}

void TestMetadataValidator::remoteAndAggregateRules()
{
    ValidationPolicy policy = idpPolicy();
    QVERIFY(!ruleIds(MetadataValidator::validate(minimalIdp(), policy), Severity::Warning)
                 .contains(QStringLiteral("validity.missing")));
    policy.remote = true;
    QVERIFY(ruleIds(MetadataValidator::validate(minimalIdp(), policy), Severity::Warning)
                .contains(QStringLiteral("validity.missing")));
    const QByteArray aggregate = readFile(kData + QStringLiteral("invalid/duplicate-entity-ids.xml"));
    QVERIFY(ruleIds(MetadataValidator::validate(aggregate, idpPolicy()), Severity::Warning)
                .contains(QStringLiteral("aggregate.publication")));
    QByteArray published = aggregate;
    published.replace("Name=\"test-federation\">",
                      "Name=\"test-federation\"><md:Extensions><mdrpi:PublicationInfo "
                      "xmlns:mdrpi=\"urn:oasis:names:tc:SAML:metadata:rpi\" publisher=\"https://fed.example.org\" "
                      "creationInstant=\"2027-05-30T00:00:00Z\"/></md:Extensions>");
    QVERIFY(!ruleIds(MetadataValidator::validate(published, idpPolicy()), Severity::Warning)
                 .contains(QStringLiteral("aggregate.publication")));
    QVERIFY(ruleIds(MetadataValidator::validate(QByteArray(), idpPolicy()), Severity::Error)
                .contains(QStringLiteral("xml.empty")));
}

void TestMetadataValidator::fingerprintTrust()
{
    const QByteArray signedIdp = readFile(kData + QStringLiteral("valid/signed-idp-rsa-sha256.xml"));
    auto cert = gatehouse::core::x509::parsePem(readFile(kData + QStringLiteral("certs/good.pem")));
    QVERIFY(cert.ok());
    ValidationPolicy policy = idpPolicy();
    policy.trustedFingerprints = {cert.value().first().sha256Fingerprint};
    ValidationReport report = MetadataValidator::validate(signedIdp, policy);
    QVERIFY2(ruleIds(report, Severity::Info).contains(QStringLiteral("signature.valid")), qPrintable(describe(report)));
    policy.trustedFingerprints = {QByteArray(32, '\x01')};
    report = MetadataValidator::validate(signedIdp, policy);
    QVERIFY(ruleIds(report, Severity::Error).contains(QStringLiteral("signature.invalid")));
}

// A signed entity inside an (unsigned) aggregate: its own signature is checked with the same rules, and the
// findings name the entity. The unsigned SP next to it gets none.
void TestMetadataValidator::entitySignaturesInAggregates()
{
    const QString idpId = QStringLiteral("https://idp.example.com/saml");
    const QByteArray aggregate = readFile(kData + QStringLiteral("aggregates/signed-entity.xml"));
    const QByteArray tampered = readFile(kData + QStringLiteral("invalid/aggregate-entity-tampered.xml"));
    QVERIFY(!aggregate.isEmpty() && !tampered.isEmpty());
    auto entityFinding = [](const ValidationReport& report, const QString& rule) -> const Finding* {
        for (const Finding& f : report.findings) {
            if (f.ruleId == rule && !f.entityId.isEmpty()) {
                return &f;
            }
        }
        return nullptr;
    };
    ValidationPolicy policy;
    ValidationReport report = MetadataValidator::validate(aggregate, policy);
    const Finding* unverified = entityFinding(report, QStringLiteral("signature.unverified"));
    QVERIFY2(unverified != nullptr, qPrintable(describe(report)));
    QCOMPARE(unverified->entityId, idpId);

    policy.trustedCertsPem = {readFile(kData + QStringLiteral("certs/good.pem"))};
    report = MetadataValidator::validate(aggregate, policy);
    const Finding* valid = entityFinding(report, QStringLiteral("signature.valid"));
    QVERIFY2(valid != nullptr, qPrintable(describe(report)));
    QCOMPARE(valid->entityId, idpId);
    QVERIFY(valid->message.contains(idpId));
    QVERIFY(entityFinding(report, QStringLiteral("signature.invalid")) == nullptr);
    // The aggregate itself is unsigned: with a trust anchor that is still an error of the document.
    QVERIFY(ruleIds(report, Severity::Error).contains(QStringLiteral("signature.missing")));

    report = MetadataValidator::validate(tampered, policy);
    const Finding* invalid = entityFinding(report, QStringLiteral("signature.invalid"));
    QVERIFY2(invalid != nullptr, qPrintable(describe(report)));
    QCOMPARE(invalid->entityId, idpId);

    // Wrong signer.
    policy.trustedCertsPem = {readFile(kData + QStringLiteral("certs/other.pem"))};
    report = MetadataValidator::validate(aggregate, policy);
    QVERIFY2(entityFinding(report, QStringLiteral("signature.invalid")) != nullptr, qPrintable(describe(report)));

    // --entity selects: the SP alone has no entity signature to check.
    policy.trustedCertsPem = {readFile(kData + QStringLiteral("certs/good.pem"))};
    policy.entityId = QStringLiteral("https://sp.example.com/saml");
    report = MetadataValidator::validate(tampered, policy);
    QVERIFY2(entityFinding(report, QStringLiteral("signature.invalid")) == nullptr, qPrintable(describe(report)));
}

void TestMetadataValidator::certificateLifetime()
{
    auto cert = gatehouse::core::x509::parsePem(readFile(kData + QStringLiteral("certs/good.pem")));
    QVERIFY(cert.ok());
    const QDateTime notAfter = cert.value().first().notAfter;
    ValidationPolicy policy = idpPolicy();
    policy.now = notAfter.addDays(1);
    QVERIFY(ruleIds(MetadataValidator::validate(minimalIdp(), policy), Severity::Error)
                .contains(QStringLiteral("cert.expired")));
    policy.now = notAfter.addDays(-10);
    QVERIFY(ruleIds(MetadataValidator::validate(minimalIdp(), policy), Severity::Warning)
                .contains(QStringLiteral("cert.expiring")));
    policy.expiryWarningDays = 5;
    QVERIFY(!ruleIds(MetadataValidator::validate(minimalIdp(), policy), Severity::Warning)
                 .contains(QStringLiteral("cert.expiring")));
    policy.now = cert.value().first().notBefore.addDays(-1);
    QVERIFY(ruleIds(MetadataValidator::validate(minimalIdp(), policy), Severity::Warning)
                .contains(QStringLiteral("cert.not-yet-valid")));
}

void TestMetadataValidator::aggregateSummary()
{
    ValidationPolicy policy;
    policy.now = QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);
    const QByteArray swamid = readFile(kData + QStringLiteral("aggregates/swamid-test.xml"));
    QVERIFY(!swamid.isEmpty());
    const ValidationReport report = MetadataValidator::validate(swamid, policy);
    QVERIFY(report.readable);
    QVERIFY(report.metadata.aggregate);
    QCOMPARE(report.metadata.entities.size(), 58); // MANIFEST: 58 entities (10 IdP / 48 SP)
    const QJsonObject summary = ReportJson::summary(report);
    QCOMPARE(summary.value(QStringLiteral("entities")).toInt(), 58);
    QCOMPARE(summary.value(QStringLiteral("entities_per_role")).toObject().value(QStringLiteral("idp")).toInt(), 10);
    QCOMPARE(summary.value(QStringLiteral("entities_per_role")).toObject().value(QStringLiteral("sp")).toInt(), 48);
    QCOMPARE(summary.value(QStringLiteral("expired_certificates")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("duplicate_entity_ids")).toInt(), 0);
    // The larger federation aggregates of shared/testdata, when they are next to the project (MANIFEST counts).
    const QList<std::tuple<QString, int, int, int>> federations = {
        {QStringLiteral("/pysaml2/tests/InCommon-metadata_2012-12-29.xml"), 442, 131, 311},
        {QStringLiteral("/pysaml2/tests/remote_data/metadata.aaitest.xml"), 296, 35, 262},
        {QStringLiteral("/pysaml2/tests/swamid-1.0.xml"), 175, 39, 137},
    };
    for (const auto& [file, entities, idps, sps] : federations) {
        const QByteArray data = readFile(QStringLiteral(GATEHOUSE_SHARED_TESTDATA) + file);
        if (data.isEmpty()) {
            qInfo("skipping %s: shared/testdata is not next to the project", qPrintable(file));
            continue;
        }
        const QJsonObject s = ReportJson::summary(MetadataValidator::validate(data, policy));
        QCOMPARE(s.value(QStringLiteral("entities")).toInt(), entities);
        QCOMPARE(s.value(QStringLiteral("entities_per_role")).toObject().value(QStringLiteral("idp")).toInt(), idps);
        QCOMPARE(s.value(QStringLiteral("entities_per_role")).toObject().value(QStringLiteral("sp")).toInt(), sps);
    }
}

void TestMetadataValidator::entitySelection()
{
    ValidationPolicy policy = idpPolicy();
    policy.entityId = QStringLiteral("https://nope.example.com");
    const ValidationReport report =
        MetadataValidator::validate(readFile(kData + QStringLiteral("invalid/duplicate-entity-ids.xml")), policy);
    QVERIFY(ruleIds(report, Severity::Error).contains(QStringLiteral("aggregate.entity-not-found")));
}

void TestMetadataValidator::jsonShape()
{
    const ValidationReport report = MetadataValidator::validate(minimalIdp(), idpPolicy());
    const QJsonObject json = ReportJson::toJson(report, QStringLiteral("idp.xml"), true);
    QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("gatehouse.metadata-validation/1"));
    QCOMPARE(json.value(QStringLiteral("errors")).toInt(), 0);
    QVERIFY(json.value(QStringLiteral("findings")).isArray());
    const QJsonArray entities = json.value(QStringLiteral("entities")).toArray();
    QCOMPARE(entities.size(), 1);
    const QJsonObject role = entities.at(0).toObject().value(QStringLiteral("roles")).toArray().at(0).toObject();
    QCOMPARE(role.value(QStringLiteral("role")).toString(), QStringLiteral("idp"));
    const QJsonObject cert = role.value(QStringLiteral("certificates")).toArray().at(0).toObject();
    QCOMPARE(cert.value(QStringLiteral("key_bits")).toInt(), 2048);
    QCOMPARE(cert.value(QStringLiteral("sha256_fingerprint")).toString().size(), 32 * 3 - 1);
}

// xml.unreadable-file: a path that cannot be opened (missing, a folder) is reported as unreadable with that rule;
// a readable file never is.
void TestMetadataValidator::unreadableFileIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ValidationPolicy policy;
    for (const QString& path : {dir.filePath(QStringLiteral("missing.xml")), dir.path()}) {
        for (ValidationEngine engine : {ValidationEngine::Auto, ValidationEngine::Dom, ValidationEngine::Streaming}) {
            const ValidationReport report = MetadataValidator::validateFile(path, policy, engine);
            QVERIFY(!report.readable);
            QVERIFY(report.hasErrors());
            QCOMPARE(report.findings.size(), 1);
            QCOMPARE(report.findings.constFirst().ruleId, QStringLiteral("xml.unreadable-file"));
            QVERIFY(report.findings.constFirst().message.contains(path));
        }
    }
    const QString readable = dir.filePath(QStringLiteral("broken.xml"));
    QFile file(readable);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<md:EntityDescriptor");
    file.close();
    const ValidationReport report = MetadataValidator::validateFile(readable, policy);
    QCOMPARE(report.findings.value(0).ruleId, QStringLiteral("xml.malformed"));
    for (const Finding& finding : report.findings) {
        QVERIFY(finding.ruleId != QLatin1String("xml.unreadable-file"));
    }
}

QTEST_GUILESS_MAIN(TestMetadataValidator)
#include "TestMetadataValidator.moc"
