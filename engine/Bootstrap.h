#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace gatehouse::engine {

struct EngineContext;

// First start: the environment (env_…, development or production), an RS256 signing key (snk_…) and
// the admin API client (skc_…). The admin secret is random, stored only as a peppered hash, and handed
// out once by revealAdminCredentials() (`gatehouse-engine bootstrap --print-credentials`).
class Bootstrap
{
public:
    struct Credentials
    {
        QString environmentId;
        QString environmentUrl;
        QString clientId;
        QString clientSecret;
    };

    explicit Bootstrap(EngineContext& context);

    // Creates what is missing; returns the environment id.
    core::Result<QString> ensure(const QString& environmentType);
    // A new admin secret, once; again only with rotate (the previous secret then stops working).
    core::Result<Credentials> revealAdminCredentials(bool rotate);

private:
    core::Result<void> createAll(const QSqlDatabase& db, const QString& environmentType, QString& environmentId);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
