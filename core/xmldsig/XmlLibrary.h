#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse::core::xml {

// One-time, thread-safe initialisation of libxml2 and xmlsec (OpenSSL backend) with Gatehouse's safety
// settings: the external entity loader refuses everything except the bundled schemas (by file name,
// from the application's resources), XSLT is disabled in xmlsec, and no library prints to stderr.
// Every entry point of the XML layer calls ensureInitialized(); calling it again is cheap.
class XmlLibrary
{
public:
    static void ensureInitialized();

    // The bundled schema with this file name (e.g. "saml-schema-metadata-2.0.xsd"), or null when none.
    // The returned buffer lives until the process ends.
    static const QByteArray* bundledSchema(const QString& fileName);
};

} // namespace gatehouse::core::xml
