#pragma once

// Set-up shared by the engine suites that test what another caller may do (organization API clients, admin-portal
// sessions): an engine with the organization under test and another one for isolation checks, and requests with a
// bearer token other than the harness's own. Header-only, like the other test support.

#include "../engine/EngineHarness.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace gatehouse::engine::test {

// POST /api/v1/organizations; the new id, or empty (with a warning).
inline QString createOrganization(EngineHarness& h, const QString& name)
{
    const QJsonObject body{{QStringLiteral("display_name"), name}};
    const HttpReply r = h.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(body).toJson());
    if (r.status != 201) {
        qWarning("create organization %s: %d %s", qPrintable(name), r.status, r.body.constData());
        return {};
    }
    return r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
}

// Starts the harness and creates the two organizations; false (with the reason in h.lastError() or a warning)
// when anything failed.
inline bool startWithTwoOrganizations(EngineHarness& h,
                                      const QString& name,
                                      const QString& otherName,
                                      QString& org,
                                      QString& other)
{
    if (!h.start()) {
        return false;
    }
    org = createOrganization(h, name);
    other = createOrganization(h, otherName);
    return !org.isEmpty() && !other.isEmpty();
}

// A request with `token` as the bearer token (an organization client's token, a portal session), JSON body.
inline HttpReply withBearer(EngineHarness& h,
                            const QString& token,
                            const QByteArray& method,
                            const QString& path,
                            const QByteArray& body = {})
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toLatin1()}};
    if (!body.isEmpty()) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    return h.request(method, path, body, headers);
}

} // namespace gatehouse::engine::test
