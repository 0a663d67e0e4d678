#include "engine/Bootstrap.h"

#include "engine/EngineContext.h"
#include "engine/auth/KeyRing.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBootstrap, "gatehouse.engine.bootstrap")

namespace gatehouse::engine {

Bootstrap::Bootstrap(EngineContext& context)
    : m_context(context)
{}

core::Result<QString> Bootstrap::ensure(const QString& environmentType)
{
    QString environmentId;
    auto done = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db, QStringLiteral("SELECT id FROM environments ORDER BY id LIMIT 1"));
        if (!q.ok()) {
            return q.error();
        }
        if (q.value().next()) {
            environmentId = q.value().value(0).toString();
            return {};
        }
        return createAll(db, environmentType, environmentId);
    });
    if (!done.ok()) {
        return done.error();
    }
    return environmentId;
}

core::Result<void> Bootstrap::createAll(const QSqlDatabase& db, const QString& environmentType, QString& environmentId)
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    environmentId = m_context.ids.next(u"env");
    if (auto env = Sql::exec(db,
                             QStringLiteral("INSERT INTO environments (id, type, created_at) VALUES (?, ?, ?)"),
                             {environmentId, environmentType, now});
        !env.ok()) {
        return env.error();
    }
    if (auto key = m_context.keys.create(db, m_context.ids.next(u"snk"), now); !key.ok()) {
        return key.error();
    }
    const QString clientId = m_context.ids.next(u"skc");
    auto client = Sql::exec(db,
                            QStringLiteral("INSERT INTO api_clients (id, name, secret_hash, scopes, secret_revealed, "
                                           "created_at) VALUES (?, 'admin', ?, ?, 0, ?)"),
                            {clientId, m_context.hasher.hash(Random::token(32)), QStringLiteral("*"), now});
    if (!client.ok()) {
        return client.error();
    }
    qCInfo(lcBootstrap) << "created environment" << environmentId << "(" << environmentType << ") and admin client"
                        << clientId;
    return {};
}

core::Result<Bootstrap::Credentials> Bootstrap::revealAdminCredentials(bool rotate)
{
    Credentials credentials{m_context.environmentId, m_context.baseUrl, {}, Random::token(32)};
    auto done = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT id, secret_revealed FROM api_clients WHERE name = 'admin' "
                                          "AND revoked_at IS NULL ORDER BY created_at, id LIMIT 1"));
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next()) {
            return core::Error{
                QStringLiteral("no_admin"), QStringLiteral("no admin client; start the engine once"), {}};
        }
        credentials.clientId = q.value().value(0).toString();
        if (q.value().value(1).toInt() != 0 && !rotate) {
            return core::Error{QStringLiteral("already_revealed"),
                               QStringLiteral("the admin credentials were already printed once; use --rotate-secret "
                                              "to issue a new secret (the old one stops working)"),
                               {}};
        }
        return Sql::execOne(db,
                            QStringLiteral("UPDATE api_clients SET secret_hash = ?, secret_revealed = 1 WHERE id = ?"),
                            {m_context.hasher.hash(credentials.clientSecret), credentials.clientId});
    });
    if (!done.ok()) {
        return done.error();
    }
    qCInfo(lcBootstrap) << "issued a new secret for admin client" << credentials.clientId;
    return credentials;
}

} // namespace gatehouse::engine
