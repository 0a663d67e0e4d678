#pragma once

#include "core/xmldsig/XmlDocument.h"

#include <QList>
#include <QString>

using xmlSchemaValidCtxt = struct _xmlSchemaValidCtxt;
struct _xmlError;

namespace gatehouse::core::xml {

struct SchemaError
{
    int line = 0;
    QString message;
};

// XSD validation against the bundled SAML 2.0 schema set (metadata, assertion, protocol, xmldsig, xenc,
// mdui, mdrpi, mdattr, alg, idp-discovery, request-init, shibmd, the WS-Federation role types, xml.xsd).
// The schema set is compiled once per process; imports resolve only through the bundled catalog.
class SchemaValidator
{
public:
    // Validates the whole document; returns the errors (empty when valid), at most maxErrors of them.
    static QList<SchemaError> validateSamlMetadata(const XmlDocument& document, int maxErrors = 50);
    // True when the schema set compiled (it always should; false means a broken installation).
    static bool schemaSetAvailable();
};

// Schema validation of a document that is streamed (xmlTextReaderSchemaValidateCtxt): a validation context for the
// same compiled schema set, whose errors are collected exactly as validateSamlMetadata() collects them.
class StreamingSchemaValidation
{
public:
    explicit StreamingSchemaValidation(int maxErrors = 50);
    ~StreamingSchemaValidation();
    StreamingSchemaValidation(const StreamingSchemaValidation&) = delete;
    StreamingSchemaValidation& operator=(const StreamingSchemaValidation&) = delete;

    // Null when the schema set is not available (errors() then says why).
    xmlSchemaValidCtxt* context() const
    {
        return m_ctxt;
    }
    // The errors, as validateSamlMetadata() returns them; invalid: the reader said the document is not valid.
    QList<SchemaError> errors(bool invalid) const;
    // Collects one error relayed by the reader's structured error handler (schema errors only).
    void add(const ::_xmlError* error);

    struct Sink;

private:
    xmlSchemaValidCtxt* m_ctxt = nullptr;
    Sink* m_sink = nullptr;
};

} // namespace gatehouse::core::xml
