#include "engine/scim/ScimResource.h"

#include "engine/scim/ScimError.h"
#include "engine/scim/ScimPath.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

using Type = AttributeDef::Type;
using Mutability = AttributeDef::Mutability;

core::Result<QJsonValue> scalar(const AttributeDef& def, const QJsonValue& value, const QString& where)
{
    switch (def.type) {
    case Type::Boolean:
        if (value.isBool()) {
            return value;
        }
        if (value.isString() && value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0) {
            return QJsonValue(true);
        }
        if (value.isString() && value.toString().compare(u"false"_s, Qt::CaseInsensitive) == 0) {
            return QJsonValue(false);
        }
        return ScimError::invalidValue(u"'%1' must be a boolean"_s.arg(where));
    case Type::Integer:
        if (value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger())) {
            return value;
        }
        return ScimError::invalidValue(u"'%1' must be an integer"_s.arg(where));
    case Type::Decimal:
        if (value.isDouble()) {
            return value;
        }
        return ScimError::invalidValue(u"'%1' must be a number"_s.arg(where));
    case Type::DateTime:
        if (value.isString() && QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid()) {
            return value;
        }
        return ScimError::invalidValue(u"'%1' must be an xsd:dateTime"_s.arg(where));
    case Type::String:
    case Type::Reference:
        if (value.isString()) {
            if (value.toString().contains(QChar(u'\0'))) {
                return ScimError::invalidValue(u"'%1' contains a NUL character"_s.arg(where));
            }
            if (value.toString().size() > 4096) {
                return ScimError::invalidValue(u"'%1' is longer than 4096 characters"_s.arg(where));
            }
            return value;
        }
        return ScimError::invalidValue(u"'%1' must be a string"_s.arg(where));
    case Type::Complex:
        break;
    }
    return ScimError::invalidValue(u"'%1' has an unsupported type"_s.arg(where));
}

core::Result<QJsonValue> complexValue(const AttributeDef& def, const QJsonValue& value, const QString& where)
{
    if (value.isString() && def.sub(u"value")) {
        // Entra sends the manager as a bare id string.
        return QJsonValue(QJsonObject{{u"value"_s, value}});
    }
    if (!value.isObject()) {
        return ScimError::invalidValue(u"'%1' must be an object"_s.arg(where));
    }
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const AttributeDef* sub = def.sub(it.key());
        if (!sub) {
            if (it.key() == u"displayName"_s || it.key() == u"name"_s || it.key() == u"operation"_s) {
                continue; // Entra/Microsoft collection send members[].displayName; never stored
            }
            return ScimError::invalidSyntax(u"unknown attribute '%1.%2'"_s.arg(where, it.key()));
        }
        if (sub->mutability == Mutability::ReadOnly || ScimResource::isUnassigned(it.value())) {
            continue;
        }
        auto v = scalar(*sub, it.value(), where + u'.' + sub->name);
        if (!v.ok()) {
            return v;
        }
        out.insert(sub->name, v.value());
    }
    return QJsonValue(out);
}

} // namespace

bool ScimResource::isUnassigned(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
           || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

QByteArray ScimResource::identity(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonValue inner = value.toObject().value(u"value"_s);
        if (inner.isString()) {
            return "s:" + inner.toString().toUtf8(); // the common case (member ids, emails): no serialization
        }
        if (!inner.isUndefined()) {
            return "v:" + QJsonDocument(QJsonArray{inner}).toJson(QJsonDocument::Compact);
        }
    }
    return "j:" + QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

void ScimResource::fixPrimary(QJsonArray& values)
{
    qsizetype last = -1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].toObject().value(u"primary"_s).toBool()) {
            last = i;
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        QJsonObject o = values[i].toObject();
        if (i != last && o.value(u"primary"_s).toBool()) {
            o.insert(u"primary"_s, false);
            values[i] = o;
        }
    }
}

core::Result<QJsonValue>
ScimResource::canonicalValue(const AttributeDef& def, const QJsonValue& value, const QString& where)
{
    if (isUnassigned(value)) {
        return QJsonValue(QJsonValue::Null);
    }
    if (def.multiValued) {
        const QJsonArray in = value.isArray() ? value.toArray() : QJsonArray{value};
        if (in.size() > 100000) {
            return ScimError::make(400, u"tooMany"_s, u"'%1' has too many values"_s.arg(where));
        }
        QJsonArray out;
        QSet<QByteArray> seen;
        for (const QJsonValue& item : in) {
            if (isUnassigned(item)) {
                continue;
            }
            auto v = def.type == Type::Complex ? complexValue(def, item, where) : scalar(def, item, where);
            if (!v.ok()) {
                return v;
            }
            if (isUnassigned(v.value())) {
                continue;
            }
            const QByteArray key = QJsonDocument(QJsonArray{v.value()}).toJson(QJsonDocument::Compact);
            if (!seen.contains(key)) {
                seen.insert(key);
                out.append(v.value());
            }
        }
        fixPrimary(out);
        return out.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(out);
    }
    if (def.type == Type::Complex) {
        auto v = complexValue(def, value, where);
        if (v.ok() && isUnassigned(v.value())) {
            return QJsonValue(QJsonValue::Null);
        }
        return v;
    }
    return scalar(def, value, where);
}

core::Result<QJsonObject> ScimResource::fromInput(const QJsonObject& body, const ResourceType& type)
{
    const QJsonValue schemas = body.value(u"schemas"_s);
    if (!schemas.isArray()) {
        return ScimError::invalidSyntax(u"'schemas' must list %1"_s.arg(type.core->id));
    }
    bool hasCore = false;
    for (const QJsonValue& s : schemas.toArray()) {
        const SchemaDef* known = type.schema(s.toString());
        if (!s.isString() || (!known && !ScimSchema::kIgnoredSchemas.contains(s.toString()))) {
            return ScimError::invalidValue(u"unsupported schema '%1'"_s.arg(s.toString()));
        }
        hasCore = hasCore || known == type.core;
    }
    if (!hasCore) {
        return ScimError::invalidSyntax(u"'schemas' must list %1"_s.arg(type.core->id));
    }
    QJsonObject out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString& key = it.key();
        if (key == u"schemas"_s || key.compare(u"id"_s, Qt::CaseInsensitive) == 0
            || key.compare(u"meta"_s, Qt::CaseInsensitive) == 0) {
            continue; // read-only: ignored on input (RFC 7643 §3.1)
        }
        if (const SchemaDef* extension = type.schema(key); extension && extension != type.core) {
            if (!it.value().isObject() && !it.value().isNull()) {
                return ScimError::invalidSyntax(u"'%1' must be an object"_s.arg(key));
            }
            QJsonObject ext;
            const QJsonObject in = it.value().toObject();
            for (auto e = in.begin(); e != in.end(); ++e) {
                const AttributeDef* def = extension->attribute(e.key());
                if (!def) {
                    return ScimError::invalidSyntax(u"unknown attribute '%1:%2'"_s.arg(key, e.key()));
                }
                auto v = canonicalValue(*def, e.value(), def->name);
                if (!v.ok()) {
                    return v.error();
                }
                if (!v.value().isNull()) {
                    ext.insert(def->name, v.value());
                }
            }
            if (!ext.isEmpty()) {
                out.insert(extension->id, ext);
            }
            continue;
        }
        const auto resolved = ScimPath::resolve(type, AttrPath{QString(), key, QString()});
        if (!resolved || key.contains(u'.') || key.contains(u':')) {
            return ScimError::invalidSyntax(u"unknown attribute '%1'"_s.arg(key));
        }
        const AttributeDef& def = *resolved->attr;
        if (def.mutability == Mutability::ReadOnly || def.mutability == Mutability::WriteOnly) {
            continue; // groups (read-only) and password (write-only, never stored) are ignored
        }
        auto v = canonicalValue(def, it.value(), def.name);
        if (!v.ok()) {
            return v.error();
        }
        if (!v.value().isNull()) {
            out.insert(def.name, v.value());
        }
    }
    if (auto done = finish(out, type); !done.ok()) {
        return done.error();
    }
    return out;
}

core::Result<void> ScimResource::finish(QJsonObject& resource, const ResourceType& type)
{
    for (const AttributeDef& a : type.core->attributes) {
        if (a.required
            && (!resource.value(a.name).isString() || resource.value(a.name).toString().trimmed().isEmpty())) {
            return ScimError::invalidValue(u"'%1' is required"_s.arg(a.name));
        }
    }
    QJsonArray schemas{type.core->id};
    for (const SchemaDef* e : type.extensions) {
        if (!resource.value(e->id).toObject().isEmpty()) {
            schemas.append(e->id);
        } else {
            resource.remove(e->id);
        }
    }
    resource.insert(u"schemas"_s, schemas);
    return {};
}

QStringList ScimResource::attributeList(const QString& text)
{
    QStringList out;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            --depth;
        } else if (depth == 0 && c == u',') {
            if (!current.trimmed().isEmpty()) {
                out << current.trimmed();
            }
            current.clear();
        } else if (depth == 0) {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty()) {
        out << current.trimmed();
    }
    return out;
}

QJsonObject ScimResource::project(const QJsonObject& full,
                                  const ResourceType& type,
                                  const QStringList& attributes,
                                  const QStringList& excluded)
{
    const auto resolveAll = [&](const QStringList& list) {
        QList<ResolvedPath> out;
        for (const QString& entry : list) {
            if (const auto path = AttrPath::parse(entry)) {
                if (const auto r = ScimPath::resolve(type, *path)) {
                    out.append(*r);
                }
            }
        }
        return out;
    };
    if (!attributes.isEmpty()) {
        QJsonObject out{{u"schemas"_s, full.value(u"schemas"_s)}, {u"id"_s, full.value(u"id"_s)}};
        for (const ResolvedPath& r : resolveAll(attributes)) {
            if (r.wholeSchema) {
                if (full.contains(r.schema->id)) {
                    out.insert(r.schema->id, full.value(r.schema->id));
                }
                continue;
            }
            const QJsonObject source = r.container(full);
            const QJsonValue v = source.value(r.attr->name);
            if (v.isUndefined()) {
                continue;
            }
            QJsonValue picked = v;
            if (r.sub) {
                const auto pickSub = [&](const QJsonValue& item) {
                    const QJsonValue s = item.toObject().value(r.sub->name);
                    return s.isUndefined() ? QJsonValue(QJsonObject()) : QJsonValue(QJsonObject{{r.sub->name, s}});
                };
                if (v.isArray()) {
                    QJsonArray items;
                    for (const QJsonValue& item : v.toArray()) {
                        items.append(pickSub(item));
                    }
                    picked = items;
                } else {
                    picked = pickSub(v);
                }
            }
            if (r.extension) {
                QJsonObject ext = out.value(r.schema->id).toObject();
                ext.insert(r.attr->name, picked);
                out.insert(r.schema->id, ext);
            } else {
                out.insert(r.attr->name, picked);
            }
        }
        return out;
    }
    QJsonObject out = full;
    for (const ResolvedPath& r : resolveAll(excluded)) {
        if (r.wholeSchema) {
            out.remove(r.schema->id);
            continue;
        }
        if (r.attr->returned == AttributeDef::Returned::Always) {
            continue;
        }
        if (r.extension) {
            QJsonObject ext = out.value(r.schema->id).toObject();
            ext.remove(r.attr->name);
            out.insert(r.schema->id, ext);
        } else if (!r.sub) {
            out.remove(r.attr->name);
        }
    }
    return out;
}

} // namespace gatehouse::engine::scim
