#include "core/xmldsig/SignatureSigner.h"
#include "core/xmldsig/SignatureVerifier.h"
#include "core/xmldsig/XmlDocument.h"
#include "core/xmldsig/XmlNodes.h"
#include "XmldsigTestData.h"

#include <QFile>
#include <QTest>

#include <libxml/tree.h>
#include <libxml/valid.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace gatehouse::core;
using namespace gatehouse::core::xml;
using Algorithm = SignatureSigner::Algorithm;

Q_DECLARE_METATYPE(SignatureSigner::Algorithm)

namespace {

using gatehouse::tests::derFromPem;
using gatehouse::tests::readData;

QByteArray serialize(const XmlDocument& doc)
{
    xmlChar* buffer = nullptr;
    int size = 0;
    xmlDocDumpMemory(doc.doc(), &buffer, &size);
    QByteArray result(reinterpret_cast<const char*>(buffer), size);
    xmlFree(buffer);
    return result;
}

XmlDocument parse(const QByteArray& xml)
{
    auto doc = XmlDocument::parse(xml);
    if (!doc.ok()) {
        qFatal("cannot parse: %s", qPrintable(doc.error().message));
    }
    return std::move(doc).value();
}

const QByteArray kResponse =
    "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
    "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_r1\" Version=\"2.0\" "
    "IssueInstant=\"2024-05-01T10:00:00Z\">\n  <saml:Issuer>https://idp.example.test</saml:Issuer>\n"
    "  <samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status>\n"
    "  <saml:Assertion ID=\"_a1\" Version=\"2.0\" IssueInstant=\"2024-05-01T10:00:00Z\">"
    "<saml:Issuer>https://idp.example.test</saml:Issuer><saml:Subject><saml:NameID>alice@example.test</saml:NameID>"
    "</saml:Subject></saml:Assertion>\n</samlp:Response>\n";

const QByteArray kMetadata =
    "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
    "xmlns:mdrpi=\"urn:oasis:names:tc:SAML:metadata:rpi\" ID=\"_m1\" entityID=\"https://idp.example.test\">\n"
    "  <md:Extensions><mdrpi:RegistrationInfo registrationAuthority=\"https://fed.example.test\"/></md:Extensions>\n"
    "  <md:IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
    "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" "
    "Location=\"https://idp.example.test/sso\"/></md:IDPSSODescriptor>\n</md:EntityDescriptor>\n";

xmlNode* firstElementChild(const xmlNode* parent)
{
    const QList<xmlNode*> list = children(parent);
    return list.isEmpty() ? nullptr : list.first();
}

} // namespace

class TestSignatureSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void metadataSignatureIsFirstChild();
    void signNestedAssertion();
    void tamperAfterSigning();
    void refused_data();
    void refused();
    void duplicateId();

private:
    QByteArray m_rsaKey;
    QByteArray m_rsaCert;
    QByteArray m_ecKey;
    QByteArray m_ecCert;
};

void TestSignatureSigner::initTestCase()
{
    m_rsaKey = readData(QStringLiteral("keys/rsa-signer.key.pem"));
    m_rsaCert = readData(QStringLiteral("keys/rsa-signer.cert.pem"));
    m_ecKey = readData(QStringLiteral("keys/ec-signer.key.pem"));
    m_ecCert = readData(QStringLiteral("keys/ec-signer.cert.pem"));
}

void TestSignatureSigner::roundTrip_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<QString>("methodUri");
    QTest::newRow("rsa-sha256") << Algorithm::RsaSha256 << "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    QTest::newRow("rsa-sha512") << Algorithm::RsaSha512 << "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    QTest::newRow("ecdsa-sha256") << Algorithm::EcdsaSha256 << "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
}

void TestSignatureSigner::roundTrip()
{
    QFETCH(Algorithm, algorithm);
    QFETCH(QString, methodUri);
    const bool ec = algorithm == Algorithm::EcdsaSha256;
    const QByteArray& key = ec ? m_ecKey : m_rsaKey;
    const QByteArray& certPem = ec ? m_ecCert : m_rsaCert;
    const QByteArray certDer = derFromPem(certPem);

    XmlDocument doc = parse(kResponse);
    auto signed_ = SignatureSigner::signEnveloped(doc, doc.root(), key, certPem, algorithm);
    QVERIFY2(signed_.ok(), qPrintable(signed_.ok() ? QString() : signed_.error().message));

    // Position: right after saml:Issuer.
    const QList<xmlNode*> kids = xml::children(doc.root());
    QVERIFY(isElement(kids.at(0), kNsAssertion, "Issuer"));
    QVERIFY(isElement(kids.at(1), kNsDsig, "Signature"));
    QVERIFY(xmlGetID(doc.doc(), reinterpret_cast<const xmlChar*>("_r1")) == nullptr);

    auto inMemory = SignatureVerifier::verify(doc, doc.root(), {certDer});
    QVERIFY2(inMemory.ok(), qPrintable(inMemory.ok() ? QString() : inMemory.error().message));
    QCOMPARE(inMemory.value().signatureMethod, methodUri);
    QCOMPARE(inMemory.value().digestMethod, QStringLiteral("http://www.w3.org/2001/04/xmlenc#sha256"));
    QCOMPARE(inMemory.value().canonicalizationMethod, QStringLiteral("http://www.w3.org/2001/10/xml-exc-c14n#"));
    QCOMPARE(inMemory.value().referenceUri, QStringLiteral("#_r1"));
    QCOMPARE(inMemory.value().keyInfoCertificatesDer, QList<QByteArray>{certDer});
    QCOMPARE(inMemory.value().signerCertificateDer, certDer);

    // Serialised and parsed again (what a receiver sees).
    const XmlDocument reparsed = parse(serialize(doc));
    auto received = SignatureVerifier::verify(reparsed, reparsed.root(), {certDer});
    QVERIFY2(received.ok(), qPrintable(received.ok() ? QString() : received.error().message));

    // Another key does not verify it.
    auto wrongKey = SignatureVerifier::verify(
        reparsed, reparsed.root(), {derFromPem(readData(QStringLiteral("keys/attacker.cert.pem")))});
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.error().code, QStringLiteral("dsig.no-trusted-key"));
}

void TestSignatureSigner::metadataSignatureIsFirstChild()
{
    XmlDocument doc = parse(kMetadata);
    QVERIFY(SignatureSigner::signEnveloped(doc, doc.root(), m_rsaKey, m_rsaCert).ok());
    const QList<xmlNode*> kids = xml::children(doc.root());
    QCOMPARE(kids.size(), 3);
    QVERIFY(isElement(kids.at(0), kNsDsig, "Signature"));
    QVERIFY(isElement(kids.at(1), kNsMetadata, "Extensions"));
    QVERIFY(isElement(kids.at(2), kNsMetadata, "IDPSSODescriptor"));
    const XmlDocument reparsed = parse(serialize(doc));
    QVERIFY(SignatureVerifier::verify(reparsed, reparsed.root(), {derFromPem(m_rsaCert)}).ok());

    // An element without children gets the signature as its only child.
    XmlDocument empty = parse("<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" ID=\"_e\"/>");
    QVERIFY(SignatureSigner::signEnveloped(empty, empty.root(), m_rsaKey, m_rsaCert).ok());
    QVERIFY(isElement(firstElementChild(empty.root()), kNsDsig, "Signature"));
    QVERIFY(SignatureVerifier::verify(empty, empty.root(), {derFromPem(m_rsaCert)}).ok());
}

void TestSignatureSigner::signNestedAssertion()
{
    XmlDocument doc = parse(kResponse);
    xmlNode* assertion = firstChild(doc.root(), kNsAssertion, "Assertion");
    QVERIFY(SignatureSigner::signEnveloped(doc, assertion, m_rsaKey, m_rsaCert).ok());
    QVERIFY(isElement(xml::children(assertion).at(1), kNsDsig, "Signature"));
    const XmlDocument reparsed = parse(serialize(doc));
    xmlNode* reparsedAssertion = firstChild(reparsed.root(), kNsAssertion, "Assertion");
    QVERIFY(SignatureVerifier::verify(reparsed, reparsedAssertion, {derFromPem(m_rsaCert)}).ok());
    QCOMPARE(SignatureVerifier::verify(reparsed, reparsed.root(), {derFromPem(m_rsaCert)}).error().code,
             QStringLiteral("dsig.missing"));
    // Then the response around it: two independent signatures.
    QVERIFY(SignatureSigner::signEnveloped(doc, doc.root(), m_rsaKey, m_rsaCert).ok());
    const XmlDocument both = parse(serialize(doc));
    QVERIFY(SignatureVerifier::verify(both, both.root(), {derFromPem(m_rsaCert)}).ok());
    QVERIFY(SignatureVerifier::verify(both, firstChild(both.root(), kNsAssertion, "Assertion"), {derFromPem(m_rsaCert)})
                .ok());
}

void TestSignatureSigner::tamperAfterSigning()
{
    XmlDocument doc = parse(kResponse);
    QVERIFY(SignatureSigner::signEnveloped(doc, doc.root(), m_rsaKey, m_rsaCert).ok());
    QByteArray xml = serialize(doc);
    QVERIFY(xml.contains("alice@example.test"));
    xml.replace("alice@example.test", "admin@example.test");
    const XmlDocument tampered = parse(xml);
    auto result = SignatureVerifier::verify(tampered, tampered.root(), {derFromPem(m_rsaCert)});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("dsig.invalid"));
}

void TestSignatureSigner::refused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<QString>("code");
    const QString rsaKey = QStringLiteral("keys/rsa-signer.key.pem");
    const QString rsaCert = QStringLiteral("keys/rsa-signer.cert.pem");
    QTest::newRow("no ID") << QByteArray("<a/>") << rsaKey << rsaCert << Algorithm::RsaSha256 << "dsig.reference-uri";
    QTest::newRow("empty ID") << QByteArray("<a ID=\"\"/>") << rsaKey << rsaCert << Algorithm::RsaSha256
                              << "dsig.reference-uri";
    QTest::newRow("already signed") << QByteArray("<a ID=\"x\"><ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/"
                                                  "xmldsig#\"/></a>")
                                    << rsaKey << rsaCert << Algorithm::RsaSha256 << "dsig.multiple-signatures";
    QTest::newRow("key and cert differ") << kResponse << rsaKey << "keys/attacker.cert.pem" << Algorithm::RsaSha256
                                         << "dsig.sign-key";
    QTest::newRow("rsa key for ecdsa") << kResponse << rsaKey << rsaCert << Algorithm::EcdsaSha256 << "dsig.sign-key";
    QTest::newRow("ec key for rsa") << kResponse << "keys/ec-signer.key.pem"
                                    << "keys/ec-signer.cert.pem" << Algorithm::RsaSha256 << "dsig.sign-key";
    QTest::newRow("encrypted key") << kResponse << "keys/rsa-signer.encrypted.key.pem" << rsaCert
                                   << Algorithm::RsaSha256 << "dsig.sign-key";
    QTest::newRow("cert as key") << kResponse << rsaCert << rsaCert << Algorithm::RsaSha256 << "dsig.sign-key";
    QTest::newRow("key as cert") << kResponse << rsaKey << rsaKey << Algorithm::RsaSha256 << "dsig.sign-key";
}

void TestSignatureSigner::refused()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, keyFile);
    QFETCH(QString, certFile);
    QFETCH(Algorithm, algorithm);
    QFETCH(QString, code);
    XmlDocument doc = parse(xml);
    const QByteArray before = serialize(doc);
    auto result = SignatureSigner::signEnveloped(doc, doc.root(), readData(keyFile), readData(certFile), algorithm);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(serialize(doc), before); // nothing added on failure
}

void TestSignatureSigner::duplicateId()
{
    XmlDocument doc = parse("<root><a ID=\"x\"/><b ID=\"x\"/></root>");
    xmlNode* a = firstElementChild(doc.root());
    auto result = SignatureSigner::signEnveloped(doc, a, m_rsaKey, m_rsaCert);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("dsig.duplicate-id"));

    XmlDocument other = parse(kResponse);
    QCOMPARE(SignatureSigner::signEnveloped(other, doc.root(), m_rsaKey, m_rsaCert).error().code,
             QStringLiteral("dsig.sign-element"));
    QCOMPARE(SignatureSigner::signEnveloped(other, nullptr, m_rsaKey, m_rsaCert).error().code,
             QStringLiteral("dsig.sign-element"));
}

QTEST_GUILESS_MAIN(TestSignatureSigner)
#include "TestSignatureSigner.moc"
