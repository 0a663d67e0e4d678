#include "engine/api/OrganizationStore.h"

#include "engine/api/DirectoryStore.h"
#include "engine/api/Timestamps.h"
#include "engine/http/JsonWriter.h"
#include "engine/storage/Sql.h"

#include <QHash>
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

QMap<QString, QString> parseMetadata(const QString& text)
{
    QMap<QString, QString> out;
    const QJsonObject metadata = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

QMap<QString, bool> parseFeatures(const QString& text)
{
    QMap<QString, bool> out = Organization().features; // the defaults, overridden by what is stored
    const QJsonObject features = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = features.begin(); it != features.end(); ++it) {
        out.insert(it.key(), it.value().toBool());
    }
    return out;
}

// The metadata and features columns hold a few distinct JSON texts ("{}", the four feature combinations) over
// thousands of rows: a list parses each text once per thread and shares the (implicitly shared) maps. Bounded:
// emptied when it reaches kMaxCachedTexts entries.
template <typename Map> class ParsedColumnCache
{
public:
    Map get(const QString& text, Map (*parse)(const QString&))
    {
        const auto found = m_parsed.constFind(text);
        if (found != m_parsed.cend()) {
            return found.value();
        }
        if (m_parsed.size() >= kMaxCachedTexts) {
            m_parsed.clear();
        }
        Map parsed = parse(text);
        if (text.size() <= kMaxCachedTextSize) {
            m_parsed.insert(text, parsed);
        }
        return parsed;
    }

private:
    static constexpr qsizetype kMaxCachedTexts = 256;
    static constexpr qsizetype kMaxCachedTextSize = 512;
    QHash<QString, Map> m_parsed;
};

Organization fromRow(const QSqlQuery& q)
{
    thread_local ParsedColumnCache<QMap<QString, QString>> metadataCache;
    thread_local ParsedColumnCache<QMap<QString, bool>> featuresCache;
    Organization org;
    org.id = q.value(0).toString();
    org.displayName = q.value(1).toString();
    org.externalId = q.value(2).toString();
    org.regionCode = q.value(3).toString();
    org.metadata = metadataCache.get(q.value(4).toString(), parseMetadata);
    org.slug = q.value(5).toString();
    org.logoUrl = q.value(6).toString();
    org.features = featuresCache.get(q.value(7).toString(), parseFeatures);
    org.createdAt = q.value(8).toLongLong();
    org.updatedAt = q.value(9).toLongLong();
    return org;
}

bool hasSurrogate(const QString& text)
{
    for (const QChar c : text) {
        if (c.isSurrogate()) {
            return true;
        }
    }
    return false;
}

// organization_totals (migration 0017) in the caller's write transaction: the list's total_size.
core::Result<void> adjustTotal(const QSqlDatabase& db, int delta)
{
    auto done =
        Sql::execOne(db,
                     delta > 0 ? QStringLiteral("UPDATE organization_totals SET total = total + 1 WHERE id = 1")
                               : QStringLiteral("UPDATE organization_totals SET total = total - 1 WHERE id = 1"),
                     {});
    if (!done.ok()) {
        return core::Error{QStringLiteral("sql"),
                           QStringLiteral("organization_totals: %1").arg(done.error().message),
                           done.error().detail};
    }
    return {};
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

void Organization::writeJson(JsonWriter& out) const
{
    // Keys in QJsonObject's order (sorted), so that the bytes equal those of toJson().
    out.beginObject();
    char time[Timestamps::kRfc3339BufferSize] = {};
    out.key(QLatin1StringView("create_time"));
    out.value(QLatin1StringView(time, Timestamps::rfc3339(createdAt, time)));
    out.key(QLatin1StringView("display_name"));
    out.value(QStringView(displayName));
    if (!externalId.isEmpty()) {
        out.key(QLatin1StringView("external_id"));
        out.value(QStringView(externalId));
    }
    out.key(QLatin1StringView("id"));
    out.value(QStringView(id));
    if (!logoUrl.isEmpty()) {
        out.key(QLatin1StringView("logo_url"));
        out.value(QStringView(logoUrl));
    }
    out.key(QLatin1StringView("metadata"));
    bool metadataInUtf16Order = true; // QMap orders by UTF-16 code unit, QJsonObject by code point
    for (auto it = metadata.begin(); it != metadata.end() && metadataInUtf16Order; ++it) {
        metadataInUtf16Order = !hasSurrogate(it.key());
    }
    if (metadataInUtf16Order) {
        out.beginObject();
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            out.key(QStringView(it.key()));
            out.value(QStringView(it.value()));
        }
        out.endObject();
    } else {
        out.rawValue(QJsonDocument(metadataJson(metadata)).toJson(QJsonDocument::Compact));
    }
    out.key(QLatin1StringView("region_code"));
    out.value(QStringView(regionCode));
    out.key(QLatin1StringView("settings"));
    out.beginObject();
    out.key(QLatin1StringView("features"));
    out.beginArray();
    for (auto it = features.begin(); it != features.end(); ++it) {
        out.beginObject();
        out.key(QLatin1StringView("enabled"));
        out.value(it.value());
        out.key(QLatin1StringView("name"));
        out.value(QStringView(it.key()));
        out.endObject();
    }
    out.endArray();
    out.endObject();
    if (!slug.isEmpty()) {
        out.key(QLatin1StringView("slug"));
        out.value(QStringView(slug));
    }
    out.key(QLatin1StringView("update_time"));
    out.value(QLatin1StringView(time, Timestamps::rfc3339(updatedAt, time)));
    out.endObject();
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
    if (!done.ok()) {
        return mapWriteError(done.error());
    }
    return adjustTotal(db, +1);
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
    DirectoryStore::credentialsChanged(); // its directories and their secrets go with it
    if (auto removed = Sql::execOne(db, QStringLiteral("DELETE FROM organizations WHERE id = ?"), {id});
        !removed.ok()) {
        return removed;
    }
    return adjustTotal(db, -1);
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
    // The cursor's seq is our own integer: inlined, so that without an external_id the statement has no binds
    // and runs unprepared (one round trip on PostgreSQL, where QPSQL's prepare costs PREPARE, EXECUTE and
    // DEALLOCATE).
    const QString keyset =
        ApiSupport::keysetFilter(cursor, QStringLiteral("seq")).replace(u'?', QString::number(cursor.seq));
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM organizations WHERE 1 = 1") + keyset
                           + filter + ApiSupport::keysetOrder(cursor, QStringLiteral("seq"), pageSize),
                       externalId.isEmpty() ? QVariantList() : QVariantList{externalId});
    if (!q.ok()) {
        return q.error();
    }
    Page page;
    page.items.reserve(pageSize + 1);
    while (q.value().next()) {
        page.items.append(fromRow(q.value()));
    }
    page.more = ApiSupport::trimKeysetRows(page.items, cursor, pageSize);
    // All organizations: the row OrganizationStore::insert / remove keep (migration 0017), not a scan of the table.
    auto count =
        externalId.isEmpty()
            ? Sql::exec(db, QStringLiteral("SELECT total FROM organization_totals WHERE id = 1"))
            : Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM organizations WHERE external_id = ?"), {externalId});
    if (!count.ok()) {
        return count.error();
    }
    page.total = count.value().next() ? count.value().value(0).toLongLong() : 0;
    return page;
}

} // namespace gatehouse::engine
