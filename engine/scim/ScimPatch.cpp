#include "engine/scim/ScimPatch.h"

#include "engine/scim/ScimError.h"
#include "engine/scim/ScimFilter.h"
#include "engine/scim/ScimPath.h"
#include "engine/scim/ScimResource.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

using Type = AttributeDef::Type;

struct Target
{
    ResolvedPath r;
    Filter filter;                           // value filter of attr[...]
    const AttributeDef* filterSub = nullptr; // the sub-attribute after attr[...]
};

// The ']' closing the '[' at `open`, skipping quoted strings.
qsizetype closingBracket(const QString& text, qsizetype open)
{
    bool quoted = false;
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted && c == u'\\') {
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u']') {
            return i;
        }
    }
    return -1;
}

core::Result<Target> resolveTarget(const ResourceType& type, const QString& text)
{
    Target t;
    const qsizetype open = text.indexOf(u'[');
    const QString attrText = open < 0 ? text.trimmed() : text.left(open).trimmed();
    const auto path = AttrPath::parse(attrText);
    if (!path) {
        return ScimError::invalidPath(u"invalid path '%1'"_s.arg(text));
    }
    const auto r = ScimPath::resolve(type, *path);
    if (!r) {
        return ScimError::invalidPath(u"no attribute '%1'"_s.arg(attrText));
    }
    t.r = *r;
    if (open < 0) {
        return t;
    }
    const qsizetype close = closingBracket(text, open);
    if (close < 0 || !r->attr || !r->attr->multiValued || r->attr->type != Type::Complex || r->sub) {
        return ScimError::invalidPath(u"invalid value filter in path '%1'"_s.arg(text));
    }
    auto filter = ScimFilter::parseValueFilter(text.mid(open + 1, close - open - 1), *r->attr);
    if (!filter.ok()) {
        return filter.error();
    }
    t.filter = filter.value();
    const QString rest = text.mid(close + 1);
    if (!rest.isEmpty()) {
        t.filterSub = rest.startsWith(u'.') ? r->attr->sub(rest.mid(1)) : nullptr;
        if (!t.filterSub) {
            return ScimError::invalidPath(u"no sub-attribute '%1' in path '%2'"_s.arg(rest, text));
        }
    }
    return t;
}

QJsonObject merged(QJsonObject base, const QJsonObject& extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        base.insert(it.key(), it.value());
    }
    return base;
}

void setOrRemove(QJsonObject& object, const QString& key, const QJsonValue& value)
{
    if (ScimResource::isUnassigned(value)) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
}

class Applier
{
public:
    Applier(QJsonObject& resource, const ResourceType& type, QString id)
        : m_resource(resource)
        , m_type(type)
        , m_id(std::move(id))
    {}

    core::Result<void> noPath(const QString& op, const QJsonValue& value)
    {
        if (op == u"remove"_s) {
            return ScimError::noTarget(u"remove needs a path"_s);
        }
        if (!value.isObject()) {
            return ScimError::invalidValue(u"an operation without a path needs an object value"_s);
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString& key = it.key();
            if (key == u"schemas"_s) {
                continue;
            }
            if (key.compare(u"id"_s, Qt::CaseInsensitive) == 0) {
                if (it.value().toString() == m_id) {
                    continue; // Okta repeats the group id in its rename PATCH
                }
                return ScimError::mutability(u"'id' is read-only"_s);
            }
            auto done = withPath(op, key, it.value(), true);
            if (!done.ok()) {
                return done;
            }
        }
        return {};
    }

    core::Result<void> withPath(const QString& op, const QString& path, const QJsonValue& value, bool hasValue)
    {
        auto target = resolveTarget(m_type, path);
        if (!target.ok()) {
            return target.error();
        }
        const Target& t = target.value();
        if (t.r.wholeSchema) {
            return wholeExtension(op, t.r, value);
        }
        const AttributeDef& a = *t.r.attr;
        if (a.mutability == AttributeDef::Mutability::ReadOnly
            || (t.r.sub && t.r.sub->mutability == AttributeDef::Mutability::ReadOnly)) {
            return ScimError::mutability(u"'%1' is read-only"_s.arg(path));
        }
        if (op != u"remove"_s && !hasValue) {
            return ScimError::invalidSyntax(u"'%1' needs a value"_s.arg(op));
        }
        QJsonObject container = t.r.container(m_resource);
        core::Result<void> done;
        if (t.filter) {
            done = filtered(op, t, container, value);
        } else if (a.multiValued) {
            done = multi(op, t.r, container, value, hasValue);
        } else {
            done = single(op, t.r, container, value);
        }
        if (!done.ok()) {
            return done;
        }
        if (t.r.extension) {
            setOrRemove(m_resource, t.r.schema->id, container);
        } else {
            m_resource = container;
        }
        return {};
    }

private:
    core::Result<void> wholeExtension(const QString& op, const ResolvedPath& r, const QJsonValue& value)
    {
        if (op == u"remove"_s) {
            m_resource.remove(r.schema->id);
            return {};
        }
        if (!value.isObject()) {
            return ScimError::invalidValue(u"'%1' needs an object value"_s.arg(r.schema->id));
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto done = withPath(op, r.schema->id + u':' + it.key(), it.value(), true);
            if (!done.ok()) {
                return done;
            }
        }
        return {};
    }

    static core::Result<void>
    single(const QString& op, const ResolvedPath& r, QJsonObject& container, const QJsonValue& value)
    {
        const AttributeDef& a = *r.attr;
        if (r.sub) {
            QJsonObject object = container.value(a.name).toObject();
            if (op == u"remove"_s) {
                object.remove(r.sub->name);
            } else {
                auto v = ScimResource::canonicalValue(*r.sub, value, a.name + u'.' + r.sub->name);
                if (!v.ok()) {
                    return v.error();
                }
                setOrRemove(object, r.sub->name, v.value());
            }
            setOrRemove(container, a.name, object);
            return {};
        }
        if (op == u"remove"_s) {
            container.remove(a.name);
            return {};
        }
        auto v = ScimResource::canonicalValue(a, value, a.name);
        if (!v.ok()) {
            return v.error();
        }
        if (a.type == Type::Complex && v.value().isObject()) {
            setOrRemove(container, a.name, merged(container.value(a.name).toObject(), v.value().toObject()));
        } else {
            setOrRemove(container, a.name, v.value());
        }
        return {};
    }

    static core::Result<void>
    multi(const QString& op, const ResolvedPath& r, QJsonObject& container, const QJsonValue& value, bool hasValue)
    {
        const AttributeDef& a = *r.attr;
        QJsonArray items = container.value(a.name).toArray();
        if (r.sub) {
            core::Result<QJsonValue> v = QJsonValue();
            if (op != u"remove"_s) {
                v = ScimResource::canonicalValue(*r.sub, value, a.name + u'.' + r.sub->name);
                if (!v.ok()) {
                    return v.error();
                }
            }
            if (items.isEmpty() && op != u"remove"_s) {
                items.append(QJsonObject());
            }
            QJsonArray out;
            for (const QJsonValue& item : std::as_const(items)) {
                QJsonObject o = item.toObject();
                setOrRemove(o, r.sub->name, op == u"remove"_s ? QJsonValue() : v.value());
                if (!o.isEmpty()) {
                    out.append(o);
                }
            }
            items = out;
        } else if (op == u"remove"_s) {
            if (hasValue && !value.isNull()) {
                // Entra (legacy): {"op":"Remove","path":"members","value":[{"value":"<id>"}]} removes those only.
                auto v = ScimResource::canonicalValue(a, value, a.name);
                if (!v.ok()) {
                    return v.error();
                }
                QSet<QByteArray> gone;
                for (const QJsonValue& value : v.value().toArray()) {
                    gone.insert(ScimResource::identity(value));
                }
                QJsonArray out;
                for (const QJsonValue& item : std::as_const(items)) {
                    if (!gone.contains(ScimResource::identity(item))) {
                        out.append(item);
                    }
                }
                items = out;
            } else {
                items = {};
            }
        } else {
            auto v = ScimResource::canonicalValue(a, value, a.name);
            if (!v.ok()) {
                return v.error();
            }
            if (op == u"replace"_s) {
                items = v.value().toArray();
            } else {
                QHash<QByteArray, qsizetype> index; // element identity → position: adding n to m is O(n + m)
                for (qsizetype i = 0; i < items.size(); ++i) {
                    index.insert(ScimResource::identity(items[i]), i);
                }
                for (const QJsonValue& added : v.value().toArray()) {
                    const QByteArray key = ScimResource::identity(added);
                    if (const auto found = index.constFind(key); found != index.constEnd()) {
                        const qsizetype i = found.value();
                        items[i] = added.isObject() ? QJsonValue(merged(items[i].toObject(), added.toObject())) : added;
                    } else {
                        index.insert(key, items.size());
                        items.append(added);
                    }
                }
            }
        }
        ScimResource::fixPrimary(items);
        setOrRemove(container, a.name, items);
        return {};
    }

    static core::Result<void>
    filtered(const QString& op, const Target& t, QJsonObject& container, const QJsonValue& value)
    {
        const AttributeDef& a = *t.r.attr;
        QJsonArray items = container.value(a.name).toArray();
        QList<qsizetype> matched;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (ScimFilter::matchesElement(*t.filter, items[i].toObject(), a)) {
                matched.append(i);
            }
        }
        if (op == u"remove"_s) {
            for (qsizetype k = matched.size() - 1; k >= 0; --k) {
                if (t.filterSub) {
                    QJsonObject o = items[matched[k]].toObject();
                    o.remove(t.filterSub->name);
                    items[matched[k]] = o;
                } else {
                    items.removeAt(matched[k]);
                }
            }
            setOrRemove(container, a.name, items);
            return {};
        }
        QJsonObject element;
        if (t.filterSub) {
            auto v = ScimResource::canonicalValue(*t.filterSub, value, a.name + u'.' + t.filterSub->name);
            if (!v.ok()) {
                return v.error();
            }
            setOrRemove(element, t.filterSub->name, v.value());
        } else {
            AttributeDef one = a;
            one.multiValued = false;
            auto v = ScimResource::canonicalValue(one, value, a.name);
            if (!v.ok()) {
                return v.error();
            }
            element = v.value().toObject();
        }
        if (matched.isEmpty()) {
            // Entra: a filtered path on an array that does not hold the element yet creates it.
            auto implied = impliedFor(t);
            if (!implied.ok()) {
                return implied.error();
            }
            if (!element.isEmpty()) {
                items.append(merged(implied.value(), element));
            }
        }
        for (qsizetype i : std::as_const(matched)) {
            QJsonObject o = items[i].toObject();
            if (t.filterSub) {
                setOrRemove(o, t.filterSub->name, element.value(t.filterSub->name));
            } else {
                o = op == u"replace"_s ? element : merged(o, element);
            }
            items[i] = o;
        }
        ScimResource::fixPrimary(items);
        setOrRemove(container, a.name, items);
        return {};
    }

    static core::Result<QJsonObject> impliedFor(const Target& t)
    {
        const auto implied = ScimFilter::impliedElement(*t.filter);
        if (!implied) {
            return ScimError::noTarget(u"no value of '%1' matches the filter"_s.arg(t.r.attr->name));
        }
        QJsonObject out;
        for (auto it = implied->begin(); it != implied->end(); ++it) {
            const AttributeDef* sub = t.r.attr->sub(it.key());
            auto v = ScimResource::canonicalValue(*sub, it.value(), t.r.attr->name + u'.' + sub->name);
            if (!v.ok()) {
                return v.error();
            }
            setOrRemove(out, sub->name, v.value());
        }
        return out;
    }

    QJsonObject& m_resource;
    const ResourceType& m_type;
    QString m_id;
};

} // namespace

core::Result<QList<ScimPatch::Operation>> ScimPatch::parseRequest(const QJsonObject& body)
{
    bool patchSchema = false;
    for (const QJsonValue& s : body.value(u"schemas"_s).toArray()) {
        patchSchema = patchSchema || s.toString().compare(ScimSchema::kPatchOp, Qt::CaseInsensitive) == 0;
    }
    if (!patchSchema) {
        return ScimError::invalidSyntax(u"'schemas' must list %1"_s.arg(ScimSchema::kPatchOp));
    }
    QJsonValue operations = body.value(u"Operations"_s);
    if (operations.isUndefined()) {
        operations = body.value(u"operations"_s);
    }
    if (!operations.isArray() || operations.toArray().isEmpty()) {
        return ScimError::invalidSyntax(u"'Operations' must be a non-empty array"_s);
    }
    if (operations.toArray().size() > kMaxOperations) {
        return ScimError::make(400, u"tooMany"_s, u"more than %1 operations"_s.arg(kMaxOperations));
    }
    QList<Operation> out;
    for (const QJsonValue& item : operations.toArray()) {
        if (!item.isObject()) {
            return ScimError::invalidSyntax(u"each operation must be an object"_s);
        }
        const QJsonObject o = item.toObject();
        Operation op;
        op.op = o.value(u"op"_s).toString().toLower();
        if (op.op != u"add"_s && op.op != u"replace"_s && op.op != u"remove"_s) {
            return ScimError::invalidSyntax(u"unknown op '%1'"_s.arg(o.value(u"op"_s).toString()));
        }
        const QJsonValue path = o.value(u"path"_s);
        if (!path.isUndefined() && !path.isNull()) {
            if (!path.isString() || path.toString().trimmed().isEmpty()) {
                return ScimError::invalidPath(u"'path' must be a non-empty string"_s);
            }
            op.path = path.toString();
        }
        op.value = o.value(u"value"_s);
        if (op.op != u"remove"_s && op.value.isUndefined()) {
            return ScimError::invalidSyntax(u"'%1' needs a value"_s.arg(op.op));
        }
        out.append(op);
    }
    return out;
}

namespace {

// The ids of a members[...] filter made only of `value eq "…"` terms joined by "or"; false otherwise.
bool valueEqIds(const FilterNode& node, QStringList& ids)
{
    if (node.kind == FilterNode::Kind::Or) {
        return node.left && node.right && valueEqIds(*node.left, ids) && valueEqIds(*node.right, ids);
    }
    if (node.kind != FilterNode::Kind::Compare || node.op != u"eq"_s || !node.path.urn.isEmpty()
        || !node.path.sub.isEmpty() || node.path.attr.compare(u"value"_s, Qt::CaseInsensitive) != 0
        || !node.value.isString()) {
        return false;
    }
    ids << node.value.toString();
    return true;
}

} // namespace

core::Result<bool> ScimPatch::splitMembers(const QList<Operation>& operations,
                                           const ResourceType& type,
                                           QList<Operation>& rest,
                                           QList<MemberChange>& changes)
{
    rest.clear();
    changes.clear();
    for (const Operation& op : operations) {
        if (!op.path) {
            const QJsonObject object = op.value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key().compare(u"members"_s, Qt::CaseInsensitive) == 0 || it.key().contains(u':')) {
                    return false; // members (possibly under the schema URN) in a no-path value
                }
            }
            rest.append(op);
            continue;
        }
        auto target = resolveTarget(type, *op.path);
        if (!target.ok() || !target.value().r.attr || target.value().r.extension || target.value().r.wholeSchema
            || target.value().r.attr->name != u"members"_s) {
            rest.append(op); // an invalid path fails in apply() with its own error
            continue;
        }
        const Target& t = target.value();
        if (t.r.sub) {
            return false;
        }
        const AttributeDef& a = *t.r.attr;
        if (t.filter) {
            QStringList ids;
            if (op.op != u"remove"_s || t.filterSub || !valueEqIds(*t.filter, ids)) {
                return false;
            }
            for (const QString& id : std::as_const(ids)) {
                changes.append({id, false});
            }
            continue;
        }
        if (op.op == u"replace"_s || (op.op == u"remove"_s && (op.value.isUndefined() || op.value.isNull()))) {
            return false;
        }
        auto v = ScimResource::canonicalValue(a, op.value, a.name);
        if (!v.ok()) {
            return v.error();
        }
        for (const QJsonValue& item : v.value().toArray()) {
            const QJsonValue id = item.toObject().value(u"value"_s);
            if (op.op == u"remove"_s) {
                if (id.isString()) {
                    changes.append({id.toString(), false}); // an element without a value matches no member
                }
            } else {
                changes.append({id.toString(), true});
            }
        }
    }
    return true;
}

core::Result<void>
ScimPatch::apply(QJsonObject& resource, const ResourceType& type, const QList<Operation>& operations, const QString& id)
{
    Applier applier(resource, type, id);
    for (const Operation& op : operations) {
        auto done = op.path ? applier.withPath(op.op, *op.path, op.value, !op.value.isUndefined())
                            : applier.noPath(op.op, op.value);
        if (!done.ok()) {
            return done;
        }
    }
    return ScimResource::finish(resource, type);
}

} // namespace gatehouse::engine::scim
