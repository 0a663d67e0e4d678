#pragma once

#include "core/util/Result.h"

#include <QString>

namespace gatehouse::engine {

// What --db names: a SQLite file (default <data-dir>/gatehouse.db) or
// postgresql://user:password@host:port/dbname[?schema=name&connect_timeout=10].
struct DatabaseUrl
{
    enum class Kind
    {
        Sqlite,
        Postgres,
    };

    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString schema; // optional search_path (our extension; used by the test suite)
    int connectTimeoutSecs = 10;

    static core::Result<DatabaseUrl> parse(const QString& option, const QString& dataDir);
    // For logs: never the password.
    QString redacted() const;
};

} // namespace gatehouse::engine
