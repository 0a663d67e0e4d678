#pragma once

#include "core/util/Result.h"
#include "engine/api/ApiSupport.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gatehouse::engine {

class JsonWriter;

struct Organization
{
    QString id;
    QString displayName;
    QString externalId; // empty: none
    QString regionCode = QStringLiteral("US");
    QMap<QString, QString> metadata;
    QString slug;
    QString logoUrl;
    QMap<QString, bool> features{{QStringLiteral("sso"), false}, {QStringLiteral("dir_sync"), false}};
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // The reference's Organization message, snake_case.
    QJsonObject toJson() const;
    // The same JSON written straight into a list's writer (the bytes of QJsonDocument(toJson()), Compact).
    void writeJson(JsonWriter& out) const;
};

// SQL for organizations. Errors: "already_exists" (external_id taken), "not_found", "sql".
class OrganizationStore
{
public:
    struct Page
    {
        QList<Organization> items; // ascending seq
        bool more = false;         // more organizations beyond the page in the direction of travel
        qint64 total = 0;
    };

    static core::Result<void> insert(const QSqlDatabase& db, const Organization& org);
    static core::Result<void> update(const QSqlDatabase& db, const Organization& org);
    static core::Result<void> remove(const QSqlDatabase& db, const QString& id);
    static core::Result<std::optional<Organization>>
    find(const QSqlDatabase& db, const QString& column, const QString& value);
    static core::Result<Page>
    list(const QSqlDatabase& db, const PageCursor& cursor, int pageSize, const QString& externalId);
};

} // namespace gatehouse::engine
