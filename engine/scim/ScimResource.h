#pragma once

#include "core/util/Result.h"
#include "engine/scim/ScimSchema.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace gatehouse::engine::scim {

// Input canonicalization and output projection of SCIM resources. A canonical resource has the
// schema's attribute names (case-insensitive input, "Primary" → "primary"), booleans as JSON booleans
// (Entra's "True"/"False" strings accepted), the extension attributes under their URN key, no read-only
// attributes (id, meta, groups), no password, and no unassigned values (null, "", [], {}).
class ScimResource
{
public:
    // A POST / PUT body. Unknown attributes and schema URNs are refused (invalidSyntax / invalidValue).
    static core::Result<QJsonObject> fromInput(const QJsonObject& body, const ResourceType& type);
    // One attribute value, checked against its definition; `where` names it in error messages.
    static core::Result<QJsonValue>
    canonicalValue(const AttributeDef& def, const QJsonValue& value, const QString& where);
    // Required attributes present, schemas list in sync with the extension objects present.
    static core::Result<void> finish(QJsonObject& resource, const ResourceType& type);
    static bool isUnassigned(const QJsonValue& value);
    // Identity of a multi-valued element: its "value" sub-attribute when it has one, else the whole value.
    static QByteArray identity(const QJsonValue& value);
    // At most one primary=true element per multi-valued attribute (the last one wins).
    static void fixPrimary(QJsonArray& values);

    // attributes / excludedAttributes (RFC 7644 §3.9); id and schemas are always returned.
    static QJsonObject project(const QJsonObject& full,
                               const ResourceType& type,
                               const QStringList& attributes,
                               const QStringList& excluded);
    // "a,b , c" → entries; bracketed filters (emails[type eq "work"]) are reduced to the attribute.
    static QStringList attributeList(const QString& text);
};

} // namespace gatehouse::engine::scim
