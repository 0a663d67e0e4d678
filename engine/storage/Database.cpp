#include "engine/storage/Database.h"

#include "engine/storage/Sql.h"

#include <QAtomicInteger>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace gatehouse::engine {

namespace {
QAtomicInteger<int> g_instances;

// SQLite has one writer at a time per file. Without a queue, the engine's concurrent writers meet in SQLite's
// busy handler, which polls with growing sleeps (up to 100 ms): the lock sits idle between one commit and the
// next poller waking up, and a deferred transaction that read before writing fails with SQLITE_BUSY_SNAPSHOT
// when another writer committed meanwhile. So the writers of one process take turns here, first come first
// served, and each transaction starts with BEGIN IMMEDIATE: it holds the write lock from its first statement,
// so its reads see the state it writes on. The busy timeout remains for other processes (gatehouse-cli).
class WriterQueue
{
public:
    // false when this thread already holds the turn (a nested write transaction would deadlock).
    bool acquire()
    {
        std::unique_lock lock(m_mutex);
        const std::thread::id self = std::this_thread::get_id();
        if (m_held && m_owner == self) {
            return false;
        }
        if (!m_held) {
            m_held = true;
            m_owner = self;
            return true;
        }
        // Each waiter sleeps on its own condition variable and release() wakes only the next one: with one
        // shared variable every release woke every waiter, and all but one went back to sleep (a futex call
        // and a context switch each, on every commit).
        Waiter waiter;
        waiter.thread = self;
        m_waiters.push_back(&waiter);
        waiter.turn.wait(lock, [&] { return waiter.granted; });
        return true;
    }

    void release()
    {
        std::unique_lock lock(m_mutex);
        if (m_waiters.empty()) {
            m_held = false;
            return;
        }
        Waiter* next = m_waiters.front();
        m_waiters.pop_front();
        m_owner = next->thread; // handed over: the turn is never free in between
        next->granted = true;
        next->turn.notify_one(); // under the lock: the waiter (and its variable) cannot be gone yet
    }

    int waiting()
    {
        std::lock_guard lock(m_mutex);
        return static_cast<int>(m_waiters.size());
    }

private:
    struct Waiter
    {
        std::thread::id thread;
        std::condition_variable turn;
        bool granted = false;
    };

    std::mutex m_mutex;
    std::deque<Waiter*> m_waiters; // first come, first served
    bool m_held = false;
    std::thread::id m_owner;
};

// One queue per SQLite file for the whole process (every Database opened on it shares it); never freed.
WriterQueue& writerQueue(const QString& path)
{
    static std::mutex mutex;
    static auto* queues = new QHash<QString, WriterQueue*>();
    std::lock_guard lock(mutex);
    WriterQueue*& queue = (*queues)[path];
    if (!queue) {
        queue = new WriterQueue();
    }
    return *queue;
}

class WriterTurn
{
public:
    explicit WriterTurn(WriterQueue& queue)
        : m_queue(queue)
        , m_held(queue.acquire())
    {}

    ~WriterTurn()
    {
        if (m_held) {
            m_queue.release();
        }
    }

    WriterTurn(const WriterTurn&) = delete;
    WriterTurn& operator=(const WriterTurn&) = delete;

    bool held() const
    {
        return m_held;
    }

private:
    WriterQueue& m_queue;
    bool m_held;
};

// The write transaction open on this thread (Database::write) and what to do once it has committed.
struct OpenWrite
{
    int depth = 0;
    QList<std::function<void()>> afterCommit;
    const Database* database = nullptr; // SQLite: whose writer connection the transaction runs on
    QSqlDatabase writer;
};

thread_local OpenWrite t_openWrite;

class WriteScope
{
public:
    WriteScope()
    {
        ++t_openWrite.depth;
    }

    ~WriteScope()
    {
        if (--t_openWrite.depth == 0) {
            t_openWrite.afterCommit.clear(); // not committed (or already run)
        }
    }

    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    // After a successful commit of the outermost write: the queued actions, in order.
    static void committed()
    {
        if (t_openWrite.depth != 1) {
            return;
        }
        const QList<std::function<void()>> actions = std::exchange(t_openWrite.afterCommit, {});
        for (const auto& action : actions) {
            action();
        }
    }
};

// How many pages the WAL may hold before a committing request checkpoints it itself: a fallback for when the
// background checkpointer falls behind (SQLite's default, 1,000 pages, puts a checkpoint with its two fsyncs
// into the request that crosses it, ~20 ms every few hundred writes).
constexpr int kWalAutoCheckpointPages = 16384;
// The background checkpointer runs at most this often while there are commits.
constexpr std::chrono::milliseconds kCheckpointInterval{100};
// A WAL at least this long after a background checkpoint is copied to the end with the writer turn held, so that
// the next writer starts it over (2,048 frames: 8 MiB with 4 KiB pages). 8 keep-alive clients creating SCIM users
// write ~100 MB of WAL a second; without this the WAL reached the requests' auto-checkpoint size and p99 was
// 50-77 ms, with it 24-26 ms (bench/README.md).
constexpr int kWalRestartFrames = 2048;

core::Result<void> finishSqlite(QSqlDatabase& db, const core::Result<void>& result)
{
    if (!result.ok()) {
        if (auto undone = Sql::exec(db, QStringLiteral("ROLLBACK")); !undone.ok()) {
            qCWarning(lcSql) << "rollback failed:" << undone.error().message;
        }
        return result;
    }
    if (auto committed = Sql::exec(db, QStringLiteral("COMMIT")); !committed.ok()) {
        (void)Sql::exec(db, QStringLiteral("ROLLBACK"));
        return committed.error();
    }
    return {};
}
} // namespace

// Copies committed WAL pages into the database file on its own thread and connection (PRAGMA
// wal_checkpoint(PASSIVE): it never waits for, nor blocks, readers and writers), so that requests do not pay for
// checkpoints. Started by the first commit; at most one checkpoint per kCheckpointInterval while commits come.
class WalCheckpointer
{
public:
    WalCheckpointer(std::function<QSqlDatabase(const QString&)> openConnection, QString name, QString path)
        : m_open(std::move(openConnection))
        , m_name(std::move(name))
        , m_path(std::move(path))
    {}

    ~WalCheckpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }

    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    void committed()
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_dirty && m_thread.joinable()) {
                return; // already due
            }
            m_dirty = true;
            if (!m_thread.joinable() && !m_stopping) {
                m_thread = std::thread([this] { run(); });
            }
        }
        m_wake.notify_one();
    }

    int completed() const
    {
        return m_completed.loadRelaxed();
    }

    int completedHoldingTurn() const
    {
        return m_completedHoldingTurn.loadRelaxed();
    }

private:
    void run()
    {
        {
            QSqlDatabase db = m_open(m_name);
            std::unique_lock lock(m_mutex);
            while (true) {
                m_wake.wait(lock, [&] { return m_dirty || m_stopping; });
                if (m_stopping) {
                    break;
                }
                m_dirty = false;
                lock.unlock();
                if (db.isOpen()) {
                    const int logFrames = checkpoint(db);
                    if (logFrames >= kWalRestartFrames) {
                        // Under a steady stream of commits the WAL is never fully copied at the moment a writer
                        // starts, so SQLite never starts it over: it grows to the requests' auto-checkpoint size
                        // and then every commit checkpoints. Holding the writer turn, the copy finishes (only the
                        // frames since the first pass are left) and the next writer restarts the WAL.
                        WriterTurn turn(writerQueue(m_path));
                        checkpoint(db);
                        m_completedHoldingTurn.fetchAndAddRelaxed(1);
                    }
                }
                lock.lock();
                m_wake.wait_for(lock, kCheckpointInterval, [&] { return m_stopping; });
            }
            lock.unlock();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    // PRAGMA wal_checkpoint(PASSIVE); the WAL's size in frames afterwards (-1 on failure).
    int checkpoint(QSqlDatabase& db)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
            qCWarning(lcSql) << "background checkpoint failed:" << query.lastError().text();
            return -1;
        }
        m_completed.fetchAndAddRelaxed(1);
        return query.value(1).toInt(); // busy, log frames, checkpointed frames
    }

    std::function<QSqlDatabase(const QString&)> m_open;
    QString m_name;
    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_dirty = false;
    bool m_stopping = false;
    QAtomicInteger<int> m_completed;
    QAtomicInteger<int> m_completedHoldingTurn;
    std::thread m_thread;
};

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_prefix(QStringLiteral("gatehouse-db-%1").arg(g_instances.fetchAndAddRelaxed(1)))
{
    if (!isPostgres()) {
        m_checkpointer = std::make_unique<WalCheckpointer>(
            [this](const QString& name) {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                setConnectionParameters(db);
                if (!db.open()) {
                    qCWarning(lcSql) << "the checkpointer cannot open" << m_url.redacted() << db.lastError().text();
                }
                return db;
            },
            m_prefix + QStringLiteral("-checkpointer"),
            m_url.sqlitePath);
    }
}

core::Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url)
{
    std::unique_ptr<Database> db(new Database(url));
    auto connection = db->connection();
    if (!connection.ok()) {
        return connection.error();
    }
    if (!db->isPostgres()) {
        if (auto writer = db->writerConnection(); !writer.ok()) { // opened here: its driver lives on this thread
            return writer.error();
        }
        // Hashes and encrypted keys live here: owner only (SQLite gives -wal/-shm the same mode).
        QFile::setPermissions(url.sqlitePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return db;
}

Database::~Database()
{
    m_checkpointer.reset();
    if (m_writer.isValid()) {
        Sql::forgetStatements(m_writer);
        m_writer.close();
        m_writer = QSqlDatabase();
    }
    QMutexLocker lock(&m_mutex);
    const QString own = m_prefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    for (const QString& name : std::as_const(m_names)) {
        if (name == own) { // other threads' connections (HTTP workers) cannot be fetched here: removing them
            QSqlDatabase db = QSqlDatabase::database(name, false); // deletes their driver, which closes them
            Sql::forgetStatements(db); // (other threads' caches go with their connection's driver)
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

const DatabaseUrl& Database::url() const
{
    return m_url;
}

int Database::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->completed() : 0;
}

int Database::walRestartCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->completedHoldingTurn() : 0;
}

int Database::writersWaiting() const
{
    return isPostgres() ? 0 : writerQueue(m_url.sqlitePath).waiting();
}

bool Database::isPostgres() const
{
    return m_url.kind == DatabaseUrl::Kind::Postgres;
}

void Database::setConnectionParameters(QSqlDatabase& db) const
{
    if (isPostgres()) {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=%1").arg(m_url.connectTimeoutSecs));
    } else {
        db.setDatabaseName(m_url.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
}

core::Result<QSqlDatabase> Database::connection()
{
    if (t_openWrite.database == this) {
        return t_openWrite.writer;
    }
    const QString name = m_prefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() || db.open()) {
            return db;
        }
        return core::Error{QStringLiteral("db_unavailable"), db.lastError().text(), {}};
    }
    return openNamed(name);
}

core::Result<QSqlDatabase> Database::openNamed(const QString& name)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker lock(&m_mutex);
        m_names.append(name);
    }
    setConnectionParameters(db);
    if (!db.open()) {
        qCWarning(lcSql) << "cannot open" << m_url.redacted() << db.lastError().text();
        return core::Error{QStringLiteral("db_unavailable"), db.lastError().text(), {}};
    }
    if (auto configured = configure(db); !configured.ok()) {
        db.close();
        return configured.error();
    }
    return db;
}

core::Result<void> Database::configure(QSqlDatabase& db) const
{
    QStringList statements;
    if (isPostgres()) {
        statements << QStringLiteral("SET client_min_messages TO WARNING");
        if (!m_url.schema.isEmpty()) {
            statements << QStringLiteral("SET search_path TO \"%1\"").arg(m_url.schema); // validated identifier
        }
    } else {
        // No mmap: SQLite unmaps a connection's whole mapping whenever another connection has committed since its
        // last transaction (munmap, a TLB shootdown on every CPU, page faults to map it again), which under
        // concurrent writes cost more than the pread()s it saves. Checkpoints run in the background
        // (WalCheckpointer); writes share one connection whose page cache stays warm (Database::write).
        statements << QStringLiteral("PRAGMA journal_mode=WAL") << QStringLiteral("PRAGMA foreign_keys=ON")
                   << QStringLiteral("PRAGMA synchronous=NORMAL") << QStringLiteral("PRAGMA mmap_size=0")
                   << QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kWalAutoCheckpointPages);
    }
    for (const QString& sql : std::as_const(statements)) {
        if (auto done = Sql::exec(db, sql); !done.ok()) {
            return done.error();
        }
    }
    return {};
}

void Database::afterCommit(std::function<void()> action)
{
    if (t_openWrite.depth == 0) {
        action();
        return;
    }
    t_openWrite.afterCommit.append(std::move(action));
}

core::Result<void> Database::write(const Work& work)
{
    WriteScope scope;
    if (!isPostgres()) {
        const core::Result<void> finished = [&]() -> core::Result<void> {
            WriterTurn turn(writerQueue(m_url.sqlitePath));
            if (!turn.held()) {
                return core::Error{QStringLiteral("sql"), QStringLiteral("nested write transaction"), {}};
            }
            auto connection = writerConnection();
            if (!connection.ok()) {
                return connection.error();
            }
            QSqlDatabase db = connection.value();
            if (auto begun = Sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begun.ok()) {
                return begun.error();
            }
            t_openWrite.database = this;
            t_openWrite.writer = db;
            core::Result<void> result = finishSqlite(db, work(db));
            t_openWrite.database = nullptr;
            t_openWrite.writer = QSqlDatabase();
            return result;
        }();
        if (finished.ok()) {
            m_checkpointer->committed();
            WriteScope::committed(); // the writer turn is already passed on
        }
        return finished;
    }
    auto connection = this->connection();
    if (!connection.ok()) {
        return connection.error();
    }
    QSqlDatabase db = connection.value();
    if (!db.transaction()) {
        return core::Error{QStringLiteral("sql"), db.lastError().text(), {}};
    }
    core::Result<void> result = work(db);
    if (!result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return core::Error{QStringLiteral("sql"), message, {}};
    }
    WriteScope::committed();
    return {};
}

core::Result<QSqlDatabase> Database::writerConnection()
{
    if (m_writer.isValid()) {
        if (m_writer.isOpen() || m_writer.open()) {
            return m_writer;
        }
        return core::Error{QStringLiteral("db_unavailable"), m_writer.lastError().text(), {}};
    }
    // Opened by open() and then used by every writing thread in turn: QtSql ties a connection to
    // its thread only for QSqlDatabase::database(), which is never called for this one; SQLite connections may
    // move between threads (serialized threading mode), and the writer turn keeps them from being used at once.
    auto opened = openNamed(m_prefix + QStringLiteral("-writer"));
    if (opened.ok()) {
        m_writer = opened.value();
    }
    return opened;
}

core::Result<void> Database::read(const Work& work)
{
    auto connection = this->connection();
    if (!connection.ok()) {
        return connection.error();
    }
    return work(connection.value());
}

} // namespace gatehouse::engine
