#include "core/saml/MetadataValidator.h"

#include "core/saml/MetadataParser.h"
#include "core/saml/RuleContext.h"
#include "core/saml/SignatureRules.h"
#include "core/xmldsig/SchemaValidator.h"
#include "core/xmldsig/XmlNodes.h"

namespace gatehouse::core::saml {

namespace detail {

ValidationReport unreadable(const Error& error)
{
    ValidationReport report;
    int line = 0;
    if (error.detail.startsWith(QLatin1String("line "))) {
        line = error.detail.mid(5).toInt();
    }
    report.findings.append(Finding{error.code, Severity::Error, error.message,
                                   error.code == QLatin1String("xml.dtd-forbidden")
                                       ? QStringLiteral("Remove the DOCTYPE; SAML metadata never needs one.")
                                       : QStringLiteral("Check that the file is the complete XML metadata document."),
                                   line, QString(), QString()});
    return report;
}

} // namespace detail

namespace {

using detail::unreadable;

QList<const EntityDescriptor*> selectEntities(const Metadata& metadata, const ValidationPolicy& policy)
{
    QList<const EntityDescriptor*> selected;
    for (const EntityDescriptor& e : metadata.entities) {
        if (policy.entityId.isEmpty() || e.entityId == policy.entityId) {
            selected.append(&e);
        }
    }
    return selected;
}

void checkSchema(const xml::XmlDocument& document, RuleContext& ctx)
{
    for (const xml::SchemaError& error : xml::SchemaValidator::validateSamlMetadata(document)) {
        ctx.add("schema.invalid", Severity::Error, error.message,
                QStringLiteral("Fix the element or attribute named in the message; the SAML 2.0 metadata schema "
                               "fixes element order, required attributes and value types."),
                Location{error.line, QString()});
    }
}

void detach(Location& location)
{
    location.node = nullptr;
}

void detachFromDocument(Metadata& metadata)
{
    metadata.rootNode = nullptr;
    detach(metadata.location);
    for (EntityDescriptor& e : metadata.entities) {
        e.node = nullptr;
        detach(e.location);
        for (Role& role : e.roles) {
            detach(role.location);
            for (Endpoint& endpoint : role.endpoints) {
                detach(endpoint.location);
            }
            for (KeyDescriptor& key : role.keys) {
                detach(key.location);
                for (KeyCertificate& cert : key.certificates) {
                    detach(cert.location);
                }
            }
        }
    }
}

} // namespace

int ValidationReport::count(Severity severity) const
{
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
                                          [severity](const Finding& f) { return f.severity == severity; }));
}

ValidationReport MetadataValidator::validate(QByteArrayView data, const ValidationPolicy& policy)
{
    auto document = xml::XmlDocument::parse(data);
    if (!document.ok()) {
        return unreadable(document.error());
    }
    ValidationReport report;
    report.readable = true;
    report.engine = QStringLiteral("dom");
    RuleContext ctx{policy, policy.now.isValid() ? policy.now.toUTC() : QDateTime::currentDateTimeUtc(), {}};
    auto metadata = MetadataParser::parse(document.value());
    if (!metadata.ok()) {
        ctx.add("structure.root", Severity::Error, metadata.error().message,
                QStringLiteral("Use a SAML 2.0 metadata document: its root is md:EntityDescriptor or "
                               "md:EntitiesDescriptor in the urn:oasis:names:tc:SAML:2.0:metadata namespace."),
                Location{1, xml::path(document.value().root())});
        report.findings = std::move(ctx.findings);
        return report;
    }
    checkSchema(document.value(), ctx);
    const Metadata& md = metadata.value();
    const QList<const EntityDescriptor*> selected = selectEntities(md, policy);
    if (!policy.entityId.isEmpty() && selected.isEmpty()) {
        ctx.add("aggregate.entity-not-found", Severity::Error,
                QStringLiteral("No entity with entityID \"%1\" in this document.").arg(policy.entityId),
                QStringLiteral("Check the entity ID (it is case-sensitive); --summary lists the entities."),
                md.location);
    }
    rules::checkStructure(md, selected, ctx);
    rules::checkDuplicates(md, ctx);
    rules::checkSignature(document.value(), md, ctx);
    rules::checkEntitySignatures(document.value(), md, selected, ctx);
    rules::checkValidity(md, selected, ctx);
    const bool singleEntity = selected.size() == 1;
    ctx.singleEntity = singleEntity;
    for (const EntityDescriptor* entity : selected) {
        rules::checkEndpoints(*entity, ctx);
        rules::checkKeys(*entity, ctx);
        if (singleEntity) { // interop hints are for one provider, not for every entity of a federation
            rules::checkHints(*entity, ctx);
        }
    }
    report.findings = std::move(ctx.findings);
    report.metadata = std::move(metadata).value();
    detachFromDocument(report.metadata); // the document goes away with this function
    return report;
}

} // namespace gatehouse::core::saml
