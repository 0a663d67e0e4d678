#pragma once

#include "core/saml/Finding.h"
#include "core/saml/MetadataModel.h"
#include "core/saml/ValidationPolicy.h"
#include "core/xmldsig/XmlNodes.h"

#include <QDateTime>

namespace gatehouse::core::saml {

// Shared state of one validation run: the policy, the effective "now" and the findings so far.
struct RuleContext
{
    const ValidationPolicy& policy;
    QDateTime now;
    Findings findings;
    bool singleEntity = true; // one entity is validated (not a whole aggregate): notes meant for one provider apply

    void add(const char* ruleId, Severity severity, QString message, QString fix, const Location& where,
             const QString& entityId = {})
    {
        findings.append(Finding{QString::fromLatin1(ruleId), severity, std::move(message), std::move(fix), where.line,
                                where.path.isEmpty() && where.node != nullptr ? xml::path(where.node) : where.path,
                                entityId});
    }
};

// The rule families; each appends its findings to the context. See docs/metadata-rules.md.
namespace rules {
void checkStructure(const Metadata& metadata, const QList<const EntityDescriptor*>& selected, RuleContext& ctx);
void checkDuplicates(const Metadata& metadata, RuleContext& ctx);
void checkEndpoints(const EntityDescriptor& entity, RuleContext& ctx);
void checkKeys(const EntityDescriptor& entity, RuleContext& ctx);
void checkValidity(const Metadata& metadata, const QList<const EntityDescriptor*>& selected, RuleContext& ctx);
void checkHints(const EntityDescriptor& entity, RuleContext& ctx);
// The parts of checkStructure and checkValidity, for the streaming validator (which sees one entity at a time):
// checkStructure = checkEntityStructure for each selected entity + checkAggregateRole;
// checkValidity = checkDocumentValidity + checkEntityValidity for each selected entity of an aggregate.
void checkEntityStructure(const EntityDescriptor& entity, bool aggregate, RuleContext& ctx);
void checkAggregateRole(const Metadata& metadata, bool anyIdp, bool anySp, RuleContext& ctx);
// Returns whether the root's validUntil has passed (entity expiry is then not reported again).
bool checkDocumentValidity(const Metadata& metadata, RuleContext& ctx);
void checkEntityValidity(const EntityDescriptor& entity, bool rootExpired, RuleContext& ctx);
} // namespace rules

} // namespace gatehouse::core::saml
