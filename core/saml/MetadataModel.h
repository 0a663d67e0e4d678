#pragma once

#include "core/x509/Certificate.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

using xmlNode = struct _xmlNode;

namespace gatehouse::core::saml {

inline constexpr char kSaml2Protocol[] = "urn:oasis:names:tc:SAML:2.0:protocol";
inline constexpr char kBindingRedirect[] = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
inline constexpr char kBindingPost[] = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
inline constexpr char kBindingArtifact[] = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact";
inline constexpr char kBindingSoap[] = "urn:oasis:names:tc:SAML:2.0:bindings:SOAP";

// Where something sits in the document, for findings. The location path is computed only when a finding
// needs it (from node, while the document is alive); node is cleared when validation ends.
struct Location
{
    int line = 0;
    QString path;
    const xmlNode* node = nullptr;
};

// One ds:X509Certificate inside a KeyDescriptor.
struct KeyCertificate
{
    Location location;
    bool parsed = false;
    QString error; // why it could not be parsed
    x509::CertificateInfo info;
};

struct KeyDescriptor
{
    Location location;
    QString use; // empty (both), "signing" or "encryption"
    QList<KeyCertificate> certificates;
    bool hasKeyValue = false; // a bare ds:KeyValue (no certificate)
    QStringList encryptionMethods;

    bool usableForSigning() const
    {
        return use.isEmpty() || use == QLatin1String("signing");
    }

    bool usableForEncryption() const
    {
        return use.isEmpty() || use == QLatin1String("encryption");
    }
};

struct Endpoint
{
    Location location;
    QString kind; // element local name: SingleSignOnService, AssertionConsumerService, …
    QString binding;
    QString url;
    QString responseUrl;
    std::optional<int> index;
    std::optional<bool> isDefault;
};

enum class RoleKind
{
    IdentityProvider,
    ServiceProvider,
    AttributeAuthority,
    AuthnAuthority,
    PolicyDecisionPoint,
    Other, // RoleDescriptor with xsi:type (WS-Federation) or unknown roles
};

QString roleKindName(RoleKind kind);

struct Role
{
    Location location;
    RoleKind kind = RoleKind::Other;
    QString elementName; // e.g. "IDPSSODescriptor" or "RoleDescriptor (fed:SecurityTokenServiceType)"
    QStringList protocols;
    QList<KeyDescriptor> keys;
    QList<Endpoint> endpoints;
    QStringList nameIdFormats;
    std::optional<bool> wantAuthnRequestsSigned; // IdP
    std::optional<bool> authnRequestsSigned;     // SP
    std::optional<bool> wantAssertionsSigned;    // SP
    QString errorUrl;
    QStringList displayNames;
    QStringList logos;
    QStringList scopes; // shibmd:Scope
    QString validUntil;
    QString cacheDuration;

    bool supportsSaml2() const
    {
        return protocols.contains(QLatin1String(kSaml2Protocol));
    }

    QList<Endpoint> endpointsOf(const QString& kind) const;
};

struct ContactPerson
{
    QString type;
    QString name;
    QString email;
};

struct EntityDescriptor
{
    Location location;
    QString entityId;
    QString id;
    QString validUntil;    // raw attribute value
    QString cacheDuration; // raw attribute value
    QDateTime effectiveValidUntil; // the earliest validUntil of the entity and its enclosing groups
    bool hasSignature = false;
    QList<Role> roles;
    QString organizationName;
    QString organizationUrl;
    QList<ContactPerson> contacts;
    QString registrationAuthority;
    QString registrationInstant;
    QMap<QString, QStringList> entityAttributes;
    QStringList displayNames; // mdui of any role, for pickers
    xmlNode* node = nullptr;  // owned by the document

    QList<const Role*> rolesOf(RoleKind kind) const;
};

// A parsed metadata document: one EntityDescriptor, or an EntitiesDescriptor (nested groups flattened).
struct Metadata
{
    Location location;
    bool aggregate = false;
    QString name;
    QString id;
    QString validUntil;
    QString cacheDuration;
    bool hasSignature = false;
    QString publisher;
    QString creationInstant;
    bool hasPublicationInfo = false;
    int groupCount = 0;
    QList<EntityDescriptor> entities;
    xmlNode* rootNode = nullptr;
};

} // namespace gatehouse::core::saml
