#pragma once

#include "client/ApiResult.h"
#include "client/Resources.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

class ConnectionValuesPanel;
class DirectoryMembersPanel;
class DomainVerifyDialog;
class ScimSetupWizard;
class PortalLinksPanel;
class ResourceTablePanel;
class SsoActionsBar;

// One organization: Overview (ids, external id, region, times, features, metadata) and a tab per resource —
// Connections, Directories, Domains, Roles (the environment's roles), Events — each loaded asynchronously.
class OrganizationDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationDetailView(QWidget* parent = nullptr);

    void setOrganization(client::ApiClient* apiClient, const client::Organization& organization);
    void clear();
    client::Organization organization() const;
    ResourceTablePanel* panel(const QString& objectPrefix) const;
    DirectoryMembersPanel* directoryMembers() const;
    // Edit… on the Overview: the organization dialog (display name, external ID, metadata).
    void editOrganization();
    // New Directory… on the Directories tab: the SCIM setup wizard for this organization; the directory it creates
    // is selected in the reloaded table.
    ScimSetupWizard* openScimWizard();
    ScimSetupWizard* scimWizard() const;
    // Verify… on the Domains tab: the selected domain's TXT record and Check Now (DomainVerifyDialog).
    DomainVerifyDialog* openDomainVerification();
    DomainVerifyDialog* domainVerifyDialog() const;

Q_SIGNALS:
    // After the engine accepted an edit (the organization as it answered).
    void organizationEdited(const gatehouse::client::Organization& organization);

private:
    QWidget* createOverview();
    void addPanel(int kind, const QString& prefix, const QString& title);
    void showOverview();
    void addConnectionValues();
    void addDirectoryMembers();
    // Row actions under a resource table: enable/disable and delete connections and directories, add
    // and delete domains, create/edit/delete roles. Each runs
    // asynchronously with a busy bar, shows the engine's refusal inline and reloads the table after success.
    void addRowActions(ResourceTablePanel* panel, const QString& prefix);
    void updateRowActions(const QString& prefix);
    // The raw object of the selected row of a row-action prefix's table ({} when none).
    QJsonObject currentRow(const QString& prefix) const;
    // A warning box (objectName, accessible name; Cancel is the default and the escape button); onYes runs after Yes.
    void confirm(const QString& objectName,
                 const QString& title,
                 const QString& text,
                 const QString& accessibleName,
                 const std::function<void()>& onYes);
    void resetRowActions();
    // Reloads a panel's table and selects the row with `id` once it has arrived (reading on page by page).
    void reloadAndSelect(const QString& panelPrefix, const QString& id);
    void dropPendingSelections();
    void toggleEnabled(const QString& prefix);
    void deleteSelectedConnection();
    void deleteSelectedDirectory();
    void addDomain();
    void deleteSelectedDomain();
    void editRole(bool create);
    void deleteSelectedRole();
    void runRowAction(const QString& prefix,
                      const QString& doneText,
                      const std::function<void(std::function<void(const client::ApiResult<bool>&)>)>& start);

    QPointer<client::ApiClient> m_client;
    client::Organization m_organization;
    QLabel* m_title;
    QTabWidget* m_tabs;
    QLabel* m_id;
    QLabel* m_externalId;
    QLabel* m_region;
    QLabel* m_created;
    QLabel* m_updated;
    QLabel* m_features;
    QTableWidget* m_metadata;
    QToolButton* m_copyId;
    QToolButton* m_edit;
    QList<QPair<int, ResourceTablePanel*>> m_panels;
    ConnectionValuesPanel* m_connectionValues = nullptr;
    SsoActionsBar* m_ssoActions = nullptr;
    QTableView* m_connectionsTable = nullptr;
    DirectoryMembersPanel* m_directoryMembers = nullptr;
    PortalLinksPanel* m_portalLinks = nullptr;
    QPointer<ScimSetupWizard> m_scimWizard;
    QPointer<DomainVerifyDialog> m_domainVerifyDialog;
    QHash<QString, QPointer<QObject>> m_pendingSelections; // by panel prefix
};

} // namespace gatehouse::ui
