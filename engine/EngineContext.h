#pragma once

#include "core/util/Clock.h"
#include "core/util/IdGenerator.h"

#include <QString>

namespace gatehouse::engine {

class AuditLog;
class Database;
class KeyRing;
class SecretBox;
class SecretHasher;

// What the endpoint classes share; owned by Engine, passed by reference.
struct EngineContext
{
    Database& db;
    const core::Clock& clock;
    core::IdGenerator& ids;
    KeyRing& keys;
    const SecretHasher& hasher;
    AuditLog& audit;
    QString baseUrl; // issuer and prefix of every absolute URL, no trailing slash
    QString environmentId;
    int tokenLifetimeSecs = 3600;
    int scimSecretOverlapSecs = 7 * 24 * 3600; // a regenerated SCIM secret's predecessor stays valid this long
    const SecretBox* box = nullptr;            // at-rest encryption (connection client secrets); set by Engine
    // SSO login flow windows (configurable so that tests run them in seconds).
    int loginLifetimeSecs = 600;            // a login state (authorize → IdP → back)
    int codeLifetimeSecs = 600;             // an authorization code
    int testResultLifetimeSecs = 7 * 86400; // a connection test request and its trace
    int samlClockSkewSecs = 180;            // allowed clock difference with IdPs, both directions
};

} // namespace gatehouse::engine
