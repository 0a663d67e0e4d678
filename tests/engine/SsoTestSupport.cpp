#include "SsoTestSupport.h"

#include "core/util/Encoding.h"
#include "engine/crypto/SelfSignedCertificate.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace gatehouse::engine::test {

namespace {

QByteArray jsonString(const QString& text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

bool verifyRs256(QByteArrayView input, QByteArrayView signature, const QJsonObject& jwk)
{
    auto n = core::encoding::fromBase64Url(jwk.value(QStringLiteral("n")).toString().toLatin1());
    auto e = core::encoding::fromBase64Url(jwk.value(QStringLiteral("e")).toString().toLatin1());
    if (!n.ok() || !e.ok()) {
        return false;
    }
    BIGNUM* bn =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(n.value().constData()), int(n.value().size()), nullptr);
    BIGNUM* be =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(e.value().constData()), int(e.value().size()), nullptr);
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY* key = nullptr;
    bool ok = ctx && EVP_PKEY_fromdata_init(ctx) == 1 && EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    ok = ok && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key) == 1
         && EVP_DigestVerify(md,
                             reinterpret_cast<const unsigned char*>(signature.data()),
                             size_t(signature.size()),
                             reinterpret_cast<const unsigned char*>(input.data()),
                             size_t(input.size()))
                == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bn);
    BN_free(be);
    return ok;
}

} // namespace

SsoTestSupport::SsoTestSupport(EngineHarness& harness)
    : m_h(harness)
{
    auto pair = SelfSignedCertificate::generate(QStringLiteral("Test IdP"),
                                                QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC),
                                                QDateTime(QDate(2035, 1, 1), QTime(0, 0), Qt::UTC));
    if (pair.ok()) {
        certificatePem = pair.value().certificatePem;
        privateKeyPem = pair.value().privateKeyPem;
    }
}

QString SsoTestSupport::createOrganization(const QString& name)
{
    const HttpReply r = m_h.api(
        "POST", QStringLiteral("/api/v1/organizations"), QByteArray(R"({"display_name":)") + jsonString(name) + '}');
    return r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
}

void SsoTestSupport::addDomain(const QString& org, const QString& domain, bool verified)
{
    m_h.api("POST",
            QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/domains"),
            QByteArray(R"({"domain":)") + jsonString(domain) + '}');
    if (verified) {
        (void)m_h.engine().database().write([&](const QSqlDatabase& db) {
            return Sql::execOne(db,
                                QStringLiteral("UPDATE domains SET verification_status = 'VERIFIED' "
                                               "WHERE organization_id = ? AND domain = ?"),
                                {org, domain});
        });
    }
}

QString SsoTestSupport::createSamlConnection(const QString& org,
                                             const QByteArray& certificatePem,
                                             bool enable,
                                             const QString& provider,
                                             const QString& idpEntityId,
                                             const QString& idpSsoUrl)
{
    const QString base = QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/connections");
    HttpReply r = m_h.api("POST", base, QByteArray(R"({"type":"SAML","provider":)") + jsonString(provider) + '}');
    const QString id = r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    r = m_h.api("PATCH",
                base + u'/' + id,
                QByteArray(R"({"saml_config":{"idp_entity_id":)") + jsonString(idpEntityId) + R"(,"idp_sso_url":)"
                    + jsonString(idpSsoUrl) + R"(,"idp_certificate":)" + jsonString(QString::fromLatin1(certificatePem))
                    + "}}");
    if (r.status != 200) {
        return {};
    }
    if (enable && m_h.api("PATCH", base + u'/' + id + QStringLiteral(":enable")).status != 200) {
        return {};
    }
    return id;
}

bool SsoTestSupport::setSettings(const QByteArray& json)
{
    return m_h.api("PUT", QStringLiteral("/api/v1/environment/settings"), json).status == 200;
}

QString SsoTestSupport::follow(const QString& pathAndQuery, int* status)
{
    const HttpReply r = m_h.request("GET", pathAndQuery);
    if (status) {
        *status = r.status;
    }
    return r.status == 302 ? QString::fromUtf8(r.header("Location")) : QString();
}

QUrlQuery SsoTestSupport::queryOf(const QString& url)
{
    return QUrlQuery(QUrl(url).query(QUrl::FullyEncoded));
}

QString SsoTestSupport::authorizeUrl(const QUrlQuery& extra) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_h.clientId());
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid email profile"));
    for (const auto& [key, value] : extra.queryItems(QUrl::FullyDecoded)) {
        query.removeAllQueryItems(key);
        if (value != QStringLiteral("<remove>")) {
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
    }
    return QStringLiteral("/oauth/authorize?") + query.toString(QUrl::FullyEncoded);
}

QJsonObject SsoTestSupport::verifyWithJwks(const QByteArray& token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        return {};
    }
    auto header = core::encoding::fromBase64Url(parts[0]);
    auto claims = core::encoding::fromBase64Url(parts[1]);
    auto signature = core::encoding::fromBase64Url(parts[2]);
    if (!header.ok() || !claims.ok() || !signature.ok()) {
        return {};
    }
    const QJsonObject head = QJsonDocument::fromJson(header.value()).object();
    if (head.value(QStringLiteral("alg")).toString() != QStringLiteral("RS256")) {
        return {};
    }
    const QJsonArray keys = m_h.request("GET", QStringLiteral("/keys")).json().value(QStringLiteral("keys")).toArray();
    for (const QJsonValue& key : keys) {
        if (key[QStringLiteral("kid")] == head.value(QStringLiteral("kid"))
            && verifyRs256(token.first(parts[0].size() + 1 + parts[1].size()), signature.value(), key.toObject())) {
            return QJsonDocument::fromJson(claims.value()).object();
        }
    }
    return {};
}

QString SsoTestSupport::pkceChallenge(const QString& verifier)
{
    return QString::fromLatin1(
        core::encoding::base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

} // namespace gatehouse::engine::test
