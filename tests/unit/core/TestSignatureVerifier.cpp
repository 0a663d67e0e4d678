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

namespace {

using gatehouse::tests::derFromPem;
using gatehouse::tests::readData;

QByteArray cert(const QString& file)
{
    return derFromPem(readData(file));
}

XmlDocument load(const QString& file)
{
    auto doc = XmlDocument::parse(readData(file));
    if (!doc.ok()) {
        qFatal("cannot parse %s: %s", qPrintable(file), qPrintable(doc.error().message));
    }
    return std::move(doc).value();
}

// "root", or "assertion" for the first saml:Assertion child of the root.
xmlNode* target(const XmlDocument& doc, const QString& which)
{
    return which == QLatin1String("assertion") ? firstChild(doc.root(), kNsAssertion, "Assertion") : doc.root();
}

xmlNode* signatureOf(xmlNode* element)
{
    return firstChild(element, kNsDsig, "Signature");
}

} // namespace

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void inspectReportsStructure();
    void algorithmAllowList_data();
    void algorithmAllowList();
    void tamperedContent_data();
    void tamperedContent();
    void tamperedSignatureValue();
    void multipleSignatures();
    void wrappedCopyElsewhere_data();
    void wrappedCopyElsewhere();
    void xsltTransform();
    void trustedKeysOnly();
    void badArguments();
    void idRegistrationIsTemporary();
};

void TestSignatureVerifier::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("element");
    QTest::addColumn<QStringList>("trusted");
    QTest::addColumn<bool>("allowSha1");
    QTest::addColumn<QString>("code"); // empty: must verify
    const QStringList rsa{QStringLiteral("keys/rsa-signer.cert.pem")};
    const QStringList ec{QStringLiteral("keys/ec-signer.cert.pem")};
    const QString root = QStringLiteral("root");
    const QString assertion = QStringLiteral("assertion");

    // Third-party signatures (see tests/data/xmldsig/SOURCES.md).
    const QStringList winAd{QStringLiteral("certs/windows-ad-signer.pem")};
    QTest::newRow("windows-ad sha1 allowed") << "valid/windows-ad-metadata.xml" << root << winAd << true << "";
    QTest::newRow("windows-ad sha1 refused")
        << "valid/windows-ad-metadata.xml" << root << winAd << false << "dsig.algorithm-weak";
    QTest::newRow("windows-ad other cert")
        << "valid/windows-ad-metadata.xml" << root << QStringList{QStringLiteral("certs/node-saml-cert.pem")} << true
        << "dsig.no-trusted-key";
    QTest::newRow("python3-saml metadata")
        << "valid/python3-saml-signed_metadata_settings1.xml" << root
        << QStringList{QStringLiteral("certs/python3-saml-settings1-idp.pem")} << true << "";
    const QStringList acme{QStringLiteral("certs/node-saml-acme_tools_com.pem")};
    QTest::newRow("node-saml metadata sha256") << "valid/node-saml-signedMetadata.xml" << root << acme << false << "";
    QTest::newRow("node-saml metadata wrong cert")
        << "valid/node-saml-signedMetadata.xml" << root << rsa << false << "dsig.no-trusted-key";
    const QStringList nodeSaml{QStringLiteral("certs/node-saml-cert.pem")};
    const QString both = QStringLiteral("valid/node-saml-response.root-signed.assertion-signed.xml");
    const QString assertionOnly = QStringLiteral("valid/node-saml-response.root-unsigned.assertion-signed.xml");
    QTest::newRow("node-saml response") << both << root << nodeSaml << true << "";
    QTest::newRow("node-saml response assertion") << both << assertion << nodeSaml << true << "";
    QTest::newRow("node-saml unsigned response") << assertionOnly << root << nodeSaml << true << "dsig.missing";
    QTest::newRow("node-saml signed assertion") << assertionOnly << assertion << nodeSaml << true << "";
    // SWAMID 1.0 is cryptographically valid (xmlsec1 verifies it) but uses Reference URI="" and an
    // exc-c14n#WithComments transform, both outside the profile.
    QTest::newRow("swamid aggregate") << "invalid/swamid-1.0.xml" << root
                                      << QStringList{QStringLiteral("certs/swamid-signer-v1.1.pem")} << true
                                      << "dsig.reference-uri";
    // The SWITCHaai test aggregate was edited after signing: the digest does not match.
    const QStringList switchAai{QStringLiteral("certs/switchaai-metadata-signer.pem")};
    QTest::newRow("switch aggregate altered")
        << "invalid/switch-metadata.aaitest.xml" << root << switchAai << true << "dsig.invalid";
    QTest::newRow("switch aggregate sha1")
        << "invalid/switch-metadata.aaitest.xml" << root << switchAai << false << "dsig.algorithm-weak";

    // Signed by the xmlsec1 command-line tool (tests/data/xmldsig/make-crafted.py).
    QTest::newRow("xmlsec1 response") << "crafted/ok-response-rsa-sha256.xml" << root << rsa << false << "";
    QTest::newRow("xmlsec1 assertion") << "crafted/ok-assertion-rsa-sha256.xml" << assertion << rsa << false << "";
    QTest::newRow("xmlsec1 assertion, response unsigned")
        << "crafted/ok-assertion-rsa-sha256.xml" << root << rsa << false << "dsig.missing";
    QTest::newRow("xmlsec1 ecdsa-sha384") << "crafted/ok-metadata-ecdsa-sha384.xml" << root << ec << false << "";
    QTest::newRow("ecdsa with only rsa trusted")
        << "crafted/ok-metadata-ecdsa-sha384.xml" << root << rsa << false << "dsig.no-trusted-key";
    QTest::newRow("ecdsa, rsa and ec trusted")
        << "crafted/ok-metadata-ecdsa-sha384.xml" << root << rsa + ec << false << "";
    QTest::newRow("inclusive c14n method, sha512")
        << "crafted/ok-metadata-inclusive-c14n-rsa-sha512.xml" << root << rsa << false << "";
    QTest::newRow("exc-c14n PrefixList") << "crafted/ok-metadata-prefixlist.xml" << root << rsa << false << "";
    QTest::newRow("rsa-sha1 refused") << "crafted/weak-rsa-sha1.xml" << root << rsa << false << "dsig.algorithm-weak";
    QTest::newRow("rsa-sha1 allowed") << "crafted/weak-rsa-sha1.xml" << root << rsa << true << "";
    QTest::newRow("not direct child") << "crafted/not-direct-child.xml" << root << rsa << false
                                      << "dsig.not-direct-child";
    QTest::newRow("two references") << "crafted/two-references.xml" << root << rsa << false << "dsig.reference-count";
    QTest::newRow("reference to other element")
        << "crafted/reference-other-element.xml" << root << rsa << false << "dsig.reference-uri";
    QTest::newRow("reference empty uri") << "crafted/reference-empty-uri.xml" << root << rsa << false
                                         << "dsig.reference-uri";
    QTest::newRow("reference without uri")
        << "crafted/reference-no-uri.xml" << root << rsa << false << "dsig.reference-uri";
    QTest::newRow("xpath transform") << "crafted/transform-xpath.xml" << root << rsa << false
                                     << "dsig.transform-forbidden";
    QTest::newRow("exc-c14n WithComments transform")
        << "crafted/transform-exc-c14n-with-comments.xml" << root << rsa << false << "dsig.transform-forbidden";
    QTest::newRow("inclusive c14n transform")
        << "crafted/transform-inclusive-c14n.xml" << root << rsa << false << "dsig.transform-forbidden";
    QTest::newRow("enveloped missing") << "crafted/transform-missing-enveloped.xml" << root << rsa << false
                                       << "dsig.transform-forbidden";
    QTest::newRow("c14n WithComments method")
        << "crafted/c14n-with-comments.xml" << root << rsa << false << "dsig.transform-forbidden";
    QTest::newRow("md5 digest") << "crafted/digest-md5.xml" << root << rsa << true << "dsig.algorithm-forbidden";
    QTest::newRow("rsa-md5 signature") << "crafted/signature-rsa-md5.xml" << root << rsa << true
                                       << "dsig.algorithm-forbidden";
    QTest::newRow("hmac-sha256 signature")
        << "crafted/signature-hmac-sha256.xml" << root << rsa << true << "dsig.algorithm-forbidden";
    QTest::newRow("attacker cert in KeyInfo")
        << "crafted/attacker-keyinfo.xml" << root << rsa << false << "dsig.no-trusted-key";
    // Control: the same signature is sound, only trust decides.
    QTest::newRow("attacker cert trusted") << "crafted/attacker-keyinfo.xml" << root
                                           << QStringList{QStringLiteral("keys/attacker.cert.pem")} << false << "";
}

void TestSignatureVerifier::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, element);
    QFETCH(QStringList, trusted);
    QFETCH(bool, allowSha1);
    QFETCH(QString, code);

    const XmlDocument doc = load(file);
    QList<QByteArray> trustedDer;
    for (const QString& t : trusted) {
        trustedDer.append(cert(t));
        QVERIFY(!trustedDer.last().isEmpty());
    }
    VerifyPolicy policy;
    policy.allowSha1 = allowSha1;
    auto result = SignatureVerifier::verify(doc, target(doc, element), trustedDer, policy);
    if (code.isEmpty()) {
        QVERIFY2(result.ok(),
                 qPrintable(result.ok() ? QString() : result.error().code + u' ' + result.error().message));
        QVERIFY(trustedDer.contains(result.value().signerCertificateDer));
        QCOMPARE(result.value().referenceUri, u'#' + attribute(target(doc, element), "ID"));
    } else {
        QVERIFY2(!result.ok(), "verification must fail");
        QCOMPARE(result.error().code, code);
    }
}

void TestSignatureVerifier::inspectReportsStructure()
{
    const XmlDocument doc = load(QStringLiteral("crafted/ok-metadata-prefixlist.xml"));
    auto info = SignatureVerifier::inspect(doc.root());
    QVERIFY(info.ok());
    QCOMPARE(info.value().signatureMethod, QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"));
    QCOMPARE(info.value().digestMethod, QStringLiteral("http://www.w3.org/2001/04/xmlenc#sha256"));
    QCOMPARE(info.value().canonicalizationMethod, QStringLiteral("http://www.w3.org/2001/10/xml-exc-c14n#"));
    QCOMPARE(info.value().referenceUri, QStringLiteral("#_md-1"));
    QCOMPARE(info.value().transforms,
             (QStringList{QStringLiteral("http://www.w3.org/2000/09/xmldsig#enveloped-signature"),
                          QStringLiteral("http://www.w3.org/2001/10/xml-exc-c14n#")}));
    QCOMPARE(info.value().keyInfoCertificatesDer, QList<QByteArray>{cert(QStringLiteral("keys/rsa-signer.cert.pem"))});
    QVERIFY(info.value().signerCertificateDer.isEmpty());

    // inspect() applies no algorithm policy: it describes weak signatures too.
    const XmlDocument weak = load(QStringLiteral("crafted/weak-rsa-sha1.xml"));
    auto weakInfo = SignatureVerifier::inspect(weak.root());
    QVERIFY(weakInfo.ok());
    QCOMPARE(weakInfo.value().digestMethod, QStringLiteral("http://www.w3.org/2000/09/xmldsig#sha1"));
}

void TestSignatureVerifier::algorithmAllowList_data()
{
    QTest::addColumn<QString>("element"); // SignatureMethod or DigestMethod
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("allowSha1");
    QTest::addColumn<QString>("code");
    const QString sm = QStringLiteral("SignatureMethod");
    const QString dm = QStringLiteral("DigestMethod");
    QTest::newRow("rsa-1_5") << sm << "http://www.w3.org/2001/04/xmlenc#rsa-1_5" << true << "dsig.algorithm-forbidden";
    QTest::newRow("hmac-sha1") << sm << "http://www.w3.org/2000/09/xmldsig#hmac-sha1" << true
                               << "dsig.algorithm-forbidden";
    QTest::newRow("hmac-md5") << sm << "http://www.w3.org/2001/04/xmldsig-more#hmac-md5" << true
                              << "dsig.algorithm-forbidden";
    QTest::newRow("dsa-sha1") << sm << "http://www.w3.org/2000/09/xmldsig#dsa-sha1" << true
                              << "dsig.algorithm-forbidden";
    QTest::newRow("rsa-sha224") << sm << "http://www.w3.org/2001/04/xmldsig-more#rsa-sha224" << true
                                << "dsig.algorithm-forbidden";
    QTest::newRow("empty") << sm << "" << true << "dsig.malformed";
    QTest::newRow("ecdsa-sha1") << sm << "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1" << false
                                << "dsig.algorithm-weak";
    QTest::newRow("sha224 digest") << dm << "http://www.w3.org/2001/04/xmldsig-more#sha224" << true
                                   << "dsig.algorithm-forbidden";
    QTest::newRow("sha1 digest") << dm << "http://www.w3.org/2000/09/xmldsig#sha1" << false << "dsig.algorithm-weak";
    // Allowed but changed after signing: passes the allow-list, then fails cryptographically.
    QTest::newRow("sha512 digest swapped in")
        << dm << "http://www.w3.org/2001/04/xmlenc#sha512" << false << "dsig.invalid";
}

void TestSignatureVerifier::algorithmAllowList()
{
    QFETCH(QString, element);
    QFETCH(QString, uri);
    QFETCH(bool, allowSha1);
    QFETCH(QString, code);
    XmlDocument doc = load(QStringLiteral("crafted/ok-response-rsa-sha256.xml"));
    xmlNode* signedInfo = firstChild(signatureOf(doc.root()), kNsDsig, "SignedInfo");
    xmlNode* method = element == QLatin1String("SignatureMethod")
                          ? firstChild(signedInfo, kNsDsig, "SignatureMethod")
                          : firstChild(firstChild(signedInfo, kNsDsig, "Reference"), kNsDsig, "DigestMethod");
    QVERIFY(method != nullptr);
    const QByteArray utf8 = uri.toUtf8();
    xmlSetProp(
        method, reinterpret_cast<const xmlChar*>("Algorithm"), reinterpret_cast<const xmlChar*>(utf8.constData()));
    VerifyPolicy policy;
    policy.allowSha1 = allowSha1;
    auto result =
        SignatureVerifier::verify(doc, doc.root(), {cert(QStringLiteral("keys/rsa-signer.cert.pem"))}, policy);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
}

void TestSignatureVerifier::tamperedContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("change");
    QTest::newRow("response attribute") << "crafted/ok-response-rsa-sha256.xml"
                                        << "root"
                                        << "destination";
    QTest::newRow("response nested text") << "crafted/ok-response-rsa-sha256.xml"
                                          << "root"
                                          << "nameid";
    QTest::newRow("assertion text") << "crafted/ok-assertion-rsa-sha256.xml"
                                    << "assertion"
                                    << "nameid";
    QTest::newRow("node-saml assertion text") << "valid/node-saml-response.root-signed.assertion-signed.xml"
                                              << "assertion"
                                              << "nameid";
    QTest::newRow("injected element") << "crafted/ok-response-rsa-sha256.xml"
                                      << "root"
                                      << "element";
}

void TestSignatureVerifier::tamperedContent()
{
    QFETCH(QString, file);
    QFETCH(QString, element);
    QFETCH(QString, change);
    XmlDocument doc = load(file);
    xmlNode* signedElement = target(doc, element);
    xmlNode* assertion = firstChild(doc.root(), kNsAssertion, "Assertion");
    xmlNode* nameId = firstChild(firstChild(assertion, kNsAssertion, "Subject"), kNsAssertion, "NameID");
    if (change == QLatin1String("destination")) {
        xmlSetProp(doc.root(),
                   reinterpret_cast<const xmlChar*>("Destination"),
                   reinterpret_cast<const xmlChar*>("https://evil.example.test/acs"));
    } else if (change == QLatin1String("nameid")) {
        QVERIFY(nameId != nullptr);
        xmlNodeSetContent(nameId, reinterpret_cast<const xmlChar*>("admin@example.test"));
    } else {
        xmlNewChild(signedElement, nullptr, reinterpret_cast<const xmlChar*>("Injected"), nullptr);
    }
    VerifyPolicy policy;
    policy.allowSha1 = true;
    const QString certFile = file.startsWith(QLatin1String("valid/")) ? QStringLiteral("certs/node-saml-cert.pem")
                                                                      : QStringLiteral("keys/rsa-signer.cert.pem");
    auto result = SignatureVerifier::verify(doc, signedElement, {cert(certFile)}, policy);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("dsig.invalid"));
}

void TestSignatureVerifier::tamperedSignatureValue()
{
    XmlDocument doc = load(QStringLiteral("crafted/ok-response-rsa-sha256.xml"));
    xmlNode* value = firstChild(signatureOf(doc.root()), kNsDsig, "SignatureValue");
    QByteArray b64 = text(value).toLatin1().trimmed();
    b64[10] = b64[10] == 'A' ? 'B' : 'A';
    xmlNodeSetContent(value, reinterpret_cast<const xmlChar*>(b64.constData()));
    auto result = SignatureVerifier::verify(doc, doc.root(), {cert(QStringLiteral("keys/rsa-signer.cert.pem"))});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("dsig.no-trusted-key"));
}

void TestSignatureVerifier::multipleSignatures()
{
    XmlDocument doc = load(QStringLiteral("crafted/ok-response-rsa-sha256.xml"));
    xmlNode* copy = xmlCopyNode(signatureOf(doc.root()), 1);
    xmlAddNextSibling(signatureOf(doc.root()), copy);
    auto result = SignatureVerifier::verify(doc, doc.root(), {cert(QStringLiteral("keys/rsa-signer.cert.pem"))});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("dsig.multiple-signatures"));
}

void TestSignatureVerifier::wrappedCopyElsewhere_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("signed response wrapped in evil response") << "wrapped-response";
    QTest::newRow("evil assertion copy with same ID") << "assertion-copy";
    QTest::newRow("xml:id with same value") << "xml-id";
    QTest::newRow("Id attribute with same value") << "Id";
}

void TestSignatureVerifier::wrappedCopyElsewhere()
{
    QFETCH(QString, variant);
    const QList<QByteArray> trusted{cert(QStringLiteral("keys/rsa-signer.cert.pem"))};
    if (variant == QLatin1String("wrapped-response")) {
        QByteArray original = readData(QStringLiteral("crafted/ok-response-rsa-sha256.xml"));
        original.remove(0, original.indexOf("<samlp:Response"));
        const QByteArray xml = "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_resp-1\" "
                               "Version=\"2.0\"><samlp:Extensions>"
                               + original + "</samlp:Extensions></samlp:Response>";
        auto parsed = XmlDocument::parse(xml);
        QVERIFY(parsed.ok());
        const XmlDocument& doc = parsed.value();
        xmlNode* inner = firstChild(firstChild(doc.root(), kNsProtocol, "Extensions"), kNsProtocol, "Response");
        QVERIFY(inner != nullptr);
        auto innerResult = SignatureVerifier::verify(doc, inner, trusted);
        QVERIFY(!innerResult.ok());
        QCOMPARE(innerResult.error().code, QStringLiteral("dsig.duplicate-id"));
        auto outerResult = SignatureVerifier::verify(doc, doc.root(), trusted);
        QVERIFY(!outerResult.ok());
        QCOMPARE(outerResult.error().code, QStringLiteral("dsig.not-direct-child"));
        return;
    }
    XmlDocument doc = load(QStringLiteral("crafted/ok-assertion-rsa-sha256.xml"));
    xmlNode* assertion = target(doc, QStringLiteral("assertion"));
    QVERIFY(SignatureVerifier::verify(doc, assertion, trusted).ok()); // sound before the change
    if (variant == QLatin1String("assertion-copy")) {
        xmlNode* copy = xmlCopyNode(assertion, 1);
        xmlNode* copiedSignature = signatureOf(copy);
        xmlUnlinkNode(copiedSignature);
        xmlFreeNode(copiedSignature);
        xmlAddPrevSibling(assertion, copy);
    } else {
        xmlNode* status = firstChild(doc.root(), kNsProtocol, "Status");
        if (variant == QLatin1String("xml-id")) {
            xmlNs* ns = xmlSearchNsByHref(doc.doc(), status, reinterpret_cast<const xmlChar*>(kNsXml));
            xmlSetNsProp(
                status, ns, reinterpret_cast<const xmlChar*>("id"), reinterpret_cast<const xmlChar*>("_assert-1"));
        } else {
            xmlSetProp(status, reinterpret_cast<const xmlChar*>("Id"), reinterpret_cast<const xmlChar*>("_assert-1"));
        }
    }
    auto result = SignatureVerifier::verify(doc, assertion, trusted);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("dsig.duplicate-id"));
}

void TestSignatureVerifier::xsltTransform()
{
    XmlDocument doc = load(QStringLiteral("crafted/ok-response-rsa-sha256.xml"));
    xmlNode* reference = firstChild(firstChild(signatureOf(doc.root()), kNsDsig, "SignedInfo"), kNsDsig, "Reference");
    xmlNode* transforms = firstChild(reference, kNsDsig, "Transforms");
    xmlNode* xslt = xmlNewChild(transforms, transforms->ns, reinterpret_cast<const xmlChar*>("Transform"), nullptr);
    xmlSetProp(xslt,
               reinterpret_cast<const xmlChar*>("Algorithm"),
               reinterpret_cast<const xmlChar*>("http://www.w3.org/TR/1999/REC-xslt-19991116"));
    // enveloped, exc-c14n, xslt
    auto result = SignatureVerifier::verify(doc, doc.root(), {cert(QStringLiteral("keys/rsa-signer.cert.pem"))});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("dsig.transform-forbidden"));
    QCOMPARE(SignatureVerifier::inspect(doc.root()).error().code, QStringLiteral("dsig.transform-forbidden"));
}

void TestSignatureVerifier::trustedKeysOnly()
{
    const XmlDocument doc = load(QStringLiteral("crafted/ok-response-rsa-sha256.xml"));
    auto none = SignatureVerifier::verify(doc, doc.root(), {});
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QStringLiteral("dsig.no-trusted-key"));
    auto garbage = SignatureVerifier::verify(doc, doc.root(), {QByteArray("not a certificate")});
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.error().code, QStringLiteral("dsig.no-trusted-key"));
    // Several trusted certs: the one that verified is reported.
    const QByteArray signer = cert(QStringLiteral("keys/rsa-signer.cert.pem"));
    auto several = SignatureVerifier::verify(doc,
                                             doc.root(),
                                             {QByteArray("junk"),
                                              cert(QStringLiteral("keys/attacker.cert.pem")),
                                              cert(QStringLiteral("keys/ec-signer.cert.pem")),
                                              signer});
    QVERIFY(several.ok());
    QCOMPARE(several.value().signerCertificateDer, signer);
}

void TestSignatureVerifier::badArguments()
{
    const XmlDocument doc = load(QStringLiteral("crafted/ok-response-rsa-sha256.xml"));
    const XmlDocument other = load(QStringLiteral("crafted/ok-response-rsa-sha256.xml"));
    const QList<QByteArray> trusted{cert(QStringLiteral("keys/rsa-signer.cert.pem"))};
    QCOMPARE(SignatureVerifier::verify(doc, nullptr, trusted).error().code, QStringLiteral("dsig.missing"));
    QCOMPARE(SignatureVerifier::inspect(nullptr).error().code, QStringLiteral("dsig.missing"));
    QCOMPARE(SignatureVerifier::verify(doc, other.root(), trusted).error().code, QStringLiteral("dsig.invalid"));
    QVERIFY(SignatureVerifier::verify(other, other.root(), trusted).ok());
}

void TestSignatureVerifier::idRegistrationIsTemporary()
{
    const XmlDocument doc = load(QStringLiteral("crafted/ok-response-rsa-sha256.xml"));
    const QList<QByteArray> trusted{cert(QStringLiteral("keys/rsa-signer.cert.pem"))};
    QVERIFY(SignatureVerifier::verify(doc, doc.root(), trusted).ok());
    QVERIFY(xmlGetID(doc.doc(), reinterpret_cast<const xmlChar*>("_resp-1")) == nullptr);
    QVERIFY(SignatureVerifier::verify(doc, doc.root(), trusted).ok());
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "TestSignatureVerifier.moc"
