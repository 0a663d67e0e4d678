#pragma once

#include "core/saml/RuleContext.h"
#include "core/xmldsig/SignatureVerifier.h"
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

// The streaming validator's root signature check (same findings as checkSignature): the root's ds:Signature child
// is in the tree, the root's content was digested while streaming (digest). Returns false, adding nothing, when
// the streamed digest does not cover this signature (an unusual shape): the caller must then use the DOM path.
bool checkSignatureStreamed(xmlNode* root, const Metadata& metadata, const xml::StreamedDigest& digest,
                            RuleContext& ctx);

// One entity's signature in the streaming validator (the entity and its ancestors in the reader's tree): the
// findings checkEntitySignatures gives for it, except that verify() sees only the nodes in the tree, so a
// duplicate of the entity's ID elsewhere in the document is applied afterwards: when idSensitive and the ID is not
// unique in the whole document, the findings are findings[0, verifyFrom) followed by duplicateId.
struct EntitySignatureOutcome
{
    Findings findings;
    bool idSensitive = false;
    qsizetype verifyFrom = 0;
    Finding duplicateId;
    QString id;
};
EntitySignatureOutcome checkEntitySignatureStreamed(xmlDoc* doc, const EntityDescriptor& entity,
                                                    const RuleContext& parent);

} // namespace gatehouse::core::saml::rules
