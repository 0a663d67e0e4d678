#include "core/xmldsig/XmlNodes.h"

#include <QHash>
#include <QStringList>

namespace gatehouse::core::xml {

namespace {

const xmlChar* x(const char* s)
{
    return reinterpret_cast<const xmlChar*>(s);
}

QString fromX(const xmlChar* s)
{
    return s == nullptr ? QString() : QString::fromUtf8(reinterpret_cast<const char*>(s));
}

QString prefixFor(const char* href)
{
    if (href == nullptr) {
        return {};
    }
    static const std::pair<const char*, const char*> known[] = {
        {kNsMetadata, "md"},
        {kNsAssertion, "saml"},
        {kNsProtocol, "samlp"},
        {kNsDsig, "ds"},
        {kNsXenc, "xenc"},
        {kNsMdui, "mdui"},
        {kNsMdrpi, "mdrpi"},
        {kNsMdattr, "mdattr"},
        {kNsShibmd, "shibmd"},
    };
    for (const auto& [uri, prefix] : known) {
        if (qstrcmp(uri, href) == 0) {
            return QString::fromLatin1(prefix);
        }
    }
    return {};
}

bool sameName(const xmlNode* a, const xmlNode* b)
{
    return a->type == XML_ELEMENT_NODE && xmlStrcmp(a->name, b->name) == 0
           && (a->ns == b->ns || (a->ns != nullptr && b->ns != nullptr && xmlStrcmp(a->ns->href, b->ns->href) == 0));
}

} // namespace

void rememberSiblingIndexes(xmlNode* parent)
{
    // Large aggregates have tens of thousands of EntityDescriptor siblings; counting them for every location
    // path would be quadratic. The 1-based index is kept in the node's application pointer instead.
    QHash<QByteArray, int> counters;
    for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) {
            continue;
        }
        const QByteArray key = QByteArray(child->ns != nullptr ? reinterpret_cast<const char*>(child->ns->href) : "")
                               + '|' + reinterpret_cast<const char*>(child->name);
        child->_private = reinterpret_cast<void*>(static_cast<quintptr>(++counters[key]));
    }
}

int siblingIndex(const xmlNode* node)
{
    if (node->_private != nullptr) {
        return static_cast<int>(reinterpret_cast<quintptr>(node->_private));
    }
    int index = 1;
    for (const xmlNode* s = node->prev; s != nullptr; s = s->prev) {
        index += sameName(s, node) ? 1 : 0;
    }
    return index;
}

bool isElement(const xmlNode* node, const char* ns, const char* name)
{
    if (node == nullptr || node->type != XML_ELEMENT_NODE) {
        return false;
    }
    if (name != nullptr && xmlStrcmp(node->name, x(name)) != 0) {
        return false;
    }
    if (ns != nullptr) {
        return node->ns != nullptr && xmlStrcmp(node->ns->href, x(ns)) == 0;
    }
    return true;
}

QList<xmlNode*> children(const xmlNode* parent, const char* ns, const char* name)
{
    QList<xmlNode*> result;
    if (parent == nullptr) {
        return result;
    }
    for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (isElement(child, ns, name)) {
            result.append(child);
        }
    }
    return result;
}

xmlNode* firstChild(const xmlNode* parent, const char* ns, const char* name)
{
    if (parent == nullptr) {
        return nullptr;
    }
    for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (isElement(child, ns, name)) {
            return child;
        }
    }
    return nullptr;
}

bool hasAttribute(const xmlNode* node, const char* name, const char* ns)
{
    return node != nullptr && xmlHasNsProp(node, x(name), ns == nullptr ? nullptr : x(ns)) != nullptr;
}

QString attribute(const xmlNode* node, const char* name, const char* ns)
{
    if (node == nullptr) {
        return {};
    }
    xmlChar* value = xmlGetNsProp(node, x(name), ns == nullptr ? nullptr : x(ns));
    QString result = fromX(value);
    xmlFree(value);
    return result;
}

QString text(const xmlNode* node)
{
    if (node == nullptr) {
        return {};
    }
    xmlChar* content = xmlNodeGetContent(node);
    QString result = fromX(content);
    xmlFree(content);
    return result;
}

QString namespaceUri(const xmlNode* node)
{
    return node != nullptr && node->ns != nullptr ? fromX(node->ns->href) : QString();
}

QString localName(const xmlNode* node)
{
    return node != nullptr ? fromX(node->name) : QString();
}

int line(const xmlNode* node)
{
    return node != nullptr ? static_cast<int>(xmlGetLineNo(node)) : 0;
}

QString path(const xmlNode* node)
{
    QStringList steps;
    for (const xmlNode* n = node; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent) {
        QString prefix = prefixFor(n->ns != nullptr ? reinterpret_cast<const char*>(n->ns->href) : nullptr);
        if (prefix.isEmpty() && n->ns != nullptr && n->ns->prefix != nullptr) {
            prefix = fromX(n->ns->prefix);
        }
        QString step = prefix.isEmpty() ? fromX(n->name) : prefix + u':' + fromX(n->name);
        if (n->parent != nullptr && n->parent->type == XML_ELEMENT_NODE) {
            step += u'[' + QString::number(siblingIndex(n)) + u']';
        }
        steps.prepend(step);
    }
    return u'/' + steps.join(u'/');
}

} // namespace gatehouse::core::xml
