#pragma once

#include "client/PortalLink.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

class DomainWizard;
class MessageBar;
class RoleMappingEditor;
class ScimSetupWizard;

// The "Setup" page: pick an organization (and a directory) and open the guided wizards — SSO setup, domain
// verification, SCIM directory, group-to-role mapping. With an environment's credentials every organization
// and every wizard is offered; in admin-portal-link mode only the link's organization and the wizards its
// features grant (`sso` → SSO setup and domains; `dir_sync` → SCIM and role mapping). The portal session's
// token stays in memory (this object's ApiClient) and is gone when the app quits.
class SetupView : public QWidget
{
    Q_OBJECT

public:
    explicit SetupView(QWidget* parent = nullptr);
    ~SetupView() override;

    // The environment's client (environment-admin mode). Ignored while a portal session is open.
    void setClient(client::ApiClient* client);
    // Parses and exchanges a portal link (a location URL or gatehouse://portal?link=…); errors inline.
    void openPortalLink(const QString& text);
    void enterPortalMode(const client::PortalSession& session);
    bool isPortalMode() const;
    client::ApiClient* currentClient() const;
    QString currentOrganizationId() const;
    // The chosen organization's display name (its id when the name is not known).
    QString currentOrganizationName() const;

    ScimSetupWizard* openScimWizard();
    DomainWizard* openDomainWizard();
    RoleMappingEditor* openRoleMapping();

Q_SIGNALS:
    void portalModeEntered(const QString& organizationId);
    void portalLinkFailed(const QString& message);
    // The SSO wizard lives elsewhere (ui/wizard); the main window opens it for this organization.
    void ssoSetupRequested(const QString& organizationId);
    void statusMessage(const QString& message);

protected:
    // The SSO entry point appears as soon as something opens the SSO wizard (ssoSetupRequested connected).
    void connectNotify(const QMetaMethod& signal) override;

private:
    void loadOrganizations();
    void loadDirectories();
    void updateButtons();

    QPointer<client::ApiClient> m_adminClient;
    std::unique_ptr<client::ApiClient> m_portalClient;
    client::PortalSession m_session;
    client::PortalLink m_link;

    MessageBar* m_message;
    QLabel* m_mode;
    QComboBox* m_organizations;
    QPushButton* m_refresh;
    QComboBox* m_directories;
    QLabel* m_directoryLabel = nullptr;
    QPushButton* m_sso;
    QPushButton* m_domains;
    QPushButton* m_scim;
    QPushButton* m_roles;
    QPointer<QWidget> m_openWizard;
};

} // namespace gatehouse::ui
