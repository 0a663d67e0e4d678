#pragma once

#include "core/util/Clock.h"
#include "core/util/IdGenerator.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

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

    // What a sink is told about each recorded event (still inside the caller's transaction).
    struct Recorded
    {
        QString id; // evt_…
        QString type;
        QString organizationId;
        qint64 occurredAt = 0;
    };

    // Called in the same transaction right after the event row is written (the webhook outbox enqueues its
    // deliveries there); a failure rolls the whole change back. It may run on an HTTP worker thread (SCIM
    // writes): effects on a QObject go through Database::afterCommit and a queued call.
    using Sink = std::function<core::Result<void>(const QSqlDatabase&, const Recorded&)>;

    AuditLog(const core::Clock& clock, core::IdGenerator& ids);

    core::Result<void> record(const QSqlDatabase& db, const Entry& entry);
    // Writes the event; the sink runs only when `notify` is set. Returns the event id.
    core::Result<QString> recordEvent(const QSqlDatabase& db, const Entry& entry, bool notify);
    void setSink(Sink sink);

private:
    const core::Clock& m_clock;
    core::IdGenerator& m_ids;
    Sink m_sink;
};

} // namespace gatehouse::engine
