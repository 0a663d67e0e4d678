#include "core/xmldsig/XmlLibrary.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmlsec.h>

#include <mutex>

static void initGatehouseSchemaResources()
{
    Q_INIT_RESOURCE(gatehouse_schemas);
}

namespace gatehouse::core::xml {

namespace {

void silentGenericError(void*, const char*, ...)
{}

void silentStructuredError(void*, xmlErrorPtr)
{}

void silentXmlsecError(const char*, int, const char*, const char*, const char*, int, const char*)
{}

QString baseName(const char* url)
{
    const QString s = QString::fromUtf8(url);
    const qsizetype slash = s.lastIndexOf(u'/');
    return slash < 0 ? s : s.mid(slash + 1);
}

// The catalog: bundled schemas by file name; everything else (files, http, https, ftp) is refused.
xmlParserInputPtr catalogEntityLoader(const char* url, const char*, xmlParserCtxtPtr ctxt)
{
    if (url == nullptr) {
        return nullptr;
    }
    const QByteArray* schema = XmlLibrary::bundledSchema(baseName(url));
    if (schema == nullptr) {
        return nullptr;
    }
    xmlParserInputBufferPtr buffer =
        xmlParserInputBufferCreateMem(schema->constData(), static_cast<int>(schema->size()), XML_CHAR_ENCODING_NONE);
    if (buffer == nullptr) {
        return nullptr;
    }
    xmlParserInputPtr input = xmlNewIOInputStream(ctxt, buffer, XML_CHAR_ENCODING_NONE);
    if (input == nullptr) {
        xmlFreeParserInputBuffer(buffer);
        return nullptr;
    }
    input->filename = reinterpret_cast<char*>(xmlStrdup(reinterpret_cast<const xmlChar*>(url)));
    return input;
}

void initializeXml()
{
    initGatehouseSchemaResources();
    xmlInitParser();
    xmlSetExternalEntityLoader(catalogEntityLoader);
    xmlSetGenericErrorFunc(nullptr, silentGenericError);
    xmlSetStructuredErrorFunc(nullptr, silentStructuredError);
    // Never substitute entities or load external DTDs by default, whatever a caller's options say.
    xmlSubstituteEntitiesDefault(0);
    xmlLoadExtDtdDefaultValue = 0;
}

void initializeXmlsec()
{
    if (xmlSecInit() < 0 || xmlSecCheckVersion() != 1 || xmlSecCryptoAppInit(nullptr) < 0 || xmlSecCryptoInit() < 0) {
        qFatal("gatehouse: xmlsec could not be initialised");
    }
    xmlSecErrorsSetCallback(silentXmlsecError);
    // xmlsec's XSLT transform is never acceptable in a signature: unregister it outright (verifiers also
    // allow-list their transforms, so this is defence in depth).
    // xmlSecPtrListRemove() only sets the slot to NULL, and xmlsec's href lookup asserts on NULL slots, which made
    // every transform registered after XSLT (all RSA/ECDSA/SHA-2 ones) unusable: rebuild the list without XSLT.
    xmlSecPtrListPtr transforms = xmlSecTransformIdsGet();
    QList<xmlSecTransformId> kept;
    for (xmlSecSize i = 0; i < xmlSecPtrListGetSize(transforms); ++i) {
        auto id = static_cast<xmlSecTransformId>(xmlSecPtrListGetItem(transforms, i));
        if (id != nullptr
            && (id->href == nullptr
                || xmlStrcmp(id->href, reinterpret_cast<const xmlChar*>("http://www.w3.org/TR/1999/REC-xslt-19991116"))
                       != 0)) {
            kept.append(id);
        }
    }
    xmlSecPtrListEmpty(transforms); // the id list owns nothing (static klass objects)
    for (xmlSecTransformId id : kept) {
        if (xmlSecPtrListAdd(transforms, const_cast<void*>(static_cast<const void*>(id))) < 0) {
            qFatal("gatehouse: xmlsec transform list could not be rebuilt");
        }
    }
}

} // namespace

void XmlLibrary::ensureXmlInitialized()
{
    static std::once_flag once;
    std::call_once(once, initializeXml);
}

void XmlLibrary::ensureInitialized()
{
    ensureXmlInitialized();
    static std::once_flag once;
    std::call_once(once, initializeXmlsec);
}

const QByteArray* XmlLibrary::bundledSchema(const QString& fileName)
{
    static QMutex mutex;
    static auto* cache = new QHash<QString, QByteArray*>; // lives for the process, like the buffers
    QMutexLocker lock(&mutex);
    if (auto it = cache->constFind(fileName); it != cache->constEnd()) {
        return it.value();
    }
    QFile file(QStringLiteral(":/gatehouse/schemas/") + fileName);
    if (fileName.contains(u'/') || !file.open(QIODevice::ReadOnly)) {
        cache->insert(fileName, nullptr);
        return nullptr;
    }
    auto* data = new QByteArray(file.readAll()); // lives for the process, as libxml2 may keep pointers
    cache->insert(fileName, data);
    return data;
}

} // namespace gatehouse::core::xml
