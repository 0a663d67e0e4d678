#pragma once

#include "core/util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

using xmlDoc = struct _xmlDoc;
using xmlNode = struct _xmlNode;

namespace gatehouse::core::xml {

// Limits applied while loading untrusted XML.
struct ParseLimits
{
    qsizetype maxBytes = qsizetype(512) * 1024 * 1024;
    int maxDepth = 64;
};

// An XML document loaded by the safe loader: no DTD (any DOCTYPE is refused), no entity expansion, no
// network, no external files, size and depth limits, line numbers kept (beyond 65535 too).
// Error codes: xml.empty, xml.too-large, xml.dtd-forbidden, xml.malformed, xml.too-deep.
class XmlDocument
{
public:
    static Result<XmlDocument> parse(QByteArrayView data, const ParseLimits& limits = {});

    XmlDocument(XmlDocument&&) noexcept = default;
    XmlDocument& operator=(XmlDocument&&) noexcept = default;
    ~XmlDocument();

    xmlDoc* doc() const
    {
        return m_doc.get();
    }

    xmlNode* root() const;

private:
    struct Deleter
    {
        void operator()(xmlDoc* doc) const;
    };

    explicit XmlDocument(xmlDoc* doc);
    std::unique_ptr<xmlDoc, Deleter> m_doc;
};

} // namespace gatehouse::core::xml
