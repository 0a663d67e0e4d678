#pragma once

#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace gatehouse::engine {

class Database;

// Applies the numbered SQL migrations (resources :/gatehouse/migrations/NNNN_name.sql) at start-up.
// PostgreSQL: under pg_advisory_lock, so several instances may start at once. SQLite: the file is
// backed up (VACUUM INTO) before the first pending migration. A database whose schema is newer than
// this binary is refused. Each migration runs in its own transaction.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    Migrator(Database& db, const core::Clock& clock);

    static QList<Migration> available();
    static int latestVersion();
    core::Result<int> currentVersion();
    using Step = std::function<core::Result<void>()>;

    // Returns the schema version after migrating. `thenUnderLock` runs after the migrations while the
    // PostgreSQL advisory lock is still held (first-start bootstrap uses it).
    core::Result<int> migrate(const Step& thenUnderLock = {});
    QString lastBackupPath() const;

private:
    core::Result<int> migrateLocked(const Step& thenUnderLock);
    core::Result<void> backupSqlite(int fromVersion);
    core::Result<void> apply(const Migration& migration);

    Database& m_db;
    const core::Clock& m_clock;
    QString m_backupPath;
};

} // namespace gatehouse::engine
