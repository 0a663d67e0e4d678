#include "engine/storage/Sql.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>

#include <cstring>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcSql, "gatehouse.engine.storage")

namespace gatehouse::engine {

namespace {

// Statements per connection kept for reuse; a connection runs a few dozen distinct statements in practice.
constexpr int kMaxCachedPerConnection = 256;

// A connection's cached statements: statement text -> a prepared, reset statement. It is a child of the
// connection's driver, so it goes when the connection goes: after the driver has closed the connection (SQLite
// finalizes every statement of the connection on close; QPSQL skips DEALLOCATE once its driver is gone) and never at
// the exit of a thread (a thread-local cache destroyed there ran SQL on connections already closed).
class StatementCache : public QObject
{
public:
    explicit StatementCache(QSqlDriver* driver)
    {
        // A connection may be used by another thread than the one that opened it (Database's SQLite writer
        // connection, one thread at a time): the cache joins its driver's thread so that it can be its child.
        moveToThread(driver->thread());
        setParent(driver);
    }

    QHash<QString, QSqlQuery> statements;
};

// A connection is used by one thread at a time (Database::connection, or the writer turn), and so is its cache:
// found among the driver's children (a driver has no other children of this type).
StatementCache* cacheOf(const QSqlDatabase& db, bool create)
{
    QSqlDriver* driver = db.driver();
    if (driver == nullptr) {
        return nullptr;
    }
    for (QObject* child : driver->children()) {
        if (auto* cache = dynamic_cast<StatementCache*>(child)) {
            return cache;
        }
    }
    return create ? new StatementCache(driver) : nullptr;
}

bool hasPrivate(const QSqlQuery& query)
{
    // A QSqlQuery moved from has no private part and must not be used; its only member is that pointer.
    static_assert(sizeof(QSqlQuery) == sizeof(void*), "QSqlQuery is one d-pointer");
    const void* d = nullptr;
    std::memcpy(&d, static_cast<const void*>(&query), sizeof d);
    return d != nullptr;
}

} // namespace

SqlQuery::SqlQuery(QSqlQuery query, QObject* home, QString sql)
    : QSqlQuery(std::move(query))
    , m_home(home)
    , m_sql(std::move(sql))
{}

SqlQuery::SqlQuery(SqlQuery&& other) noexcept
    : QSqlQuery(std::move(static_cast<QSqlQuery&>(other)))
    , m_home(std::exchange(other.m_home, nullptr))
    , m_sql(std::exchange(other.m_sql, {}))
{}

SqlQuery& SqlQuery::operator=(SqlQuery&& other) noexcept
{
    if (this != &other) {
        giveBack();
        QSqlQuery::operator=(std::move(static_cast<QSqlQuery&>(other)));
        m_home = std::exchange(other.m_home, nullptr);
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
    auto* home = static_cast<StatementCache*>(std::exchange(m_home, nullptr).data());
    if (home == nullptr || !hasPrivate(*this) || driver() != home->parent()) {
        return; // not cached, moved from, or its connection is gone
    }
    finish(); // sqlite3_reset / close the portal: no cursor or read snapshot outlives the caller
    if (home->statements.contains(m_sql)) {
        return; // the slot is taken (a nested use of the same text): this one is simply finalized
    }
    if (home->statements.size() >= kMaxCachedPerConnection) {
        home->statements.clear(); // texts built with literals would otherwise pin the first ones for good
    }
    home->statements.insert(m_sql, std::move(static_cast<QSqlQuery&>(*this)));
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
    StatementCache* cache = cacheOf(db, true);
    std::optional<QSqlQuery> query;
    if (cache) {
        if (auto statement = cache->statements.find(sql); statement != cache->statements.end()) {
            query.emplace(std::move(*statement)); // taken out: a statement in use is never handed out twice
            cache->statements.erase(statement);
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
    if (!query->exec()) { // a failed statement is not kept
        const QSqlError error = query->lastError();
        qCDebug(lcSql) << "exec failed:" << error.text() << error.nativeErrorCode();
        return core::Error{QStringLiteral("sql"), error.text(), error.nativeErrorCode()};
    }
    return SqlQuery(std::move(*query), cache, sql);
}

void Sql::forgetStatements(const QSqlDatabase& db)
{
    if (StatementCache* cache = cacheOf(db, false)) {
        delete cache; // on the connection's own thread, while it is still open
    }
}

int Sql::cachedStatementCount(const QSqlDatabase& db)
{
    const StatementCache* cache = cacheOf(db, false);
    return cache ? int(cache->statements.size()) : 0;
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
