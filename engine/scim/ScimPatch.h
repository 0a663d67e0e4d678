#pragma once

#include "core/util/Result.h"
#include "engine/scim/ScimSchema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse::engine::scim {

// RFC 7644 §3.5.2 PATCH on a canonical resource (see ScimResource), with the dialects real IdPs speak:
// op names in any case ("Replace"), "True"/"False" strings for booleans, no-path operations whose value
// has dotted and URN keys (Entra aadOptscim062020) or {"active":false} (Okta), member removal by
// value list (Entra legacy) or by filter, filtered paths on arrays that do not exist yet (the element is
// created from the filter's eq terms), "" / null clearing an attribute. Every operation either applies
// or fails the whole request: nothing is silently skipped.
class ScimPatch
{
public:
    static constexpr int kMaxOperations = 1000;

    struct Operation
    {
        QString op; // add, replace, remove
        std::optional<QString> path;
        QJsonValue value;
    };

    struct MemberChange
    {
        QString id; // the member's "value" as sent (checked by the caller)
        bool add = false;
    };

    static core::Result<QList<Operation>> parseRequest(const QJsonObject& body);
    // For a Groups PATCH: moves the member operations that are set operations on member ids — "add" on
    // "members", "remove" on "members" with a value list (Entra legacy), "remove" on members[value eq "…"]
    // (or such terms joined by "or") — into `changes`, in request order, and the others into `rest`. False
    // when some operation touches members otherwise (replace, remove all, other filters, sub-attributes, a
    // no-path value with members): the caller then applies the request to the whole member list.
    static core::Result<bool> splitMembers(const QList<Operation>& operations,
                                           const ResourceType& type,
                                           QList<Operation>& rest,
                                           QList<MemberChange>& changes);
    // Applies all operations to `resource` (id: the resource's own id, which a no-path value may repeat).
    static core::Result<void>
    apply(QJsonObject& resource, const ResourceType& type, const QList<Operation>& operations, const QString& id);
};

} // namespace gatehouse::engine::scim
