#include "engine/api/AuditLog.h"

#include "engine/storage/Sql.h"

#include <QJsonDocument>

namespace gatehouse::engine {

AuditLog::AuditLog(const core::Clock& clock, core::IdGenerator& ids)
    : m_clock(clock)
    , m_ids(ids)
{}

void AuditLog::setSink(Sink sink)
{
    m_sink = std::move(sink);
}

core::Result<void> AuditLog::record(const QSqlDatabase& db, const Entry& entry)
{
    auto recorded = recordEvent(db, entry, true);
    if (!recorded.ok()) {
        return recorded.error();
    }
    return {};
}

core::Result<QString> AuditLog::recordEvent(const QSqlDatabase& db, const Entry& entry, bool notify)
{
    const quint64 number = m_ids.nextNumber();
    const QString id = QStringLiteral("evt_") + QString::number(number);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto done =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO events (id, seq, type, actor, organization_id, object_type, object_id, "
                                 "data, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {id,
                   static_cast<qint64>(number),
                   Sql::nonNull(entry.type),
                   Sql::nonNull(entry.actor),
                   Sql::text(entry.organizationId),
                   Sql::nonNull(entry.objectType),
                   Sql::nonNull(entry.objectId),
                   QString::fromUtf8(QJsonDocument(entry.data).toJson(QJsonDocument::Compact)),
                   now});
    if (!done.ok()) {
        return done.error();
    }
    if (notify && m_sink) {
        if (auto sunk = m_sink(db, {id, entry.type, entry.organizationId, now}); !sunk.ok()) {
            return sunk.error();
        }
    }
    return id;
}

} // namespace gatehouse::engine
