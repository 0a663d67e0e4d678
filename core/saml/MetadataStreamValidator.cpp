// The streaming engine of MetadataValidator (see MetadataValidator.h and docs/metadata-rules.md, "Large
// documents"), and MetadataValidator::validateFile, which picks the engine.

#include "core/saml/MetadataParser.h"
#include "core/saml/MetadataValidator.h"
#include "core/saml/RuleContext.h"
#include "core/saml/SignatureRules.h"
#include "core/util/XsdTime.h"
#include "core/xmldsig/ExcC14nWriter.h"
#include "core/xmldsig/SchemaValidator.h"
#include "core/xmldsig/SignatureVerifier.h"
#include "core/xmldsig/XmlLibrary.h"
#include "core/xmldsig/XmlNodes.h"

#include <QFile>
#include <QHash>

#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <openssl/evp.h>

#include <cstring>
#include <functional>
#include <memory>
#include <unordered_set>
#include <vector>

namespace gatehouse::core::saml {

namespace detail {
ValidationReport unreadable(const Error& error);
} // namespace detail

namespace {

using namespace gatehouse::core::xml;

constexpr int kMaxDepth = 64; // as ParseLimits
constexpr qsizetype kMaxBytes = qsizetype(512) * 1024 * 1024;
constexpr std::size_t kMaxPendingText = 64 * 1024;
constexpr char kExcC14n[] = "http://www.w3.org/2001/10/xml-exc-c14n#";
constexpr char kEnveloped[] = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

// Where the bytes come from: a file read in chunks, or memory.
struct Source
{
    std::function<qint64(char*, qint64)> read; // bytes read, 0 at the end, -1 on error
    ValidationProgress progress;               // may be empty
    qint64 total = 0;                          // the input's size (for progress)
    qint64 bytesRead = 0;
    qint64 reported = 0;     // bytesRead at the last progress call
    bool sawContent = false; // a non-whitespace byte was read
    bool readError = false;
    bool cancelled = false;  // progress returned false: reading stops as on a read error
    bool sawDoctype = false; // a DOCTYPE in the prolog: the parser never gets to see it
    bool prologDone = false;
    std::string prolog;

    // Scans the prolog (XML declaration, PIs, comments, whitespace) for <!DOCTYPE up to the root start tag.
    void scanProlog(const char* data, qint64 size)
    {
        prolog.append(data, static_cast<std::size_t>(size));
        std::size_t i = 0;
        while (!prologDone && !sawDoctype) {
            i = prolog.find('<', i);
            if (i == std::string::npos || i + 9 > prolog.size()) {
                break; // need more bytes
            }
            if (prolog.compare(i, 4, "<!--") == 0) {
                const std::size_t end = prolog.find("-->", i + 4);
                if (end == std::string::npos) {
                    break;
                }
                i = end + 3;
            } else if (prolog.compare(i, 2, "<?") == 0) {
                const std::size_t end = prolog.find("?>", i + 2);
                if (end == std::string::npos) {
                    break;
                }
                i = end + 2;
            } else if (prolog.compare(i, 9, "<!DOCTYPE") == 0) {
                sawDoctype = true;
            } else {
                prologDone = true; // the root element (or not XML: the parser says so)
            }
        }
        if (prolog.size() > 1024 * 1024) {
            prologDone = true; // a megabyte of prolog: the reader's own DOCTYPE check still applies
        }
        if (prologDone) {
            prolog.clear();
            prolog.shrink_to_fit();
        }
    }

    // Calls progress every MetadataValidator::kProgressInterval bytes and at the end; false when it cancels.
    bool reportProgress(bool atEnd)
    {
        if (!progress || cancelled) {
            return !cancelled;
        }
        if ((atEnd && reported < bytesRead) || bytesRead - reported >= MetadataValidator::kProgressInterval
            || (atEnd && bytesRead == 0)) {
            reported = bytesRead;
            cancelled = !progress(bytesRead, std::max(total, bytesRead));
        }
        return !cancelled;
    }

    static int ioRead(void* context, char* buffer, int len)
    {
        auto* self = static_cast<Source*>(context);
        if (self->cancelled) {
            return -1;
        }
        const qint64 n = self->read(buffer, len);
        if (n < 0) {
            self->readError = true;
            return -1;
        }
        self->bytesRead += n;
        if (!self->reportProgress(n == 0)) {
            return -1;
        }
        if (!self->prologDone) {
            self->scanProlog(buffer, n);
            if (self->sawDoctype) {
                return -1; // stops the parser before it reads the DTD
            }
        }
        for (qint64 i = 0; i < n && !self->sawContent; ++i) {
            const char c = buffer[i];
            self->sawContent = c != ' ' && c != '\t' && c != '\n' && c != '\r';
        }
        return static_cast<int>(n);
    }

    static int ioClose(void*)
    {
        return 0;
    }
};

struct ReaderDeleter
{
    void operator()(xmlTextReader* reader) const
    {
        xmlFreeTextReader(reader);
    }
};

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const
    {
        EVP_MD_CTX_free(ctx);
    }
};

const EVP_MD* digestFor(const QString& uri)
{
    if (uri == QLatin1String("http://www.w3.org/2001/04/xmlenc#sha256")) {
        return EVP_sha256();
    }
    if (uri == QLatin1String("http://www.w3.org/2001/04/xmldsig-more#sha384")) {
        return EVP_sha384();
    }
    if (uri == QLatin1String("http://www.w3.org/2001/04/xmlenc#sha512")) {
        return EVP_sha512();
    }
    if (uri == QLatin1String("http://www.w3.org/2000/09/xmldsig#sha1")) {
        return EVP_sha1();
    }
    return nullptr;
}

bool isIdName(const xmlChar* name)
{
    return xmlStrcmp(name, reinterpret_cast<const xmlChar*>("ID")) == 0
           || xmlStrcmp(name, reinterpret_cast<const xmlChar*>("Id")) == 0
           || xmlStrcmp(name, reinterpret_cast<const xmlChar*>("id")) == 0;
}

QByteArray attrValue(const xmlAttr* a)
{
    QByteArray value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
        if (c->content != nullptr) {
            value += reinterpret_cast<const char*>(c->content);
        }
    }
    return value;
}

class StreamValidator
{
public:
    StreamValidator(Source& source, const ValidationPolicy& policy)
        : m_source(source)
        , m_policy(policy)
        , m_now(policy.now.isValid() ? policy.now.toUTC() : QDateTime::currentDateTimeUtc())
        , m_structure{policy, m_now, {}}
        , m_dupEntities{policy, m_now, {}}
        , m_dupIds{policy, m_now, {}}
        , m_rootSignature{policy, m_now, {}}
        , m_entityValidity{policy, m_now, {}}
        , m_perEntity{policy, m_now, {}}
        , m_solo{policy, m_now, {}}
    {
        m_perEntity.singleEntity = false;
        m_solo.singleEntity = true;
    }

    // The report, or declined() with the reason why the DOM engine must run instead.
    ValidationReport run();

    bool declined() const
    {
        return !m_declined.isEmpty();
    }

    const QString& declineReason() const
    {
        return m_declined;
    }

private:
    struct Group
    {
        xmlNode* node = nullptr;
        QDateTime validUntil;
        QHash<QByteArray, int> siblings;
    };

    static void onError(void* arg, xmlErrorPtr error);
    bool fail(const char* code, const QString& message, int line = 0);
    bool failMalformed();
    bool startRoot(xmlNode* root, bool empty);
    bool endGroup();
    bool childElement(xmlNode* node, int depth, bool empty, bool& advanced);
    void recordIds(xmlNode* element);
    bool walkSubtree(xmlNode* top, int baseDepth);
    void entity(xmlNode* node);
    void renderText(const xmlChar* text);
    void startDigest(xmlNode* root);
    bool finishRoot();
    ValidationReport assemble();

    Source& m_source;
    const ValidationPolicy& m_policy;
    QDateTime m_now;
    std::unique_ptr<StreamingSchemaValidation> m_schema; // outlives the reader, which unplugs it when freed
    std::unique_ptr<xmlTextReader, ReaderDeleter> m_reader;

    // Outcome so far.
    QString m_declined;
    bool m_failed = false;
    Error m_error;
    bool m_haveParseError = false;
    int m_parseErrorLine = 0;
    QString m_parseErrorMessage;

    // Document state.
    Metadata m_metadata;
    EntityReader m_entityReader;
    std::vector<Group> m_groups;
    bool m_rootDone = false;
    bool m_rootExpired = false;
    bool m_elementBeforeSignature = false;
    int m_rootSignatures = 0;
    bool m_rootExtensionsSeen = false;
    QHash<QString, int> m_entityIdLines;
    QHash<QString, int> m_idLines;     // document.duplicate-id: the ID attribute values and their first line
    QHash<QByteArray, int> m_idCounts; // elements carrying each ID/Id/id value (signature wrapping defence)
    // An ID/Id/id value carried by two attributes: the schema's xs:ID uniqueness check (which libxml2 makes only on
    // a tree) and the wrapping defences then need the whole document, so the DOM engine takes over.
    std::unordered_set<std::string> m_idValues;
    bool m_duplicateIdValue = false;
    bool m_anyIdp = false;
    bool m_anySp = false;
    int m_selected = 0;
    int m_nextResult = 0;

    // The root's streamed digest.
    std::string m_pendingText; // text between the root start tag and its ds:Signature
    bool m_pendingOverflow = false;
    std::unique_ptr<ExcC14nWriter> m_c14n;
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> m_md;
    StreamedDigest m_digest;
    QString m_digestMethod;
    QByteArray m_prefixList;

    // Findings, by the step of MetadataValidator::validate that gives them (so that both engines list them in the
    // same order).
    RuleContext m_structure;
    RuleContext m_dupEntities;
    RuleContext m_dupIds;
    RuleContext m_rootSignature;
    std::vector<rules::EntitySignatureOutcome> m_entitySignatures;
    RuleContext m_entityValidity;
    RuleContext m_perEntity; // endpoints and keys of each selected entity, as part of an aggregate
    RuleContext m_solo;      // endpoints, keys and hints of the first selected entity, as a single entity
};

void StreamValidator::onError(void* arg, xmlErrorPtr error)
{
    auto* self = static_cast<StreamValidator*>(arg);
    if (error == nullptr) {
        return;
    }
    if (error->domain == XML_FROM_SCHEMASV) {
        if (self->m_schema) {
            self->m_schema->add(error);
        }
        return;
    }
    if (error->level >= XML_ERR_ERROR) {
        self->m_haveParseError = true;
        self->m_parseErrorLine = error->line;
        self->m_parseErrorMessage = error->message != nullptr ? QString::fromUtf8(error->message).trimmed() : QString();
    }
}

bool StreamValidator::fail(const char* code, const QString& message, int line)
{
    if (!m_failed) {
        m_failed = true;
        m_error = Error(QString::fromLatin1(code), message, QStringLiteral("line %1").arg(line));
    }
    return false;
}

// The parser reports some errors only once it has read on (the end of the input for a truncated document).
bool StreamValidator::failMalformed()
{
    for (int i = 0; i < 1000000 && !m_haveParseError && xmlTextReaderRead(m_reader.get()) == 1; ++i) {
    }
    if (!m_haveParseError) {
        const xmlError* last = xmlGetLastError();
        if (last != nullptr && last->domain != XML_FROM_SCHEMASV && last->level >= XML_ERR_ERROR) {
            onError(this, const_cast<xmlErrorPtr>(last));
        }
    }
    if (m_source.sawDoctype) {
        return fail("xml.dtd-forbidden",
                    QStringLiteral("The document contains a DOCTYPE declaration; DTDs and entities are refused "
                                   "(they enable XXE and entity-expansion attacks)."));
    }
    return fail("xml.malformed",
                QStringLiteral("The document is not well-formed XML: %1")
                    .arg(m_parseErrorMessage.isEmpty() ? QStringLiteral("no root element") : m_parseErrorMessage),
                m_parseErrorLine);
}

void StreamValidator::recordIds(xmlNode* element)
{
    QByteArray counted[3];
    int n = 0;
    for (xmlAttr* a = element->properties; a != nullptr; a = a->next) {
        if (!isIdName(a->name)) {
            continue;
        }
        const QByteArray value = attrValue(a);
        if (a->ns == nullptr && xmlStrcmp(a->name, reinterpret_cast<const xmlChar*>("ID")) == 0) {
            const QString id = QString::fromUtf8(value);
            const auto first = m_idLines.constFind(id);
            if (first != m_idLines.constEnd()) {
                m_dupIds.add("document.duplicate-id",
                             Severity::Warning,
                             QStringLiteral("The ID \"%1\" is used more than once (first at line %2).")
                                 .arg(id)
                                 .arg(first.value()),
                             QStringLiteral("ID attributes must be unique in a document."),
                             Location{xml::line(element), xml::path(element)});
            } else {
                m_idLines.insert(id, xml::line(element));
            }
        }
        if (!m_duplicateIdValue) {
            const auto [it, inserted] = m_idValues.insert(value.toStdString());
            m_duplicateIdValue = !inserted;
        }
        bool already = false;
        for (int i = 0; i < n; ++i) {
            already = already || counted[i] == value;
        }
        if (!already && n < 3) {
            counted[n++] = value;
            ++m_idCounts[value];
        }
    }
}

// IDs and depth of a subtree that was expanded (in document order).
bool StreamValidator::walkSubtree(xmlNode* top, int baseDepth)
{
    xmlNode* node = top;
    int depth = baseDepth;
    while (node != nullptr) {
        if (node->type == XML_ELEMENT_NODE) {
            if (depth > kMaxDepth) {
                return fail("xml.too-deep",
                            QStringLiteral("The document nests elements deeper than %1 levels.").arg(kMaxDepth));
            }
            recordIds(node);
            if (node->children != nullptr) {
                node = node->children;
                ++depth;
                continue;
            }
        }
        while (node != top && node->next == nullptr) {
            node = node->parent;
            --depth;
        }
        if (node == top) {
            break;
        }
        node = node->next;
    }
    return true;
}

void StreamValidator::startDigest(xmlNode* root)
{
    // Only a root whose signature is already known to be enveloped + exc-c14n with one Reference to the root is
    // digested; anything else is left to verifyStreamed(), which then declines (never a pass).
    auto inspected = SignatureVerifier::inspect(root);
    if (!inspected.ok()) {
        return;
    }
    const SignatureInfo& info = inspected.value();
    const EVP_MD* md = digestFor(info.digestMethod);
    if (md == nullptr || info.transforms.size() != 2 || info.transforms.at(0) != QLatin1String(kEnveloped)
        || info.transforms.at(1) != QLatin1String(kExcC14n)) {
        return;
    }
    m_md.reset(EVP_MD_CTX_new());
    if (!m_md || EVP_DigestInit_ex(m_md.get(), md, nullptr) != 1) {
        m_md.reset();
        return;
    }
    m_digestMethod = info.digestMethod;
    m_prefixList = SignatureVerifier::referencePrefixList(root);
    EVP_MD_CTX* ctx = m_md.get();
    m_c14n = std::make_unique<ExcC14nWriter>(
        m_prefixList, [ctx](const char* data, std::size_t size) { EVP_DigestUpdate(ctx, data, size); });
    m_c14n->startElement(root);
    m_c14n->text(reinterpret_cast<const xmlChar*>(m_pendingText.c_str()));
    m_pendingText.clear();
}

void StreamValidator::renderText(const xmlChar* text)
{
    if (m_c14n) {
        m_c14n->text(text);
    } else if (m_rootSignatures == 0 && text != nullptr) {
        m_pendingText += reinterpret_cast<const char*>(text);
        m_pendingOverflow = m_pendingOverflow || m_pendingText.size() > kMaxPendingText;
    }
}

bool StreamValidator::startRoot(xmlNode* root, bool empty)
{
    if (!isElement(root, kNsMetadata, "EntitiesDescriptor")) {
        m_declined = isElement(root, kNsMetadata, "EntityDescriptor")
                         ? QStringLiteral("the root is a single EntityDescriptor")
                         : QStringLiteral("the root is not md:EntitiesDescriptor");
        return false;
    }
    m_metadata.aggregate = true;
    m_metadata.location = Location{xml::line(root), xml::path(root), nullptr};
    m_metadata.name = attribute(root, "Name");
    m_metadata.id = attribute(root, "ID");
    m_metadata.validUntil = attribute(root, "validUntil");
    m_metadata.cacheDuration = attribute(root, "cacheDuration");
    ++m_metadata.groupCount;
    const QDateTime rootUntil = xsd::parseDateTime(m_metadata.validUntil);
    m_rootExpired = rootUntil.isValid() && rootUntil < m_now;
    recordIds(root);
    m_groups.push_back(Group{root, EntityReader::earlier({}, m_metadata.validUntil), {}});
    if (empty) {
        return endGroup();
    }
    return true;
}

bool StreamValidator::finishRoot()
{
    xmlNode* root = m_groups.front().node;
    if (m_c14n) {
        m_c14n->endElement(root);
        m_c14n->flush();
        unsigned char value[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (EVP_DigestFinal_ex(m_md.get(), value, &size) == 1) {
            m_digest.computed = true;
            m_digest.digest = QByteArray(reinterpret_cast<const char*>(value), static_cast<qsizetype>(size));
            m_digest.digestMethod = m_digestMethod;
            m_digest.prefixList = m_prefixList;
        }
        m_c14n.reset();
    }
    m_digest.idUnique = m_idCounts.value(m_metadata.id.toUtf8()) <= 1;
    m_rootDone = true;
    if (!rules::checkSignatureStreamed(root, m_metadata, m_digest, m_rootSignature)) {
        m_declined = QStringLiteral("the root signature is of a shape the streamed digest does not cover");
        return false;
    }
    return true;
}

bool StreamValidator::endGroup()
{
    if (m_groups.size() == 1) {
        return finishRoot();
    }
    if (m_c14n) {
        m_c14n->endElement(m_groups.back().node);
    }
    m_groups.pop_back();
    return true;
}

void StreamValidator::entity(xmlNode* node)
{
    EntityDescriptor e = m_entityReader.read(node, m_groups.back().validUntil);
    m_anyIdp = m_anyIdp || !e.rolesOf(RoleKind::IdentityProvider).isEmpty();
    m_anySp = m_anySp || !e.rolesOf(RoleKind::ServiceProvider).isEmpty();
    if (!e.entityId.isEmpty()) {
        const auto first = m_entityIdLines.constFind(e.entityId);
        if (first != m_entityIdLines.constEnd()) {
            m_dupEntities.add("aggregate.duplicate-entity",
                              Severity::Error,
                              QStringLiteral("The entityID \"%1\" appears more than once (first at line %2).")
                                  .arg(e.entityId)
                                  .arg(first.value()),
                              QStringLiteral("Each entity must appear once; remove or rename the duplicate "
                                             "registration."),
                              e.location,
                              e.entityId);
        } else {
            m_entityIdLines.insert(e.entityId, e.location.line);
        }
    }
    if (m_policy.entityId.isEmpty() || e.entityId == m_policy.entityId) {
        ++m_selected;
        rules::checkEntityStructure(e, true, m_structure);
        if (e.hasSignature) {
            m_entitySignatures.push_back(rules::checkEntitySignatureStreamed(node->doc, e, m_structure));
        }
        rules::checkEntityValidity(e, m_rootExpired, m_entityValidity);
        rules::checkEndpoints(e, m_perEntity);
        rules::checkKeys(e, m_perEntity);
        if (m_selected == 1) {
            rules::checkEndpoints(e, m_solo);
            rules::checkKeys(e, m_solo);
            rules::checkHints(e, m_solo);
        } else {
            m_solo.findings.clear();
        }
    }
    // The node goes away with the next read: nothing in the model may point at it.
    e.node = nullptr;
    e.location.node = nullptr;
    for (Role& role : e.roles) {
        role.location.node = nullptr;
        for (Endpoint& endpoint : role.endpoints) {
            endpoint.location.node = nullptr;
        }
        for (KeyDescriptor& key : role.keys) {
            key.location.node = nullptr;
            for (KeyCertificate& cert : key.certificates) {
                cert.location.node = nullptr;
            }
        }
    }
    m_metadata.entities.append(std::move(e));
}

// An element child of the root or of a nested group. advanced: the reader already moved past it.
bool StreamValidator::childElement(xmlNode* node, int depth, bool empty, bool& advanced)
{
    advanced = false;
    Group& parent = m_groups.back();
    const QByteArray key = QByteArray(node->ns != nullptr ? reinterpret_cast<const char*>(node->ns->href) : "") + '|'
                           + reinterpret_cast<const char*>(node->name);
    node->_private = reinterpret_cast<void*>(static_cast<quintptr>(++parent.siblings[key]));
    const bool direct = m_groups.size() == 1;

    if (isElement(node, kNsMetadata, "EntitiesDescriptor")) {
        if (m_c14n) {
            m_c14n->startElement(node);
        } else if (m_rootSignatures == 0) {
            m_elementBeforeSignature = true;
        }
        recordIds(node);
        ++m_metadata.groupCount;
        m_groups.push_back(Group{node, EntityReader::earlier(parent.validUntil, attribute(node, "validUntil")), {}});
        return empty ? endGroup() : true;
    }

    xmlNode* expanded = xmlTextReaderExpand(m_reader.get());
    if (expanded == nullptr) {
        return failMalformed();
    }
    if (!walkSubtree(expanded, depth + 1)) {
        return false;
    }
    const bool signature = direct && isElement(expanded, kNsDsig, "Signature");
    if (signature) {
        xmlTextReaderPreserve(m_reader.get()); // inspected again when the root ends
        if (++m_rootSignatures == 1) {
            m_metadata.hasSignature = true;
            const bool trustConfigured = !m_policy.trustedCertsPem.isEmpty() || !m_policy.trustedFingerprints.isEmpty();
            if (trustConfigured && !m_elementBeforeSignature && !m_pendingOverflow) {
                startDigest(m_groups.front().node);
            }
        } else if (m_c14n) {
            m_c14n->subtree(expanded); // not the enveloped one: part of the signed content
        }
    } else {
        if (direct && !m_rootExtensionsSeen && isElement(expanded, kNsMetadata, "Extensions")) {
            m_rootExtensionsSeen = true;
            EntityReader::readPublicationInfo(expanded, m_metadata);
        } else if (isElement(expanded, kNsMetadata, "EntityDescriptor")) {
            entity(expanded);
        }
        if (m_c14n) {
            m_c14n->subtree(expanded);
        } else if (m_rootSignatures == 0) {
            m_elementBeforeSignature = true;
        }
    }
    // Skip the subtree (freed by the reader as it moves on).
    const int ret = xmlTextReaderNext(m_reader.get());
    advanced = true;
    if (ret < 0) {
        return failMalformed();
    }
    m_nextResult = ret;
    return true;
}

ValidationReport StreamValidator::run()
{
    XmlLibrary::ensureXmlInitialized();
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES
                        | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
    m_reader.reset(xmlReaderForIO(Source::ioRead, Source::ioClose, &m_source, "document.xml", nullptr, options));
    if (!m_reader) {
        return detail::unreadable(
            Error(QStringLiteral("xml.malformed"), QStringLiteral("Out of memory creating the XML parser.")));
    }
    xmlResetLastError();
    xmlTextReaderSetStructuredErrorHandler(m_reader.get(), onError, this);
    m_schema = std::make_unique<StreamingSchemaValidation>();
    const bool schemaPlugged =
        m_schema->context() != nullptr && xmlTextReaderSchemaValidateCtxt(m_reader.get(), m_schema->context(), 0) == 0;

    bool rootSeen = false;
    int ret = xmlTextReaderRead(m_reader.get());
    while (ret == 1 && !m_failed && !declined()) {
        const int type = xmlTextReaderNodeType(m_reader.get());
        const int depth = xmlTextReaderDepth(m_reader.get());
        xmlNode* node = xmlTextReaderCurrentNode(m_reader.get());
        bool advanced = false;
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
            fail("xml.dtd-forbidden",
                 QStringLiteral("The document contains a DOCTYPE declaration; DTDs and entities are refused "
                                "(they enable XXE and entity-expansion attacks)."),
                 node != nullptr ? xml::line(node) : 0);
            break;
        }
        if (depth >= kMaxDepth) {
            fail("xml.too-deep", QStringLiteral("The document nests elements deeper than %1 levels.").arg(kMaxDepth));
            break;
        }
        const bool empty = xmlTextReaderIsEmptyElement(m_reader.get()) == 1;
        switch (type) {
        case XML_READER_TYPE_ELEMENT:
            if (depth == 0) {
                rootSeen = true;
                startRoot(node, empty);
            } else {
                childElement(node, depth, empty, advanced);
            }
            break;
        case XML_READER_TYPE_END_ELEMENT:
            if (depth >= 0 && !m_groups.empty()) {
                endGroup();
            }
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            if (depth >= 1) {
                renderText(xmlTextReaderConstValue(m_reader.get()));
            }
            break;
        case XML_READER_TYPE_PROCESSING_INSTRUCTION:
            if (depth >= 1) {
                if (m_c14n) {
                    m_c14n->processingInstruction(node);
                } else if (m_rootSignatures == 0) {
                    m_elementBeforeSignature = true;
                }
            }
            break;
        default: // comments, anything outside the root element
            break;
        }
        if (m_failed || declined()) {
            break;
        }
        ret = advanced ? m_nextResult : xmlTextReaderRead(m_reader.get());
    }
    if (declined()) {
        return {};
    }
    if (!m_failed && m_source.sawDoctype) {
        fail("xml.dtd-forbidden",
             QStringLiteral("The document contains a DOCTYPE declaration; DTDs and entities are refused "
                            "(they enable XXE and entity-expansion attacks)."));
    }
    if (!m_haveParseError && ret < 0) {
        // Some errors (the end of a truncated input) reach only libxml2's last-error record.
        const xmlError* last = xmlGetLastError();
        if (last != nullptr && last->domain != XML_FROM_SCHEMASV && last->level >= XML_ERR_ERROR) {
            onError(this, const_cast<xmlErrorPtr>(last));
        }
    }
    if (!m_failed && (ret < 0 || m_haveParseError)) {
        fail("xml.malformed",
             QStringLiteral("The document is not well-formed XML: %1")
                 .arg(m_parseErrorMessage.isEmpty() ? QStringLiteral("no root element") : m_parseErrorMessage),
             m_parseErrorLine);
    }
    if (!m_failed && m_source.readError) {
        fail("xml.malformed", QStringLiteral("The document could not be read."));
    }
    if (!m_failed && !rootSeen) {
        if (!m_source.sawContent) {
            return detail::unreadable(Error(QStringLiteral("xml.empty"), QStringLiteral("The document is empty.")));
        }
        fail("xml.malformed", QStringLiteral("The document is not well-formed XML: no root element"));
    }
    if (!m_failed && !m_rootDone) {
        fail("xml.malformed", QStringLiteral("The document is not well-formed XML: the root element is not closed"));
    }
    if (m_failed) {
        return detail::unreadable(m_error);
    }
    if (m_duplicateIdValue) {
        m_declined = QStringLiteral("an ID value is used more than once");
        return {};
    }
    ValidationReport report = assemble();
    if (!schemaPlugged && m_schema->context() != nullptr) {
        // The schema could not be plugged into the reader: say so rather than report a document as schema-valid
        // (a missing schema set is already reported by errors()).
        report.findings.prepend(Finding{QStringLiteral("schema.invalid"),
                                        Severity::Error,
                                        QStringLiteral("The bundled SAML schema set could not be loaded."),
                                        QString(),
                                        0,
                                        QString(),
                                        QString()});
    }
    return report;
}

ValidationReport StreamValidator::assemble()
{
    RuleContext ctx{m_policy, m_now, {}};
    const bool invalid = xmlTextReaderIsValid(m_reader.get()) != 1;
    for (const SchemaError& error : m_schema->errors(invalid)) {
        ctx.add("schema.invalid",
                Severity::Error,
                error.message,
                QStringLiteral("Fix the element or attribute named in the message; the SAML 2.0 metadata schema "
                               "fixes element order, required attributes and value types."),
                Location{error.line, QString()});
    }
    if (!m_policy.entityId.isEmpty() && m_selected == 0) {
        ctx.add("aggregate.entity-not-found",
                Severity::Error,
                QStringLiteral("No entity with entityID \"%1\" in this document.").arg(m_policy.entityId),
                QStringLiteral("Check the entity ID (it is case-sensitive); --summary lists the entities."),
                m_metadata.location);
    }
    ctx.findings.append(m_structure.findings);
    rules::checkAggregateRole(m_metadata, m_anyIdp, m_anySp, ctx);
    ctx.findings.append(m_dupEntities.findings);
    ctx.findings.append(m_dupIds.findings);
    ctx.findings.append(m_rootSignature.findings);
    for (rules::EntitySignatureOutcome& outcome : m_entitySignatures) {
        if (outcome.idSensitive && m_idCounts.value(outcome.id.toUtf8()) > 1) {
            ctx.findings.append(outcome.findings.mid(0, outcome.verifyFrom));
            ctx.findings.append(outcome.duplicateId);
        } else {
            ctx.findings.append(outcome.findings);
        }
    }
    rules::checkDocumentValidity(m_metadata, ctx);
    ctx.findings.append(m_entityValidity.findings);
    ctx.findings.append(m_selected == 1 ? m_solo.findings : m_perEntity.findings);

    ValidationReport report;
    report.readable = true;
    report.engine = QStringLiteral("streaming");
    report.findings = std::move(ctx.findings);
    report.metadata = std::move(m_metadata);
    return report;
}

ValidationReport cancelledReport()
{
    ValidationReport report;
    report.cancelled = true;
    report.engine = QStringLiteral("streaming (cancelled)");
    return report;
}

ValidationReport streamOrDom(Source& source, const ValidationPolicy& policy, const std::function<QByteArray()>& all)
{
    QString reason;
    {
        StreamValidator validator(source, policy);
        ValidationReport report = validator.run();
        if (source.cancelled) {
            return cancelledReport();
        }
        if (!validator.declined()) {
            source.reportProgress(true); // the end, when the reader stopped before asking for it
            return report;
        }
        reason = validator.declineReason();
    } // the reader and its document are freed before the DOM engine runs
    ValidationReport report = MetadataValidator::validate(all(), policy);
    report.engine = QStringLiteral("dom (streaming declined: %1)").arg(reason);
    if (source.progress) {
        source.progress(source.total, source.total); // the DOM engine reports no progress of its own
    }
    return report;
}

} // namespace

ValidationReport MetadataValidator::validateStreaming(QByteArrayView document,
                                                      const ValidationPolicy& policy,
                                                      const ValidationProgress& progress)
{
    if (document.size() > kMaxBytes) {
        return detail::unreadable(Error(
            QStringLiteral("xml.too-large"),
            QStringLiteral("The document is %1 bytes; the limit is %2 bytes.").arg(document.size()).arg(kMaxBytes)));
    }
    qsizetype offset = 0;
    Source source;
    source.progress = progress;
    source.total = document.size();
    source.read = [&](char* buffer, qint64 len) -> qint64 {
        const qint64 n = std::min<qint64>(len, document.size() - offset);
        std::memcpy(buffer, document.data() + offset, static_cast<std::size_t>(n));
        offset += n;
        return n;
    };
    return streamOrDom(source, policy, [&] { return document.toByteArray(); });
}

ValidationReport MetadataValidator::validateFile(const QString& path,
                                                 const ValidationPolicy& policy,
                                                 ValidationEngine engine,
                                                 const ValidationProgress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ValidationReport report;
        report.findings.append(Finding{QStringLiteral("xml.unreadable-file"),
                                       Severity::Error,
                                       QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()),
                                       QStringLiteral("Check the path and the file's permissions."),
                                       0,
                                       QString(),
                                       QString()});
        return report;
    }
    const qint64 size = file.size();
    const bool stream =
        engine == ValidationEngine::Streaming || (engine == ValidationEngine::Auto && size >= kStreamingThreshold);
    if (size > kMaxBytes) {
        return detail::unreadable(
            Error(QStringLiteral("xml.too-large"),
                  QStringLiteral("The document is %1 bytes; the limit is %2 bytes.").arg(size).arg(kMaxBytes)));
    }
    if (!stream) {
        ValidationReport report = validate(file.readAll(), policy);
        report.engine = QStringLiteral("dom");
        return report;
    }
    Source source;
    source.progress = progress;
    source.total = size;
    source.read = [&file](char* buffer, qint64 len) -> qint64 {
        return file.read(buffer, len);
    };
    return streamOrDom(source, policy, [&file] {
        file.seek(0);
        return file.readAll();
    });
}

} // namespace gatehouse::core::saml
