#pragma once

#include "core/saml/RuleContext.h"
#include "core/xmldsig/XmlDocument.h"

namespace gatehouse::core::saml::rules {

// Metadata signature rules (signature.*): presence when required, structure (wrapping defences), algorithms,
// verification against the trusted certificates or pinned fingerprints, and the signer's key strength.
void checkSignature(const xml::XmlDocument& document, const Metadata& metadata, RuleContext& ctx);
// The enveloped signatures of single entities inside an aggregate (same rules, findings carry the entity id), for
// the selected entities that are signed.
void checkEntitySignatures(const xml::XmlDocument& document,
                           const Metadata& metadata,
                           const QList<const EntityDescriptor*>& selected,
                           RuleContext& ctx);

} // namespace gatehouse::core::saml::rules
