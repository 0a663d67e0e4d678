#pragma once

#include "client/ApiError.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkReply;

namespace gatehouse::client {

// An admin-portal session: what POST /api/v1/portal_sessions answers for a portal link. The token is a Bearer
// token for the organization's routes only; it lives in memory only (never in settings or the keychain).
struct PortalSession
{
    QUrl baseUrl; // the environment the link belongs to ({base}/magicLink/… → {base})
    QString sessionToken;
    QString organizationId;
    QStringList features; // "sso", "dir_sync"
    QDateTime expireTime;

    bool allows(const QString& feature) const
    {
        return features.contains(feature);
    }
};

// Reading and exchanging admin-portal links. A link is `{base}/magicLink/{uuid}_p`, given as it is or wrapped
// in `gatehouse://portal?link=<url-encoded link>` (what the engine's landing page offers).
class PortalLink : public QObject
{
    Q_OBJECT

public:
    explicit PortalLink(QObject* parent = nullptr);

    // The portal link inside `text` (a location URL or a gatehouse:// URL), or an empty URL with *error set.
    static QUrl parse(const QString& text, QString* error);
    // Whether a command-line argument is a portal link rather than a file path.
    static bool looksLikeLink(const QString& argument);
    // The environment's base URL: everything before /magicLink/.
    static QUrl baseUrlOf(const QUrl& link);

    // POST {base}/api/v1/portal_sessions {"link": …} (no credentials); emits exchanged or failed once.
    void exchange(const QUrl& link, int timeoutMs = 15000);

    // A sentence for a refused exchange (unknown, expired, used or revoked link, …).
    static QString refusal(const ApiError& error, const QUrl& base);

Q_SIGNALS:
    void exchanged(const gatehouse::client::PortalSession& session);
    void failed(const QString& message);

private:
    void onReply(QNetworkReply* reply, const QUrl& base);

    QNetworkAccessManager m_nam;
};

} // namespace gatehouse::client
