#include "engine/storage/Sql.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "gatehouse.engine.storage")

namespace gatehouse::engine {

core::Result<QSqlQuery> Sql::exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (binds.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE utility statements (SET, CREATE, VACUUM …).
        if (!query.exec(sql)) {
            const QSqlError error = query.lastError();
            qCDebug(lcSql) << "exec failed:" << error.text() << error.nativeErrorCode();
            return core::Error{QStringLiteral("sql"), error.text(), error.nativeErrorCode()};
        }
        return query;
    }
    if (!query.prepare(sql)) {
        qCWarning(lcSql) << "prepare failed:" << query.lastError().text() << sql;
        return core::Error{QStringLiteral("sql"), query.lastError().text(), query.lastError().nativeErrorCode()};
    }
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        qCDebug(lcSql) << "exec failed:" << error.text() << error.nativeErrorCode();
        return core::Error{QStringLiteral("sql"), error.text(), error.nativeErrorCode()};
    }
    return query;
}

core::Result<void> Sql::execOne(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    auto query = exec(db, sql, binds);
    if (!query.ok()) {
        return query.error();
    }
    if (query.value().numRowsAffected() != 1) {
        return core::Error{QStringLiteral("not_found"), QStringLiteral("no such row"), {}};
    }
    return {};
}

bool Sql::isUniqueViolation(const core::Error& error)
{
    // SQLite: extended code 2067 (SQLITE_CONSTRAINT_UNIQUE) / 1555 (PRIMARYKEY); PostgreSQL: SQLSTATE 23505.
    return error.detail == QStringLiteral("2067") || error.detail == QStringLiteral("1555")
           || error.detail == QStringLiteral("23505") || error.message.contains(QStringLiteral("UNIQUE constraint"));
}

QVariant Sql::nonNull(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant Sql::text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace gatehouse::engine
