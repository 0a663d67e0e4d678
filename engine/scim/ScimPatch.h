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

    static core::Result<QList<Operation>> parseRequest(const QJsonObject& body);
    // Applies all operations to `resource` (id: the resource's own id, which a no-path value may repeat).
    static core::Result<void>
    apply(QJsonObject& resource, const ResourceType& type, const QList<Operation>& operations, const QString& id);
};

} // namespace gatehouse::engine::scim
