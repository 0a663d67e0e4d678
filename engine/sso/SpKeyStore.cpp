#include "engine/sso/SpKeyStore.h"

#include "engine/EngineContext.h"
#include "engine/crypto/SecretBox.h"
#include "engine/crypto/SelfSignedCertificate.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLogin)

namespace gatehouse::engine {

SpKeyStore::SpKeyStore(EngineContext& context)
    : m_context(context)
{}

core::Result<std::optional<SpKeyStore::KeyPair>> SpKeyStore::load(const QString& status)
{
    std::optional<KeyPair> found;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT id, certificate_pem, private_key_enc FROM saml_sp_keys "
                                          "WHERE status = ? ORDER BY created_at, id LIMIT 1"),
                           {status});
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next()) {
            return {};
        }
        const QString id = q.value().value(0).toString();
        QMutexLocker lock(&m_mutex);
        if (m_cached.id == id) {
            found = m_cached;
            return {};
        }
        auto key = m_context.box->open(q.value().value(2).toByteArray(), id.toUtf8());
        if (!key.ok()) {
            return core::Error{QStringLiteral("key_unreadable"),
                               QStringLiteral("SAML SP key %1 cannot be decrypted (wrong master key?)").arg(id),
                               {}};
        }
        m_cached = KeyPair{id, q.value().value(1).toByteArray(), key.value()};
        found = m_cached;
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    return found;
}

core::Result<SpKeyStore::KeyPair> SpKeyStore::generate(const QString& status)
{
    const QDateTime now = m_context.clock.now();
    auto pair = SelfSignedCertificate::generate(
        QStringLiteral("Gatehouse SAML SP ") + m_context.environmentId, now.addDays(-1), now.addYears(10));
    if (!pair.ok()) {
        return pair.error();
    }
    const QString id = m_context.ids.next(u"cer");
    auto sealed = m_context.box->seal(pair.value().privateKeyPem, id.toUtf8());
    if (!sealed.ok()) {
        return sealed.error();
    }
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (status != QStringLiteral("active")) {
            // One rotation at a time: refuse a second 'next' key (checked in the same transaction).
            auto q = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM saml_sp_keys WHERE status = ?"), {status});
            if (!q.ok()) {
                return q.error();
            }
            if (q.value().next() && q.value().value(0).toInt() > 0) {
                return core::Result<void>::failure(QStringLiteral("failed_precondition"),
                                                   QStringLiteral("an SP key rotation is already under way; "
                                                                  "complete it first"));
            }
        }
        auto inserted =
            Sql::exec(db,
                      QStringLiteral("INSERT INTO saml_sp_keys (id, certificate_pem, private_key_enc, status, "
                                     "created_at, not_after) VALUES (?, ?, ?, ?, ?, ?)"),
                      {id,
                       QString::fromLatin1(pair.value().certificatePem),
                       QString::fromLatin1(sealed.value()),
                       status,
                       now.toMSecsSinceEpoch(),
                       now.addYears(10).toMSecsSinceEpoch()});
        return inserted.ok() ? core::Result<void>() : core::Result<void>(inserted.error());
    });
    if (!written.ok()) {
        return written.error();
    }
    qCInfo(lcLogin) << "created SAML SP key" << id << "as" << status;
    return KeyPair{id, pair.value().certificatePem, pair.value().privateKeyPem};
}

core::Result<SpKeyStore::KeyPair> SpKeyStore::active()
{
    auto existing = load(QStringLiteral("active"));
    if (!existing.ok()) {
        return existing.error();
    }
    if (existing.value()) {
        return *existing.value();
    }
    if (auto created = generate(QStringLiteral("active")); !created.ok()) {
        return created.error();
    }
    // Another instance may have created one at the same moment: everyone uses the oldest.
    auto reloaded = load(QStringLiteral("active"));
    if (!reloaded.ok()) {
        return reloaded.error();
    }
    if (!reloaded.value()) {
        return core::Error{QStringLiteral("key_unreadable"), QStringLiteral("no active SAML SP key"), {}};
    }
    return *reloaded.value();
}

core::Result<std::optional<SpKeyStore::KeyPair>> SpKeyStore::previous()
{
    return load(QStringLiteral("previous"));
}

core::Result<QList<SpKeyStore::KeyInfo>> SpKeyStore::list()
{
    QList<KeyInfo> out;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT id, status, certificate_pem, created_at, not_after, retired_at "
                                          "FROM saml_sp_keys ORDER BY created_at, id"));
        if (!q.ok()) {
            return q.error();
        }
        while (q.value().next()) {
            out.append({q.value().value(0).toString(),
                        q.value().value(1).toString(),
                        q.value().value(2).toByteArray(),
                        q.value().value(3).toLongLong(),
                        q.value().value(4).toLongLong(),
                        q.value().value(5).isNull() ? 0 : q.value().value(5).toLongLong()});
        }
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    return out;
}

core::Result<QList<QByteArray>> SpKeyStore::upcomingCertificates()
{
    auto all = list();
    if (!all.ok()) {
        return all.error();
    }
    QList<QByteArray> out;
    for (const KeyInfo& key : std::as_const(all.value())) {
        if (key.status == QStringLiteral("next")) {
            out.append(key.certificatePem);
        }
    }
    return out;
}

core::Result<SpKeyStore::KeyInfo> SpKeyStore::startRotation()
{
    if (auto current = active(); !current.ok()) { // a rotation needs something to rotate from
        return current.error();
    }
    auto created = generate(QStringLiteral("next"));
    if (!created.ok()) {
        return created.error();
    }
    auto all = list();
    if (all.ok()) {
        for (const KeyInfo& key : std::as_const(all.value())) {
            if (key.id == created.value().id) {
                return key;
            }
        }
    }
    return KeyInfo{created.value().id, QStringLiteral("next"), created.value().certificatePem, 0, 0, 0};
}

core::Result<void> SpKeyStore::completeRotation()
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    return m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto next = Sql::exec(db,
                              QStringLiteral("SELECT id FROM saml_sp_keys WHERE status = 'next' "
                                             "ORDER BY created_at, id LIMIT 1"));
        if (!next.ok()) {
            return next.error();
        }
        if (!next.value().next()) {
            return core::Result<void>::failure(QStringLiteral("failed_precondition"),
                                               QStringLiteral("no SP key rotation is under way; start one first"));
        }
        const QString nextId = next.value().value(0).toString();
        for (const auto& [sql, args] : QList<QPair<QString, QVariantList>>{
                 {QStringLiteral(
                      "UPDATE saml_sp_keys SET status = 'retired', retired_at = ? WHERE status = 'previous'"),
                  {now}},
                 {QStringLiteral("UPDATE saml_sp_keys SET status = 'previous' WHERE status = 'active'"), {}},
                 {QStringLiteral("UPDATE saml_sp_keys SET status = 'active' WHERE id = ? AND status = 'next'"),
                  {nextId}}}) {
            if (auto done = Sql::exec(db, sql, args); !done.ok()) {
                return done.error();
            }
        }
        qCInfo(lcLogin) << "SAML SP key" << nextId << "is now active";
        return {};
    });
}

core::Result<void> SpKeyStore::retirePrevious()
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    return m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto done = Sql::exec(db,
                              QStringLiteral("UPDATE saml_sp_keys SET status = 'retired', retired_at = ? "
                                             "WHERE status = 'previous'"),
                              {now});
        if (!done.ok()) {
            return done.error();
        }
        if (done.value().numRowsAffected() == 0) {
            return core::Result<void>::failure(QStringLiteral("failed_precondition"),
                                               QStringLiteral("there is no previous SP key to retire"));
        }
        return {};
    });
}

} // namespace gatehouse::engine
