#include "engine/sso/MetadataRefresher.h"

#include "core/x509/Certificate.h"
#include "engine/EngineContext.h"
#include "engine/api/AuditLog.h"
#include "engine/api/Timestamps.h"
#include "engine/http/JsonInput.h"
#include "engine/sso/ConnectionSelector.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMetadata, "gatehouse.engine.saml.metadata")

namespace gatehouse::engine {

namespace {

const QString kPending = QStringLiteral("saml_metadata_pending_change");
const QString kUrl = QStringLiteral("idp_metadata_url");
const QString kActor = QStringLiteral("system:saml-metadata");
constexpr int kThresholds[] = {30, 7, 1};
// The fields a metadata document sets (IdpMetadataImport) and a held-back change carries.
const QStringList kMetadataFields{QStringLiteral("idp_entity_id"),
                                  QStringLiteral("idp_sso_url"),
                                  QStringLiteral("idp_sso_request_binding"),
                                  QStringLiteral("idp_certificates"),
                                  QStringLiteral("want_request_signed")};

QString fingerprintOf(const QByteArray& der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

// fingerprint -> the certificate's entry in idp_certificates
QMap<QString, QJsonObject> certificatesOf(const QJsonObject& settings)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue& value : settings.value(QStringLiteral("idp_certificates")).toArray()) {
        auto parsed = core::x509::parsePem(value[QStringLiteral("certificate")].toString().toLatin1());
        if (parsed.ok()) {
            for (const auto& info : parsed.value()) {
                out.insert(fingerprintOf(info.der), value.toObject());
            }
        }
    }
    return out;
}

// Two held-back changes are the same when they would set the same values (certificate entries get new ids).
bool sameChange(const QJsonObject& a, const QJsonObject& b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return false;
    }
    for (const QString& field : {QStringLiteral("idp_entity_id"),
                                 QStringLiteral("idp_sso_url"),
                                 QStringLiteral("idp_sso_request_binding"),
                                 QStringLiteral("want_request_signed"),
                                 QStringLiteral("reasons")}) {
        if (a.value(field) != b.value(field)) {
            return false;
        }
    }
    return certificatesOf(a).keys() == certificatesOf(b).keys();
}

core::Result<bool> development(const QSqlDatabase& db, const QString& environmentId)
{
    return ConnectionStore::isDevelopment(db, environmentId);
}

} // namespace

MetadataRefresher::MetadataRefresher(EngineContext& context, Settings settings, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(settings)
    , m_fetcher(&m_manager)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(); });
}

void MetadataRefresher::startPeriodic()
{
    m_timer.start(std::clamp(m_settings.sweepSecs, 1, 3600) * 1000);
}

qint64
MetadataRefresher::nextRefreshAt(const IdpMetadataImport::Freshness& freshness, qint64 now, const Settings& settings)
{
    qint64 secs = freshness.cacheDurationSecs > 0 ? freshness.cacheDurationSecs : settings.defaultRefreshSecs;
    if (freshness.validUntil.isValid()) {
        secs = std::min(secs, (freshness.validUntil.toMSecsSinceEpoch() - now) / 1000);
    }
    secs = std::max<qint64>(secs, settings.minRefreshSecs);
    return now + secs * 1000;
}

core::Result<void> MetadataRefresher::schedule(const QSqlDatabase& db,
                                               const Connection& connection,
                                               const IdpMetadataImport::Freshness& freshness,
                                               qint64 now,
                                               const Settings& settings)
{
    if (connection.type != QStringLiteral("SAML") || connection.settings.value(kUrl).toString().isEmpty()) {
        auto removed =
            Sql::exec(db, QStringLiteral("DELETE FROM saml_metadata_refresh WHERE connection_id = ?"), {connection.id});
        return removed.ok() ? core::Result<void>() : core::Result<void>(removed.error());
    }
    auto upserted = Sql::exec(db,
                              QStringLiteral("INSERT INTO saml_metadata_refresh (connection_id, next_refresh_at, "
                                             "claimed_until, last_refresh_at) VALUES (?, ?, 0, ?) "
                                             "ON CONFLICT (connection_id) DO UPDATE SET next_refresh_at = "
                                             "excluded.next_refresh_at, claimed_until = 0, last_refresh_at = "
                                             "excluded.last_refresh_at, last_error = NULL"),
                              {connection.id, nextRefreshAt(freshness, now, settings), now});
    return upserted.ok() ? core::Result<void>() : core::Result<void>(upserted.error());
}

core::Result<void> MetadataRefresher::noteCertificateInUse(const QSqlDatabase& db,
                                                           const QString& connectionId,
                                                           const QByteArray& certificateDer)
{
    if (certificateDer.isEmpty()) {
        return {};
    }
    const QString fingerprint = fingerprintOf(certificateDer);
    auto updated = Sql::exec(db,
                             QStringLiteral("UPDATE saml_metadata_refresh SET certificate_in_use = ? WHERE "
                                            "connection_id = ? AND (certificate_in_use IS NULL OR "
                                            "certificate_in_use <> ?)"),
                             {fingerprint, connectionId, fingerprint});
    return updated.ok() ? core::Result<void>() : core::Result<void>(updated.error());
}

bool MetadataRefresher::acceptPending(Connection& connection)
{
    const QJsonObject pending = connection.settings.value(kPending).toObject();
    if (pending.isEmpty()) {
        return false;
    }
    for (const QString& field : kMetadataFields) {
        if (pending.contains(field)) {
            connection.settings.insert(field, pending.value(field));
        }
    }
    connection.settings.remove(kPending);
    return true;
}

void MetadataRefresher::fetch(const QUrl& url, bool developmentEnvironment, Done done)
{
    net::GuardedFetcher::Options options;
    options.allowHttp = developmentEnvironment;
    options.allowPrivateAddresses = developmentEnvironment;
    options.maxBytes = 5LL * 1024 * 1024;
    options.timeoutMs = m_settings.fetchTimeoutMs;
    ++m_inFlight;
    m_fetcher.get(url, options, [this, done](core::Result<QByteArray> result) {
        --m_inFlight;
        done(std::move(result));
    });
}

int MetadataRefresher::sweep()
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QList<QPair<QString, QString>> claimed;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto due = Sql::exec(db,
                             QStringLiteral("SELECT r.connection_id, c.settings FROM saml_metadata_refresh r JOIN "
                                            "connections c ON c.id = r.connection_id WHERE r.next_refresh_at <= ? "
                                            "AND r.claimed_until < ? ORDER BY r.next_refresh_at LIMIT 20"),
                             {now, now});
        if (!due.ok()) {
            return due.error();
        }
        QList<QPair<QString, QString>> candidates;
        while (due.value().next()) {
            const QJsonObject settings = QJsonDocument::fromJson(due.value().value(1).toByteArray()).object();
            candidates.append({due.value().value(0).toString(), settings.value(kUrl).toString()});
        }
        for (const auto& [id, url] : std::as_const(candidates)) {
            auto claim = Sql::exec(db,
                                   QStringLiteral("UPDATE saml_metadata_refresh SET claimed_until = ? WHERE "
                                                  "connection_id = ? AND next_refresh_at <= ? AND claimed_until < ?"),
                                   {now + m_settings.fetchTimeoutMs + 60000, id, now, now});
            if (!claim.ok()) {
                return claim.error();
            }
            if (claim.value().numRowsAffected() == 1) {
                claimed.append({id, url});
            }
        }
        return {};
    });
    if (!written.ok()) {
        qCWarning(lcMetadata) << "metadata sweep failed:" << written.error().message;
        return 0;
    }
    for (const auto& [id, url] : std::as_const(claimed)) {
        refresh(id, url);
    }
    sendExpiryWarnings();
    return static_cast<int>(claimed.size());
}

void MetadataRefresher::signatureFailed(const QString& connectionId)
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QString url;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto claim = Sql::exec(db,
                               QStringLiteral("UPDATE saml_metadata_refresh SET unknown_key_refresh_at = ?, "
                                              "claimed_until = ? WHERE connection_id = ? AND "
                                              "unknown_key_refresh_at <= ? AND claimed_until < ?"),
                               {now,
                                now + m_settings.fetchTimeoutMs + 60000,
                                connectionId,
                                now - qint64(m_settings.unknownKeyRefreshSecs) * 1000,
                                now});
        if (!claim.ok()) {
            return claim.error();
        }
        if (claim.value().numRowsAffected() != 1) {
            return {};
        }
        auto connection = ConnectionSelector::findAnywhere(db, connectionId);
        if (!connection.ok()) {
            return connection.error();
        }
        if (connection.value()) {
            url = connection.value()->settings.value(kUrl).toString();
        }
        return {};
    });
    if (written.ok() && !url.isEmpty()) {
        qCInfo(lcMetadata) << "signature check failed for connection" << connectionId << "- refreshing its metadata";
        refresh(connectionId, url);
    }
}

void MetadataRefresher::refresh(const QString& connectionId, const QString& url)
{
    bool dev = false;
    (void)m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto d = development(db, m_context.environmentId);
        dev = d.ok() && d.value();
        return {};
    });
    fetch(QUrl(url), dev, [this, connectionId, url](core::Result<QByteArray> result) {
        if (!result.ok()) {
            recordFailure(connectionId, result.error().code + QStringLiteral(": ") + result.error().message);
            return;
        }
        applyDocument(connectionId, url, result.value());
    });
}

void MetadataRefresher::recordFailure(const QString& connectionId, const QString& error)
{
    qCWarning(lcMetadata) << "metadata refresh failed for connection" << connectionId << ":" << error;
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    const qint64 retry = qint64(std::min(m_settings.retrySecs, m_settings.defaultRefreshSecs)) * 1000;
    (void)m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto updated = Sql::exec(db,
                                 QStringLiteral("UPDATE saml_metadata_refresh SET last_error = ?, next_refresh_at = ?, "
                                                "claimed_until = 0 WHERE connection_id = ?"),
                                 {error.left(1000), now + retry, connectionId});
        return updated.ok() ? core::Result<void>() : core::Result<void>(updated.error());
    });
}

void MetadataRefresher::applyDocument(const QString& connectionId, const QString& url, const QByteArray& document)
{
    const QDateTime nowTime = m_context.clock.now();
    const qint64 now = nowTime.toMSecsSinceEpoch();
    QString failure;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = ConnectionSelector::findAnywhere(db, connectionId);
        if (!found.ok()) {
            return found.error();
        }
        if (!found.value() || found.value()->settings.value(kUrl).toString() != url) {
            return {}; // deleted or pointed elsewhere meanwhile
        }
        Connection connection = *found.value();
        auto dev = development(db, m_context.environmentId);
        if (!dev.ok()) {
            return dev.error();
        }
        // Read the document as a new import (entity ID free, so that a change of it is seen); an aggregate needs
        // the current entity ID to pick the entity.
        IdpMetadataImport::Freshness freshness;
        QJsonObject next = connection.settings;
        QList<FieldViolation> violations;
        for (bool pinEntity : {false, true}) {
            next = connection.settings;
            next.remove(kPending);
            if (!pinEntity) {
                next.remove(QStringLiteral("idp_entity_id"));
            }
            violations.clear();
            JsonInput in(QJsonObject(), QStringLiteral("saml_config"), &violations);
            IdpMetadataImport::apply(in, kUrl, document, next, dev.value(), nowTime, m_context.ids, &freshness);
            if (violations.isEmpty()) {
                break;
            }
        }
        if (!violations.isEmpty()) {
            failure = violations.first().description;
            return {};
        }
        // Certificates that stay keep their id and create_time.
        const QMap<QString, QJsonObject> before = certificatesOf(connection.settings);
        const QMap<QString, QJsonObject> after = certificatesOf(next);
        QJsonArray certificates;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            certificates.append(before.contains(it.key()) ? before.value(it.key()) : it.value());
        }
        next.insert(QStringLiteral("idp_certificates"), certificates);
        QStringList added;
        QStringList removed;
        for (const QString& fp : after.keys()) {
            if (!before.contains(fp)) {
                added.append(fp);
            }
        }
        for (const QString& fp : before.keys()) {
            if (!after.contains(fp)) {
                removed.append(fp);
            }
        }
        const QString oldEntity = connection.settings.value(QStringLiteral("idp_entity_id")).toString();
        const QString newEntity = next.value(QStringLiteral("idp_entity_id")).toString();
        auto inUse = Sql::exec(db,
                               QStringLiteral("SELECT certificate_in_use FROM saml_metadata_refresh WHERE "
                                              "connection_id = ?"),
                               {connectionId});
        if (!inUse.ok()) {
            return inUse.error();
        }
        const QString certificateInUse = inUse.value().next() ? inUse.value().value(0).toString() : QString();
        QStringList reasons;
        if (!oldEntity.isEmpty() && oldEntity != newEntity) {
            reasons.append(QStringLiteral("entity_id_changed"));
        }
        const bool keepsInUse = certificateInUse.isEmpty() ? (before.isEmpty() || removed.size() < before.size())
                                                           : after.contains(certificateInUse);
        if (!keepsInUse) {
            reasons.append(QStringLiteral("certificate_in_use_removed"));
        }
        bool changed = !added.isEmpty() || !removed.isEmpty() || oldEntity != newEntity;
        for (const QString& field : {QStringLiteral("idp_sso_url"), QStringLiteral("idp_sso_request_binding")}) {
            changed = changed || connection.settings.value(field) != next.value(field);
        }
        auto scheduled = schedule(db, connection, freshness, now, m_settings);
        if (!scheduled.ok()) {
            return scheduled;
        }
        QJsonObject data{{QStringLiteral("metadata_url"), url},
                         {QStringLiteral("idp_entity_id"), oldEntity},
                         {QStringLiteral("new_idp_entity_id"), newEntity},
                         {QStringLiteral("certificates_added"), QJsonArray::fromStringList(added)},
                         {QStringLiteral("certificates_removed"), QJsonArray::fromStringList(removed)}};
        if (!changed) {
            if (!connection.settings.contains(kPending)) {
                return {};
            }
            connection.settings.remove(kPending); // the IdP went back to what is in use
        } else if (!reasons.isEmpty()) {
            QJsonObject pending{{QStringLiteral("detected_time"), Timestamps::rfc3339(now)},
                                {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
                                {QStringLiteral("metadata_url"), url}};
            for (const QString& field : kMetadataFields) {
                if (next.contains(field)) {
                    pending.insert(field, next.value(field));
                }
            }
            if (sameChange(connection.settings.value(kPending).toObject(), pending)) {
                return {}; // already recorded
            }
            connection.settings.insert(kPending, pending);
            data.insert(QStringLiteral("applied"), false);
            data.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
        } else {
            next.remove(kPending);
            connection.settings = next;
            data.insert(QStringLiteral("applied"), true);
        }
        connection.updatedAt = now;
        if (auto updated = ConnectionStore::update(db, connection); !updated.ok()) {
            return updated;
        }
        if (!changed) {
            return {};
        }
        qCInfo(lcMetadata) << "metadata of connection" << connectionId << "changed;"
                           << (reasons.isEmpty() ? "applied" : "held back:") << reasons.join(u',');
        return m_context.audit.record(db,
                                      {QStringLiteral("connection.saml_metadata_changed"),
                                       kActor,
                                       connection.organizationId,
                                       QStringLiteral("Connection"),
                                       connection.id,
                                       data});
    });
    if (!written.ok()) {
        qCWarning(lcMetadata) << "cannot store refreshed metadata of" << connectionId << ":" << written.error().message;
        recordFailure(connectionId, written.error().message);
    } else if (!failure.isEmpty()) {
        recordFailure(connectionId, failure);
    }
}

int MetadataRefresher::sendExpiryWarnings()
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    int sent = 0;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT id, organization_id, settings FROM connections WHERE "
                                          "connection_type = 'SAML' ORDER BY id"));
        if (!q.ok()) {
            return q.error();
        }
        struct Row
        {
            QString id;
            QString org;
            QJsonObject settings;
        };
        QList<Row> rows;
        while (q.value().next()) {
            rows.append({q.value().value(0).toString(),
                         q.value().value(1).toString(),
                         QJsonDocument::fromJson(q.value().value(2).toByteArray()).object()});
        }
        for (const Row& row : std::as_const(rows)) {
            for (const QJsonValue& cert : row.settings.value(QStringLiteral("idp_certificates")).toArray()) {
                auto parsed = core::x509::parsePem(cert[QStringLiteral("certificate")].toString().toLatin1());
                if (!parsed.ok() || parsed.value().isEmpty()) {
                    continue;
                }
                const core::x509::CertificateInfo& info = parsed.value().first();
                const qint64 left = info.notAfter.toMSecsSinceEpoch() - now;
                const QString fp = fingerprintOf(info.der);
                int crossed = 0; // the smallest threshold newly crossed
                for (int days : kThresholds) {
                    if (left > qint64(days) * 86400000) {
                        continue;
                    }
                    auto inserted = Sql::exec(db,
                                              QStringLiteral("INSERT INTO saml_certificate_warnings (connection_id, "
                                                             "fingerprint, threshold_days, sent_at) VALUES (?, ?, ?, "
                                                             "?) ON CONFLICT DO NOTHING"),
                                              {row.id, fp, days, now});
                    if (!inserted.ok()) {
                        return inserted.error();
                    }
                    if (inserted.value().numRowsAffected() == 1) {
                        crossed = days;
                    }
                }
                if (crossed == 0) {
                    continue;
                }
                ++sent;
                auto recorded = m_context.audit.record(
                    db,
                    {QStringLiteral("connection.saml_certificate_expiring"),
                     kActor,
                     row.org,
                     QStringLiteral("Connection"),
                     row.id,
                     {{QStringLiteral("certificate_id"), cert[QStringLiteral("id")].toString()},
                      {QStringLiteral("fingerprint_sha256"), fp},
                      {QStringLiteral("expiry_time"), Timestamps::rfc3339(info.notAfter.toMSecsSinceEpoch())},
                      {QStringLiteral("threshold_days"), crossed},
                      {QStringLiteral("days_remaining"), static_cast<qint64>(std::max<qint64>(left, 0) / 86400000)},
                      {QStringLiteral("subject"), info.subject}}});
                if (!recorded.ok()) {
                    return recorded;
                }
            }
        }
        return {};
    });
    if (!written.ok()) {
        qCWarning(lcMetadata) << "certificate expiry check failed:" << written.error().message;
    }
    return sent;
}

} // namespace gatehouse::engine
