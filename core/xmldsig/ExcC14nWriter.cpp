#include "core/xmldsig/ExcC14nWriter.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cstring>

namespace gatehouse::core::xml {

namespace {

constexpr std::size_t kFlushAt = 64 * 1024;

std::string str(const xmlChar* s)
{
    return s != nullptr ? std::string(reinterpret_cast<const char*>(s)) : std::string();
}

} // namespace

ExcC14nWriter::ExcC14nWriter(const QByteArray& prefixList, Sink sink)
    : m_sink(std::move(sink))
{
    for (const QByteArray& p : prefixList.simplified().split(' ')) {
        if (p.isEmpty()) {
            continue;
        }
        m_inclusivePrefixes.push_back(p == "#default" ? std::string() : p.toStdString());
    }
    m_buffer.reserve(kFlushAt + 4096);
}

ExcC14nWriter::~ExcC14nWriter() = default;

const char* ExcC14nWriter::renderedValue(const char* prefix) const
{
    for (auto frame = m_frames.crbegin(); frame != m_frames.crend(); ++frame) {
        for (const auto& [p, uri] : frame->rendered) {
            if (std::strcmp(p, prefix) == 0) {
                return uri;
            }
        }
    }
    return nullptr;
}

void ExcC14nWriter::put(const char* data, std::size_t size)
{
    m_buffer.append(data, size);
    if (m_buffer.size() >= kFlushAt) {
        flush();
    }
}

void ExcC14nWriter::flush()
{
    if (!m_buffer.empty()) {
        m_sink(m_buffer.data(), m_buffer.size());
        m_buffer.clear();
    }
}

void ExcC14nWriter::putEscapedText(const xmlChar* content)
{
    if (content == nullptr) {
        return;
    }
    const char* s = reinterpret_cast<const char*>(content);
    const char* run = s;
    for (; *s != '\0'; ++s) {
        const char* replacement = nullptr;
        switch (*s) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '\r':
            replacement = "&#xD;";
            break;
        default:
            continue;
        }
        put(run, static_cast<std::size_t>(s - run));
        put(replacement, std::strlen(replacement));
        run = s + 1;
    }
    put(run, static_cast<std::size_t>(s - run));
}

void ExcC14nWriter::putEscapedAttribute(const char* value)
{
    const char* run = value;
    const char* c = value;
    for (; *c != '\0'; ++c) {
        const char* replacement = nullptr;
        switch (*c) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '"':
            replacement = "&quot;";
            break;
        case '\t':
            replacement = "&#x9;";
            break;
        case '\n':
            replacement = "&#xA;";
            break;
        case '\r':
            replacement = "&#xD;";
            break;
        default:
            continue;
        }
        put(run, static_cast<std::size_t>(c - run));
        put(replacement, std::strlen(replacement));
        run = c + 1;
    }
    put(run, static_cast<std::size_t>(c - run));
}

void ExcC14nWriter::putName(const xmlChar* prefix, const xmlChar* name)
{
    if (prefix != nullptr) {
        const char* p = reinterpret_cast<const char*>(prefix);
        put(p, std::strlen(p));
        put(":", 1);
    }
    const char* n = reinterpret_cast<const char*>(name);
    put(n, std::strlen(n));
}

void ExcC14nWriter::startElement(const xmlNode* element)
{
    static const char kEmpty[] = "";
    // The prefixes this element makes visible use of ("" = the default namespace), then those of the PrefixList.
    m_candidates.clear();
    const bool elementUsesDefault = element->ns == nullptr || element->ns->prefix == nullptr;
    m_candidates.push_back(elementUsesDefault ? kEmpty : reinterpret_cast<const char*>(element->ns->prefix));
    for (const xmlAttr* a = element->properties; a != nullptr; a = a->next) {
        if (a->ns != nullptr && a->ns->prefix != nullptr) {
            m_candidates.push_back(reinterpret_cast<const char*>(a->ns->prefix));
        }
    }
    for (const std::string& p : m_inclusivePrefixes) {
        m_candidates.push_back(p.c_str());
    }
    const auto less = [](const char* l, const char* r) { return std::strcmp(l, r) < 0; };
    if (m_candidates.size() > 1) {
        std::sort(m_candidates.begin(), m_candidates.end(), less);
        m_candidates.erase(std::unique(m_candidates.begin(), m_candidates.end(),
                                       [](const char* l, const char* r) { return std::strcmp(l, r) == 0; }),
                           m_candidates.end());
    }

    Frame frame;
    for (const char* prefix : m_candidates) {
        if (std::strcmp(prefix, "xml") == 0) {
            continue;
        }
        const bool isDefault = prefix[0] == '\0';
        if (isDefault) {
            const bool listed = std::find(m_inclusivePrefixes.cbegin(), m_inclusivePrefixes.cend(), std::string())
                                != m_inclusivePrefixes.cend();
            if (!elementUsesDefault && !listed) {
                continue;
            }
            // An unprefixed element is in the default namespace in scope, or in none; otherwise the default in
            // scope (a listed "#default").
            const char* uri = kEmpty;
            if (elementUsesDefault) {
                uri = element->ns != nullptr && element->ns->href != nullptr
                          ? reinterpret_cast<const char*>(element->ns->href)
                          : kEmpty;
            } else {
                const xmlNs* ns = xmlSearchNs(element->doc, const_cast<xmlNode*>(element), nullptr);
                uri = ns != nullptr && ns->href != nullptr ? reinterpret_cast<const char*>(ns->href) : kEmpty;
            }
            const char* rendered = renderedValue(kEmpty);
            if (std::strcmp(rendered != nullptr ? rendered : kEmpty, uri) != 0) {
                frame.rendered.emplace_back(kEmpty, uri);
            }
            continue;
        }
        const xmlNs* ns = xmlSearchNs(element->doc, const_cast<xmlNode*>(element),
                                      reinterpret_cast<const xmlChar*>(prefix));
        if (ns == nullptr || ns->href == nullptr) {
            continue; // a PrefixList entry not in scope here
        }
        const char* uri = reinterpret_cast<const char*>(ns->href);
        const char* rendered = renderedValue(prefix);
        if (rendered == nullptr || std::strcmp(rendered, uri) != 0) {
            frame.rendered.emplace_back(reinterpret_cast<const char*>(ns->prefix), uri);
        }
    }

    put("<", 1);
    putName(element->ns != nullptr ? element->ns->prefix : nullptr, element->name);
    for (const auto& [prefix, uri] : frame.rendered) { // candidates were sorted: "" (default) first
        if (prefix[0] == '\0') {
            put(" xmlns=\"", 8);
        } else {
            put(" xmlns:", 7);
            put(prefix, std::strlen(prefix));
            put("=\"", 2);
        }
        putEscapedAttribute(uri);
        put("\"", 1);
    }

    m_attributes.clear();
    for (const xmlAttr* a = element->properties; a != nullptr; a = a->next) {
        m_attributes.push_back(a);
    }
    if (m_attributes.size() > 1) {
        std::sort(m_attributes.begin(), m_attributes.end(), [](const xmlAttr* l, const xmlAttr* r) {
            const char* lu = l->ns != nullptr && l->ns->href != nullptr ? reinterpret_cast<const char*>(l->ns->href) : "";
            const char* ru = r->ns != nullptr && r->ns->href != nullptr ? reinterpret_cast<const char*>(r->ns->href) : "";
            const int byNamespace = std::strcmp(lu, ru);
            if (byNamespace != 0) {
                return byNamespace < 0;
            }
            return std::strcmp(reinterpret_cast<const char*>(l->name), reinterpret_cast<const char*>(r->name)) < 0;
        });
    }
    for (const xmlAttr* a : m_attributes) {
        put(" ", 1);
        putName(a->ns != nullptr ? a->ns->prefix : nullptr, a->name);
        put("=\"", 2);
        if (a->children != nullptr && a->children->next == nullptr) {
            putEscapedAttribute(a->children->content != nullptr ? reinterpret_cast<const char*>(a->children->content)
                                                                 : kEmpty);
        } else {
            m_value.clear();
            for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
                if (c->content != nullptr) {
                    m_value += reinterpret_cast<const char*>(c->content);
                }
            }
            putEscapedAttribute(m_value.c_str());
        }
        put("\"", 1);
    }
    put(">", 1);
    m_frames.push_back(std::move(frame));
}

void ExcC14nWriter::endElement(const xmlNode* element)
{
    put("</", 2);
    putName(element->ns != nullptr ? element->ns->prefix : nullptr, element->name);
    put(">", 1);
    if (!m_frames.empty()) {
        m_frames.pop_back();
    }
}

void ExcC14nWriter::text(const xmlChar* content)
{
    putEscapedText(content);
}

void ExcC14nWriter::processingInstruction(const xmlNode* pi)
{
    put("<?", 2);
    put(str(pi->name));
    if (pi->content != nullptr && pi->content[0] != '\0') {
        put(" ", 1);
        put(str(pi->content));
    }
    put("?>", 2);
}

void ExcC14nWriter::subtree(const xmlNode* top, const xmlNode* skip)
{
    const xmlNode* node = top;
    while (node != nullptr) {
        bool descend = false;
        if (node != skip) {
            switch (node->type) {
            case XML_ELEMENT_NODE:
                startElement(node);
                descend = node->children != nullptr;
                if (!descend) {
                    endElement(node);
                }
                break;
            case XML_TEXT_NODE:
            case XML_CDATA_SECTION_NODE:
                text(node->content);
                break;
            case XML_PI_NODE:
                processingInstruction(node);
                break;
            default: // comments (c14n without comments), anything else a parser does not leave inside an element
                break;
            }
        }
        if (descend) {
            node = node->children;
            continue;
        }
        // Up to the next sibling, closing the elements left behind.
        while (node != top && node->next == nullptr) {
            node = node->parent;
            endElement(node);
        }
        if (node == top) {
            break;
        }
        node = node->next;
    }
}

} // namespace gatehouse::core::xml
