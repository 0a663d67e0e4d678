#include "core/saml/MetadataParser.h"

#include "core/util/XsdTime.h"
#include "core/xmldsig/XmlNodes.h"

#include <QHash>

#include <libxml/tree.h>

namespace gatehouse::core::saml {

namespace {

using namespace gatehouse::core::xml;

constexpr char kNsXsi[] = "http://www.w3.org/2001/XMLSchema-instance";

// Certificates parsed so far in this document: aggregates repeat the same certificate many times, and parsing
// one with OpenSSL costs far more than a hash lookup.
using CertificateCache = QHash<QString, KeyCertificate>;

Location locate(const xmlNode* node)
{
    return Location{line(node), QString(), node};
}

std::optional<bool> boolAttribute(const xmlNode* node, const char* name)
{
    if (!hasAttribute(node, name)) {
        return std::nullopt;
    }
    const QString v = attribute(node, name).trimmed();
    return v == QLatin1String("true") || v == QLatin1String("1");
}

KeyDescriptor readKeyDescriptor(xmlNode* node, CertificateCache& cache)
{
    KeyDescriptor key;
    key.location = locate(node);
    key.use = attribute(node, "use");
    xmlNode* keyInfo = firstChild(node, kNsDsig, "KeyInfo");
    key.hasKeyValue = firstChild(keyInfo, kNsDsig, "KeyValue") != nullptr;
    for (xmlNode* data : xml::children(keyInfo, kNsDsig, "X509Data")) {
        for (xmlNode* certNode : xml::children(data, kNsDsig, "X509Certificate")) {
            const QString base64 = text(certNode);
            auto cached = cache.constFind(base64);
            if (cached == cache.constEnd()) {
                KeyCertificate parsedCert;
                auto parsed = x509::parseBase64(base64.toLatin1());
                parsedCert.parsed = parsed.ok();
                if (parsed.ok()) {
                    parsedCert.info = std::move(parsed).value();
                } else {
                    parsedCert.error = parsed.error().message;
                }
                cached = cache.insert(base64, parsedCert);
            }
            KeyCertificate cert = cached.value();
            cert.location = locate(certNode);
            key.certificates.append(std::move(cert));
        }
    }
    for (xmlNode* method : xml::children(node, kNsMetadata, "EncryptionMethod")) {
        key.encryptionMethods.append(attribute(method, "Algorithm"));
    }
    return key;
}

void readUiInfo(xmlNode* extensions, Role& role)
{
    xmlNode* ui = firstChild(extensions, kNsMdui, "UIInfo");
    for (xmlNode* name : xml::children(ui, kNsMdui, "DisplayName")) {
        role.displayNames.append(text(name).trimmed());
    }
    for (xmlNode* logo : xml::children(ui, kNsMdui, "Logo")) {
        role.logos.append(text(logo).trimmed());
    }
    for (xmlNode* scope : xml::children(extensions, kNsShibmd, "Scope")) {
        role.scopes.append(text(scope).trimmed());
    }
}

RoleKind kindOf(const xmlNode* node, QString& elementName)
{
    elementName = localName(node);
    if (elementName == QLatin1String("IDPSSODescriptor")) {
        return RoleKind::IdentityProvider;
    }
    if (elementName == QLatin1String("SPSSODescriptor")) {
        return RoleKind::ServiceProvider;
    }
    if (elementName == QLatin1String("AttributeAuthorityDescriptor")) {
        return RoleKind::AttributeAuthority;
    }
    if (elementName == QLatin1String("AuthnAuthorityDescriptor")) {
        return RoleKind::AuthnAuthority;
    }
    if (elementName == QLatin1String("PDPDescriptor")) {
        return RoleKind::PolicyDecisionPoint;
    }
    const QString type = attribute(node, "type", kNsXsi);
    if (!type.isEmpty()) {
        elementName += QStringLiteral(" (") + type + u')';
    }
    return RoleKind::Other;
}

Role readRole(xmlNode* node, CertificateCache& cache)
{
    Role role;
    role.location = locate(node);
    role.kind = kindOf(node, role.elementName);
    role.protocols = attribute(node, "protocolSupportEnumeration").split(u' ', Qt::SkipEmptyParts);
    role.wantAuthnRequestsSigned = boolAttribute(node, "WantAuthnRequestsSigned");
    role.authnRequestsSigned = boolAttribute(node, "AuthnRequestsSigned");
    role.wantAssertionsSigned = boolAttribute(node, "WantAssertionsSigned");
    role.errorUrl = attribute(node, "errorURL");
    role.validUntil = attribute(node, "validUntil");
    role.cacheDuration = attribute(node, "cacheDuration");
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (isElement(child, kNsMetadata, "KeyDescriptor")) {
            role.keys.append(readKeyDescriptor(child, cache));
        } else if (isElement(child, kNsMetadata, "NameIDFormat")) {
            role.nameIdFormats.append(text(child).trimmed());
        } else if (isElement(child, kNsMetadata, "Extensions")) {
            readUiInfo(child, role);
        } else if (isElement(child, kNsMetadata, nullptr) && hasAttribute(child, "Binding")) {
            Endpoint endpoint;
            endpoint.location = locate(child);
            endpoint.kind = localName(child);
            endpoint.binding = attribute(child, "Binding");
            endpoint.url = attribute(child, "Location");
            endpoint.responseUrl = attribute(child, "ResponseLocation");
            if (hasAttribute(child, "index")) {
                bool ok = false;
                const int index = attribute(child, "index").toInt(&ok);
                endpoint.index = ok ? index : -1;
            }
            endpoint.isDefault = boolAttribute(child, "isDefault");
            role.endpoints.append(std::move(endpoint));
        }
    }
    return role;
}

void readEntityExtensions(xmlNode* extensions, EntityDescriptor& entity)
{
    if (xmlNode* reg = firstChild(extensions, kNsMdrpi, "RegistrationInfo")) {
        entity.registrationAuthority = attribute(reg, "registrationAuthority");
        entity.registrationInstant = attribute(reg, "registrationInstant");
    }
    xmlNode* attrs = firstChild(extensions, kNsMdattr, "EntityAttributes");
    for (xmlNode* attr : xml::children(attrs, kNsAssertion, "Attribute")) {
        QStringList values;
        for (xmlNode* value : xml::children(attr, kNsAssertion, "AttributeValue")) {
            values.append(text(value).trimmed());
        }
        entity.entityAttributes.insert(attribute(attr, "Name"), values);
    }
}

void readEntityChild(xmlNode* child, EntityDescriptor& entity, CertificateCache& cache)
{
    if (isElement(child, kNsDsig, "Signature")) {
        entity.hasSignature = true;
    } else if (isElement(child, kNsMetadata, "Extensions")) {
        readEntityExtensions(child, entity);
    } else if (isElement(child, kNsMetadata, "Organization")) {
        entity.organizationName = text(firstChild(child, kNsMetadata, "OrganizationName")).trimmed();
        entity.organizationUrl = text(firstChild(child, kNsMetadata, "OrganizationURL")).trimmed();
    } else if (isElement(child, kNsMetadata, "ContactPerson")) {
        QString email = text(firstChild(child, kNsMetadata, "EmailAddress")).trimmed();
        entity.contacts.append(ContactPerson{attribute(child, "contactType"),
                                             text(firstChild(child, kNsMetadata, "SurName")).trimmed(), email});
    } else if (isElement(child, kNsMetadata, nullptr) && localName(child).endsWith(QLatin1String("Descriptor"))) {
        Role role = readRole(child, cache);
        entity.displayNames.append(role.displayNames);
        entity.roles.append(std::move(role));
    }
}

QDateTime earlier(const QDateTime& a, const QString& raw)
{
    const QDateTime b = xsd::parseDateTime(raw);
    if (!b.isValid()) {
        return a;
    }
    return !a.isValid() || b < a ? b : a;
}

EntityDescriptor readEntity(xmlNode* node, const QDateTime& inheritedValidUntil, CertificateCache& cache)
{
    EntityDescriptor entity;
    entity.node = node;
    entity.location = locate(node);
    entity.entityId = attribute(node, "entityID");
    entity.id = attribute(node, "ID");
    entity.validUntil = attribute(node, "validUntil");
    entity.cacheDuration = attribute(node, "cacheDuration");
    entity.effectiveValidUntil = earlier(inheritedValidUntil, entity.validUntil);
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            readEntityChild(child, entity, cache);
        }
    }
    return entity;
}

void readGroup(xmlNode* group, const QDateTime& inherited, Metadata& metadata, CertificateCache& cache)
{
    ++metadata.groupCount;
    rememberSiblingIndexes(group);
    const QDateTime validUntil = earlier(inherited, attribute(group, "validUntil"));
    for (xmlNode* child = group->children; child != nullptr; child = child->next) {
        if (isElement(child, kNsMetadata, "EntityDescriptor")) {
            metadata.entities.append(readEntity(child, validUntil, cache));
        } else if (isElement(child, kNsMetadata, "EntitiesDescriptor")) {
            readGroup(child, validUntil, metadata, cache);
        }
    }
}

} // namespace

QString roleKindName(RoleKind kind)
{
    switch (kind) {
    case RoleKind::IdentityProvider:
        return QStringLiteral("idp");
    case RoleKind::ServiceProvider:
        return QStringLiteral("sp");
    case RoleKind::AttributeAuthority:
        return QStringLiteral("attribute-authority");
    case RoleKind::AuthnAuthority:
        return QStringLiteral("authn-authority");
    case RoleKind::PolicyDecisionPoint:
        return QStringLiteral("pdp");
    case RoleKind::Other:
        break;
    }
    return QStringLiteral("other");
}

QList<Endpoint> Role::endpointsOf(const QString& endpointKind) const
{
    QList<Endpoint> result;
    for (const Endpoint& e : endpoints) {
        if (e.kind == endpointKind) {
            result.append(e);
        }
    }
    return result;
}

QList<const Role*> EntityDescriptor::rolesOf(RoleKind roleKind) const
{
    QList<const Role*> result;
    for (const Role& r : roles) {
        if (r.kind == roleKind) {
            result.append(&r);
        }
    }
    return result;
}

Result<Metadata> MetadataParser::parse(const XmlDocument& document)
{
    xmlNode* root = document.root();
    Metadata metadata;
    CertificateCache cache;
    metadata.rootNode = root;
    metadata.location = locate(root);
    if (isElement(root, kNsMetadata, "EntityDescriptor")) {
        metadata.entities.append(readEntity(root, {}, cache));
        metadata.validUntil = metadata.entities.first().validUntil;
        metadata.cacheDuration = metadata.entities.first().cacheDuration;
        metadata.id = metadata.entities.first().id;
        metadata.hasSignature = metadata.entities.first().hasSignature;
        return metadata;
    }
    if (!isElement(root, kNsMetadata, "EntitiesDescriptor")) {
        return Result<Metadata>::failure(
            QStringLiteral("metadata.root"),
            QStringLiteral("The root element is {%1}%2, not a SAML 2.0 md:EntityDescriptor or md:EntitiesDescriptor.")
                .arg(namespaceUri(root), localName(root)));
    }
    metadata.aggregate = true;
    metadata.name = attribute(root, "Name");
    metadata.id = attribute(root, "ID");
    metadata.validUntil = attribute(root, "validUntil");
    metadata.cacheDuration = attribute(root, "cacheDuration");
    metadata.hasSignature = firstChild(root, kNsDsig, "Signature") != nullptr;
    EntityReader::readPublicationInfo(firstChild(root, kNsMetadata, "Extensions"), metadata);
    readGroup(root, {}, metadata, cache);
    return metadata;
}

struct EntityReader::Cache
{
    CertificateCache certificates;
};

EntityReader::EntityReader()
    : m_cache(new Cache)
{
}

EntityReader::~EntityReader()
{
    delete m_cache;
}

EntityDescriptor EntityReader::read(xmlNode* entity, const QDateTime& inheritedValidUntil)
{
    return readEntity(entity, inheritedValidUntil, m_cache->certificates);
}

QDateTime EntityReader::earlier(const QDateTime& a, const QString& raw)
{
    return saml::earlier(a, raw);
}

void EntityReader::readPublicationInfo(xmlNode* extensions, Metadata& metadata)
{
    if (xmlNode* pub = firstChild(extensions, kNsMdrpi, "PublicationInfo")) {
        metadata.hasPublicationInfo = true;
        metadata.publisher = attribute(pub, "publisher");
        metadata.creationInstant = attribute(pub, "creationInstant");
    }
}

} // namespace gatehouse::core::saml
