#include "engine/api/OrganizationStore.h"

#include "engine/api/Timestamps.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::engine {

namespace {

const QString kColumns =
    QStringLiteral("id, display_name, external_id, region_code, metadata, slug, logo_url, features, "
                   "created_at, updated_at, seq");

QString toJsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject metadataJson(const QMap<QString, QString>& metadata)
{
    QJsonObject out;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject featuresJson(const QMap<QString, bool>& features)
{
    QJsonObject out;
    for (auto it = features.begin(); it != features.end(); ++it) {
        out.insert(it.key(), it.value());
    }
    return out;
}

Organization fromRow(const QSqlQuery& q)
{
    Organization org;
    org.id = q.value(0).toString();
    org.displayName = q.value(1).toString();
    org.externalId = q.value(2).toString();
    org.regionCode = q.value(3).toString();
    const QJsonObject metadata = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        org.metadata.insert(it.key(), it.value().toString());
    }
    org.slug = q.value(5).toString();
    org.logoUrl = q.value(6).toString();
    const QJsonObject features = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
    for (auto it = features.begin(); it != features.end(); ++it) {
        org.features.insert(it.key(), it.value().toBool());
    }
    org.createdAt = q.value(8).toLongLong();
    org.updatedAt = q.value(9).toLongLong();
    return org;
}

core::Error mapWriteError(const core::Error& error)
{
    if (Sql::isUniqueViolation(error)) {
        return core::Error{
            QStringLiteral("already_exists"), QStringLiteral("an organization with this external_id exists"), {}};
    }
    return error;
}

} // namespace

QJsonObject Organization::toJson() const
{
    QJsonArray featureList;
    for (auto it = features.begin(); it != features.end(); ++it) {
        featureList.append(QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("enabled"), it.value()}});
    }
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("create_time"), Timestamps::rfc3339(createdAt)},
                    {QStringLiteral("update_time"), Timestamps::rfc3339(updatedAt)},
                    {QStringLiteral("display_name"), displayName},
                    {QStringLiteral("region_code"), regionCode},
                    {QStringLiteral("metadata"), metadataJson(metadata)},
                    {QStringLiteral("settings"), QJsonObject{{QStringLiteral("features"), featureList}}}};
    if (!externalId.isEmpty()) {
        out.insert(QStringLiteral("external_id"), externalId);
    }
    if (!slug.isEmpty()) {
        out.insert(QStringLiteral("slug"), slug);
    }
    if (!logoUrl.isEmpty()) {
        out.insert(QStringLiteral("logo_url"), logoUrl);
    }
    return out;
}

core::Result<void> OrganizationStore::insert(const QSqlDatabase& db, const Organization& org)
{
    auto done = Sql::exec(db,
                          QStringLiteral("INSERT INTO organizations (") + kColumns
                              + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {org.id,
                           org.displayName,
                           Sql::text(org.externalId),
                           org.regionCode,
                           toJsonText(metadataJson(org.metadata)),
                           Sql::text(org.slug),
                           Sql::text(org.logoUrl),
                           toJsonText(featuresJson(org.features)),
                           org.createdAt,
                           org.updatedAt,
                           Timestamps::idNumber(org.id)});
    return done.ok() ? core::Result<void>() : core::Result<void>(mapWriteError(done.error()));
}

core::Result<void> OrganizationStore::update(const QSqlDatabase& db, const Organization& org)
{
    auto done =
        Sql::execOne(db,
                     QStringLiteral("UPDATE organizations SET display_name = ?, external_id = ?, region_code = ?, "
                                    "metadata = ?, slug = ?, logo_url = ?, features = ?, updated_at = ? WHERE id = ?"),
                     {org.displayName,
                      Sql::text(org.externalId),
                      org.regionCode,
                      toJsonText(metadataJson(org.metadata)),
                      Sql::text(org.slug),
                      Sql::text(org.logoUrl),
                      toJsonText(featuresJson(org.features)),
                      org.updatedAt,
                      org.id});
    return done.ok() ? core::Result<void>() : core::Result<void>(mapWriteError(done.error()));
}

core::Result<void> OrganizationStore::remove(const QSqlDatabase& db, const QString& id)
{
    return Sql::execOne(db, QStringLiteral("DELETE FROM organizations WHERE id = ?"), {id});
}

core::Result<std::optional<Organization>>
OrganizationStore::find(const QSqlDatabase& db, const QString& column, const QString& value)
{
    const QString where =
        column == QStringLiteral("external_id") ? QStringLiteral("external_id") : QStringLiteral("id");
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM organizations WHERE ") + where
                           + QStringLiteral(" = ?"),
                       {value});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Organization>();
    }
    return std::optional<Organization>(fromRow(q.value()));
}

core::Result<OrganizationStore::Page>
OrganizationStore::list(const QSqlDatabase& db, const PageCursor& cursor, int pageSize, const QString& externalId)
{
    const QString filter = externalId.isEmpty() ? QString() : QStringLiteral(" AND external_id = ?");
    QVariantList binds{cursor.seq};
    if (!externalId.isEmpty()) {
        binds << externalId;
    }
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM organizations WHERE 1 = 1")
                           + ApiSupport::keysetFilter(cursor, QStringLiteral("seq")) + filter
                           + ApiSupport::keysetOrder(cursor, QStringLiteral("seq"), pageSize),
                       binds);
    if (!q.ok()) {
        return q.error();
    }
    Page page;
    while (q.value().next()) {
        page.items.append(fromRow(q.value()));
    }
    page.more = ApiSupport::trimKeysetRows(page.items, cursor, pageSize);
    auto count = Sql::exec(db,
                           QStringLiteral("SELECT COUNT(*) FROM organizations WHERE 1 = 1") + filter,
                           externalId.isEmpty() ? QVariantList() : QVariantList{externalId});
    if (!count.ok()) {
        return count.error();
    }
    page.total = count.value().next() ? count.value().value(0).toLongLong() : 0;
    return page;
}

} // namespace gatehouse::engine
