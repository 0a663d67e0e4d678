#pragma once

#include "core/util/Clock.h"
#include "core/util/IdGenerator.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace gatehouse::engine {

// Audit events for every mutating call, written in the same transaction as the change. `data` says
// what changed (field names and non-secret values); callers never pass secrets.
class AuditLog
{
public:
    struct Entry
    {
        QString type;           // e.g. "organization.created"
        QString actor;          // "client:skc_…"
        QString organizationId; // may be empty
        QString objectType;     // "Organization", "Domain"
        QString objectId;
        QJsonObject data;
    };

    AuditLog(const core::Clock& clock, core::IdGenerator& ids);

    core::Result<void> record(const QSqlDatabase& db, const Entry& entry);

private:
    const core::Clock& m_clock;
    core::IdGenerator& m_ids;
};

} // namespace gatehouse::engine
