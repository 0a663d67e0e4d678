#include "core/xmldsig/XmlDocument.h"

#include "core/xmldsig/XmlLibrary.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <algorithm>

namespace gatehouse::core::xml {

namespace {

struct ParseState
{
    bool dtdSeen = false;
    int depth = 0;
    int maxDepth = 0;
    int depthLimit = 0;
    bool tooDeep = false;
};

// The element depth is counted while parsing (no second walk over a large tree): the parser stops at the first
// element deeper than the limit.
void startElement(void* ctx,
                  const xmlChar* localname,
                  const xmlChar* prefix,
                  const xmlChar* uri,
                  int nbNamespaces,
                  const xmlChar** namespaces,
                  int nbAttributes,
                  int nbDefaulted,
                  const xmlChar** attributes)
{
    auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    auto* state = static_cast<ParseState*>(ctxt->_private);
    state->maxDepth = std::max(state->maxDepth, ++state->depth);
    if (state->depth > state->depthLimit) {
        state->tooDeep = true;
        xmlStopParser(ctxt);
        return;
    }
    xmlSAX2StartElementNs(ctx, localname, prefix, uri, nbNamespaces, namespaces, nbAttributes, nbDefaulted,
                          attributes);
}

void endElement(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri)
{
    auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    --static_cast<ParseState*>(ctxt->_private)->depth;
    xmlSAX2EndElementNs(ctx, localname, prefix, uri);
}

void refuseDtd(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*)
{
    auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    static_cast<ParseState*>(ctxt->_private)->dtdSeen = true;
    xmlStopParser(ctxt);
}

void refuseEntityDecl(void* ctx, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*)
{
    auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    static_cast<ParseState*>(ctxt->_private)->dtdSeen = true;
    xmlStopParser(ctxt);
}

} // namespace

void XmlDocument::Deleter::operator()(xmlDoc* doc) const
{
    xmlFreeDoc(doc);
}

XmlDocument::XmlDocument(xmlDoc* doc)
    : m_doc(doc)
{
}

XmlDocument::~XmlDocument() = default;

xmlNode* XmlDocument::root() const
{
    return xmlDocGetRootElement(m_doc.get());
}

Result<XmlDocument> XmlDocument::parse(QByteArrayView data, const ParseLimits& limits)
{
    XmlLibrary::ensureXmlInitialized();
    using R = Result<XmlDocument>;
    if (data.trimmed().isEmpty()) {
        return R::failure(QStringLiteral("xml.empty"), QStringLiteral("The document is empty."));
    }
    if (data.size() > limits.maxBytes || data.size() > std::numeric_limits<int>::max()) {
        return R::failure(QStringLiteral("xml.too-large"),
                          QStringLiteral("The document is %1 bytes; the limit is %2 bytes.")
                              .arg(data.size())
                              .arg(limits.maxBytes));
    }

    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == nullptr) {
        return R::failure(QStringLiteral("xml.malformed"), QStringLiteral("Out of memory creating the XML parser."));
    }
    ParseState state;
    state.depthLimit = limits.maxDepth;
    ctxt->_private = &state;
    ctxt->sax->startElementNs = startElement;
    ctxt->sax->endElementNs = endElement;
    ctxt->sax->internalSubset = refuseDtd;
    ctxt->sax->externalSubset = refuseDtd;
    ctxt->sax->entityDecl = refuseEntityDecl;

    // No NOENT (no entity substitution), no DTDLOAD/DTDATTR, NONET, no recovery, no HUGE (keeps libxml2's
    // own limits on text and name sizes), big line numbers for findings in large aggregates. COMPACT keeps short
    // text nodes (the whitespace between elements) inside the node instead of a separate allocation.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES
                        | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data.data(), static_cast<int>(data.size()), "document.xml", nullptr,
                                      options);
    const bool wellFormed = ctxt->wellFormed != 0;
    const xmlError* error = xmlCtxtGetLastError(ctxt);
    const int errorLine = error != nullptr ? error->line : 0;
    const QString errorMessage =
        error != nullptr && error->message != nullptr ? QString::fromUtf8(error->message).trimmed() : QString();
    xmlFreeParserCtxt(ctxt);
    XmlDocument result(doc);

    if (state.dtdSeen || (doc != nullptr && (doc->intSubset != nullptr || doc->extSubset != nullptr))) {
        return R::failure(QStringLiteral("xml.dtd-forbidden"),
                          QStringLiteral("The document contains a DOCTYPE declaration; DTDs and entities are refused "
                                         "(they enable XXE and entity-expansion attacks)."),
                          QStringLiteral("line %1").arg(errorLine));
    }
    if (state.tooDeep) {
        return R::failure(QStringLiteral("xml.too-deep"),
                          QStringLiteral("The document nests elements deeper than %1 levels.").arg(limits.maxDepth));
    }
    if (doc == nullptr || !wellFormed || result.root() == nullptr) {
        return R::failure(QStringLiteral("xml.malformed"),
                          QStringLiteral("The document is not well-formed XML: %1")
                              .arg(errorMessage.isEmpty() ? QStringLiteral("no root element") : errorMessage),
                          QStringLiteral("line %1").arg(errorLine));
    }
    return result;
}

} // namespace gatehouse::core::xml
