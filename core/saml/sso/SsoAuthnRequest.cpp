// AuthnRequest building, HTTP-Redirect / HTTP-POST bindings and parsing (SamlSso.h).
#include "core/saml/sso/SamlSso.h"
#include "core/saml/sso/SsoSupport.h"
#include "core/util/Encoding.h"
#include "core/util/XsdTime.h"
#include "core/xmldsig/SignatureSigner.h"
#include "core/xmldsig/SignatureVerifier.h"
#include "core/xmldsig/XmlDocument.h"
#include "core/xmldsig/XmlNodes.h"

namespace gatehouse::core::saml::sso {

using namespace support;
using xml::kNsAssertion;
using xml::kNsProtocol;

namespace {

using P = Result<ParsedAuthnRequest>;

P malformed(const QString& message, const QString& detail = {})
{
    return P::failure(QStringLiteral("saml.request-malformed"), message, detail);
}

P badSignature(const QString& message, const QString& detail = {})
{
    return P::failure(QStringLiteral("saml.request-signature"), message, detail);
}

// Reads the AuthnRequest fields from a parsed document.
P readRequest(const xml::XmlDocument& doc)
{
    xmlNode* root = doc.root();
    if (!xml::isElement(root, kNsProtocol, "AuthnRequest")) {
        return malformed(QStringLiteral("The message is not a samlp:AuthnRequest."));
    }
    if (xml::attribute(root, "Version") != QLatin1String("2.0")) {
        return malformed(QStringLiteral("AuthnRequest Version is not 2.0."));
    }
    ParsedAuthnRequest request;
    request.id = xml::attribute(root, "ID");
    if (request.id.isEmpty()) {
        return malformed(QStringLiteral("AuthnRequest has no ID."));
    }
    request.issueInstant = xsd::parseDateTime(xml::attribute(root, "IssueInstant"));
    if (!request.issueInstant.isValid()) {
        return malformed(QStringLiteral("AuthnRequest IssueInstant is missing or not an xs:dateTime."));
    }
    request.destination = xml::attribute(root, "Destination");
    request.acsUrl = xml::attribute(root, "AssertionConsumerServiceURL");
    const QString force = xml::attribute(root, "ForceAuthn");
    request.forceAuthn = force == QLatin1String("true") || force == QLatin1String("1");
    request.issuer = xml::text(xml::firstChild(root, kNsAssertion, "Issuer")).trimmed();
    request.nameIdFormat = xml::attribute(xml::firstChild(root, kNsProtocol, "NameIDPolicy"), "Format");
    return request;
}

QByteArray encodeComponent(const QByteArray& value)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(value));
}

} // namespace

QByteArray buildAuthnRequest(const AuthnRequestParams& params)
{
    const QDateTime instant = params.issueInstant.isValid() ? params.issueInstant : QDateTime::currentDateTimeUtc();
    QString xml = QStringLiteral("<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
                                 "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"%1\" Version=\"2.0\" "
                                 "IssueInstant=\"%2\"")
                      .arg(esc(params.id.isEmpty() ? randomId() : params.id), xsdDateTime(instant));
    if (!params.destination.isEmpty()) {
        xml += QStringLiteral(" Destination=\"%1\"").arg(esc(params.destination));
    }
    if (params.forceAuthn) {
        xml += QStringLiteral(" ForceAuthn=\"true\"");
    }
    xml += QStringLiteral(" ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"");
    if (!params.acsUrl.isEmpty()) {
        xml += QStringLiteral(" AssertionConsumerServiceURL=\"%1\"").arg(esc(params.acsUrl));
    }
    xml += QStringLiteral("><saml:Issuer>%1</saml:Issuer>").arg(esc(params.issuer));
    const QString format = params.nameIdFormat.isEmpty()
                               ? QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified")
                               : params.nameIdFormat;
    xml += QStringLiteral("<samlp:NameIDPolicy Format=\"%1\" AllowCreate=\"true\"/></samlp:AuthnRequest>")
               .arg(esc(format));
    return xml.toUtf8();
}

Result<QUrl> redirectBindingUrl(const QUrl& destination,
                                const QByteArray& authnRequestXml,
                                const QString& relayState,
                                const QByteArray& signingKeyPem)
{
    using R = Result<QUrl>;
    if (!destination.isValid() || destination.isRelative()) {
        return R::failure(QStringLiteral("saml.request-malformed"), QStringLiteral("The IdP SSO URL is not absolute."));
    }
    const QByteArray deflated = deflateRaw(authnRequestXml);
    if (deflated.isEmpty()) {
        return R::failure(QStringLiteral("saml.request-malformed"), QStringLiteral("DEFLATE failed."));
    }
    QByteArray query = "SAMLRequest=" + encodeComponent(encoding::base64(deflated));
    if (!relayState.isEmpty()) {
        query += "&RelayState=" + QUrl::toPercentEncoding(relayState);
    }
    if (!signingKeyPem.isEmpty()) {
        // The algorithm follows the key type; SigAlg is part of the signed octets.
        auto sigAlg = signatureAlgorithmFor(signingKeyPem);
        if (!sigAlg.ok()) {
            return R(sigAlg.error());
        }
        query += "&SigAlg=" + encodeComponent(sigAlg.value().toUtf8());
        auto signature = signDetached(query, signingKeyPem);
        if (!signature.ok()) {
            return R(signature.error());
        }
        query += "&Signature=" + encodeComponent(encoding::base64(signature.value().second));
    }
    QUrl url = destination;
    const QByteArray existing = destination.query(QUrl::FullyEncoded).toUtf8();
    url.setQuery(QString::fromLatin1(existing.isEmpty() ? query : existing + '&' + query), QUrl::StrictMode);
    return url;
}

Result<QByteArray>
postBindingValue(const QByteArray& authnRequestXml, const QByteArray& signingKeyPem, const QByteArray& signingCertPem)
{
    using R = Result<QByteArray>;
    if (signingKeyPem.isEmpty()) {
        return encoding::base64(authnRequestXml);
    }
    auto doc = xml::XmlDocument::parse(authnRequestXml);
    if (!doc.ok()) {
        return R::failure(QStringLiteral("saml.request-malformed"), doc.error().message);
    }
    auto signedOk = xml::SignatureSigner::signEnveloped(doc.value(), doc.value().root(), signingKeyPem, signingCertPem);
    if (!signedOk.ok()) {
        return R(signedOk.error());
    }
    return encoding::base64(serialize(doc.value()));
}

Result<ParsedAuthnRequest> parseRedirectAuthnRequest(const QUrlQuery& query, const QList<QByteArray>& trustedSpCertsDer)
{
    if (!query.hasQueryItem(QStringLiteral("SAMLRequest"))) {
        return malformed(QStringLiteral("The query has no SAMLRequest parameter."));
    }
    const QString samlRequest = query.queryItemValue(QStringLiteral("SAMLRequest"), QUrl::FullyDecoded);
    auto deflated = encoding::fromBase64(samlRequest.toLatin1(), encoding::Whitespace::Ignore);
    if (!deflated.ok() || deflated.value().isEmpty()) {
        return malformed(QStringLiteral("SAMLRequest is not base64."));
    }
    auto inflated = inflateRaw(deflated.value());
    if (!inflated.ok()) {
        return P(inflated.error());
    }
    auto doc = xml::XmlDocument::parse(inflated.value());
    if (!doc.ok()) {
        return malformed(QStringLiteral("SAMLRequest is not well-formed XML: %1").arg(doc.error().message));
    }
    P request = readRequest(doc.value());
    if (!request.ok()) {
        return request;
    }
    const bool hasSignature = query.hasQueryItem(QStringLiteral("Signature"));
    if (hasSignature != query.hasQueryItem(QStringLiteral("SigAlg"))) {
        return badSignature(QStringLiteral("Signature and SigAlg must be present together."));
    }
    if (xml::firstChild(doc.value().root(), xml::kNsDsig, "Signature") != nullptr) {
        return badSignature(QStringLiteral("The HTTP-Redirect binding forbids an enveloped signature in the request."));
    }
    if (!hasSignature || trustedSpCertsDer.isEmpty()) {
        return request;
    }
    const QString sigAlg = query.queryItemValue(QStringLiteral("SigAlg"), QUrl::FullyDecoded);
    auto signature = encoding::fromBase64(
        query.queryItemValue(QStringLiteral("Signature"), QUrl::FullyDecoded).toLatin1(), encoding::Whitespace::Ignore);
    if (!signature.ok()) {
        return badSignature(QStringLiteral("Signature is not base64."));
    }
    // The signed octets are the parameters as they were encoded on the wire (bindings §3.4.4.1); try the
    // received encoding first, then the canonical re-encoding of the decoded values.
    const QList<QString> names = {
        QStringLiteral("SAMLRequest"), QStringLiteral("RelayState"), QStringLiteral("SigAlg")};
    for (int variant = 0; variant < 2; ++variant) {
        QByteArray octets;
        for (const QString& name : names) {
            if (!query.hasQueryItem(name)) {
                continue;
            }
            const QByteArray value = variant == 0
                                         ? query.queryItemValue(name, QUrl::FullyEncoded).toUtf8()
                                         : QUrl::toPercentEncoding(query.queryItemValue(name, QUrl::FullyDecoded));
            octets += (octets.isEmpty() ? QByteArray() : QByteArray("&")) + name.toLatin1() + '=' + value;
        }
        if (verifyDetached(octets, sigAlg, signature.value(), trustedSpCertsDer)) {
            request.value().signatureVerified = true;
            return request;
        }
    }
    return badSignature(
        QStringLiteral("The request signature (%1) does not verify with the SP's certificates.").arg(sigAlg),
        QStringLiteral("Check the SP signing certificate registered with the IdP."));
}

Result<ParsedAuthnRequest> parsePostAuthnRequest(QByteArrayView samlRequestBase64,
                                                 const QList<QByteArray>& trustedSpCertsDer)
{
    if (samlRequestBase64.size() > kMaxMessageBytes) {
        return malformed(QStringLiteral("SAMLRequest is too large."));
    }
    auto decoded = encoding::fromBase64(samlRequestBase64, encoding::Whitespace::Ignore);
    if (!decoded.ok() || decoded.value().isEmpty()) {
        return malformed(QStringLiteral("SAMLRequest is not base64."));
    }
    auto doc = xml::XmlDocument::parse(decoded.value());
    if (!doc.ok()) {
        return malformed(QStringLiteral("SAMLRequest is not well-formed XML: %1").arg(doc.error().message));
    }
    P request = readRequest(doc.value());
    if (!request.ok()) {
        return request;
    }
    xmlNode* root = doc.value().root();
    if (xml::firstChild(root, xml::kNsDsig, "Signature") == nullptr || trustedSpCertsDer.isEmpty()) {
        return request;
    }
    auto verified = xml::SignatureVerifier::verify(doc.value(), root, trustedSpCertsDer);
    if (!verified.ok()) {
        return badSignature(QStringLiteral("The request signature does not verify: %1").arg(verified.error().message),
                            verified.error().code);
    }
    request.value().signatureVerified = true;
    return request;
}

} // namespace gatehouse::core::saml::sso
