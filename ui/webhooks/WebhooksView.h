#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QPushButton;
class QToolButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::models {
class PagedTableModel;
}

namespace gatehouse::ui {

class ResourceTablePanel;

// The environment's webhook endpoints and, for the selected one, its delivery log (status, attempts, the last
// HTTP status and latency, error), with: create (URL, description, event types; the signing secret is shown once
// with Copy), enable / disable, rotate the secret (the new one shown once), send a test event, delete (after a
// confirmation) and redeliver the selected delivery. API: docs/webhooks.md. objectNames: webhooksView,
// webhookUrlEdit, webhookDescriptionEdit, webhookEventTypesEdit, createWebhookButton, webhookSecretEdit,
// copyWebhookSecretButton, webhookEndpoints* / webhookDeliveries* (ResourceTablePanel), toggleWebhookButton,
// rotateWebhookSecretButton, testWebhookButton, deleteWebhookButton, redeliverButton, webhooksMessage; the
// delivery log's status filter webhookDeliveryStatusFilter (the engine's `status` parameter) and the selected
// delivery's attempts webhookAttemptsTable.
class WebhooksView : public QWidget
{
    Q_OBJECT

public:
    explicit WebhooksView(QWidget* parent = nullptr);

    void setClient(client::ApiClient* apiClient);
    models::PagedTableModel* endpoints() const;
    models::PagedTableModel* deliveries() const;

    void createEndpoint();
    void toggleSelected();
    // Edit… (editWebhookButton): URL, event types, description and enabled of the selected endpoint.
    void editSelected();
    void rotateSelectedSecret();
    void testSelected();
    void deleteSelected(); // without asking (the button asks first)
    void redeliverSelected();
    // The delivery log's status filter: "" (all), PENDING, DELIVERING, SUCCEEDED or FAILED.
    void setDeliveryStatusFilter(const QString& status);
    QString deliveryStatusFilter() const;

Q_SIGNALS:
    void actionFinished(const QString& action, const QString& error); // error "" = done

private:
    QJsonObject selectedEndpoint() const;
    QString selectedDeliveryId() const;
    void showSecret(const QString& secret, const QString& note);
    void setMessage(const QString& text, bool error);
    void updateButtons();
    void endpointChanged();
    void showAttempts();

    QPointer<client::ApiClient> m_client;
    QLineEdit* m_url;
    QLineEdit* m_description;
    QLineEdit* m_eventTypes;
    QPushButton* m_create;
    QLineEdit* m_secret;
    QToolButton* m_copySecret;
    QLabel* m_secretNote;
    models::PagedTableModel* m_endpoints;
    models::PagedTableModel* m_deliveries;
    ResourceTablePanel* m_endpointsPanel;
    ResourceTablePanel* m_deliveriesPanel;
    QToolButton* m_toggle;
    QToolButton* m_edit;
    QToolButton* m_rotate;
    QToolButton* m_test;
    QToolButton* m_delete;
    QToolButton* m_redeliver;
    QLabel* m_message;
    QComboBox* m_statusFilter;
    QTableWidget* m_attempts;
    QString m_currentEndpointId;
};

} // namespace gatehouse::ui
