#pragma once

#include "core/util/Result.h"
#include "engine/scim/ScimPath.h"
#include "engine/scim/ScimSchema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse::engine::scim {

// One node of a parsed filter (RFC 7644 §3.4.2.2).
struct FilterNode
{
    enum class Kind
    {
        And,
        Or,
        Not,
        Compare,   // path op value
        Present,   // path pr
        ValuePath, // path[inner]
    };

    Kind kind = Kind::Compare;
    QString op; // eq ne co sw ew gt ge lt le (lower-case)
    AttrPath path;
    QJsonValue value;
    std::shared_ptr<const FilterNode> left;  // And/Or left, Not operand, ValuePath inner filter
    std::shared_ptr<const FilterNode> right; // And/Or right
};

using Filter = std::shared_ptr<const FilterNode>;

// SQL for the part of a filter that an index can answer.
struct SqlCondition
{
    QString sql;
    QVariantList binds;
};

// Parser and evaluator of the full filter grammar: eq ne co sw ew pr gt ge lt le, and/or/not, grouping,
// value paths (emails[type eq "work" and primary eq true]). Attribute names and operators are
// case-insensitive; string comparisons honour each attribute's caseExact. Errors are invalidFilter.
class ScimFilter
{
public:
    static constexpr int kMaxLength = 4096;
    static constexpr int kMaxDepth = 32;

    static core::Result<Filter> parse(const QString& text);
    // Parses and checks every attribute against the resource type (unknown attribute: invalidFilter).
    static core::Result<Filter> parse(const QString& text, const ResourceType& type);
    // Inner filter of a PATCH value path, relative to a multi-valued complex attribute.
    static core::Result<Filter> parseValueFilter(const QString& text, const AttributeDef& parent);

    // Does the resource (full representation: id, meta, extension objects) match?
    static bool matches(const FilterNode& filter, const QJsonObject& resource, const ResourceType& type);
    // Does one element of a multi-valued complex attribute match an inner filter?
    static bool matchesElement(const FilterNode& filter, const QJsonObject& element, const AttributeDef& parent);

    // A condition that every match satisfies (possibly weaker than the filter), built from `eq` on the
    // attributes `column` maps; nullopt when no part of the filter can be answered by SQL.
    using ColumnFor = std::function<std::optional<QString>(const ResolvedPath&)>;
    static std::optional<SqlCondition>
    sqlPrefilter(const FilterNode& filter, const ResourceType& type, const ColumnFor& column);
    // The folded form that case-insensitive columns store and that their binds use.
    static QString fold(const QString& value);

    // For PATCH "add/replace" on a filtered path that matches nothing: the sub-attribute values the
    // filter pins down (type eq "work" and primary eq true → {type, primary}); nullopt if not only eq/and.
    static std::optional<QJsonObject> impliedElement(const FilterNode& filter);
};

} // namespace gatehouse::engine::scim
