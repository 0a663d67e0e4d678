#pragma once

#include "core/util/Result.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace gatehouse::engine {

// A statement answered by Sql::exec. It is a QSqlQuery; when it was prepared (the call had bind values) and
// executed successfully, destroying it resets the statement (no read lock or open cursor is kept) and hands it
// back to its connection's statement cache, so the next Sql::exec of the same text on that connection skips
// preparing it again (SQLite's parser; on PostgreSQL the PREPARE and DEALLOCATE round trips). A statement in use
// is never shared: a nested Sql::exec of the same text while one is held prepares another.
// Move it, or use it through references; never move the QSqlQuery base out of it.
class SqlQuery : public QSqlQuery
{
public:
    explicit SqlQuery(QSqlQuery query, QObject* home = nullptr, QString sql = {});
    SqlQuery(SqlQuery&& other) noexcept;
    SqlQuery& operator=(SqlQuery&& other) noexcept;
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;
    ~SqlQuery();

private:
    void giveBack();

    QPointer<QObject> m_home; // the connection's statement cache; null: not cached (unprepared, or moved from)
    QString m_sql;
};

// Prepared statements with positional `?` bindings; errors as Result, never thrown.
class Sql
{
public:
    // With bind values: prepared (and cached, see SqlQuery). Without: run as text, unprepared.
    static core::Result<SqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
    // Always prepared and cached: for a constant SELECT/INSERT/UPDATE/DELETE text without bind values that runs
    // often (never a utility statement, which PostgreSQL cannot prepare, nor a text built with literals).
    static core::Result<SqlQuery>
    execPrepared(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
    // For statements that must change exactly one row; "not_found" otherwise.
    static core::Result<void> execOne(const QSqlDatabase& db, const QString& sql, const QVariantList& binds);
    static bool isUniqueViolation(const core::Error& error);
    // A typed NULL for empty/absent text (binds as SQL NULL on both backends).
    static QVariant text(const QString& value);
    // Never NULL: a null QString binds as NULL, so NOT NULL text columns go through this.
    static QVariant nonNull(const QString& value);
    // Drops a connection's cached statements (on its thread, before the connection is closed).
    static void forgetStatements(const QSqlDatabase& db);
    // Statements held in a connection's cache (for tests).
    static int cachedStatementCount(const QSqlDatabase& db);
};

} // namespace gatehouse::engine
