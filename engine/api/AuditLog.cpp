#include "engine/api/AuditLog.h"

#include "engine/storage/Sql.h"

#include <QJsonDocument>

namespace gatehouse::engine {

AuditLog::AuditLog(const core::Clock& clock, core::IdGenerator& ids)
    : m_clock(clock)
    , m_ids(ids)
{}

core::Result<void> AuditLog::record(const QSqlDatabase& db, const Entry& entry)
{
    const quint64 number = m_ids.nextNumber();
    auto done =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO events (id, seq, type, actor, organization_id, object_type, object_id, "
                                 "data, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {QString(QStringLiteral("evt_") + QString::number(number)),
                   static_cast<qint64>(number),
                   Sql::nonNull(entry.type),
                   Sql::nonNull(entry.actor),
                   Sql::text(entry.organizationId),
                   Sql::nonNull(entry.objectType),
                   Sql::nonNull(entry.objectId),
                   QString::fromUtf8(QJsonDocument(entry.data).toJson(QJsonDocument::Compact)),
                   m_clock.now().toMSecsSinceEpoch()});
    if (!done.ok()) {
        return done.error();
    }
    return {};
}

} // namespace gatehouse::engine
