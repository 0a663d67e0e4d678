#include "engine/storage/Migrator.h"

#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace gatehouse::engine {

namespace {

constexpr qint64 kAdvisoryLockKey = 0x6761746568; // "gateh"

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(u'\n')) {
        if (line.trimmed().startsWith(QStringLiteral("--"))) {
            continue;
        }
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements << current.trimmed();
    }
    return statements;
}

} // namespace

Migrator::Migrator(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/gatehouse/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        QFile f(dir.filePath(file));
        if (!match.hasMatch() || !f.open(QIODevice::ReadOnly)) {
            continue;
        }
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return migrations;
}

int Migrator::latestVersion()
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

QString Migrator::lastBackupPath() const
{
    return m_backupPath;
}

core::Result<int> Migrator::currentVersion()
{
    auto connection = m_db.connection();
    if (!connection.ok()) {
        return connection.error();
    }
    const QSqlDatabase db = connection.value();
    auto created =
        Sql::exec(db,
                  QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                 "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
    if (!created.ok()) {
        return created.error();
    }
    auto query = Sql::exec(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!query.ok()) {
        return query.error();
    }
    QSqlQuery& q = query.value();
    return q.next() ? q.value(0).toInt() : 0;
}

core::Result<int> Migrator::migrate(const Step& thenUnderLock)
{
    if (!m_db.isPostgres()) {
        return migrateLocked(thenUnderLock);
    }
    auto connection = m_db.connection();
    if (!connection.ok()) {
        return connection.error();
    }
    const QSqlDatabase db = connection.value();
    if (auto locked = Sql::exec(db, QStringLiteral("SELECT pg_advisory_lock(?)"), {kAdvisoryLockKey}); !locked.ok()) {
        return locked.error();
    }
    core::Result<int> result = migrateLocked(thenUnderLock);
    (void)Sql::exec(db, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kAdvisoryLockKey});
    return result;
}

core::Result<int> Migrator::migrateLocked(const Step& thenUnderLock)
{
    auto current = currentVersion();
    if (!current.ok()) {
        return current.error();
    }
    const int from = current.value();
    const int latest = latestVersion();
    if (from > latest) {
        return core::Error{QStringLiteral("schema_too_new"),
                           QStringLiteral("database schema version %1 is newer than this engine supports (%2); "
                                          "upgrade the engine")
                               .arg(from)
                               .arg(latest),
                           {}};
    }
    // Every migration not yet recorded is applied, in version order — not only those above the highest
    // recorded one: versions developed in parallel may land in any order (e.g. 7 before 5).
    QSet<int> applied;
    auto recorded = m_db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db, QStringLiteral("SELECT version FROM schema_migrations"));
        if (!q.ok()) {
            return q.error();
        }
        while (q.value().next()) {
            applied.insert(q.value().value(0).toInt());
        }
        return {};
    });
    if (!recorded.ok()) {
        return recorded.error();
    }
    QList<Migration> pending;
    for (const Migration& migration : available()) {
        if (!applied.contains(migration.version)) {
            pending.append(migration);
        }
    }
    if (!pending.isEmpty() && !m_db.isPostgres() && from > 0) {
        if (auto backedUp = backupSqlite(from); !backedUp.ok()) {
            return backedUp.error();
        }
    }
    for (const Migration& migration : std::as_const(pending)) {
        if (auto applied = apply(migration); !applied.ok()) {
            return applied.error();
        }
        qCInfo(lcSql) << "applied migration" << migration.version << migration.name;
    }
    if (thenUnderLock) {
        if (auto done = thenUnderLock(); !done.ok()) {
            return done.error();
        }
    }
    return latest;
}

core::Result<void> Migrator::backupSqlite(int fromVersion)
{
    const QString stamp = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_backupPath = QStringLiteral("%1.v%2-%3.bak").arg(m_db.url().sqlitePath).arg(fromVersion).arg(stamp);
    auto connection = m_db.connection();
    if (!connection.ok()) {
        return connection.error();
    }
    QString quoted = m_backupPath;
    quoted.replace(u'\'', QStringLiteral("''"));
    auto done = Sql::exec(connection.value(), QStringLiteral("VACUUM INTO '%1'").arg(quoted));
    if (!done.ok()) {
        return done.error();
    }
    QFile::setPermissions(m_backupPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcSql) << "backed up database to" << m_backupPath;
    return {};
}

core::Result<void> Migrator::apply(const Migration& migration)
{
    return m_db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        for (const QString& statement : splitStatements(migration.sql)) {
            if (auto done = Sql::exec(db, statement); !done.ok()) {
                return done.error();
            }
        }
        return Sql::exec(db,
                         QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                         {migration.version, migration.name, m_clock.now().toMSecsSinceEpoch()})
                       .ok()
                   ? core::Result<void>()
                   : core::Result<void>::failure(QStringLiteral("sql"), QStringLiteral("cannot record migration"));
    });
}

} // namespace gatehouse::engine
