// ScimService::list: filtering, sorting and paging of /Users and /Groups.
#include "engine/EngineContext.h"
#include "engine/scim/ScimError.h"
#include "engine/scim/ScimFilter.h"
#include "engine/scim/ScimRepresentation.h"
#include "engine/scim/ScimSchema.h"
#include "engine/scim/ScimService.h"
#include "engine/storage/Database.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

// Indexed columns an `eq` prefilter can use (case-folded columns for caseExact=false attributes).
std::optional<QString> filterColumn(ResourceKind kind, const ResolvedPath& r)
{
    if (r.sub || r.extension || !r.attr) {
        return std::nullopt;
    }
    const QString& name = r.attr->name;
    if (name == u"id"_s) {
        return u"id"_s;
    }
    if (name == u"externalId"_s) {
        return u"external_id"_s;
    }
    if (kind == ResourceKind::User && name == u"userName"_s) {
        return u"user_name_key"_s;
    }
    if (kind == ResourceKind::Group && name == u"displayName"_s) {
        return u"display_name_key"_s;
    }
    return std::nullopt;
}

std::optional<QString> sortColumn(ResourceKind kind, const ResolvedPath& r)
{
    if (r.sub && r.attr->name == u"meta"_s) {
        if (r.sub->name == u"created"_s) {
            return u"created_at"_s;
        }
        if (r.sub->name == u"lastModified"_s) {
            return u"updated_at"_s;
        }
        return std::nullopt;
    }
    return filterColumn(kind, r);
}

QJsonValue sortValue(const QJsonObject& full, const ResolvedPath& r)
{
    QJsonValue v = r.container(full).value(r.attr->name);
    if (v.isArray()) {
        const QJsonArray items = v.toArray();
        v = items.isEmpty() ? QJsonValue() : items.first();
        for (const QJsonValue& item : items) {
            if (item.toObject().value(u"primary"_s).toBool()) {
                v = item;
            }
        }
        if (!r.sub && v.isObject()) {
            v = v.toObject().value(u"value"_s);
        }
    }
    if (r.sub) {
        v = v.toObject().value(r.sub->name);
    }
    return v;
}

bool lessThan(const QJsonValue& a, const QJsonValue& b, bool caseExact)
{
    const bool aMissing = a.isUndefined() || a.isNull();
    const bool bMissing = b.isUndefined() || b.isNull();
    if (aMissing || bMissing) {
        return !aMissing && bMissing; // unassigned values last
    }
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() < b.toDouble();
    }
    if (a.isBool() && b.isBool()) {
        return !a.toBool() && b.toBool();
    }
    return a.toVariant().toString().compare(b.toVariant().toString(),
                                            caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive)
           < 0;
}

} // namespace

core::Result<QList<ScimRecord>> ScimService::candidates(const QSqlDatabase& db,
                                                        ResourceKind kind,
                                                        const ScimCaller& caller,
                                                        const std::optional<SqlCondition>& where)
{
    auto total = ScimStore::count(db, kind, caller.directoryId, where);
    if (!total.ok()) {
        return total.error();
    }
    if (total.value() > kScanLimit) {
        return ScimError::make(400,
                               u"tooMany"_s,
                               u"this filter or sort would scan %1 resources (limit %2); filter with eq on id, "
                               u"externalId, userName or displayName"_s.arg(total.value())
                                   .arg(kScanLimit));
    }
    return ScimStore::list(db, kind, caller.directoryId, ScimStore::Page{where, {}, false, -1, 0});
}

core::Result<QJsonObject> ScimService::list(ResourceKind kind, const ScimCaller& caller, const ListParams& params)
{
    const ResourceType& type = caller.type(kind);
    Filter filter;
    if (!params.filter.isEmpty()) {
        auto parsed = ScimFilter::parse(params.filter, type);
        if (!parsed.ok()) {
            return parsed.error();
        }
        filter = parsed.value();
    }
    std::optional<ResolvedPath> sortPath;
    if (!params.sortBy.isEmpty()) {
        const auto path = AttrPath::parse(params.sortBy);
        sortPath = path ? ScimPath::resolve(type, *path) : std::nullopt;
        if (!sortPath || sortPath->wholeSchema
            || (sortPath->attr->type == AttributeDef::Type::Complex && !sortPath->sub
                && !sortPath->attr->multiValued)) {
            return ScimError::invalidValue(u"cannot sort by '%1'"_s.arg(params.sortBy));
        }
    }
    const std::optional<QString> column = sortPath ? sortColumn(kind, *sortPath) : std::nullopt;
    const qint64 offset = std::max<qint64>(params.startIndex, 1) - 1;
    const int count = std::clamp(params.count, 0, kMaxCount);
    const QString scimBaseUrl = scimBase(caller.directoryId);
    const QString relatedName = kind == ResourceKind::User ? u"groups"_s : u"members"_s;
    qint64 total = 0;
    QList<ScimRecord> page;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        if (!filter && (!sortPath || column)) {
            auto counted = ScimStore::count(db, kind, caller.directoryId);
            if (!counted.ok()) {
                return counted.error();
            }
            total = counted.value();
            auto rows = ScimStore::list(
                db,
                kind,
                caller.directoryId,
                ScimStore::Page{{}, column.value_or(QString()), params.descending, count, static_cast<int>(offset)});
            if (!rows.ok()) {
                return rows.error();
            }
            page = rows.value();
            return {};
        }
        const auto where = filter ? ScimFilter::sqlPrefilter(
                               *filter, type, [kind](const ResolvedPath& r) { return filterColumn(kind, r); })
                                  : std::nullopt;
        auto rows = candidates(db, kind, caller, where);
        if (!rows.ok()) {
            return rows.error();
        }
        QHash<QString, QList<MemberRef>> rel;
        if (filter && params.filter.contains(relatedName, Qt::CaseInsensitive)) {
            QStringList ids;
            for (const ScimRecord& r : rows.value()) {
                ids << r.id;
            }
            auto found = kind == ResourceKind::User ? ScimStore::groupsOf(db, ids) : ScimStore::members(db, ids);
            if (!found.ok()) {
                return found.error();
            }
            rel = found.value();
        }
        QList<QPair<QJsonObject, ScimRecord>> matched;
        for (const ScimRecord& r : rows.value()) {
            const QList<MemberRef> related = rel.value(r.id);
            QJsonObject full = ScimRepresentation::full(kind, r, scimBaseUrl, &related);
            if (!filter || ScimFilter::matches(*filter, full, type)) {
                matched.append({full, r});
            }
        }
        if (sortPath) {
            const bool exact = sortPath->leaf() && sortPath->leaf()->caseExact;
            std::stable_sort(matched.begin(), matched.end(), [&](const auto& a, const auto& b) {
                const QJsonValue va = sortValue(a.first, *sortPath);
                const QJsonValue vb = sortValue(b.first, *sortPath);
                return params.descending ? lessThan(vb, va, exact) : lessThan(va, vb, exact);
            });
        }
        total = matched.size();
        for (qint64 i = offset; i < matched.size() && page.size() < count; ++i) {
            page.append(matched[i].second);
        }
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    QHash<QString, QList<MemberRef>> rel;
    if (params.withRelated && !page.isEmpty()) {
        QStringList ids;
        for (const ScimRecord& r : std::as_const(page)) {
            ids << r.id;
        }
        auto found = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
            auto got = kind == ResourceKind::User ? ScimStore::groupsOf(db, ids) : ScimStore::members(db, ids);
            if (!got.ok()) {
                return got.error();
            }
            rel = got.value();
            return {};
        });
        if (!found.ok()) {
            return found.error();
        }
    }
    QJsonArray resources;
    for (const ScimRecord& r : std::as_const(page)) {
        const QList<MemberRef> related = rel.value(r.id);
        QJsonObject full = ScimRepresentation::full(kind, r, scimBaseUrl, &related);
        if (!params.withRelated) {
            full.remove(relatedName);
        }
        resources.append(full);
    }
    return QJsonObject{{u"schemas"_s, QJsonArray{ScimSchema::kListResponse}},
                       {u"totalResults"_s, total},
                       {u"startIndex"_s, offset + 1},
                       {u"itemsPerPage"_s, resources.size()},
                       {u"Resources"_s, resources}};
}

core::Result<QJsonObject> ScimService::searchAll(const ScimCaller& caller,
                                                  const ListParams& params,
                                                  bool usersRelated,
                                                  bool groupsRelated)
{
    const ResourceKind kinds[2] = {ResourceKind::User, ResourceKind::Group};
    const bool related[2] = {usersRelated, groupsRelated};
    bool searched[2] = {true, true};
    if (!params.filter.isEmpty()) {
        if (auto syntax = ScimFilter::parse(params.filter); !syntax.ok()) {
            return syntax.error();
        }
        // Checked per resource type: an attribute only one type defines leaves the other out.
        auto forUsers = ScimFilter::parse(params.filter, caller.type(ResourceKind::User));
        auto forGroups = ScimFilter::parse(params.filter, caller.type(ResourceKind::Group));
        searched[0] = forUsers.ok();
        searched[1] = forGroups.ok();
        if (!forUsers.ok() && !forGroups.ok()) {
            return ScimError::invalidFilter(u"neither Users nor Groups define every attribute of the filter (%1)"_s.arg(
                forUsers.error().message));
        }
    }
    ResolvedPath sortPaths[2];
    bool sorted[2] = {false, false};
    if (!params.sortBy.isEmpty()) {
        const auto path = AttrPath::parse(params.sortBy);
        for (int i = 0; i < 2 && path; ++i) {
            const auto r = ScimPath::resolve(caller.type(kinds[i]), *path);
            if (r && !r->wholeSchema
                && !(r->attr->type == AttributeDef::Type::Complex && !r->sub && !r->attr->multiValued)) {
                sortPaths[i] = *r;
                sorted[i] = true;
            }
        }
        if (!sorted[0] && !sorted[1]) {
            return ScimError::invalidValue(u"cannot sort by '%1'"_s.arg(params.sortBy));
        }
    }
    const qint64 offset = std::max<qint64>(params.startIndex, 1) - 1;
    const int count = std::clamp(params.count, 0, kMaxCount);
    qint64 total = 0;
    QJsonArray resources;
    if (params.sortBy.isEmpty()) {
        // Users then Groups, each in creation order: one page of each type at most.
        qint64 skip = offset;
        for (int i = 0; i < 2; ++i) {
            if (!searched[i]) {
                continue;
            }
            ListParams p = params;
            p.withRelated = related[i];
            p.startIndex = skip + 1;
            p.count = count - static_cast<int>(resources.size());
            auto listed = list(kinds[i], caller, p);
            if (!listed.ok()) {
                return listed.error();
            }
            const qint64 n = listed.value().value(u"totalResults"_s).toInteger();
            for (const QJsonValue& r : listed.value().value(u"Resources"_s).toArray()) {
                resources.append(r);
            }
            total += n;
            skip = std::max<qint64>(0, skip - n);
        }
    } else {
        // Sorted: the first startIndex + count of each type in its own order, merged.
        const qint64 needed = offset + count;
        if (needed > kScanLimit) {
            return ScimError::make(400,
                                   u"tooMany"_s,
                                   u"a sorted search across resource types reaches at most %1 resources; "
                                   u"page with a smaller startIndex or search /Users or /Groups"_s.arg(kScanLimit));
        }
        QList<QPair<int, QJsonObject>> merged;
        for (int i = 0; i < 2; ++i) {
            if (!searched[i]) {
                continue;
            }
            ListParams p = params;
            p.withRelated = related[i];
            if (!sorted[i]) {
                p.sortBy.clear(); // the attribute is not this type's: its resources have no value, so sort last
            }
            qint64 fetched = 0;
            for (bool first = true;; first = false) {
                p.startIndex = fetched + 1;
                p.count = static_cast<int>(std::min<qint64>(kMaxCount, needed - fetched));
                auto listed = list(kinds[i], caller, p);
                if (!listed.ok()) {
                    return listed.error();
                }
                if (first) {
                    total += listed.value().value(u"totalResults"_s).toInteger();
                }
                const QJsonArray items = listed.value().value(u"Resources"_s).toArray();
                for (const QJsonValue& r : items) {
                    merged.append({i, r.toObject()});
                }
                fetched += items.size();
                if (items.isEmpty() || fetched >= needed) {
                    break;
                }
            }
        }
        const auto value = [&](const QPair<int, QJsonObject>& item) {
            return sorted[item.first] ? sortValue(item.second, sortPaths[item.first]) : QJsonValue();
        };
        const auto exactOf = [&](int i) { return sorted[i] && sortPaths[i].leaf() && sortPaths[i].leaf()->caseExact; };
        std::stable_sort(merged.begin(), merged.end(), [&](const auto& a, const auto& b) {
            const bool exact = exactOf(a.first) && exactOf(b.first);
            return params.descending ? lessThan(value(b), value(a), exact) : lessThan(value(a), value(b), exact);
        });
        for (qint64 k = offset; k < merged.size() && resources.size() < count; ++k) {
            resources.append(merged[k].second);
        }
    }
    return QJsonObject{{u"schemas"_s, QJsonArray{ScimSchema::kListResponse}},
                       {u"totalResults"_s, total},
                       {u"startIndex"_s, offset + 1},
                       {u"itemsPerPage"_s, resources.size()},
                       {u"Resources"_s, resources}};
}

} // namespace gatehouse::engine::scim
