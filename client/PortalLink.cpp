#include "client/PortalLink.h"

#include "client/ApiError.h"
#include "client/ClientConfig.h"
#include "client/JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace gatehouse::client {

namespace {
const QString kMagicLink = QStringLiteral("/magicLink/");
} // namespace

PortalLink::PortalLink(QObject* parent)
    : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool PortalLink::looksLikeLink(const QString& argument)
{
    const QString trimmed = argument.trimmed();
    return trimmed.startsWith(QStringLiteral("gatehouse:"), Qt::CaseInsensitive)
           || ((trimmed.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive)
                || trimmed.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive))
               && trimmed.contains(kMagicLink));
}

QUrl PortalLink::parse(const QString& text, QString* error)
{
    QString candidate = text.trimmed();
    if (candidate.isEmpty()) {
        *error = tr("Paste the admin-portal link you received (it contains /magicLink/).");
        return {};
    }
    const QUrl outer(candidate, QUrl::StrictMode);
    if (outer.scheme().compare(QStringLiteral("gatehouse"), Qt::CaseInsensitive) == 0) {
        if (outer.host() != QStringLiteral("portal")) {
            *error = tr("This gatehouse:// link does not open an admin portal (expected gatehouse://portal?link=…).");
            return {};
        }
        candidate = QUrlQuery(outer).queryItemValue(QStringLiteral("link"), QUrl::FullyDecoded);
        if (candidate.isEmpty()) {
            *error = tr("The gatehouse:// link carries no portal link (its link= parameter is missing).");
            return {};
        }
    }
    const QUrl link(candidate, QUrl::StrictMode);
    if (!link.isValid() || link.host().isEmpty()
        || (link.scheme() != QStringLiteral("https") && link.scheme() != QStringLiteral("http"))) {
        *error = tr("“%1” is not a web address.").arg(candidate.left(200));
        return {};
    }
    static const QRegularExpression shape(QStringLiteral("/magicLink/[0-9a-fA-F-]{36}_p$"));
    if (!shape.match(link.path()).hasMatch() || link.hasQuery() || link.hasFragment()) {
        *error = tr("This is not an admin-portal link: it must end with /magicLink/<id>_p.");
        return {};
    }
    ClientConfig check;
    check.baseUrl = baseUrlOf(link);
    check.sessionToken = QStringLiteral("-");
    if (const auto refused = check.validate()) {
        *error = refused->message;
        return {};
    }
    error->clear();
    return link;
}

QUrl PortalLink::baseUrlOf(const QUrl& link)
{
    QUrl base = link;
    const QString path = link.path();
    base.setPath(path.left(path.lastIndexOf(kMagicLink)));
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

void PortalLink::exchange(const QUrl& link, int timeoutMs)
{
    const QUrl base = baseUrlOf(link);
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/api/v1/portal_sessions"));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("link"), link.toString(QUrl::FullyEncoded)}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_nam.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, base] { onReply(reply, base); });
}

QString PortalLink::refusal(const ApiError& error, const QUrl& base)
{
    const QString code = error.errorCode;
    if (code == QStringLiteral("link_not_found")) {
        return tr("%1 does not know this admin-portal link. Check that you copied all of it.").arg(base.authority());
    }
    if (code == QStringLiteral("link_expired")) {
        return tr("This admin-portal link has expired. Ask the person who sent it for a new one.");
    }
    if (code == QStringLiteral("link_already_used")) {
        return tr("This admin-portal link was already used; a link opens once. Ask for a new one.");
    }
    if (code == QStringLiteral("link_revoked")) {
        return tr("This admin-portal link was revoked. Ask for a new one.");
    }
    if (error.httpStatus == 404) {
        return tr("%1 does not accept admin-portal links (HTTP 404).").arg(base.authority());
    }
    return tr("The admin-portal link was refused: %1").arg(error.message);
}

void PortalLink::onReply(QNetworkReply* reply, const QUrl& base)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        Q_EMIT failed(tr("Could not reach %1: %2").arg(base.authority(), reply->errorString()));
        return;
    }
    if (status < 200 || status > 299) {
        const ApiError error = ApiError::fromHttp(status, body, reply->rawHeader("Retry-After"));
        Q_EMIT failed(refusal(error, base));
        return;
    }
    const JsonReader in(QJsonDocument::fromJson(body).object());
    PortalSession session;
    session.baseUrl = base;
    session.sessionToken = in.string(QStringLiteral("session_token"));
    session.organizationId = in.string(QStringLiteral("organization_id"));
    session.expireTime = in.time(QStringLiteral("expire_time"));
    session.features = in.strings(QStringLiteral("features"));
    if (session.sessionToken.isEmpty() || session.organizationId.isEmpty()) {
        Q_EMIT failed(tr("The environment answered the portal link without a session or an organization."));
        return;
    }
    Q_EMIT exchanged(session);
}

} // namespace gatehouse::client
