// SAMLResponse verification for the SP's ACS (SamlSso.h, anchors-code §5.6).
#include "core/saml/sso/EncryptedAssertion.h"
#include "core/saml/sso/SamlSso.h"
#include "core/saml/sso/SsoSupport.h"
#include "core/saml/sso/SsoVerification.h"
#include "core/util/Encoding.h"
#include "core/util/XsdTime.h"
#include "core/xmldsig/SignatureVerifier.h"
#include "core/xmldsig/XmlDocument.h"
#include "core/xmldsig/XmlNodes.h"

#include <libxml/tree.h>

#include <optional>

namespace gatehouse::core::saml::sso {

using namespace support;
using namespace detail;
using xml::kNsAssertion;
using xml::kNsProtocol;

namespace {

// The decrypted bytes inside an element that declares the namespaces in scope at the EncryptedAssertion (the
// plaintext may use prefixes declared on the Response), without an XML declaration of its own.
QByteArray withInScopeNamespaces(xmlNode* encryptedAssertion, QByteArray plaintext)
{
    if (plaintext.startsWith("<?xml")) {
        const qsizetype end = plaintext.indexOf("?>");
        plaintext = end < 0 ? QByteArray() : plaintext.mid(end + 2);
    }
    QByteArray wrapper = "<gatehouse-decrypted";
    if (xmlNs** list = xmlGetNsList(encryptedAssertion->doc, encryptedAssertion)) {
        for (xmlNs** ns = list; *ns != nullptr; ++ns) {
            const QString href = QString::fromUtf8(reinterpret_cast<const char*>((*ns)->href));
            wrapper += (*ns)->prefix != nullptr
                           ? " xmlns:" + QByteArray(reinterpret_cast<const char*>((*ns)->prefix)) + "=\""
                           : QByteArray(" xmlns=\"");
            wrapper += esc(href).toUtf8() + '"';
        }
        xmlFree(list);
    }
    return wrapper + '>' + plaintext + "</gatehouse-decrypted>";
}

xmlNode* singleElementChild(xmlNode* parent)
{
    const QList<xmlNode*> elements = xml::children(parent);
    return elements.size() == 1 ? elements.constFirst() : nullptr;
}

// The first ds:Signature whose parent is neither the root Response nor a saml:Assertion (a signature hidden in
// Status, Extensions, ... that must not be mistaken for a signature of the message), or null.
const xmlNode* misplacedSignature(const xmlNode* node, const xmlNode* root)
{
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (xml::isElement(child, xml::kNsDsig, "Signature")) {
            if (node != root && !xml::isElement(node, kNsAssertion, "Assertion")) {
                return child;
            }
            continue;
        }
        if (const xmlNode* found = misplacedSignature(child, root)) {
            return found;
        }
    }
    return nullptr;
}

// Assertion elements anywhere in the document, except those inside a saml:Advice (evidence, never used).
int countAssertions(const xmlNode* node)
{
    int count = 0;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type != XML_ELEMENT_NODE || xml::isElement(child, kNsAssertion, "Advice")) {
            continue;
        }
        if (xml::isElement(child, kNsAssertion, "Assertion")
            || xml::isElement(child, kNsAssertion, "EncryptedAssertion")) {
            ++count;
        }
        count += countAssertions(child);
    }
    return count;
}

Failure signatureFailure(const QString& what, const Error& error)
{
    return {
        kSignature,
        QStringLiteral("The %1 signature is invalid (%2): %3").arg(what, error.code, error.message),
        QStringLiteral("Make sure the IdP signs with the certificate configured on this connection (upload the IdP's "
                       "current signing certificate or re-import its metadata), and that nothing rewrites the "
                       "SAMLResponse on the way.")};
}

bool signingSatisfied(SigningRequirement requirement, bool responseVerified, bool assertionVerified)
{
    switch (requirement) {
    case SigningRequirement::None:
        return true;
    case SigningRequirement::Response:
        return responseVerified;
    case SigningRequirement::Assertion:
        return assertionVerified;
    case SigningRequirement::ResponseAndAssertion:
        return responseVerified && assertionVerified;
    case SigningRequirement::ResponseOrAssertion:
        break;
    }
    return responseVerified || assertionVerified;
}

QString requirementText(SigningRequirement requirement)
{
    switch (requirement) {
    case SigningRequirement::None:
        return QStringLiteral("no signature");
    case SigningRequirement::Response:
        return QStringLiteral("a signed Response");
    case SigningRequirement::Assertion:
        return QStringLiteral("a signed Assertion");
    case SigningRequirement::ResponseAndAssertion:
        return QStringLiteral("a signed Response and a signed Assertion");
    case SigningRequirement::ResponseOrAssertion:
        break;
    }
    return QStringLiteral("a signed Response or a signed Assertion");
}

// Checks of the Response element (before the assertion). Returns a failure (check id, failure) or nothing.
struct StepFailure
{
    QString check;
    Failure failure;
};

std::optional<StepFailure> checkStatus(Run& run, xmlNode* root)
{
    xmlNode* status = xml::firstChild(root, kNsProtocol, "Status");
    xmlNode* code = xml::firstChild(status, kNsProtocol, "StatusCode");
    const QString value = xml::attribute(code, "Value");
    if (value == QLatin1String(kStatusSuccess)) {
        run.pass(QStringLiteral("response.status"), value);
        return std::nullopt;
    }
    const QString sub = xml::attribute(xml::firstChild(code, kNsProtocol, "StatusCode"), "Value");
    const QString message = xml::text(xml::firstChild(status, kNsProtocol, "StatusMessage")).trimmed();
    QString reason =
        QStringLiteral("The IdP answered with status '%1'").arg(value.isEmpty() ? QStringLiteral("(none)") : value);
    if (!sub.isEmpty()) {
        reason += QStringLiteral(" / '%1'").arg(sub);
    }
    if (!message.isEmpty()) {
        reason += QStringLiteral(": %1").arg(message);
    }
    return StepFailure{QStringLiteral("response.status"),
                       {kStatus,
                        reason + u'.',
                        QStringLiteral("Check the IdP's logs for this login; typically the user is not assigned to "
                                       "the application in the IdP.")}};
}

std::optional<StepFailure> checkResponseInResponseTo(Run& run, xmlNode* root)
{
    const ResponseExpectations& e = run.e;
    const bool present = xml::hasAttribute(root, "InResponseTo");
    const QString inResponseTo = xml::attribute(root, "InResponseTo");
    if (e.inResponseTo.has_value() && present && inResponseTo != *e.inResponseTo) {
        return StepFailure{
            QStringLiteral("response.in-response-to"),
            {kInvalid,
             QStringLiteral("Response InResponseTo '%1' is not the request ID '%2'.")
                 .arg(inResponseTo, *e.inResponseTo),
             QStringLiteral("Start the login again from the application; the response answers another request.")}};
    }
    if (!e.inResponseTo.has_value() && present) {
        return StepFailure{
            QStringLiteral("response.in-response-to"),
            {kInvalid,
             QStringLiteral("The unsolicited (IdP-initiated) response carries InResponseTo '%1'.").arg(inResponseTo),
             QStringLiteral("Start the login from the application (SP-initiated).")}};
    }
    run.pass(QStringLiteral("response.in-response-to"),
             present ? inResponseTo : QStringLiteral("none (IdP-initiated or not echoed)"));
    return std::nullopt;
}

std::optional<StepFailure> checkResponseEnvelope(Run& run, xmlNode* root, const QDateTime& issueInstant)
{
    const ResponseExpectations& e = run.e;
    xmlNode* issuer = xml::firstChild(root, kNsAssertion, "Issuer");
    const QString issuerFix = QStringLiteral("Set the connection's IdP entity ID (issuer) to the value the IdP sends, "
                                             "or re-import the IdP metadata.");
    if (issuer != nullptr && xml::text(issuer).trimmed() != e.idpEntityId) {
        return StepFailure{QStringLiteral("response.issuer"),
                           {kInvalid,
                            QStringLiteral("Response Issuer '%1' is not the IdP entity ID '%2'.")
                                .arg(xml::text(issuer).trimmed(), e.idpEntityId),
                            issuerFix}};
    }
    if (xml::hasAttribute(root, "Destination")) {
        const QString destination = xml::attribute(root, "Destination");
        if (destination != e.acsUrl) {
            return StepFailure{
                QStringLiteral("response.destination"),
                {kAcs,
                 QStringLiteral("Response Destination '%1' is not the ACS URL '%2'.").arg(destination, e.acsUrl),
                 QStringLiteral("Set the ACS URL (Single sign-on URL / Reply URL) in the IdP to '%1'.").arg(e.acsUrl)}};
        }
        run.pass(QStringLiteral("response.destination"), destination);
    }
    if (auto failed = checkStatus(run, root)) {
        return failed;
    }
    // Checked after the Status so that an IdP error is reported as such.
    if (issuer == nullptr) {
        return StepFailure{QStringLiteral("response.issuer"),
                           {kInvalid,
                            QStringLiteral("The Response has no Issuer."),
                            QStringLiteral("Configure the IdP to include its entity ID as the Response Issuer.")}};
    }
    run.pass(QStringLiteral("response.issuer"), e.idpEntityId);
    if (auto failed = checkResponseInResponseTo(run, root)) {
        return failed;
    }
    if (issueInstant > e.now.addSecs(e.clockSkewSecs)) {
        return StepFailure{QStringLiteral("response.issue-instant"),
                           {kResponseExpired,
                            QStringLiteral("The Response was issued in the future: IssueInstant %1, now %2 (%3).")
                                .arg(run.at(issueInstant), run.at(e.now), skewText(e.clockSkewSecs)),
                            QStringLiteral("Synchronise the IdP's and the server's clocks (NTP) or raise the allowed "
                                           "clock skew.")}};
    }
    if (issueInstant.addSecs(qint64(e.maxResponseAgeSecs) + e.clockSkewSecs) < e.now) {
        return StepFailure{
            QStringLiteral("response.issue-instant"),
            {kResponseExpired,
             QStringLiteral("The Response is too old: IssueInstant %1, now %2 (at most %3 s + %4).")
                 .arg(run.at(issueInstant), run.at(e.now))
                 .arg(e.maxResponseAgeSecs)
                 .arg(skewText(e.clockSkewSecs)),
             QStringLiteral("Start the login again; do not reuse or bookmark the IdP's response page.")}};
    }
    run.pass(QStringLiteral("response.issue-instant"), run.at(issueInstant));
    return std::nullopt;
}

std::optional<StepFailure> checkShape(Run& run, xmlNode* root, QDateTime* issueInstant)
{
    const QString fix = QStringLiteral("Configure the IdP to send a SAML 2.0 Response (Web Browser SSO profile).");
    if (!xml::isElement(root, kNsProtocol, "Response")) {
        return StepFailure{QStringLiteral("response.shape"),
                           {kMalformed, QStringLiteral("The root element is not samlp:Response."), fix}};
    }
    *issueInstant = xsd::parseDateTime(xml::attribute(root, "IssueInstant"));
    run.out.assertion.responseId = xml::attribute(root, "ID");
    if (xml::attribute(root, "Version") != QLatin1String("2.0") || run.out.assertion.responseId.isEmpty()
        || !issueInstant->isValid() || xml::firstChild(root, kNsProtocol, "Status") == nullptr) {
        return StepFailure{QStringLiteral("response.shape"),
                           {kMalformed,
                            QStringLiteral("The Response lacks Version=\"2.0\", an ID, an IssueInstant or a Status."),
                            fix}};
    }
    run.pass(QStringLiteral("response.shape"), QStringLiteral("samlp:Response %1").arg(run.out.assertion.responseId));
    if (const xmlNode* misplaced = misplacedSignature(root, root)) {
        return StepFailure{QStringLiteral("response.signature"),
                           {kSignature,
                            QStringLiteral("A ds:Signature sits at %1; signatures are accepted only on the Response "
                                           "and on assertions.")
                                .arg(xml::path(misplaced)),
                            QStringLiteral("The response was altered (signature wrapping); make sure nothing rewrites "
                                           "the SAMLResponse between the IdP and the server.")}};
    }
    return std::nullopt;
}

// Verifies the enveloped signature of element (the Response or the Assertion) when it has one; a present signature
// that does not verify is always a failure.
std::optional<StepFailure> verifySignatureOf(Run& run, const xml::XmlDocument& doc, xmlNode* element, bool* verified)
{
    const bool isResponse = xml::isElement(element, kNsProtocol, "Response");
    const QString check = isResponse ? QStringLiteral("response.signature") : QStringLiteral("assertion.signature");
    if (xml::firstChild(element, xml::kNsDsig, "Signature") == nullptr) {
        run.pass(check, QStringLiteral("not signed"));
        return std::nullopt;
    }
    xml::VerifyPolicy policy;
    policy.allowSha1 = run.e.allowSha1;
    auto result = xml::SignatureVerifier::verify(doc, element, run.e.idpCertificatesDer, policy);
    if (!result.ok()) {
        return StepFailure{
            check,
            signatureFailure(isResponse ? QStringLiteral("Response") : QStringLiteral("Assertion"), result.error())};
    }
    *verified = true;
    run.out.assertion.signerCertificateDer = result.value().signerCertificateDer;
    run.pass(check, QStringLiteral("verified (%1)").arg(result.value().signatureMethod));
    return std::nullopt;
}

std::optional<StepFailure> checkAssertionCount(Run& run, xmlNode* root)
{
    const int direct = static_cast<int>(xml::children(root, kNsAssertion, "Assertion").size()
                                        + xml::children(root, kNsAssertion, "EncryptedAssertion").size());
    const int total = countAssertions(root);
    if (direct != 1 || total != 1) {
        return StepFailure{QStringLiteral("response.assertion-count"),
                           {kInvalid,
                            QStringLiteral("The Response must contain exactly one Assertion (found %1 as children of "
                                           "the Response, %2 in the whole document).")
                                .arg(direct)
                                .arg(total),
                            QStringLiteral("Configure the IdP to send one assertion per response.")}};
    }
    run.pass(QStringLiteral("response.assertion-count"), QStringLiteral("1"));
    return std::nullopt;
}

std::optional<StepFailure>
decryptAssertion(Run& run, xmlNode* encrypted, std::optional<xml::XmlDocument>* decryptedDoc, xmlNode** assertion)
{
    const QString check = QStringLiteral("assertion.decrypt");
    if (run.e.spDecryptionKeyPem.isEmpty()) {
        return StepFailure{check,
                           {kInvalid,
                            QStringLiteral("The assertion is encrypted but no SP decryption key is configured."),
                            QStringLiteral("Turn off assertion encryption in the IdP, or upload the SP encryption "
                                           "certificate from this connection's SP metadata to the IdP.")}};
    }
    auto plaintext = EncryptedAssertion::decrypt(encrypted, run.e.spDecryptionKeyPem);
    if (!plaintext.ok()) {
        return StepFailure{check,
                           {kInvalid,
                            QStringLiteral("The encrypted assertion cannot be decrypted (%1): %2")
                                .arg(plaintext.error().code, plaintext.error().message),
                            QStringLiteral("Upload this connection's current SP encryption certificate to the IdP and "
                                           "use AES-GCM/AES-CBC with RSA-OAEP.")}};
    }
    xml::ParseLimits limits;
    limits.maxBytes = kMaxMessageBytes;
    auto parsed = xml::XmlDocument::parse(withInScopeNamespaces(encrypted, plaintext.value()), limits);
    xmlNode* decrypted = parsed.ok() ? singleElementChild(parsed.value().root()) : nullptr;
    if (!xml::isElement(decrypted, kNsAssertion, "Assertion")) {
        return StepFailure{check,
                           {kMalformed,
                            QStringLiteral("The decrypted content is not a single saml:Assertion."),
                            QStringLiteral("Configure the IdP to encrypt the whole saml:Assertion element.")}};
    }
    decryptedDoc->emplace(std::move(parsed).value());
    *assertion = decrypted;
    run.pass(check, QStringLiteral("decrypted"));
    return std::nullopt;
}

std::optional<StepFailure> checkSigningRequirement(Run& run, bool responseVerified, bool assertionVerified)
{
    const QString required = requirementText(run.e.signing);
    if (!signingSatisfied(run.e.signing, responseVerified, assertionVerified)) {
        return StepFailure{
            QStringLiteral("signature.requirement"),
            {kSignature,
             QStringLiteral("The connection requires %1, but the Response is %2 and the Assertion is %3.")
                 .arg(required,
                      responseVerified ? QStringLiteral("signed") : QStringLiteral("unsigned"),
                      assertionVerified ? QStringLiteral("signed") : QStringLiteral("unsigned")),
             QStringLiteral("Configure the IdP to sign what the connection requires (%1), or change the "
                            "connection's signing option to match what the IdP signs.")
                 .arg(required)}};
    }
    run.pass(QStringLiteral("signature.requirement"), required);
    return std::nullopt;
}

} // namespace

SigningRequirement signingRequirementFromString(const QString& restEnumName)
{
    const QString name = restEnumName.trimmed().toUpper();
    if (name == QLatin1String("NO_SIGNING")) {
        return SigningRequirement::None;
    }
    if (name == QLatin1String("SAML_ONLY_RESPONSE_SIGNING")) {
        return SigningRequirement::Response;
    }
    if (name == QLatin1String("SAML_ONLY_ASSERTION_SIGNING")) {
        return SigningRequirement::Assertion;
    }
    if (name == QLatin1String("SAML_RESPONSE_ASSERTION_SIGNING")) {
        return SigningRequirement::ResponseAndAssertion;
    }
    return SigningRequirement::ResponseOrAssertion;
}

ResponseVerification verifyResponse(QByteArrayView samlResponseBase64, const ResponseExpectations& expect)
{
    Run run(expect);
    if (samlResponseBase64.size() > kMaxMessageBytes * 4 / 3 + 4096) {
        return run.fail(QStringLiteral("response.decode"),
                        {kMalformed,
                         QStringLiteral("SAMLResponse is larger than %1 bytes.").arg(kMaxMessageBytes),
                         QStringLiteral("Reduce the attributes the IdP sends.")});
    }
    auto decoded = encoding::fromBase64(samlResponseBase64, encoding::Whitespace::Ignore);
    if (!decoded.ok() || decoded.value().isEmpty()) {
        return run.fail(QStringLiteral("response.decode"),
                        {kMalformed,
                         QStringLiteral("SAMLResponse is not valid base64."),
                         QStringLiteral("Make sure the IdP posts the SAMLResponse with the HTTP-POST binding.")});
    }
    ResponseVerification result = verifyResponseXml(decoded.value(), expect);
    result.trace.prepend(CheckStep{
        QStringLiteral("response.decode"), true, QStringLiteral("%1 bytes of XML").arg(decoded.value().size())});
    return result;
}

ResponseVerification verifyResponseXml(QByteArrayView xmlBytes, const ResponseExpectations& expect)
{
    Run run(expect);
    xml::ParseLimits limits;
    limits.maxBytes = kMaxMessageBytes;
    auto parsed = xml::XmlDocument::parse(xmlBytes, limits);
    if (!parsed.ok()) {
        return run.fail(QStringLiteral("response.parse"),
                        {kMalformed,
                         QStringLiteral("The SAMLResponse is not acceptable XML (%1): %2")
                             .arg(parsed.error().code, parsed.error().message),
                         QStringLiteral("Make sure the IdP sends a SAML 2.0 Response (no DTD) to this ACS URL.")});
    }
    run.out.responseXml = xmlBytes.toByteArray();
    const xml::XmlDocument& doc = parsed.value();
    xmlNode* root = doc.root();
    QDateTime issueInstant;
    bool responseVerified = false;
    std::optional<StepFailure> failed = checkShape(run, root, &issueInstant);
    if (!failed) {
        failed = verifySignatureOf(run, doc, root, &responseVerified);
    }
    if (!failed) {
        failed = checkResponseEnvelope(run, root, issueInstant);
    }
    if (!failed) {
        failed = checkAssertionCount(run, root);
    }
    // The assertion lives in doc, or in its own document once decrypted.
    std::optional<xml::XmlDocument> decryptedDoc;
    xmlNode* assertion = xml::firstChild(root, kNsAssertion, "Assertion");
    if (!failed && assertion == nullptr) {
        failed =
            decryptAssertion(run, xml::firstChild(root, kNsAssertion, "EncryptedAssertion"), &decryptedDoc, &assertion);
    }
    bool assertionVerified = false;
    if (!failed) {
        failed = verifySignatureOf(run, decryptedDoc ? *decryptedDoc : doc, assertion, &assertionVerified);
    }
    if (!failed) {
        failed = checkSigningRequirement(run, responseVerified, assertionVerified);
    }
    if (failed) {
        return run.fail(failed->check, failed->failure);
    }
    return verifyAssertionContent(run, assertion);
}

} // namespace gatehouse::core::saml::sso
