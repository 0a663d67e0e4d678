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

// The pieces of MetadataParser for a document read one top-level element at a time (the streaming validator):
// one EntityDescriptor subtree into the model, with the certificate cache of the whole document.
class EntityReader
{
public:
    EntityReader();
    ~EntityReader();
    EntityReader(const EntityReader&) = delete;
    EntityReader& operator=(const EntityReader&) = delete;

    EntityDescriptor read(xmlNode* entity, const QDateTime& inheritedValidUntil);
    // The earlier of a and the dateTime raw (a when raw is not a dateTime), as validUntil inheritance does.
    static QDateTime earlier(const QDateTime& a, const QString& raw);
    // mdrpi:PublicationInfo of a root md:Extensions element into metadata.
    static void readPublicationInfo(xmlNode* extensions, Metadata& metadata);

private:
    struct Cache;
    Cache* m_cache;
};

} // namespace gatehouse::core::saml
