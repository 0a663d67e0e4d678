#pragma once

#include "core/saml/MetadataModel.h"
#include "core/xmldsig/XmlDocument.h"

namespace gatehouse::core::saml {

// Reads SAML 2.0 metadata (EntityDescriptor or EntitiesDescriptor, nested aggregates) from a safely
// loaded document into the model. It never fails on content: missing or odd values are left empty for
// the validation rules to report. The root must be in the metadata namespace (else error code
// metadata.root).
class MetadataParser
{
public:
    static Result<Metadata> parse(const xml::XmlDocument& document);
};

} // namespace gatehouse::core::saml
