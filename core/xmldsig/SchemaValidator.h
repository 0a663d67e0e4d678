#pragma once

#include "core/xmldsig/XmlDocument.h"

#include <QList>
#include <QString>

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

} // namespace gatehouse::core::xml
