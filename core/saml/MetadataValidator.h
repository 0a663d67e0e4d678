#pragma once

#include "core/saml/Finding.h"
#include "core/saml/MetadataModel.h"
#include "core/saml/ValidationPolicy.h"

#include <QByteArrayView>

namespace gatehouse::core::saml {

// The outcome of validating one metadata document.
struct ValidationReport
{
    Findings findings;
    Metadata metadata; // what could be parsed (empty when the document could not be read at all)
    bool readable = false; // false when the input is not XML at all (exit code 2 in the CLI)

    int count(Severity severity) const;
    bool hasErrors() const
    {
        return count(Severity::Error) > 0;
    }
};

// Offline SAML metadata validator: safe parsing, schema, structure, endpoints, keys and certificates,
// metadata signature, validity and caching, SSO hints, known-IdP hints and aggregate duplicates.
class MetadataValidator
{
public:
    static ValidationReport validate(QByteArrayView document, const ValidationPolicy& policy);
};

} // namespace gatehouse::core::saml
