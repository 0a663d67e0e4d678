#include "engine/storage/Database.h"

#include "engine/storage/Sql.h"

#include <QAtomicInteger>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace gatehouse::engine {

namespace {
QAtomicInteger<int> g_instances;
} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_prefix(QStringLiteral("gatehouse-db-%1").arg(g_instances.fetchAndAddRelaxed(1)))
{}

core::Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url)
{
    std::unique_ptr<Database> db(new Database(url));
    auto connection = db->connection();
    if (!connection.ok()) {
        return connection.error();
    }
    if (!db->isPostgres()) {
        // Hashes and encrypted keys live here: owner only (SQLite gives -wal/-shm the same mode).
        QFile::setPermissions(url.sqlitePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return db;
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    const QString own = m_prefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    for (const QString& name : std::as_const(m_names)) {
        if (name == own) { // other threads' connections (HTTP workers) cannot be fetched here: removing them
            QSqlDatabase db = QSqlDatabase::database(name, false); // deletes their driver, which closes them
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

const DatabaseUrl& Database::url() const
{
    return m_url;
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
    const QString name = m_prefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() || db.open()) {
            return db;
        }
        return core::Error{QStringLiteral("db_unavailable"), db.lastError().text(), {}};
    }
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
        statements << QStringLiteral("PRAGMA journal_mode=WAL") << QStringLiteral("PRAGMA foreign_keys=ON")
                   << QStringLiteral("PRAGMA synchronous=NORMAL");
    }
    for (const QString& sql : std::as_const(statements)) {
        if (auto done = Sql::exec(db, sql); !done.ok()) {
            return done.error();
        }
    }
    return {};
}

core::Result<void> Database::write(const Work& work)
{
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
    return {};
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
