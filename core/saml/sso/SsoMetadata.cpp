// IdP metadata reading and SP / IdP metadata documents (SamlSso.h).
#include "core/saml/MetadataParser.h"
#include "core/saml/sso/SamlSso.h"
#include "core/saml/sso/SsoSupport.h"
#include "core/xmldsig/XmlDocument.h"

namespace gatehouse::core::saml::sso {

using namespace support;

namespace {

IdpSettings settingsOf(const EntityDescriptor& entity, const Role& idp)
{
    IdpSettings settings;
    settings.entityId = entity.entityId;
    for (const Endpoint& endpoint : idp.endpointsOf(QStringLiteral("SingleSignOnService"))) {
        if (endpoint.binding == QLatin1String(kBindingRedirect) && settings.ssoUrlRedirect.isEmpty()) {
            settings.ssoUrlRedirect = endpoint.url;
        } else if (endpoint.binding == QLatin1String(kBindingPost) && settings.ssoUrlPost.isEmpty()) {
            settings.ssoUrlPost = endpoint.url;
        }
    }
    for (const KeyDescriptor& key : idp.keys) {
        if (!key.usableForSigning()) {
            continue;
        }
        for (const KeyCertificate& cert : key.certificates) {
            if (cert.parsed && !settings.signingCertificatesDer.contains(cert.info.der)) {
                settings.signingCertificatesDer.append(cert.info.der);
            }
        }
    }
    settings.wantAuthnRequestsSigned = idp.wantAuthnRequestsSigned.value_or(false);
    settings.nameIdFormats = idp.nameIdFormats;
    return settings;
}

QString keyDescriptor(const QString& use, const QByteArray& pem)
{
    const QString cert = certificateBase64(pem);
    if (cert.isEmpty()) {
        return {};
    }
    return QStringLiteral("<md:KeyDescriptor use=\"%1\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>%2"
                          "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>")
        .arg(use, cert);
}

QString nameIdFormatElements(const QStringList& formats)
{
    QString out;
    for (const QString& format : formats) {
        out += QStringLiteral("<md:NameIDFormat>%1</md:NameIDFormat>").arg(esc(format));
    }
    return out;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

Result<IdpSettings> readIdpMetadata(QByteArrayView xml, const QString& entityId)
{
    using R = Result<IdpSettings>;
    auto doc = xml::XmlDocument::parse(xml);
    if (!doc.ok()) {
        return R::failure(QStringLiteral("saml.metadata-malformed"), doc.error().message, doc.error().code);
    }
    auto metadata = MetadataParser::parse(doc.value());
    if (!metadata.ok()) {
        return R::failure(QStringLiteral("saml.metadata-malformed"), metadata.error().message, metadata.error().code);
    }
    const Metadata& md = metadata.value();
    QList<const EntityDescriptor*> candidates;
    for (const EntityDescriptor& entity : md.entities) {
        if (entityId.isEmpty() || entity.entityId == entityId) {
            candidates.append(&entity);
        }
    }
    if (!entityId.isEmpty() && candidates.isEmpty()) {
        return R::failure(QStringLiteral("saml.entity-not-found"),
                          QStringLiteral("The metadata has no entity '%1'.").arg(entityId));
    }
    QList<QPair<const EntityDescriptor*, const Role*>> idps;
    for (const EntityDescriptor* entity : std::as_const(candidates)) {
        for (const Role* role : entity->rolesOf(RoleKind::IdentityProvider)) {
            if (role->supportsSaml2()) {
                idps.append({entity, role});
            }
        }
    }
    if (idps.isEmpty()) {
        return R::failure(QStringLiteral("saml.no-idp"),
                          QStringLiteral("The metadata has no IDPSSODescriptor supporting SAML 2.0."));
    }
    if (idps.size() > 1) {
        return R::failure(QStringLiteral("saml.ambiguous-entity"),
                          QStringLiteral("The metadata has %1 SAML 2.0 identity providers; choose one by entity ID.")
                              .arg(idps.size()));
    }
    return settingsOf(*idps.constFirst().first, *idps.constFirst().second);
}

QByteArray buildSpMetadata(const SpMetadataParams& params)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                                 "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\"%1\"")
                      .arg(esc(params.entityId));
    if (params.validUntil.isValid()) {
        xml += QStringLiteral(" validUntil=\"%1\"").arg(xsdDateTime(params.validUntil));
    }
    xml += QStringLiteral(">\n  <md:SPSSODescriptor AuthnRequestsSigned=\"%1\" WantAssertionsSigned=\"%2\" "
                          "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">")
               .arg(boolText(params.authnRequestsSigned), boolText(params.wantAssertionsSigned));
    xml += keyDescriptor(QStringLiteral("signing"), params.signingCertPem);
    xml += keyDescriptor(QStringLiteral("encryption"), params.encryptionCertPem);
    for (const QByteArray& upcoming : params.upcomingCertPems) {
        xml += keyDescriptor(QStringLiteral("signing"), upcoming);
        xml += keyDescriptor(QStringLiteral("encryption"), upcoming);
    }
    xml += nameIdFormatElements(params.nameIdFormats);
    xml += QStringLiteral("<md:AssertionConsumerService Binding=\"%1\" Location=\"%2\" index=\"0\" isDefault=\"true\"/>"
                          "</md:SPSSODescriptor>\n</md:EntityDescriptor>\n")
               .arg(QLatin1String(kBindingPost), esc(params.acsUrl));
    return xml.toUtf8();
}

QByteArray buildIdpMetadata(const IdpMetadataParams& params)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                                 "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\"%1\">\n"
                                 "  <md:IDPSSODescriptor WantAuthnRequestsSigned=\"%2\" "
                                 "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">")
                      .arg(esc(params.entityId), boolText(params.wantAuthnRequestsSigned));
    xml += keyDescriptor(QStringLiteral("signing"), params.signingCertPem);
    xml += nameIdFormatElements(params.nameIdFormats);
    xml += QStringLiteral("<md:SingleSignOnService Binding=\"%1\" Location=\"%3\"/>"
                          "<md:SingleSignOnService Binding=\"%2\" Location=\"%3\"/>"
                          "</md:IDPSSODescriptor>\n</md:EntityDescriptor>\n")
               .arg(QLatin1String(kBindingRedirect), QLatin1String(kBindingPost), esc(params.ssoUrl));
    return xml.toUtf8();
}

} // namespace gatehouse::core::saml::sso
