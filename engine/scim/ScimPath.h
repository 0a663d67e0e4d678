#pragma once

#include "core/util/Result.h"
#include "engine/scim/ScimSchema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace gatehouse::engine::scim {

// An attribute path as written: [urn ":"] attr ["." sub] (RFC 7644 §3.10).
struct AttrPath
{
    QString urn;
    QString attr;
    QString sub;

    static std::optional<AttrPath> parse(const QString& text);
    QString toString() const;
};

// A path resolved against a resource type: canonical names and definitions.
struct ResolvedPath
{
    const SchemaDef* schema = nullptr; // the schema holding attr (nullptr: common attribute id/externalId/meta)
    const AttributeDef* attr = nullptr;
    const AttributeDef* sub = nullptr;
    bool extension = false;   // attr lives in the extension object keyed by schema->id
    bool wholeSchema = false; // the path is an extension URN alone

    // Where attr lives in a resource: the resource itself or its extension object.
    QJsonObject container(const QJsonObject& resource) const;
    // The definition of what a comparison compares: sub, else attr's "value" sub-attribute, else attr.
    const AttributeDef* leaf() const;
};

class ScimPath
{
public:
    // id, externalId, meta: defined for every resource type, not listed under /Schemas.
    static const SchemaDef& common();
    // Case-insensitive resolution; nullopt when the attribute is not defined.
    static std::optional<ResolvedPath> resolve(const ResourceType& type, const AttrPath& path);
    static std::optional<ResolvedPath> resolveSub(const AttributeDef& parent, const AttrPath& path);
};

} // namespace gatehouse::engine::scim
