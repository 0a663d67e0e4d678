#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

// Edits a webhook endpoint's URL, event types (comma-separated; empty = every event), description and enabled
// flag with PATCH /api/v1/webhooks/endpoints/{id}, asynchronously; the engine's refusal (e.g. a non-https URL)
// is shown inline and the dialog stays open; saved() after success.
class WebhookEditDialog : public QDialog
{
    Q_OBJECT

public:
    WebhookEditDialog(client::ApiClient* apiClient, const QJsonObject& endpoint, QWidget* parent);

    void save();
    QString errorText() const;

Q_SIGNALS:
    void saved(const QJsonObject& endpoint);

private:
    void setBusy(bool busy);
    void showError(const QString& text);

    QPointer<client::ApiClient> m_client;
    QString m_id;
    QLineEdit* m_url;
    QLineEdit* m_eventTypes;
    QLineEdit* m_description;
    QCheckBox* m_enabled;
    QProgressBar* m_progress;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace gatehouse::ui
