#include "core/xmldsig/SchemaValidator.h"

#include "core/xmldsig/XmlLibrary.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <libxml/xmlschemas.h>

#include <mutex>

namespace gatehouse::core::xml {

struct StreamingSchemaValidation::Sink
{
    QList<SchemaError> errors;
    int maxErrors = 50;
    int dropped = 0;
};

namespace {

using ErrorSink = StreamingSchemaValidation::Sink;

void collect(void* userData, xmlErrorPtr error)
{
    auto* sink = static_cast<ErrorSink*>(userData);
    if (error == nullptr || error->level < XML_ERR_ERROR) {
        return;
    }
    if (sink->errors.size() >= sink->maxErrors) {
        ++sink->dropped;
        return;
    }
    sink->errors.append(SchemaError{error->line, QString::fromUtf8(error->message).trimmed()});
}

QString& compileError()
{
    static QString message;
    return message;
}

void recordCompileError(void*, xmlErrorPtr error)
{
    if (error != nullptr && error->level >= XML_ERR_ERROR && compileError().isEmpty()) {
        compileError() = QStringLiteral("%1:%2: %3")
                             .arg(QString::fromUtf8(error->file != nullptr ? error->file : "schema"))
                             .arg(error->line)
                             .arg(QString::fromUtf8(error->message).trimmed());
    }
}

xmlSchemaPtr compileDriver(const QByteArray& driver)
{
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(driver.constData(), static_cast<int>(driver.size()));
    xmlSchemaSetParserStructuredErrors(parser, recordCompileError, nullptr);
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    return schema;
}

xmlSchemaPtr compileSchemaSet()
{
    XmlLibrary::ensureXmlInitialized();
    const QByteArray* driver = XmlLibrary::bundledSchema(QStringLiteral("gatehouse-metadata-set.xsd"));
    return driver == nullptr ? nullptr : compileDriver(*driver);
}

// The whole set (the streaming engine, which cannot know the namespaces in advance).
xmlSchemaPtr schemaSet()
{
    static xmlSchemaPtr schema = nullptr;
    static std::once_flag once;
    std::call_once(once, [] { schema = compileSchemaSet(); });
    return schema;
}

// The namespaces of the set (as imported by gatehouse-metadata-set.xsd) and their schemas. The metadata schema
// itself brings in assertion, xmldsig, xenc and xml.xsd.
struct SetMember
{
    const char* ns;
    const char* file;
};

constexpr SetMember kSetMembers[] = {
    {"urn:oasis:names:tc:SAML:2.0:metadata", "saml-schema-metadata-2.0.xsd"},
    {"urn:oasis:names:tc:SAML:2.0:assertion", "saml-schema-assertion-2.0.xsd"},
    {"urn:oasis:names:tc:SAML:2.0:protocol", "saml-schema-protocol-2.0.xsd"},
    {"urn:oasis:names:tc:SAML:metadata:ui", "sstc-saml-metadata-ui-v1.0.xsd"},
    {"urn:oasis:names:tc:SAML:metadata:rpi", "saml-metadata-rpi-v1.0.xsd"},
    {"urn:oasis:names:tc:SAML:metadata:attribute", "sstc-metadata-attr.xsd"},
    {"urn:oasis:names:tc:SAML:metadata:algsupport", "sstc-saml-metadata-algsupport-v1.0.xsd"},
    {"urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol", "sstc-saml-idp-discovery.xsd"},
    {"urn:oasis:names:tc:SAML:profiles:SSO:request-init", "sstc-request-initiation.xsd"},
    {"urn:mace:shibboleth:metadata:1.0", "shibboleth-metadata-1.0.xsd"},
    {"http://docs.oasis-open.org/wsfed/federation/200706", "ws-federation-roles.xsd"},
    {"http://www.w3.org/2000/09/xmldsig#", "xmldsig-core-schema.xsd"},
    {"http://www.w3.org/2001/04/xmlenc#", "xenc-schema.xsd"},
};
constexpr std::size_t kSetSize = sizeof(kSetMembers) / sizeof(kSetMembers[0]);
static_assert(kSetSize <= 32, "the members are a bit mask");

// Which members of the set the document declares a namespace for (always the metadata schema). An element or a
// type of a namespace can only occur where that namespace is declared, so validating against the schemas of the
// declared namespaces gives the same result as the whole set: a wildcard sees the same declarations for every
// namespace the document can use.
quint32 declaredMembers(const xmlDoc* doc)
{
    quint32 mask = 1;
    const auto add = [&mask](const xmlChar* href) {
        if (href == nullptr) {
            return;
        }
        for (std::size_t i = 0; i < kSetSize; ++i) {
            if (xmlStrEqual(href, reinterpret_cast<const xmlChar*>(kSetMembers[i].ns)) != 0) {
                mask |= quint32(1) << i;
                return;
            }
        }
    };
    const xmlNode* root = xmlDocGetRootElement(doc);
    for (const xmlNode* node = root; node != nullptr;) {
        if (node->type == XML_ELEMENT_NODE) {
            for (const xmlNs* ns = node->nsDef; ns != nullptr; ns = ns->next) {
                add(ns->href);
            }
            if (node->children != nullptr) {
                node = node->children;
                continue;
            }
        }
        while (node != root && node->next == nullptr) {
            node = node->parent;
        }
        node = node == root ? nullptr : node->next;
    }
    return mask;
}

// The schemas of these members, compiled once per process (per combination; documents of one kind share one).
xmlSchemaPtr schemaSubset(quint32 mask)
{
    static QMutex mutex;
    static auto* compiled = new QHash<quint32, xmlSchemaPtr>; // lives for the process
    QMutexLocker lock(&mutex);
    if (auto it = compiled->constFind(mask); it != compiled->constEnd()) {
        return it.value();
    }
    XmlLibrary::ensureXmlInitialized();
    QByteArray driver = QByteArrayLiteral("<schema targetNamespace=\"urn:gatehouse:schema-subset\" "
                                          "xmlns=\"http://www.w3.org/2001/XMLSchema\">");
    for (std::size_t i = 0; i < kSetSize; ++i) {
        if ((mask & (quint32(1) << i)) != 0) {
            driver += QByteArrayLiteral("<import namespace=\"") + kSetMembers[i].ns
                      + QByteArrayLiteral("\" schemaLocation=\"") + kSetMembers[i].file + QByteArrayLiteral("\"/>");
        }
    }
    driver += QByteArrayLiteral("</schema>");
    xmlSchemaPtr schema = compileDriver(driver);
    compiled->insert(mask, schema);
    return schema;
}

QList<SchemaError> finish(ErrorSink& sink, bool invalid)
{
    if (invalid && sink.errors.isEmpty()) {
        sink.errors.append(SchemaError{0, QStringLiteral("The document is not valid against the schema.")});
    }
    if (sink.dropped > 0) {
        sink.errors.append(SchemaError{0, QStringLiteral("… and %1 more schema errors.").arg(sink.dropped)});
    }
    return sink.errors;
}

} // namespace

bool SchemaValidator::schemaSetAvailable()
{
    return schemaSet() != nullptr;
}

QList<SchemaError> SchemaValidator::validateSamlMetadata(const XmlDocument& document, int maxErrors)
{
    xmlSchemaPtr schema = schemaSubset(declaredMembers(document.doc()));
    if (schema == nullptr) {
        return {
            SchemaError{0, QStringLiteral("The bundled SAML schema set could not be loaded: %1").arg(compileError())}};
    }
    ErrorSink sink;
    sink.maxErrors = maxErrors;
    xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(ctxt, collect, &sink);
    const int rc = xmlSchemaValidateDoc(ctxt, document.doc());
    xmlSchemaFreeValidCtxt(ctxt);
    return finish(sink, rc != 0);
}

StreamingSchemaValidation::StreamingSchemaValidation(int maxErrors)
    : m_sink(new Sink)
{
    m_sink->maxErrors = maxErrors;
    xmlSchemaPtr schema = schemaSet();
    if (schema != nullptr) {
        m_ctxt = xmlSchemaNewValidCtxt(schema);
        xmlSchemaSetValidStructuredErrors(m_ctxt, collect, m_sink);
    }
}

StreamingSchemaValidation::~StreamingSchemaValidation()
{
    if (m_ctxt != nullptr) {
        xmlSchemaFreeValidCtxt(m_ctxt);
    }
    delete m_sink;
}

void StreamingSchemaValidation::add(const xmlError* error)
{
    collect(m_sink, const_cast<xmlErrorPtr>(error));
}

QList<SchemaError> StreamingSchemaValidation::errors(bool invalid) const
{
    if (m_ctxt == nullptr) {
        return {
            SchemaError{0, QStringLiteral("The bundled SAML schema set could not be loaded: %1").arg(compileError())}};
    }
    Sink copy = *m_sink;
    return finish(copy, invalid);
}

} // namespace gatehouse::core::xml
