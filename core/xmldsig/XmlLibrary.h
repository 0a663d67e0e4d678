#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse::core::xml {

// One-time, thread-safe initialisation of libxml2 and xmlsec (OpenSSL backend) with Gatehouse's safety
// settings: the external entity loader refuses everything except the bundled schemas (by file name,
// from the application's resources), XSLT is disabled in xmlsec, and no library prints to stderr.
// Parsing and schema validation call ensureXmlInitialized() (libxml2 only); whatever uses xmlsec (verifying,
// signing, decrypting) calls ensureInitialized(), so a document without a signature to verify never pays for
// xmlsec's and OpenSSL's initialisation. Calling either again is cheap.
class XmlLibrary
{
public:
    // libxml2 and xmlsec.
    static void ensureInitialized();
    // libxml2 only (the safe entity loader, silenced errors, the bundled schemas).
    static void ensureXmlInitialized();

    // The bundled schema with this file name (e.g. "saml-schema-metadata-2.0.xsd"), or null when none.
    // The returned buffer lives until the process ends.
    static const QByteArray* bundledSchema(const QString& fileName);
};

} // namespace gatehouse::core::xml
