#include "engine/sso/OidcIdToken.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace gatehouse::engine {

namespace {

core::Error invalid(const QString& reason)
{
    return core::Error{QStringLiteral("invalid_id_token"), reason, {}};
}

} // namespace

core::Result<void> OidcIdToken::checkHeader(const QJsonObject& header, const QStringList& algs)
{
    const QString alg = header.value(QStringLiteral("alg")).toString();
    if (alg.isEmpty() || alg.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0) {
        return invalid(
            QStringLiteral("The ID token is not signed (alg \"%1\"); unsigned tokens are never accepted.").arg(alg));
    }
    if (alg.startsWith(QStringLiteral("HS"), Qt::CaseInsensitive)) {
        return invalid(QStringLiteral("The ID token is signed with %1 (a shared-secret MAC); only RS256, PS256 and "
                                      "ES256 are accepted.")
                           .arg(alg));
    }
    if (!algs.contains(alg)) {
        return invalid(QStringLiteral("The ID token is signed with %1; this provider's accepted algorithms are %2.")
                           .arg(alg, algs.join(QStringLiteral(", "))));
    }
    if (header.contains(QStringLiteral("crit"))) {
        return invalid(QStringLiteral("The ID token has critical header parameters (crit), which are not supported."));
    }
    return {};
}

core::Result<QString> OidcIdToken::expectedIssuer(const QString& configured, const QJsonObject& claims)
{
    if (!configured.contains(QStringLiteral("{tenantid}"))) {
        return configured;
    }
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString tid = claims.value(QStringLiteral("tid")).toString();
    if (!guid.match(tid).hasMatch()) {
        return invalid(QStringLiteral("The issuer %1 is a multi-tenant template, but the ID token has no tenant ID "
                                      "(tid) to fill it with.")
                           .arg(configured));
    }
    QString expected = configured;
    expected.replace(QStringLiteral("{tenantid}"), tid);
    return expected;
}

core::Result<void> OidcIdToken::checkClaims(const QJsonObject& claims, const Expectations& e)
{
    auto issuer = expectedIssuer(e.issuer, claims);
    if (!issuer.ok()) {
        return issuer.error();
    }
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    if (iss != issuer.value()) {
        return invalid(QStringLiteral("The ID token's issuer is \"%1\"; expected \"%2\".").arg(iss, issuer.value()));
    }
    QStringList audiences;
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else {
        for (const QJsonValue& item : aud.toArray()) {
            audiences.append(item.toString());
        }
    }
    if (!audiences.contains(e.clientId)) {
        return invalid(QStringLiteral("The ID token's audience (%1) does not include this connection's client ID "
                                      "\"%2\".")
                           .arg(audiences.join(QStringLiteral(", ")), e.clientId));
    }
    const QJsonValue azp = claims.value(QStringLiteral("azp"));
    if (audiences.size() > 1 && !azp.isString()) {
        return invalid(QStringLiteral("The ID token has several audiences but no authorized party (azp)."));
    }
    if (!azp.isUndefined() && azp.toString() != e.clientId) {
        return invalid(QStringLiteral("The ID token's authorized party (azp) is \"%1\", not this connection's client "
                                      "ID \"%2\".")
                           .arg(azp.toString(), e.clientId));
    }
    const qint64 now = e.now.toSecsSinceEpoch();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    if (!exp.isDouble() || !iat.isDouble()) {
        return invalid(QStringLiteral("The ID token lacks a numeric exp or iat."));
    }
    if (qint64(exp.toDouble()) + e.clockSkewSecs <= now) {
        return invalid(QStringLiteral("The ID token expired at %1 (now %2, allowed clock skew %3 s).")
                           .arg(QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC).toString(Qt::ISODate),
                                e.now.toUTC().toString(Qt::ISODate))
                           .arg(e.clockSkewSecs));
    }
    if (qint64(iat.toDouble()) - e.clockSkewSecs > now) {
        return invalid(
            QStringLiteral("The ID token was issued in the future (iat %1, now %2, allowed clock skew %3 s).")
                .arg(QDateTime::fromSecsSinceEpoch(qint64(iat.toDouble()), Qt::UTC).toString(Qt::ISODate),
                     e.now.toUTC().toString(Qt::ISODate))
                .arg(e.clockSkewSecs));
    }
    if (claims.value(QStringLiteral("nonce")).toString() != e.nonce || e.nonce.isEmpty()) {
        return invalid(QStringLiteral("The ID token's nonce does not match the one sent with this sign-in."));
    }
    const QString sub = claims.value(QStringLiteral("sub")).toString();
    if (sub.isEmpty() || sub.size() > 255) {
        return invalid(QStringLiteral("The ID token has no valid subject (sub)."));
    }
    return {};
}

bool OidcIdToken::isProtocolClaim(const QString& name)
{
    static const QStringList protocol{QStringLiteral("iss"),
                                      QStringLiteral("aud"),
                                      QStringLiteral("azp"),
                                      QStringLiteral("exp"),
                                      QStringLiteral("iat"),
                                      QStringLiteral("nbf"),
                                      QStringLiteral("nonce"),
                                      QStringLiteral("at_hash"),
                                      QStringLiteral("c_hash"),
                                      QStringLiteral("auth_time"),
                                      QStringLiteral("jti"),
                                      QStringLiteral("sid"),
                                      QStringLiteral("sub")};
    return protocol.contains(name);
}

AttributeMapper::Input OidcIdToken::mapperInput(const QJsonObject& claims, const Connection& connection)
{
    AttributeMapper::Input input;
    input.connectionId = connection.id;
    input.organizationId = connection.organizationId;
    input.connectionType = QStringLiteral("OIDC");
    input.providerName = connection.provider;
    input.subject = claims.value(QStringLiteral("sub")).toString();
    input.attributeMapping = connection.attributeMapping;
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (isProtocolClaim(it.key())) {
            continue;
        }
        QStringList values;
        if (it.value().isArray()) {
            for (const QJsonValue& item : it.value().toArray()) {
                if (item.isString()) {
                    values.append(item.toString());
                }
            }
        } else if (it.value().isString()) {
            values.append(it.value().toString());
        } else if (it.value().isBool()) {
            values.append(it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (it.value().isDouble()) {
            values.append(QString::number(it.value().toDouble(), 'g', 17));
        }
        if (!values.isEmpty()) {
            input.attributes.append({it.key(), {}, values});
        }
    }
    return input;
}

} // namespace gatehouse::engine
