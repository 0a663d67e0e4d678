#pragma once

#include <QByteArray>
#include <QList>

#include <functional>
#include <string>
#include <utility>
#include <vector>

using xmlNode = struct _xmlNode;
using xmlChar = unsigned char;
using xmlAttr = struct _xmlAttr;

namespace gatehouse::core::xml {

// Exclusive XML canonicalization 1.0 without comments (http://www.w3.org/2001/10/xml-exc-c14n#), written
// incrementally: the caller feeds the element start and end tags, text and processing instructions of the
// node-set in document order (for instance from an xmlTextReader, expanding one subtree at a time), and the
// canonical bytes go to the sink in pieces. The node-set is "the signed element and everything below it, minus
// whatever the caller does not feed" (the enveloped ds:Signature): the element passed first is the apex, it has
// no output ancestor. Namespaces are looked up through the node's ancestors (xmlSearchNs), so every ancestor of a
// node fed must still be in the tree, even when its other children were freed.
//
// Rendering: namespace declarations that are visibly utilized (the element's prefix or the default namespace,
// attribute prefixes) or listed in the InclusiveNamespaces PrefixList ("#default" for the default namespace),
// when their value differs from the one rendered by the nearest output ancestor; xmlns="" only to undo a
// rendered default; the xml prefix is never declared. Declarations sorted by prefix, attributes by (namespace
// URI, local name); attribute values and text escaped as the c14n recommendation says; empty elements as a
// start/end pair; comments never. Only what a parser leaves in a tree is handled (no entity references: the safe
// loader refuses DTDs; CDATA sections arrive as text with XML_PARSE_NOCDATA).
class ExcC14nWriter
{
public:
    using Sink = std::function<void(const char* data, std::size_t size)>;

    // prefixList: the PrefixList of ec:InclusiveNamespaces, whitespace separated ("#default" for the default
    // namespace), empty when there is none.
    ExcC14nWriter(const QByteArray& prefixList, Sink sink);
    ~ExcC14nWriter();

    ExcC14nWriter(const ExcC14nWriter&) = delete;
    ExcC14nWriter& operator=(const ExcC14nWriter&) = delete;

    void startElement(const xmlNode* element);
    void endElement(const xmlNode* element);
    void text(const xmlChar* content);
    void processingInstruction(const xmlNode* pi);
    // The whole subtree of node (an element, text or PI), in document order, without `skip` and its subtree.
    void subtree(const xmlNode* node, const xmlNode* skip = nullptr);
    // Writes out what is still buffered.
    void flush();

    int depth() const
    {
        return static_cast<int>(m_frames.size());
    }

private:
    struct Frame
    {
        // Declarations rendered on this element: (prefix, URI); prefix "" is the default namespace. The strings
        // belong to the document's namespace nodes, which live at least as long as the element is open.
        std::vector<std::pair<const char*, const char*>> rendered;
    };

    const char* renderedValue(const char* prefix) const;
    void putName(const xmlChar* prefix, const xmlChar* name);
    void putEscapedAttribute(const char* value);
    void put(const char* data, std::size_t size);
    void put(const std::string& s)
    {
        put(s.data(), s.size());
    }
    void putEscapedText(const xmlChar* content);

    std::vector<std::string> m_inclusivePrefixes;
    // Scratch space reused from element to element.
    std::vector<const char*> m_candidates;
    std::vector<const xmlAttr*> m_attributes;
    std::string m_value;
    std::vector<Frame> m_frames;
    std::string m_buffer;
    Sink m_sink;
};

} // namespace gatehouse::core::xml
