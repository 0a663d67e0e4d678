#include "engine/storage/Sql.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>

#include <cstring>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcSql, "gatehouse.engine.storage")

namespace gatehouse::engine {

namespace {

// Statements per connection kept for reuse; a connection runs a few dozen distinct statements in practice.
constexpr int kMaxCachedPerConnection = 256;

// Connections are per thread (Database::connection), so each thread keeps its own cache:
// connection name -> statement text -> a prepared, reset statement.
using StatementCache = QHash<QString, QHash<QString, QSqlQuery>>;
thread_local StatementCache t_statements;

bool hasPrivate(const QSqlQuery& query)
{
    // A QSqlQuery moved from has no private part and must not be used; its only member is that pointer.
    static_assert(sizeof(QSqlQuery) == sizeof(void*), "QSqlQuery is one d-pointer");
    const void* d = nullptr;
    std::memcpy(&d, static_cast<const void*>(&query), sizeof d);
    return d != nullptr;
}

} // namespace

SqlQuery::SqlQuery(QSqlQuery query, QString connection, QString sql)
    : QSqlQuery(std::move(query))
    , m_connection(std::move(connection))
    , m_sql(std::move(sql))
{}

SqlQuery::SqlQuery(SqlQuery&& other) noexcept
    : QSqlQuery(std::move(static_cast<QSqlQuery&>(other)))
    , m_connection(std::exchange(other.m_connection, {}))
    , m_sql(std::exchange(other.m_sql, {}))
{}

SqlQuery& SqlQuery::operator=(SqlQuery&& other) noexcept
{
    if (this != &other) {
        giveBack();
        QSqlQuery::operator=(std::move(static_cast<QSqlQuery&>(other)));
        m_connection = std::exchange(other.m_connection, {});
        m_sql = std::exchange(other.m_sql, {});
    }
    return *this;
}

SqlQuery::~SqlQuery()
{
    giveBack();
}

void SqlQuery::giveBack()
{
    if (m_connection.isEmpty() || !hasPrivate(*this)) {
        return;
    }
    const QString connection = std::exchange(m_connection, {});
    if (driver() == nullptr) { // the connection is gone
        return;
    }
    finish(); // sqlite3_reset / close the portal: no cursor or read snapshot outlives the caller
    QHash<QString, QSqlQuery>& statements = t_statements[connection];
    if (statements.contains(m_sql)) {
        return; // the slot is taken (a nested use of the same text): this one is simply finalized
    }
    if (statements.size() >= kMaxCachedPerConnection) {
        statements.clear(); // texts built with literals would otherwise pin the first ones for good
    }
    statements.insert(m_sql, std::move(static_cast<QSqlQuery&>(*this)));
}

core::Result<SqlQuery> Sql::exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    if (binds.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE utility statements (SET, CREATE, VACUUM …), and a text with
        // inlined literals gains nothing from it (one round trip on PostgreSQL instead of PREPARE + EXECUTE).
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            const QSqlError error = query.lastError();
            qCDebug(lcSql) << "exec failed:" << error.text() << error.nativeErrorCode();
            return core::Error{QStringLiteral("sql"), error.text(), error.nativeErrorCode()};
        }
        return SqlQuery(std::move(query));
    }
    return execPrepared(db, sql, binds);
}

core::Result<SqlQuery> Sql::execPrepared(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    const QString connection = db.connectionName();
    std::optional<QSqlQuery> query;
    if (auto cached = t_statements.find(connection); cached != t_statements.end()) {
        if (auto statement = cached->find(sql); statement != cached->end()) {
            // Prepared on this connection's driver; anything else (a connection opened again) is prepared anew.
            if (statement->driver() != nullptr && statement->driver() == db.driver()) {
                query.emplace(std::move(*statement));
            }
            cached->erase(statement);
        }
    }
    if (!query) {
        query.emplace(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            qCWarning(lcSql) << "prepare failed:" << query->lastError().text() << sql;
            return core::Error{QStringLiteral("sql"), query->lastError().text(), query->lastError().nativeErrorCode()};
        }
    }
    for (qsizetype i = 0; i < binds.size(); ++i) {
        query->bindValue(int(i), binds.at(i));
    }
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        qCDebug(lcSql) << "exec failed:" << error.text() << error.nativeErrorCode();
        return core::Error{QStringLiteral("sql"), error.text(), error.nativeErrorCode()};
    }
    return SqlQuery(std::move(*query), connection, sql);
}

void Sql::forgetStatements(const QString& connectionName)
{
    t_statements.remove(connectionName);
}

int Sql::cachedStatementCount()
{
    int count = 0;
    for (const auto& statements : std::as_const(t_statements)) {
        count += int(statements.size());
    }
    return count;
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
