#pragma once

#include "ui/setup/ScimProviderGuide.h"

#include <QJsonObject>
#include <QPointer>
#include <QWizard>

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

// Connecting a SCIM directory: choose the provider (Okta, Entra ID, JumpCloud, OneLogin, generic) → the
// endpoint URL and the bearer token (shown once; copy; rotate) → the provider's steps with its own labels →
// "Send test request" (the SCIM conformance replay, off the UI thread) and the users and groups arriving →
// group-to-role mapping.
class ScimSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ProviderPage,
        CredentialsPage,
        StepsPage,
        CheckPage,
        MappingPage,
    };

    ScimSetupWizard(client::ApiClient* client,
                    const QString& organizationId,
                    bool environmentAdmin,
                    QWidget* parent = nullptr);

    client::ApiClient* client() const;
    QString organizationId() const;
    bool environmentAdmin() const;
    ScimProviderGuide guide() const;
    QJsonObject directory() const;
    QString directoryId() const;
    QString endpoint() const;
    // The plain bearer token: in memory only, while the wizard is open.
    QString token() const;

    void setGuide(const ScimProviderGuide& guide);
    void setDirectory(const QJsonObject& directory);
    void setToken(const QString& token);

Q_SIGNALS:
    void directoryCreated(const QString& directoryId);
    void tokenChanged();

private:
    QPointer<client::ApiClient> m_client;
    QString m_organizationId;
    bool m_admin;
    ScimProviderGuide m_guide;
    QJsonObject m_directory;
    QString m_token;
};

} // namespace gatehouse::ui
