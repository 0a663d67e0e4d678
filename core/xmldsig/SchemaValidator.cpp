#include "core/xmldsig/SchemaValidator.h"

#include "core/xmldsig/XmlLibrary.h"

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

xmlSchemaPtr compileSchemaSet()
{
    XmlLibrary::ensureInitialized();
    const QByteArray* driver = XmlLibrary::bundledSchema(QStringLiteral("gatehouse-metadata-set.xsd"));
    if (driver == nullptr) {
        return nullptr;
    }
    xmlSchemaParserCtxtPtr parser =
        xmlSchemaNewMemParserCtxt(driver->constData(), static_cast<int>(driver->size()));
    xmlSchemaSetParserStructuredErrors(parser, recordCompileError, nullptr);
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    return schema;
}

xmlSchemaPtr schemaSet()
{
    static xmlSchemaPtr schema = nullptr;
    static std::once_flag once;
    std::call_once(once, [] { schema = compileSchemaSet(); });
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
    xmlSchemaPtr schema = schemaSet();
    if (schema == nullptr) {
        return {SchemaError{0, QStringLiteral("The bundled SAML schema set could not be loaded: %1").arg(compileError())}};
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
        return {SchemaError{0, QStringLiteral("The bundled SAML schema set could not be loaded: %1").arg(compileError())}};
    }
    Sink copy = *m_sink;
    return finish(copy, invalid);
}

} // namespace gatehouse::core::xml
