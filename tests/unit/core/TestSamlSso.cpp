#include "SamlSsoTestData.h"
#include "core/saml/sso/SamlSso.h"
#include "core/saml/sso/SsoSupport.h"
#include "core/util/Encoding.h"

#include <QTest>

#include <functional>

using namespace gatehouse::core;
using namespace gatehouse::core::saml::sso;
using gatehouse::tests::saml::dersFromPem;
using gatehouse::tests::saml::readSaml;

using ParamsEdit = std::function<void(ResponseParams&, ResponseExpectations&)>;
Q_DECLARE_METATYPE(ParamsEdit)
Q_DECLARE_METATYPE(SigningRequirement)

namespace {

const QString kIdp = QStringLiteral("https://idp.example.test/saml");
const QString kSp = QStringLiteral("https://gatehouse.test/sso/v1/saml/conn_59615193906282635");
const QString kAcs = QStringLiteral("https://gatehouse.test/sso/v1/saml/conn_59615193906282635/acs");
const QString kRequestId = QStringLiteral("_0123456789abcdef0123456789abcdef");

QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0), Qt::UTC);
}

ResponseParams baseParams()
{
    ResponseParams p;
    p.issuer = kIdp;
    p.destination = kAcs;
    p.audience = kSp;
    p.inResponseTo = kRequestId;
    p.nameId = QStringLiteral("alice@example.com");
    p.sessionIndex = QStringLiteral("_session1");
    p.attributes = {SamlAttribute{QStringLiteral("email"), {}, {}, {QStringLiteral("alice@example.com")}},
                    SamlAttribute{QStringLiteral("groups"), {}, {}, {QStringLiteral("admins"), QStringLiteral("dev")}}};
    p.issueInstant = t0();
    p.signingKeyPem = readSaml(QStringLiteral("keys/idp.key"));
    p.signingCertPem = readSaml(QStringLiteral("keys/idp.pem"));
    return p;
}

ResponseExpectations baseExpect()
{
    ResponseExpectations e;
    e.spEntityId = kSp;
    e.acsUrl = kAcs;
    e.idpEntityId = kIdp;
    e.idpCertificatesDer = dersFromPem(readSaml(QStringLiteral("keys/idp.pem")));
    e.inResponseTo = kRequestId;
    e.now = t0().addSecs(5);
    e.spDecryptionKeyPem = readSaml(QStringLiteral("keys/sp.key"));
    return e;
}

QByteArray build(const ResponseParams& p)
{
    auto xml = buildResponse(p);
    if (!xml.ok()) {
        qFatal("buildResponse: %s %s", qPrintable(xml.error().code), qPrintable(xml.error().message));
    }
    return xml.value();
}

QString describe(const ResponseVerification& v)
{
    QString out = v.errorCode + QStringLiteral(": ") + v.reason;
    for (const CheckStep& step : v.trace) {
        out += QStringLiteral("\n  %1 %2 %3")
                   .arg(step.passed ? QStringLiteral("ok ") : QStringLiteral("ERR"), step.check, step.detail);
    }
    return out;
}

} // namespace

class TestSamlSso : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectRoundTrip_data();
    void redirectRoundTrip();
    void redirectRejectsTampering();
    void redirectRefusesZipBomb();
    void postBindingRoundTrip();
    void metadataRoundTrip();
    void signingRequirementNames();
    void responseRoundTrip_data();
    void responseRoundTrip();
    void responseViolations_data();
    void responseViolations();
    void timeWindows_data();
    void timeWindows();
    void commentInNameIdIsNotTruncated();
    void tamperedResponseIsRejected();
    void base64Envelope();
    void duplicateIdAndMisplacedSignature();
    void injectedCommentFixture();
    void thirdPartyFixtures_data();
    void thirdPartyFixtures();
};

void TestSamlSso::redirectRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("cert");
    QTest::newRow("unsigned") << QString() << QString();
    QTest::newRow("rsa-sha256") << QStringLiteral("keys/sp.key") << QStringLiteral("keys/sp.pem");
    QTest::newRow("ecdsa-sha256") << QStringLiteral("keys/ec.key") << QStringLiteral("keys/ec.pem");
}

void TestSamlSso::redirectRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, cert);
    AuthnRequestParams params;
    params.id = kRequestId;
    params.issuer = kSp;
    params.destination = QStringLiteral("https://idp.example.test/sso?tenant=a b");
    params.acsUrl = kAcs;
    params.nameIdFormat = QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
    params.forceAuthn = true;
    params.issueInstant = t0();
    const QByteArray xml = buildAuthnRequest(params);
    const QByteArray keyPem = key.isEmpty() ? QByteArray() : readSaml(key);
    auto url = redirectBindingUrl(QUrl(QStringLiteral("https://idp.example.test/sso?tenant=a%20b")),
                                  xml,
                                  QStringLiteral("relay &=+/ state"),
                                  keyPem);
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
    QCOMPARE(url.value().host(), QStringLiteral("idp.example.test"));
    const QUrlQuery query(url.value());
    QCOMPARE(query.queryItemValue(QStringLiteral("tenant"), QUrl::FullyDecoded), QStringLiteral("a b"));
    QCOMPARE(query.queryItemValue(QStringLiteral("RelayState"), QUrl::FullyDecoded),
             QStringLiteral("relay &=+/ state"));
    QCOMPARE(query.hasQueryItem(QStringLiteral("Signature")), !key.isEmpty());

    const QList<QByteArray> trusted = cert.isEmpty() ? QList<QByteArray>() : dersFromPem(readSaml(cert));
    auto parsed = parseRedirectAuthnRequest(query, trusted);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const ParsedAuthnRequest& r = parsed.value();
    QCOMPARE(r.id, kRequestId);
    QCOMPARE(r.issuer, kSp);
    QCOMPARE(r.acsUrl, kAcs);
    QCOMPARE(r.destination, params.destination);
    QCOMPARE(r.nameIdFormat, params.nameIdFormat);
    QVERIFY(r.forceAuthn);
    QCOMPARE(r.issueInstant, t0());
    QCOMPARE(r.signatureVerified, !key.isEmpty());

    // Also through a URL as a browser would deliver it (re-parsed from its string form).
    auto reparsed = parseRedirectAuthnRequest(QUrlQuery(QUrl(url.value().toString(QUrl::FullyEncoded))), trusted);
    QVERIFY(reparsed.ok());
    QCOMPARE(reparsed.value().signatureVerified, !key.isEmpty());
}

void TestSamlSso::redirectRejectsTampering()
{
    AuthnRequestParams params;
    params.id = kRequestId;
    params.issuer = kSp;
    params.acsUrl = kAcs;
    params.issueInstant = t0();
    auto url = redirectBindingUrl(QUrl(QStringLiteral("https://idp.example.test/sso")),
                                  buildAuthnRequest(params),
                                  QStringLiteral("state1"),
                                  readSaml(QStringLiteral("keys/sp.key")));
    QVERIFY(url.ok());
    const QList<QByteArray> trusted = dersFromPem(readSaml(QStringLiteral("keys/sp.pem")));

    QUrlQuery changedRelay(url.value());
    changedRelay.removeQueryItem(QStringLiteral("RelayState"));
    changedRelay.addQueryItem(QStringLiteral("RelayState"), QStringLiteral("state2"));
    auto r1 = parseRedirectAuthnRequest(changedRelay, trusted);
    QVERIFY(!r1.ok());
    QCOMPARE(r1.error().code, QStringLiteral("saml.request-signature"));

    auto r2 =
        parseRedirectAuthnRequest(QUrlQuery(url.value()), dersFromPem(readSaml(QStringLiteral("keys/other.pem"))));
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().code, QStringLiteral("saml.request-signature"));

    QUrlQuery noSigAlg(url.value());
    noSigAlg.removeQueryItem(QStringLiteral("SigAlg"));
    auto r3 = parseRedirectAuthnRequest(noSigAlg, trusted);
    QVERIFY(!r3.ok());
    QCOMPARE(r3.error().code, QStringLiteral("saml.request-signature"));

    QUrlQuery garbage;
    garbage.addQueryItem(QStringLiteral("SAMLRequest"), QStringLiteral("bm90IGRlZmxhdGU="));
    auto r4 = parseRedirectAuthnRequest(garbage);
    QVERIFY(!r4.ok());
    QCOMPARE(r4.error().code, QStringLiteral("saml.request-malformed"));

    auto r5 = parseRedirectAuthnRequest(QUrlQuery());
    QVERIFY(!r5.ok());
    QCOMPARE(r5.error().code, QStringLiteral("saml.request-malformed"));

    auto badKey = redirectBindingUrl(QUrl(QStringLiteral("https://idp.example.test/sso")),
                                     buildAuthnRequest(params),
                                     {},
                                     QByteArray("-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n"));
    QVERIFY(!badKey.ok());
    QCOMPARE(badKey.error().code, QStringLiteral("saml.sign-key"));
    auto relative = redirectBindingUrl(QUrl(QStringLiteral("/sso")), buildAuthnRequest(params), {});
    QVERIFY(!relative.ok());
}

void TestSamlSso::redirectRefusesZipBomb()
{
    // 8 MiB of spaces inside an otherwise valid-looking request deflates to a few KiB.
    QByteArray xml = buildAuthnRequest(AuthnRequestParams{kRequestId, kSp, {}, kAcs, {}, false, t0()});
    xml.insert(xml.indexOf("<saml:Issuer"), QByteArray(8 * 1024 * 1024, ' '));
    auto url = redirectBindingUrl(QUrl(QStringLiteral("https://idp.example.test/sso")), xml, {});
    QVERIFY(url.ok());
    QVERIFY(url.value().toString().size() < 64 * 1024);
    auto parsed = parseRedirectAuthnRequest(QUrlQuery(url.value()));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("saml.request-malformed"));
    QVERIFY(parsed.error().message.contains(QStringLiteral("inflates")));
}

void TestSamlSso::postBindingRoundTrip()
{
    const QByteArray xml = buildAuthnRequest(
        AuthnRequestParams{kRequestId, kSp, QStringLiteral("https://idp.example.test/sso"), kAcs, {}, false, t0()});
    auto unsignedValue = postBindingValue(xml);
    QVERIFY(unsignedValue.ok());
    auto parsedUnsigned =
        parsePostAuthnRequest(unsignedValue.value(), dersFromPem(readSaml(QStringLiteral("keys/sp.pem"))));
    QVERIFY(parsedUnsigned.ok());
    QVERIFY(!parsedUnsigned.value().signatureVerified);
    QCOMPARE(parsedUnsigned.value().id, kRequestId);

    auto signedValue =
        postBindingValue(xml, readSaml(QStringLiteral("keys/sp.key")), readSaml(QStringLiteral("keys/sp.pem")));
    QVERIFY2(signedValue.ok(), signedValue.ok() ? "" : qPrintable(signedValue.error().message));
    auto parsedSigned =
        parsePostAuthnRequest(signedValue.value(), dersFromPem(readSaml(QStringLiteral("keys/sp.pem"))));
    QVERIFY2(parsedSigned.ok(), parsedSigned.ok() ? "" : qPrintable(parsedSigned.error().message));
    QVERIFY(parsedSigned.value().signatureVerified);
    QCOMPARE(parsedSigned.value().acsUrl, kAcs);

    auto otherKey = parsePostAuthnRequest(signedValue.value(), dersFromPem(readSaml(QStringLiteral("keys/other.pem"))));
    QVERIFY(!otherKey.ok());
    QCOMPARE(otherKey.error().code, QStringLiteral("saml.request-signature"));

    QByteArray tampered = encoding::fromBase64(signedValue.value()).value();
    tampered.replace(kAcs.toUtf8(), "https://evil.test/acs");
    auto parsedTampered =
        parsePostAuthnRequest(encoding::base64(tampered), dersFromPem(readSaml(QStringLiteral("keys/sp.pem"))));
    QVERIFY(!parsedTampered.ok());
    QCOMPARE(parsedTampered.error().code, QStringLiteral("saml.request-signature"));

    auto notBase64 = parsePostAuthnRequest("***");
    QVERIFY(!notBase64.ok());
    QCOMPARE(notBase64.error().code, QStringLiteral("saml.request-malformed"));
    auto withDtd = parsePostAuthnRequest(encoding::base64("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>"));
    QVERIFY(!withDtd.ok());
    QCOMPARE(withDtd.error().code, QStringLiteral("saml.request-malformed"));
}

void TestSamlSso::metadataRoundTrip()
{
    IdpMetadataParams idp;
    idp.entityId = kIdp;
    idp.ssoUrl = QStringLiteral("https://idp.example.test/sso");
    idp.signingCertPem = readSaml(QStringLiteral("keys/idp.pem"));
    idp.nameIdFormats = {QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")};
    idp.wantAuthnRequestsSigned = true;
    auto settings = readIdpMetadata(buildIdpMetadata(idp));
    QVERIFY2(settings.ok(), settings.ok() ? "" : qPrintable(settings.error().message));
    QCOMPARE(settings.value().entityId, kIdp);
    QCOMPARE(settings.value().ssoUrlRedirect, idp.ssoUrl);
    QCOMPARE(settings.value().ssoUrlPost, idp.ssoUrl);
    QCOMPARE(settings.value().signingCertificatesDer, dersFromPem(idp.signingCertPem));
    QVERIFY(settings.value().wantAuthnRequestsSigned);
    QCOMPARE(settings.value().nameIdFormats, idp.nameIdFormats);

    auto wrongEntity = readIdpMetadata(buildIdpMetadata(idp), QStringLiteral("https://other.test"));
    QVERIFY(!wrongEntity.ok());
    QCOMPARE(wrongEntity.error().code, QStringLiteral("saml.entity-not-found"));

    SpMetadataParams sp;
    sp.entityId = kSp;
    sp.acsUrl = kAcs;
    sp.signingCertPem = readSaml(QStringLiteral("keys/sp.pem"));
    sp.encryptionCertPem = readSaml(QStringLiteral("keys/sp.pem"));
    sp.authnRequestsSigned = true;
    sp.validUntil = t0().addDays(30);
    QByteArray spXml = buildSpMetadata(sp);
    QCOMPARE(spXml.count("<ds:X509Certificate>"), 2);
    // An SP key rotation under way: the upcoming certificate is published for signing and encryption too.
    sp.upcomingCertPems = {readSaml(QStringLiteral("keys/idp.pem"))};
    spXml = buildSpMetadata(sp);
    QCOMPARE(spXml.count("<ds:X509Certificate>"), 4);
    QCOMPARE(spXml.count("use=\"signing\""), 2);
    QVERIFY(spXml.contains("AuthnRequestsSigned=\"true\""));
    QVERIFY(spXml.contains("use=\"encryption\""));
    QVERIFY(spXml.contains("validUntil=\"2026-12-27T12:00:00Z\""));
    auto noIdp = readIdpMetadata(spXml);
    QVERIFY(!noIdp.ok());
    QCOMPARE(noIdp.error().code, QStringLiteral("saml.no-idp"));

    auto malformed = readIdpMetadata("<md:EntityDescriptor");
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().code, QStringLiteral("saml.metadata-malformed"));

    const QString aggregate =
        QStringLiteral("<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\">%1%2"
                       "</md:EntitiesDescriptor>")
            .arg(QString::fromUtf8(buildIdpMetadata(idp)).section(u'\n', 1),
                 QString::fromUtf8(buildIdpMetadata(IdpMetadataParams{
                                       QStringLiteral("https://idp2.test"), idp.ssoUrl, idp.signingCertPem, {}, false}))
                     .section(u'\n', 1));
    auto ambiguous = readIdpMetadata(aggregate.toUtf8());
    QVERIFY(!ambiguous.ok());
    QCOMPARE(ambiguous.error().code, QStringLiteral("saml.ambiguous-entity"));
    auto picked = readIdpMetadata(aggregate.toUtf8(), QStringLiteral("https://idp2.test"));
    QVERIFY2(picked.ok(), picked.ok() ? "" : qPrintable(picked.error().message));
    QCOMPARE(picked.value().entityId, QStringLiteral("https://idp2.test"));
}

void TestSamlSso::signingRequirementNames()
{
    QCOMPARE(signingRequirementFromString(QStringLiteral("NO_SIGNING")), SigningRequirement::None);
    QCOMPARE(signingRequirementFromString(QStringLiteral("SAML_ONLY_RESPONSE_SIGNING")), SigningRequirement::Response);
    QCOMPARE(signingRequirementFromString(QStringLiteral("SAML_ONLY_ASSERTION_SIGNING")),
             SigningRequirement::Assertion);
    QCOMPARE(signingRequirementFromString(QStringLiteral("SAML_RESPONSE_ASSERTION_SIGNING")),
             SigningRequirement::ResponseAndAssertion);
    QCOMPARE(signingRequirementFromString(QStringLiteral("SAML_RESPONSE_OR_ASSERTION_SIGNING")),
             SigningRequirement::ResponseOrAssertion);
    QCOMPARE(signingRequirementFromString(QStringLiteral("UNSPECIFIED")), SigningRequirement::ResponseOrAssertion);
}

void TestSamlSso::responseRoundTrip_data()
{
    QTest::addColumn<bool>("signResponse");
    QTest::addColumn<bool>("signAssertion");
    QTest::addColumn<bool>("encrypt");
    QTest::addColumn<SigningRequirement>("requirement");
    QTest::newRow("response signed") << true << false << false << SigningRequirement::Response;
    QTest::newRow("assertion signed") << false << true << false << SigningRequirement::Assertion;
    QTest::newRow("both signed") << true << true << false << SigningRequirement::ResponseAndAssertion;
    QTest::newRow("both signed, either required") << true << true << false << SigningRequirement::ResponseOrAssertion;
    QTest::newRow("encrypted, response signed") << true << false << true << SigningRequirement::Response;
    QTest::newRow("encrypted, assertion signed") << false << true << true << SigningRequirement::Assertion;
    QTest::newRow("encrypted, both signed") << true << true << true << SigningRequirement::ResponseAndAssertion;
    QTest::newRow("unsigned, NO_SIGNING") << false << false << false << SigningRequirement::None;
}

void TestSamlSso::responseRoundTrip()
{
    QFETCH(bool, signResponse);
    QFETCH(bool, signAssertion);
    QFETCH(bool, encrypt);
    QFETCH(SigningRequirement, requirement);
    ResponseParams p = baseParams();
    p.signResponse = signResponse;
    p.signAssertion = signAssertion;
    if (encrypt) {
        p.encryptionCertPem = readSaml(QStringLiteral("keys/sp.pem"));
    }
    const QByteArray xml = build(p);
    QCOMPARE(xml.contains("EncryptedAssertion"), encrypt);
    QCOMPARE(xml.contains("alice@example.com"), !encrypt);
    ResponseExpectations e = baseExpect();
    e.signing = requirement;
    const ResponseVerification v = verifyResponse(encoding::base64(xml), e);
    QVERIFY2(v.ok, qPrintable(describe(v)));
    QCOMPARE(v.assertion.nameId, QStringLiteral("alice@example.com"));
    QCOMPARE(v.assertion.nameIdFormat, p.nameIdFormat);
    QCOMPARE(v.assertion.issuer, kIdp);
    QCOMPARE(v.assertion.inResponseTo, kRequestId);
    QCOMPARE(v.assertion.sessionIndex, QStringLiteral("_session1"));
    QCOMPARE(v.assertion.authnInstant, t0());
    QCOMPARE(v.assertion.notOnOrAfter, t0().addSecs(300 + 180));
    QCOMPARE(v.assertion.attributes.size(), 2);
    QCOMPARE(v.assertion.attributes.at(1).values, QStringList({QStringLiteral("admins"), QStringLiteral("dev")}));
    QVERIFY(!v.assertion.assertionId.isEmpty());
    QVERIFY(!v.assertion.responseId.isEmpty());
    QVERIFY(v.assertion.assertionXml.startsWith("<saml:Assertion"));
    // The trusted certificate whose key verified a signature is reported (the engine tracks the one in use).
    QCOMPARE(v.assertion.signerCertificateDer.isEmpty(), !signResponse && !signAssertion);
    QVERIFY(v.assertion.signerCertificateDer.isEmpty()
            || e.idpCertificatesDer.contains(v.assertion.signerCertificateDer));
    QVERIFY(v.responseXml == xml);
    QVERIFY(v.errorCode.isEmpty());
    for (const CheckStep& step : v.trace) {
        QVERIFY2(step.passed, qPrintable(step.check));
    }
    QVERIFY(v.trace.size() >= 12);
}

void TestSamlSso::responseViolations_data()
{
    QTest::addColumn<ParamsEdit>("edit");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("failedCheck");

    const auto row = [](const char* name, ParamsEdit edit, const char* code, const char* check) {
        QTest::newRow(name) << std::move(edit) << QString::fromLatin1(code) << QString::fromLatin1(check);
    };
    row(
        "wrong audience",
        [](ResponseParams& p, ResponseExpectations&) { p.audience = QStringLiteral("https://other.sp"); },
        "invalid_saml_response",
        "assertion.conditions");
    row(
        "wrong destination",
        [](ResponseParams& p, ResponseExpectations&) {
            p.destination = QStringLiteral("https://evil.test/acs");
            p.recipient = kAcs;
        },
        "invalid_acs_url",
        "response.destination");
    row(
        "wrong recipient",
        [](ResponseParams& p, ResponseExpectations&) { p.recipient = QStringLiteral("https://evil.test/acs"); },
        "invalid_acs_url",
        "assertion.subject-confirmation");
    row(
        "wrong issuer",
        [](ResponseParams& p, ResponseExpectations&) { p.issuer = QStringLiteral("https://evil-idp.test"); },
        "invalid_saml_response",
        "response.issuer");
    row(
        "wrong InResponseTo",
        [](ResponseParams& p, ResponseExpectations&) { p.inResponseTo = QStringLiteral("_other"); },
        "invalid_saml_response",
        "response.in-response-to");
    row(
        "InResponseTo on unsolicited",
        [](ResponseParams&, ResponseExpectations& e) { e.inResponseTo = std::nullopt; },
        "invalid_saml_response",
        "response.in-response-to");
    row(
        "missing InResponseTo when solicited",
        [](ResponseParams& p, ResponseExpectations&) { p.inResponseTo.clear(); },
        "invalid_saml_response",
        "assertion.subject-confirmation");
    row(
        "response too old",
        [](ResponseParams& p, ResponseExpectations& e) {
            p.validitySecs = 3600;
            e.now = t0().addSecs(600 + 180 + 1);
        },
        "response_expired",
        "response.issue-instant");
    row(
        "bearer confirmation expired",
        [](ResponseParams&, ResponseExpectations& e) { e.now = t0().addSecs(300 + 180); },
        "response_expired",
        "assertion.subject-confirmation");
    row(
        "skew edge: expired one second after",
        [](ResponseParams&, ResponseExpectations& e) { e.now = t0().addSecs(300 + 180); },
        "response_expired",
        "assertion.subject-confirmation");
    row(
        "not yet valid (issued in the future)",
        [](ResponseParams&, ResponseExpectations& e) { e.now = t0().addSecs(-181); },
        "response_expired",
        "response.issue-instant");
    row(
        "failure status",
        [](ResponseParams& p, ResponseExpectations&) {
            p.statusCode = QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Responder");
            p.subStatusCode = QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:RequestDenied");
            p.statusMessage = QStringLiteral("User not assigned");
        },
        "invalid_status",
        "response.status");
    row(
        "unsigned, signature required",
        [](ResponseParams& p, ResponseExpectations&) {
            p.signResponse = false;
            p.signAssertion = false;
        },
        "signature_validation_failed",
        "signature.requirement");
    row(
        "response signed, assertion required",
        [](ResponseParams& p, ResponseExpectations& e) {
            p.signAssertion = false;
            e.signing = SigningRequirement::Assertion;
        },
        "signature_validation_failed",
        "signature.requirement");
    row(
        "assertion signed, response required",
        [](ResponseParams& p, ResponseExpectations& e) {
            p.signResponse = false;
            e.signing = SigningRequirement::Response;
        },
        "signature_validation_failed",
        "signature.requirement");
    row(
        "only one signed, both required",
        [](ResponseParams& p, ResponseExpectations& e) {
            p.signResponse = false;
            e.signing = SigningRequirement::ResponseAndAssertion;
        },
        "signature_validation_failed",
        "signature.requirement");
    row(
        "signed by another key",
        [](ResponseParams& p, ResponseExpectations&) {
            p.signingKeyPem = readSaml(QStringLiteral("keys/other.key"));
            p.signingCertPem = readSaml(QStringLiteral("keys/other.pem"));
        },
        "signature_validation_failed",
        "response.signature");
    row(
        "assertion signed by another key",
        [](ResponseParams& p, ResponseExpectations&) {
            p.signResponse = false;
            p.signingKeyPem = readSaml(QStringLiteral("keys/other.key"));
            p.signingCertPem = readSaml(QStringLiteral("keys/other.pem"));
        },
        "signature_validation_failed",
        "assertion.signature");
    row(
        "no trusted certificate",
        [](ResponseParams&, ResponseExpectations& e) { e.idpCertificatesDer.clear(); },
        "signature_validation_failed",
        "response.signature");
    row(
        "missing NameID and email",
        [](ResponseParams& p, ResponseExpectations&) {
            p.nameId.clear();
            p.attributes.clear();
        },
        "mandatory_attribute_missing",
        "assertion.identity");
    row(
        "encrypted without SP key",
        [](ResponseParams& p, ResponseExpectations& e) {
            p.encryptionCertPem = readSaml(QStringLiteral("keys/sp.pem"));
            e.spDecryptionKeyPem.clear();
        },
        "invalid_saml_response",
        "assertion.decrypt");
    row(
        "encrypted for another SP",
        [](ResponseParams& p, ResponseExpectations&) {
            p.encryptionCertPem = readSaml(QStringLiteral("keys/other.pem"));
        },
        "invalid_saml_response",
        "assertion.decrypt");
    row(
        "duplicate attribute",
        [](ResponseParams& p, ResponseExpectations&) { p.attributes.append(p.attributes.constFirst()); },
        "invalid_saml_response",
        "assertion.attributes");
}

void TestSamlSso::responseViolations()
{
    QFETCH(ParamsEdit, edit);
    QFETCH(QString, errorCode);
    QFETCH(QString, failedCheck);
    ResponseParams p = baseParams();
    ResponseExpectations e = baseExpect();
    edit(p, e);
    const ResponseVerification v = verifyResponse(encoding::base64(build(p)), e);
    QVERIFY2(!v.ok, qPrintable(describe(v)));
    QCOMPARE(v.errorCode, errorCode);
    QVERIFY2(!v.trace.isEmpty() && v.trace.constLast().check == failedCheck && !v.trace.constLast().passed,
             qPrintable(describe(v)));
    QVERIFY(!v.reason.isEmpty());
    QVERIFY(!v.fix.isEmpty());
}

void TestSamlSso::timeWindows_data()
{
    // Unsigned responses (NO_SIGNING) so that Conditions can be edited independently of the bearer window.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<qint64>("nowOffset");
    QTest::addColumn<QString>("errorCode");
    const QByteArray notOnOrAfter =
        "<saml:Conditions NotBefore=\"2026-11-27T12:00:00Z\" NotOnOrAfter=\"2026-11-27T12:05:00Z\"";
    const QByteArray shortLived =
        "<saml:Conditions NotBefore=\"2026-11-27T12:00:00Z\" NotOnOrAfter=\"2026-11-27T12:01:00Z\"";
    const QByteArray future =
        "<saml:Conditions NotBefore=\"2026-11-27T12:04:00Z\" NotOnOrAfter=\"2026-11-27T12:05:00Z\"";
    QTest::newRow("conditions expired") << notOnOrAfter << shortLived << qint64(60 + 180)
                                        << QStringLiteral("assertion_expired");
    QTest::newRow("conditions expiry within skew") << notOnOrAfter << shortLived << qint64(60 + 179) << QString();
    QTest::newRow("conditions not yet valid")
        << notOnOrAfter << future << qint64(240 - 181) << QStringLiteral("assertion_expired");
    QTest::newRow("conditions NotBefore within skew") << notOnOrAfter << future << qint64(240 - 180) << QString();
    QTest::newRow("bearer expiry within skew") << QByteArray() << QByteArray() << qint64(300 + 179) << QString();
    QTest::newRow("bearer expired at skew edge")
        << QByteArray() << QByteArray() << qint64(300 + 180) << QStringLiteral("response_expired");
    QTest::newRow("issued in the future within skew") << QByteArray() << QByteArray() << qint64(-180) << QString();
    QTest::newRow("issued in the future beyond skew")
        << QByteArray() << QByteArray() << qint64(-181) << QStringLiteral("response_expired");
    QTest::newRow("bearer not yet valid")
        << QByteArray("<saml:SubjectConfirmationData ")
        << QByteArray("<saml:SubjectConfirmationData NotBefore=\"2026-11-27T12:04:00Z\" ") << qint64(0)
        << QStringLiteral("response_expired");
    QTest::newRow("no Conditions") << notOnOrAfter << QByteArray("<saml:Unknown") << qint64(0)
                                   << QStringLiteral("invalid_saml_response");
    QTest::newRow("unknown condition")
        << QByteArray("<saml:AudienceRestriction>")
        << QByteArray("<saml:ProxyRestriction Count=\"0\"/><saml:Custom/><saml:AudienceRestriction>") << qint64(0)
        << QStringLiteral("invalid_saml_response");
    QTest::newRow("second audience restriction without the SP")
        << QByteArray("</saml:AudienceRestriction>")
        << QByteArray(
               "</saml:AudienceRestriction><saml:AudienceRestriction><saml:Audience>https://other.sp</saml:Audience>"
               "</saml:AudienceRestriction>")
        << qint64(0) << QStringLiteral("invalid_saml_response");
    QTest::newRow("one-time use accepted")
        << QByteArray("<saml:AudienceRestriction>") << QByteArray("<saml:OneTimeUse/><saml:AudienceRestriction>")
        << qint64(0) << QString();
    QTest::newRow("wrong SPNameQualifier")
        << QByteArray("<saml:NameID ") << QByteArray("<saml:NameID SPNameQualifier=\"https://other.sp\" ") << qint64(0)
        << QStringLiteral("invalid_saml_response");
    QTest::newRow("empty NameID") << QByteArray(">alice@example.com</saml:NameID>") << QByteArray("> </saml:NameID>")
                                  << qint64(0) << QStringLiteral("invalid_saml_response");
    QTest::newRow("no Response Issuer") << QByteArray(
        "<saml:Issuer>https://idp.example.test/saml</saml:Issuer><samlp:Status>")
                                        << QByteArray("<samlp:Status>") << qint64(0)
                                        << QStringLiteral("invalid_saml_response");
}

void TestSamlSso::timeWindows()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(qint64, nowOffset);
    QFETCH(QString, errorCode);
    ResponseParams p = baseParams();
    p.signResponse = false;
    p.signAssertion = false;
    QByteArray xml = build(p);
    if (!from.isEmpty()) {
        QVERIFY(xml.contains(from));
        xml.replace(from, to);
        if (to.startsWith("<saml:Unknown")) {
            xml.replace("</saml:Conditions>", "</saml:Unknown>");
        }
    }
    ResponseExpectations e = baseExpect();
    e.signing = SigningRequirement::None;
    e.now = t0().addSecs(nowOffset);
    const ResponseVerification v = verifyResponseXml(xml, e);
    QVERIFY2(v.ok == errorCode.isEmpty(), qPrintable(describe(v)));
    QCOMPARE(v.errorCode, errorCode);
}

void TestSamlSso::commentInNameIdIsNotTruncated()
{
    // Exclusive c14n drops comments, so the signature still verifies; the NameID is the whole text.
    ResponseParams p = baseParams();
    p.nameId = QStringLiteral("alice@example.com.evil.test");
    QByteArray xml = build(p);
    QVERIFY(xml.contains(">alice@example.com.evil.test</saml:NameID>"));
    xml.replace(">alice@example.com.evil.test</saml:NameID>",
                ">alice@example.com<!-- injected -->.evil.test</saml:NameID>");
    const ResponseVerification v = verifyResponseXml(xml, baseExpect());
    QVERIFY2(v.ok, qPrintable(describe(v)));
    QCOMPARE(v.assertion.nameId, QStringLiteral("alice@example.com.evil.test"));
}

void TestSamlSso::tamperedResponseIsRejected()
{
    const QByteArray xml = build(baseParams());
    QByteArray tampered = xml;
    tampered.replace("alice@example.com</saml:NameID>", "admin@example.com</saml:NameID>");
    QVERIFY(tampered != xml);
    ResponseVerification v = verifyResponseXml(tampered, baseExpect());
    QCOMPARE(v.errorCode, QStringLiteral("signature_validation_failed"));

    // Unsigned assertion appended next to the signed one: exactly one assertion allowed.
    QByteArray wrapped = xml;
    const qsizetype start = xml.indexOf("<saml:Assertion");
    const qsizetype end = xml.indexOf("</saml:Assertion>") + qsizetype(strlen("</saml:Assertion>"));
    QByteArray evil = xml.mid(start, end - start);
    evil.replace("alice@", "admin@");
    wrapped.insert(start, evil);
    v = verifyResponseXml(wrapped, baseExpect());
    QVERIFY(!v.ok);
    QVERIFY2(v.errorCode == QLatin1String("signature_validation_failed")
                 || v.errorCode == QLatin1String("invalid_saml_response"),
             qPrintable(describe(v)));

    v = verifyResponseXml("<samlp:Response", baseExpect());
    QCOMPARE(v.errorCode, QStringLiteral("malformed_saml_response"));
    v = verifyResponseXml("<!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>", baseExpect());
    QCOMPARE(v.errorCode, QStringLiteral("malformed_saml_response"));
    v = verifyResponseXml("<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>", baseExpect());
    QCOMPARE(v.errorCode, QStringLiteral("malformed_saml_response"));
}

void TestSamlSso::base64Envelope()
{
    const QByteArray b64 = encoding::base64(build(baseParams()));
    QByteArray wrapped;
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        wrapped += b64.mid(i, 76) + "\r\n";
    }
    QVERIFY(verifyResponse(wrapped, baseExpect()).ok);
    const ResponseVerification bad = verifyResponse("not*base64", baseExpect());
    QCOMPARE(bad.errorCode, QStringLiteral("malformed_saml_response"));
    QVERIFY(bad.responseXml.isEmpty());
}

void TestSamlSso::injectedCommentFixture()
{
    // crewjam/saml TestSPRejectsInjectedComment (CVE-2018-7340): the Google response is valid as shipped; with a
    // comment splitting a changed NameID it must fail, and the verifier must never return the truncated value.
    const QByteArray original =
        encoding::fromBase64(
            readSaml(QStringLiteral("fixtures/crewjam-saml/testdata/TestSPRejectsInjectedComment_response")),
            encoding::Whitespace::Ignore)
            .value();
    ResponseExpectations e;
    e.spEntityId = QStringLiteral("https://29ee6d2e.ngrok.io/saml/metadata");
    e.acsUrl = QStringLiteral("https://29ee6d2e.ngrok.io/saml/acs");
    e.idpEntityId = QStringLiteral("https://accounts.google.com/o/saml2?idpid=C02dfl1r1");
    e.idpCertificatesDer =
        dersFromPem(readSaml(QStringLiteral("fixtures/certs/177779ad0afbda6ff476acbfff83b3aa683e853b.pem")));
    e.inResponseTo = QStringLiteral("id-fd419a5ab0472645427f8e07d87a3a5dd0b2e9a6");
    e.allowSha1 = true;
    e.now = QDateTime(QDate(2016, 1, 5), QTime(16, 56, 9), Qt::UTC);
    ResponseVerification v = verifyResponseXml(original, e);
    QVERIFY2(v.ok, qPrintable(describe(v)));
    QCOMPARE(v.assertion.nameId, QStringLiteral("ross@octolabs.io"));

    QByteArray injected = original;
    QVERIFY(injected.contains(">ross@octolabs.io</saml2:NameID>") || injected.contains(">ross@octolabs.io</"));
    injected.replace(">ross@octolabs.io</", ">ross@octolabs.io<!-- a comment -->.example.com</");
    v = verifyResponseXml(injected, e);
    QVERIFY(!v.ok);
    QCOMPARE(v.errorCode, QStringLiteral("signature_validation_failed"));
    QVERIFY(v.assertion.nameId.isEmpty());
}

void TestSamlSso::duplicateIdAndMisplacedSignature()
{
    ResponseParams p = baseParams();
    p.assertionId = QStringLiteral("_assertion1");
    p.signResponse = false;
    const QByteArray xml = build(p);
    QVERIFY(verifyResponseXml(xml, baseExpect()).ok);

    // Another element carrying the signed assertion's ID: the reference would be ambiguous.
    QByteArray duplicate = xml;
    duplicate.replace("<samlp:Status>",
                      "<samlp:Extensions><x:Other xmlns:x=\"urn:x\" ID=\"_assertion1\"/></samlp:Extensions>"
                      "<samlp:Status>");
    ResponseVerification v = verifyResponseXml(duplicate, baseExpect());
    QCOMPARE(v.errorCode, QStringLiteral("signature_validation_failed"));
    QVERIFY2(v.reason.contains(QStringLiteral("dsig.duplicate-id")), qPrintable(v.reason));

    // A signature hidden in Status (ruby-saml's response_invalid_signed_element shape).
    QByteArray misplaced = xml;
    const qsizetype start = xml.indexOf("<ds:Signature");
    const qsizetype end = xml.indexOf("</ds:Signature>") + qsizetype(strlen("</ds:Signature>"));
    misplaced.replace("</samlp:Status>", QByteArray(xml.mid(start, end - start) + "</samlp:Status>"));
    v = verifyResponseXml(misplaced, baseExpect());
    QCOMPARE(v.errorCode, QStringLiteral("signature_validation_failed"));
    QCOMPARE(v.trace.constLast().check, QStringLiteral("response.signature"));

    // The same assertion nested in the Advice of an unsigned wrapper assertion (XSW): exactly one top assertion,
    // but it is unsigned and the signed one is never used.
    const qsizetype aStart = xml.indexOf("<saml:Assertion");
    const qsizetype aEnd = xml.indexOf("</saml:Assertion>") + qsizetype(strlen("</saml:Assertion>"));
    QByteArray evil = xml.mid(aStart, aEnd - aStart);
    const qsizetype sigStart = evil.indexOf("<ds:Signature");
    const qsizetype sigEnd = evil.indexOf("</ds:Signature>") + qsizetype(strlen("</ds:Signature>"));
    evil.remove(sigStart, sigEnd - sigStart);
    evil.replace("ID=\"_assertion1\"", "ID=\"_evil\"");
    evil.replace("alice@example.com</saml:NameID>", "admin@example.com</saml:NameID>");
    evil.replace("</saml:Conditions>",
                 QByteArray("</saml:Conditions><saml:Advice>" + xml.mid(aStart, aEnd - aStart) + "</saml:Advice>"));
    QByteArray wrapped = xml;
    wrapped.replace(aStart, aEnd - aStart, evil);
    v = verifyResponseXml(wrapped, baseExpect());
    QCOMPARE(v.errorCode, QStringLiteral("signature_validation_failed"));
    QCOMPARE(v.trace.constLast().check, QStringLiteral("signature.requirement"));
}

// tests/data/saml/fixtures.tsv (generated by make-fixtures.py: file, encoding, cert, now, acs, audience, issuer,
// inResponseTo, signing, spKey) joined with verdicts.tsv (hand-maintained: file, expected "ok" or error code,
// optional key=value overrides of the generated settings, optional expected NameID as nameid=...).
void TestSamlSso::thirdPartyFixtures_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("overrides");
    QMap<QString, QStringList> verdicts;
    for (const QByteArray& line : readSaml(QStringLiteral("verdicts.tsv")).split('\n')) {
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QStringList cols = QString::fromUtf8(line).split(u'\t');
        verdicts.insert(cols.at(0), cols.mid(1));
    }
    const bool report = qEnvironmentVariableIsSet("GATEHOUSE_SAML_FIXTURE_REPORT");
    for (const QByteArray& line : readSaml(QStringLiteral("fixtures.tsv")).split('\n')) {
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        const QStringList verdict = verdicts.value(fields.at(0));
        if (verdict.isEmpty() && !report) {
            qFatal("no verdict for fixture %s in verdicts.tsv", qPrintable(fields.at(0)));
        }
        QTest::newRow(qPrintable(fields.at(0).mid(9))) << fields << verdict.value(0) << verdict.mid(1);
    }
}

void TestSamlSso::thirdPartyFixtures()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);
    QFETCH(QStringList, overrides);
    QMap<QString, QString> s;
    const QStringList names = {QStringLiteral("file"),
                               QStringLiteral("encoding"),
                               QStringLiteral("cert"),
                               QStringLiteral("now"),
                               QStringLiteral("acs"),
                               QStringLiteral("audience"),
                               QStringLiteral("issuer"),
                               QStringLiteral("inResponseTo"),
                               QStringLiteral("signing"),
                               QStringLiteral("spKey")};
    for (int i = 0; i < names.size(); ++i) {
        s.insert(names.at(i), fields.value(i));
    }
    for (const QString& o : std::as_const(overrides)) {
        if (!o.isEmpty()) {
            s.insert(o.section(u'=', 0, 0), o.section(u'=', 1));
        }
    }
    ResponseExpectations e;
    e.spEntityId = s.value(QStringLiteral("audience"));
    e.acsUrl = s.value(QStringLiteral("acs"));
    e.idpEntityId = s.value(QStringLiteral("issuer"));
    if (!s.value(QStringLiteral("cert")).isEmpty()) {
        e.idpCertificatesDer = dersFromPem(readSaml(s.value(QStringLiteral("cert"))));
    }
    if (s.value(QStringLiteral("inResponseTo")) != QLatin1String("-")) {
        e.inResponseTo = s.value(QStringLiteral("inResponseTo"));
    }
    e.signing = signingRequirementFromString(s.value(QStringLiteral("signing")));
    e.allowSha1 = true; // most third-party fixtures predate SHA-256
    e.now = QDateTime::fromString(s.value(QStringLiteral("now")), Qt::ISODate);
    if (s.contains(QStringLiteral("maxAge"))) {
        e.maxResponseAgeSecs = s.value(QStringLiteral("maxAge")).toInt();
    }
    if (s.contains(QStringLiteral("sha1"))) {
        e.allowSha1 = s.value(QStringLiteral("sha1")) == QLatin1String("1");
    }
    if (!s.value(QStringLiteral("spKey")).isEmpty()) {
        e.spDecryptionKeyPem = readSaml(s.value(QStringLiteral("spKey")));
    }
    QByteArray data = readSaml(s.value(QStringLiteral("file")));
    if (s.value(QStringLiteral("encoding")).startsWith(QLatin1String("base64"))) {
        // ruby-saml also ships DEFLATE-compressed responses (as in the Redirect binding): inflate those here.
        auto decoded = encoding::fromBase64(data, encoding::Whitespace::Ignore);
        if (decoded.ok() && !decoded.value().trimmed().startsWith('<')) {
            auto inflated = support::inflateRaw(decoded.value(), 4 * 1024 * 1024);
            QVERIFY(inflated.ok());
            data = encoding::base64(inflated.value());
        }
    }
    const ResponseVerification v = s.value(QStringLiteral("encoding")).startsWith(QLatin1String("base64"))
                                       ? verifyResponse(data, e)
                                       : verifyResponseXml(data, e);
    const QString actual = v.ok ? QStringLiteral("ok") : v.errorCode;
    if (qEnvironmentVariableIsSet("GATEHOUSE_SAML_FIXTURE_REPORT")) {
        const QString last = v.trace.isEmpty() ? QString() : v.trace.constLast().check;
        printf("REPORT\t%s\t%s\t%s\t%s\t%s\n",
               qPrintable(s.value(QStringLiteral("file"))),
               qPrintable(actual),
               qPrintable(last),
               qPrintable(v.ok ? v.assertion.nameId : v.reason.left(220)),
               qPrintable(overrides.join(u'\t')));
        return;
    }
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("expected %1, got %2").arg(expected, describe(v))));
    const QString nameId = s.value(QStringLiteral("nameid"));
    if (!nameId.isEmpty()) {
        QCOMPARE(v.assertion.nameId, nameId);
    }
}

QTEST_GUILESS_MAIN(TestSamlSso)
#include "TestSamlSso.moc"
