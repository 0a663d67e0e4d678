#pragma once

#include "core/util/Result.h"
#include "engine/storage/DatabaseUrl.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace gatehouse::engine {

class WalCheckpointer;

// One QSqlDatabase connection per thread (QtSql connections are thread-bound), configured on open:
// SQLite with WAL, foreign keys and a busy timeout; PostgreSQL with the optional search_path.
class Database
{
public:
    using Work = std::function<core::Result<void>(const QSqlDatabase&)>;

    static core::Result<std::unique_ptr<Database>> open(const DatabaseUrl& url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseUrl& url() const;
    bool isPostgres() const;
    // This thread's connection (opened on first use); invalid when the database is unreachable. Inside a write
    // transaction on SQLite: the writer connection that transaction runs on, so that its reads see its writes.
    core::Result<QSqlDatabase> connection();
    // Runs work in a transaction: committed when it succeeds, rolled back otherwise.
    core::Result<void> write(const Work& work);
    core::Result<void> read(const Work& work);
    // Runs action once the write transaction open on this thread has committed (dropped if it rolls back;
    // run at once when none is open). For effects outside the database, e.g. waking a QObject of another
    // thread: posted after the commit, the woken code sees the rows.
    static void afterCommit(std::function<void()> action);

    // SQLite: how many background WAL checkpoints have completed (tests); 0 on PostgreSQL.
    int backgroundCheckpoints() const;
    // SQLite: how many of them held the writer turn to let the WAL start over (tests); 0 on PostgreSQL.
    int walRestartCheckpoints() const;
    // SQLite: how many threads wait for the writer turn now (tests); 0 on PostgreSQL.
    int writersWaiting() const;

private:
    explicit Database(DatabaseUrl url);
    core::Result<void> configure(QSqlDatabase& db) const;
    void setConnectionParameters(QSqlDatabase& db) const;
    core::Result<QSqlDatabase> openNamed(const QString& connectionName); // added, opened and configured
    core::Result<QSqlDatabase> writerConnection();                       // SQLite; only while holding the writer turn

    DatabaseUrl m_url;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_names;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite only
    // SQLite: every write transaction of this Database runs on this one connection, on whichever thread holds
    // the writer turn (only one at a time). A connection's page cache is emptied whenever another connection has
    // committed since its last transaction; with one writer it stays warm from one write to the next.
    QSqlDatabase m_writer;
};

} // namespace gatehouse::engine
