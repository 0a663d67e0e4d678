#include "core/saml/RuleContext.h"
#include "core/xmldsig/XmlNodes.h"

#include <QHash>
#include <QRegularExpression>

#include <libxml/tree.h>

namespace gatehouse::core::saml::rules {

namespace {

constexpr char kSaml1Prefix[] = "urn:oasis:names:tc:SAML:1.";

bool isSamlRole(RoleKind kind)
{
    return kind != RoleKind::Other;
}

void checkEntityId(const EntityDescriptor& entity, RuleContext& ctx)
{
    static const QRegularExpression absoluteUri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"));
    const QString& id = entity.entityId;
    QString problem;
    if (id.isEmpty()) {
        problem = QStringLiteral("The entityID attribute is missing or empty.");
    } else if (id.size() > 1024) {
        problem = QStringLiteral("The entityID is %1 characters long; SAML allows at most 1024.").arg(id.size());
    } else if (id.trimmed() != id) {
        problem = QStringLiteral("The entityID \"%1\" has leading or trailing whitespace.").arg(id);
    } else if (!absoluteUri.match(id).hasMatch()) {
        problem = QStringLiteral("The entityID \"%1\" is not an absolute URI (URL or URN).").arg(id);
    }
    if (!problem.isEmpty()) {
        ctx.add("entity.id-invalid", Severity::Error, problem,
                QStringLiteral("Use the exact entity ID the provider publishes, an absolute URL or URN without "
                               "surrounding whitespace."),
                entity.location, id);
    }
}

void checkRoleProtocols(const EntityDescriptor& entity, RuleContext& ctx)
{
    for (const Role& role : entity.roles) {
        if (role.kind != RoleKind::IdentityProvider && role.kind != RoleKind::ServiceProvider) {
            continue;
        }
        if (role.supportsSaml2()) {
            continue;
        }
        const bool saml1 = std::any_of(role.protocols.cbegin(), role.protocols.cend(),
                                       [](const QString& p) { return p.startsWith(QLatin1String(kSaml1Prefix)); });
        if (saml1) {
            ctx.add("role.saml1-only", Severity::Warning,
                    QStringLiteral("%1 supports only SAML 1.x; Gatehouse speaks SAML 2.0.").arg(role.elementName),
                    QStringLiteral("Ask the provider for SAML 2.0 metadata."), role.location, entity.entityId);
        } else {
            ctx.add("role.protocol-missing", Severity::Error,
                    QStringLiteral("%1 does not list %2 in protocolSupportEnumeration.")
                        .arg(role.elementName, QLatin1String(kSaml2Protocol)),
                    QStringLiteral("Add urn:oasis:names:tc:SAML:2.0:protocol to protocolSupportEnumeration."),
                    role.location, entity.entityId);
        }
    }
}

void checkExpectedRole(const EntityDescriptor& entity, RuleContext& ctx)
{
    const bool idp = !entity.rolesOf(RoleKind::IdentityProvider).isEmpty();
    const bool sp = !entity.rolesOf(RoleKind::ServiceProvider).isEmpty();
    switch (ctx.policy.role) {
    case ExpectedRole::IdentityProvider:
        if (!idp) {
            ctx.add("role.missing", Severity::Error,
                    sp ? QStringLiteral("This is service provider metadata: there is no IDPSSODescriptor.")
                       : QStringLiteral("There is no IDPSSODescriptor in this entity."),
                    QStringLiteral("Download the identity provider's metadata (often called the IdP or federation "
                                   "metadata), not the service provider's."),
                    entity.location, entity.entityId);
        } else if (sp) {
            ctx.add("role.both", Severity::Warning,
                    QStringLiteral("The entity has both an IdP and an SP role; only the IdP role will be used."),
                    QStringLiteral("Check that this is the metadata you meant to import."), entity.location,
                    entity.entityId);
        }
        return;
    case ExpectedRole::ServiceProvider:
        if (!sp) {
            ctx.add("role.missing", Severity::Error,
                    idp ? QStringLiteral("This is identity provider metadata: there is no SPSSODescriptor.")
                        : QStringLiteral("There is no SPSSODescriptor in this entity."),
                    QStringLiteral("Use the service provider's metadata."), entity.location, entity.entityId);
        } else if (idp) {
            ctx.add("role.both", Severity::Warning,
                    QStringLiteral("The entity has both an IdP and an SP role; only the SP role will be used."),
                    QStringLiteral("Check that this is the metadata you meant to import."), entity.location,
                    entity.entityId);
        }
        return;
    case ExpectedRole::Any:
        if (std::none_of(entity.roles.cbegin(), entity.roles.cend(), [](const Role& r) { return isSamlRole(r.kind); })) {
            ctx.add("role.missing", Severity::Error,
                    QStringLiteral("The entity has no SAML role (no IDPSSODescriptor, SPSSODescriptor or "
                                   "AttributeAuthorityDescriptor)."),
                    QStringLiteral("Export SAML 2.0 metadata from the provider; WS-Federation-only metadata cannot "
                                   "be used for SAML."),
                    entity.location, entity.entityId);
        }
        return;
    }
}

void checkUnknownExtensions(const EntityDescriptor& entity, RuleContext& ctx)
{
    static const QStringList known = {
        QLatin1String(xml::kNsMdui), QLatin1String(xml::kNsMdrpi), QLatin1String(xml::kNsMdattr),
        QLatin1String(xml::kNsShibmd), QStringLiteral("urn:oasis:names:tc:SAML:metadata:algsupport"),
        QStringLiteral("urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol"),
        QStringLiteral("urn:oasis:names:tc:SAML:profiles:SSO:request-init"), QLatin1String(xml::kNsDsig),
        QLatin1String(xml::kNsAssertion)};
    QList<xmlNode*> extensions = xml::children(entity.node, xml::kNsMetadata, "Extensions");
    for (xmlNode* role : xml::children(entity.node, xml::kNsMetadata)) {
        extensions.append(xml::children(role, xml::kNsMetadata, "Extensions"));
    }
    for (xmlNode* ext : extensions) {
        for (xmlNode* child : xml::children(ext)) {
            const QString ns = xml::namespaceUri(child);
            if (!known.contains(ns)) {
                ctx.add("extensions.unknown", Severity::Warning,
                        QStringLiteral("Unknown extension {%1}%2 (not validated, ignored).")
                            .arg(ns, xml::localName(child)),
                        QStringLiteral("Nothing to do unless you rely on this extension."),
                        Location{xml::line(child), xml::path(child)}, entity.entityId);
            }
        }
    }
}

} // namespace

void checkEntityStructure(const EntityDescriptor& entity, bool aggregate, RuleContext& ctx)
{
    checkEntityId(entity, ctx);
    checkRoleProtocols(entity, ctx);
    checkUnknownExtensions(entity, ctx);
    if (!aggregate || !ctx.policy.entityId.isEmpty()) {
        checkExpectedRole(entity, ctx);
    }
}

void checkAggregateRole(const Metadata& metadata, bool anyIdp, bool anySp, RuleContext& ctx)
{
    if (metadata.aggregate && ctx.policy.entityId.isEmpty() && ctx.policy.role != ExpectedRole::Any) {
        const RoleKind wanted = ctx.policy.role == ExpectedRole::IdentityProvider ? RoleKind::IdentityProvider
                                                                                   : RoleKind::ServiceProvider;
        const bool any = wanted == RoleKind::IdentityProvider ? anyIdp : anySp;
        if (!any) {
            ctx.add("role.missing", Severity::Error,
                    QStringLiteral("No entity in this aggregate has the %1 role.").arg(roleKindName(wanted)),
                    QStringLiteral("Use an aggregate that contains the providers you need."), metadata.location);
        }
    }
}

void checkStructure(const Metadata& metadata, const QList<const EntityDescriptor*>& selected, RuleContext& ctx)
{
    for (const EntityDescriptor* entity : selected) {
        checkEntityStructure(*entity, metadata.aggregate, ctx);
    }
    const auto anyWith = [&metadata](RoleKind kind) {
        return std::any_of(metadata.entities.cbegin(), metadata.entities.cend(),
                           [kind](const EntityDescriptor& e) { return !e.rolesOf(kind).isEmpty(); });
    };
    if (metadata.aggregate && ctx.policy.entityId.isEmpty() && ctx.policy.role != ExpectedRole::Any) {
        checkAggregateRole(metadata, anyWith(RoleKind::IdentityProvider), anyWith(RoleKind::ServiceProvider), ctx);
    }
}

void checkDuplicates(const Metadata& metadata, RuleContext& ctx)
{
    QHash<QString, const EntityDescriptor*> seen;
    for (const EntityDescriptor& entity : metadata.entities) {
        if (entity.entityId.isEmpty()) {
            continue;
        }
        if (const EntityDescriptor* first = seen.value(entity.entityId)) {
            ctx.add("aggregate.duplicate-entity", Severity::Error,
                    QStringLiteral("The entityID \"%1\" appears more than once (first at line %2).")
                        .arg(entity.entityId)
                        .arg(first->location.line),
                    QStringLiteral("Each entity must appear once; remove or rename the duplicate registration."),
                    entity.location, entity.entityId);
        } else {
            seen.insert(entity.entityId, &entity);
        }
    }
    // Duplicate ID attributes (they break signature references and enable wrapping attacks).
    QHash<QString, int> ids;
    for (xmlNode* node = metadata.rootNode; node != nullptr;) {
        if (node->type == XML_ELEMENT_NODE && xml::hasAttribute(node, "ID")) {
            const QString id = xml::attribute(node, "ID");
            if (ids.contains(id)) {
                ctx.add("document.duplicate-id", Severity::Warning,
                        QStringLiteral("The ID \"%1\" is used more than once (first at line %2).")
                            .arg(id)
                            .arg(ids.value(id)),
                        QStringLiteral("ID attributes must be unique in a document."),
                        Location{xml::line(node), xml::path(node)});
            } else {
                ids.insert(id, xml::line(node));
            }
        }
        if (node->children != nullptr && node->type == XML_ELEMENT_NODE) {
            node = node->children;
            continue;
        }
        while (node != metadata.rootNode && node->next == nullptr) {
            node = node->parent;
        }
        node = node == metadata.rootNode ? nullptr : node->next;
    }
}

} // namespace gatehouse::core::saml::rules
