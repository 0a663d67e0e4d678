// Response building for the IdP simulator (SamlSso.h).
#include "core/saml/sso/EncryptedAssertion.h"
#include "core/saml/sso/SamlSso.h"
#include "core/saml/sso/SsoSupport.h"
#include "core/xmldsig/SignatureSigner.h"
#include "core/xmldsig/XmlDocument.h"
#include "core/xmldsig/XmlNodes.h"

namespace gatehouse::core::saml::sso {

using namespace support;

namespace {

QString attributeStatement(const QList<SamlAttribute>& attributes)
{
    if (attributes.isEmpty()) {
        return {};
    }
    QString out = QStringLiteral("<saml:AttributeStatement>");
    for (const SamlAttribute& attr : attributes) {
        const QString format = attr.nameFormat.isEmpty()
                                   ? QStringLiteral("urn:oasis:names:tc:SAML:2.0:attrname-format:basic")
                                   : attr.nameFormat;
        out += QStringLiteral("<saml:Attribute Name=\"%1\" NameFormat=\"%2\"").arg(esc(attr.name), esc(format));
        if (!attr.friendlyName.isEmpty()) {
            out += QStringLiteral(" FriendlyName=\"%1\"").arg(esc(attr.friendlyName));
        }
        out += u'>';
        for (const QString& value : attr.values) {
            out +=
                QStringLiteral("<saml:AttributeValue xsi:type=\"xs:string\">%1</saml:AttributeValue>").arg(esc(value));
        }
        out += QStringLiteral("</saml:Attribute>");
    }
    return out + QStringLiteral("</saml:AttributeStatement>");
}

// The Assertion declares every namespace it uses, so that it stays self-contained when encrypted.
QString assertionXml(const ResponseParams& p, const QString& assertionId, const QDateTime& now)
{
    const QString instant = xsdDateTime(now);
    const QString notOnOrAfter = xsdDateTime(now.addSecs(p.validitySecs));
    const QString recipient = p.recipient.isEmpty() ? p.destination : p.recipient;
    QString out = QStringLiteral("<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" "
                                 "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                                 "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                 "ID=\"%1\" Version=\"2.0\" IssueInstant=\"%2\"><saml:Issuer>%3</saml:Issuer>")
                      .arg(esc(assertionId), instant, esc(p.issuer));
    out += QStringLiteral("<saml:Subject>");
    if (!p.nameId.isEmpty()) {
        out += QStringLiteral("<saml:NameID Format=\"%1\">%2</saml:NameID>").arg(esc(p.nameIdFormat), esc(p.nameId));
    }
    out += QStringLiteral("<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"
                          "<saml:SubjectConfirmationData NotOnOrAfter=\"%1\" Recipient=\"%2\"")
               .arg(notOnOrAfter, esc(recipient));
    if (!p.inResponseTo.isEmpty()) {
        out += QStringLiteral(" InResponseTo=\"%1\"").arg(esc(p.inResponseTo));
    }
    out += QStringLiteral("/></saml:SubjectConfirmation></saml:Subject>");
    out += QStringLiteral("<saml:Conditions NotBefore=\"%1\" NotOnOrAfter=\"%2\"><saml:AudienceRestriction>"
                          "<saml:Audience>%3</saml:Audience></saml:AudienceRestriction></saml:Conditions>")
               .arg(instant, notOnOrAfter, esc(p.audience));
    out += QStringLiteral("<saml:AuthnStatement AuthnInstant=\"%1\"").arg(instant);
    if (!p.sessionIndex.isEmpty()) {
        out += QStringLiteral(" SessionIndex=\"%1\"").arg(esc(p.sessionIndex));
    }
    out += QStringLiteral("><saml:AuthnContext><saml:AuthnContextClassRef>"
                          "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
                          "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>");
    out += attributeStatement(p.attributes);
    return out + QStringLiteral("</saml:Assertion>");
}

QString statusXml(const ResponseParams& p)
{
    QString out = QStringLiteral("<samlp:Status><samlp:StatusCode Value=\"%1\"").arg(esc(p.statusCode));
    if (p.subStatusCode.isEmpty()) {
        out += QStringLiteral("/>");
    } else {
        out += QStringLiteral("><samlp:StatusCode Value=\"%1\"/></samlp:StatusCode>").arg(esc(p.subStatusCode));
    }
    if (!p.statusMessage.isEmpty()) {
        out += QStringLiteral("<samlp:StatusMessage>%1</samlp:StatusMessage>").arg(esc(p.statusMessage));
    }
    return out + QStringLiteral("</samlp:Status>");
}

} // namespace

Result<QByteArray> buildResponse(const ResponseParams& params)
{
    using R = Result<QByteArray>;
    const QDateTime now = params.issueInstant.isValid() ? params.issueInstant.toUTC() : QDateTime::currentDateTimeUtc();
    const QString responseId = params.responseId.isEmpty() ? randomId() : params.responseId;
    const QString assertionId = params.assertionId.isEmpty() ? randomId() : params.assertionId;
    const bool success = params.statusCode == QLatin1String(kStatusSuccess);
    if ((params.signResponse || (params.signAssertion && success)) && params.signingKeyPem.isEmpty()) {
        return R::failure(QStringLiteral("saml.sign-key"), QStringLiteral("Signing was requested without a key."));
    }

    QString xml = QStringLiteral("<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
                                 "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"%1\" Version=\"2.0\" "
                                 "IssueInstant=\"%2\"")
                      .arg(esc(responseId), xsdDateTime(now));
    if (!params.destination.isEmpty()) {
        xml += QStringLiteral(" Destination=\"%1\"").arg(esc(params.destination));
    }
    if (!params.inResponseTo.isEmpty()) {
        xml += QStringLiteral(" InResponseTo=\"%1\"").arg(esc(params.inResponseTo));
    }
    xml += QStringLiteral("><saml:Issuer>%1</saml:Issuer>").arg(esc(params.issuer));
    xml += statusXml(params);
    if (success) {
        xml += assertionXml(params, assertionId, now);
    }
    xml += QStringLiteral("</samlp:Response>");

    auto parsed = xml::XmlDocument::parse(xml.toUtf8());
    if (!parsed.ok()) {
        return R(parsed.error());
    }
    xml::XmlDocument& doc = parsed.value();
    xmlNode* assertion = xml::firstChild(doc.root(), xml::kNsAssertion, "Assertion");
    if (assertion != nullptr && params.signAssertion) {
        auto signedOk =
            xml::SignatureSigner::signEnveloped(doc, assertion, params.signingKeyPem, params.signingCertPem);
        if (!signedOk.ok()) {
            return R(signedOk.error());
        }
    }
    if (assertion != nullptr && !params.encryptionCertPem.isEmpty()) {
        auto encrypted = EncryptedAssertion::encrypt(doc, assertion, params.encryptionCertPem);
        if (!encrypted.ok()) {
            return R(encrypted.error());
        }
    }
    if (params.signResponse) {
        auto signedOk =
            xml::SignatureSigner::signEnveloped(doc, doc.root(), params.signingKeyPem, params.signingCertPem);
        if (!signedOk.ok()) {
            return R(signedOk.error());
        }
    }
    return serialize(doc);
}

} // namespace gatehouse::core::saml::sso
