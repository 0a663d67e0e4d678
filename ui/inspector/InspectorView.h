#pragma once

#include "client/Resources.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::models {
class OrganizationListModel;
}

namespace gatehouse::ui {

class MessageBar;
class OrganizationDetailView;
class ResourceTablePanel;

// The tenant inspector: organizations of the current environment (search, lazy paging) beside the selected
// organization's details. Works the same against the local engine and remote environments.
class InspectorView : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorView(QWidget* parent = nullptr);

    void setClient(client::ApiClient* apiClient);
    client::ApiClient* apiClient() const;
    models::OrganizationListModel* organizations() const;
    OrganizationDetailView* detail() const;
    void focusSearch();
    // Creates an organization, then searches for it so it is shown and selected.
    void createOrganization(const QString& displayName, const QString& externalId);
    // Deletes the selected organization (after confirmation when asked from the UI).
    void deleteSelected();
    void chooseNewOrganization();
    void confirmDeleteSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);
    void organizationCreated(const gatehouse::client::Organization& organization);
    void organizationDeleted(const QString& id);

private:
    void showSelected();

    QPointer<client::ApiClient> m_client;
    QLabel* m_hint;
    MessageBar* m_message;
    QLineEdit* m_search;
    QToolButton* m_new;
    QToolButton* m_delete;
    QTimer* m_searchDelay;
    models::OrganizationListModel* m_model;
    ResourceTablePanel* m_list;
    OrganizationDetailView* m_detail;
};

} // namespace gatehouse::ui
