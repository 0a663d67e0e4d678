#include "engine/scim/ScimPath.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

AttributeDef define(const QString& name, AttributeDef::Type type, bool exact, bool readOnly)
{
    AttributeDef a;
    a.name = name;
    a.type = type;
    a.caseExact = exact;
    a.mutability = readOnly ? AttributeDef::Mutability::ReadOnly : AttributeDef::Mutability::ReadWrite;
    return a;
}

SchemaDef makeCommon()
{
    using Type = AttributeDef::Type;
    AttributeDef id = define(u"id"_s, Type::String, true, true);
    id.returned = AttributeDef::Returned::Always;
    id.uniqueness = u"server"_s;
    AttributeDef meta = define(u"meta"_s, Type::Complex, false, true);
    meta.subAttributes = {define(u"resourceType"_s, Type::String, true, true),
                          define(u"created"_s, Type::DateTime, false, true),
                          define(u"lastModified"_s, Type::DateTime, false, true),
                          define(u"location"_s, Type::Reference, true, true),
                          define(u"version"_s, Type::String, true, true)};
    return SchemaDef{u"common"_s, u"common"_s, {}, {id, define(u"externalId"_s, Type::String, true, false), meta}};
}

} // namespace

std::optional<AttrPath> AttrPath::parse(const QString& text)
{
    static const QRegularExpression name(u"^[A-Za-z$][A-Za-z0-9_$-]*(\\.[A-Za-z$][A-Za-z0-9_$-]*)?$"_s);
    AttrPath path;
    QString rest = text;
    if (text.startsWith(u"urn:"_s, Qt::CaseInsensitive)) {
        const qsizetype colon = text.lastIndexOf(u':');
        path.urn = text.left(colon);
        rest = text.mid(colon + 1);
        if (path.urn.size() <= 4) {
            return std::nullopt;
        }
    }
    if (!name.match(rest).hasMatch()) {
        return std::nullopt;
    }
    const qsizetype dot = rest.indexOf(u'.');
    path.attr = dot < 0 ? rest : rest.left(dot);
    path.sub = dot < 0 ? QString() : rest.mid(dot + 1);
    return path;
}

QString AttrPath::toString() const
{
    QString out = urn.isEmpty() ? attr : urn + u':' + attr;
    if (!sub.isEmpty()) {
        out += u'.' + sub;
    }
    return out;
}

QJsonObject ResolvedPath::container(const QJsonObject& resource) const
{
    return extension ? resource.value(schema->id).toObject() : resource;
}

const AttributeDef* ResolvedPath::leaf() const
{
    if (sub) {
        return sub;
    }
    if (attr && attr->type == AttributeDef::Type::Complex) {
        return attr->sub(u"value");
    }
    return attr;
}

const SchemaDef& ScimPath::common()
{
    static const SchemaDef schema = makeCommon();
    return schema;
}

std::optional<ResolvedPath> ScimPath::resolve(const ResourceType& type, const AttrPath& path)
{
    ResolvedPath out;
    if (!path.urn.isEmpty()) {
        out.schema = type.schema(path.urn);
        if (!out.schema && path.sub.isEmpty()) {
            // "urn:…:enterprise:2.0:User" alone parses as urn "urn:…:2.0" + attr "User".
            const SchemaDef* whole = type.schema(QString(path.urn + u':' + path.attr));
            if (whole && whole != type.core) {
                out.schema = whole;
                out.extension = true;
                out.wholeSchema = true;
                return out;
            }
        }
        if (!out.schema) {
            return std::nullopt;
        }
        out.extension = out.schema != type.core;
        out.attr = out.schema->attribute(path.attr);
    } else {
        out.schema = type.core;
        out.attr = type.core->attribute(path.attr);
    }
    if (!out.attr && !out.extension) {
        out.schema = nullptr;
        out.attr = common().attribute(path.attr);
    }
    if (!out.attr) {
        return std::nullopt;
    }
    if (!path.sub.isEmpty()) {
        out.sub = out.attr->sub(path.sub);
        if (!out.sub) {
            return std::nullopt;
        }
    }
    return out;
}

std::optional<ResolvedPath> ScimPath::resolveSub(const AttributeDef& parent, const AttrPath& path)
{
    if (!path.urn.isEmpty() || !path.sub.isEmpty()) {
        return std::nullopt;
    }
    ResolvedPath out;
    out.attr = parent.sub(path.attr);
    if (!out.attr) {
        return std::nullopt;
    }
    return out;
}

} // namespace gatehouse::engine::scim
