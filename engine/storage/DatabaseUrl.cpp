#include "engine/storage/DatabaseUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace gatehouse::engine {

namespace {

core::Result<DatabaseUrl> parsePostgres(const QString& option)
{
    const QUrl url(option, QUrl::StrictMode);
    DatabaseUrl db;
    db.kind = DatabaseUrl::Kind::Postgres;
    db.host = url.host();
    db.port = url.port(5432);
    db.user = url.userName(QUrl::FullyDecoded);
    db.password = url.password(QUrl::FullyDecoded);
    db.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    db.schema = query.queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("connect_timeout"))) {
        db.connectTimeoutSecs = query.queryItemValue(QStringLiteral("connect_timeout")).toInt();
    }
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!url.isValid() || db.host.isEmpty() || db.database.isEmpty()) {
        return core::Error{
            QStringLiteral("bad_db_url"), QStringLiteral("expected postgresql://user:password@host:port/database"), {}};
    }
    if (!db.schema.isEmpty() && !identifier.match(db.schema).hasMatch()) {
        return core::Error{QStringLiteral("bad_db_url"), QStringLiteral("schema must match [a-z_][a-z0-9_]*"), {}};
    }
    return db;
}

} // namespace

core::Result<DatabaseUrl> DatabaseUrl::parse(const QString& option, const QString& dataDir)
{
    if (option.startsWith(QStringLiteral("postgresql://")) || option.startsWith(QStringLiteral("postgres://"))) {
        return parsePostgres(option);
    }
    DatabaseUrl db;
    QString path = option;
    if (path.startsWith(QStringLiteral("sqlite:"))) {
        path = path.mid(7);
    }
    if (path.isEmpty()) {
        path = QDir(dataDir).filePath(QStringLiteral("gatehouse.db"));
    }
    db.sqlitePath = QDir::cleanPath(QDir(dataDir).absoluteFilePath(path));
    return db;
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite) {
        return QStringLiteral("sqlite:") + sqlitePath;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4%5")
        .arg(user, host)
        .arg(port)
        .arg(database, schema.isEmpty() ? QString() : QStringLiteral("?schema=") + schema);
}

} // namespace gatehouse::engine
