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

core::Result<bool> SpKeyStore::loadExisting()
{
    bool found = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT id, certificate_pem, private_key_enc FROM saml_sp_keys "
                                          "WHERE status = 'active' ORDER BY created_at, id LIMIT 1"));
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next()) {
            return {};
        }
        const QString id = q.value().value(0).toString();
        auto key = m_context.box->open(q.value().value(2).toByteArray(), id.toUtf8());
        if (!key.ok()) {
            return core::Error{QStringLiteral("key_unreadable"),
                               QStringLiteral("SAML SP key %1 cannot be decrypted (wrong master key?)").arg(id),
                               {}};
        }
        m_cached = KeyPair{id, q.value().value(1).toByteArray(), key.value()};
        found = true;
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    return found;
}

core::Result<SpKeyStore::KeyPair> SpKeyStore::active()
{
    QMutexLocker lock(&m_mutex);
    if (!m_cached.id.isEmpty()) {
        return m_cached;
    }
    auto existing = loadExisting();
    if (!existing.ok()) {
        return existing.error();
    }
    if (existing.value()) {
        return m_cached;
    }
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
        auto inserted =
            Sql::exec(db,
                      QStringLiteral("INSERT INTO saml_sp_keys (id, certificate_pem, private_key_enc, status, "
                                     "created_at, not_after) VALUES (?, ?, ?, 'active', ?, ?)"),
                      {id,
                       QString::fromLatin1(pair.value().certificatePem),
                       QString::fromLatin1(sealed.value()),
                       now.toMSecsSinceEpoch(),
                       now.addYears(10).toMSecsSinceEpoch()});
        return inserted.ok() ? core::Result<void>() : core::Result<void>(inserted.error());
    });
    if (!written.ok()) {
        return written.error();
    }
    qCInfo(lcLogin) << "created SAML SP key" << id;
    // Another instance may have created one at the same moment: everyone uses the oldest.
    auto reloaded = loadExisting();
    if (!reloaded.ok()) {
        return reloaded.error();
    }
    return m_cached;
}

} // namespace gatehouse::engine
