#pragma once

#include "client/Resources.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

// Edits an organization's display name, external ID and metadata (one `key=value` a line) with
// PATCH /api/v1/organizations/{id}. Saving is asynchronous (a busy bar, the window stays responsive); the engine's
// refusal — with its field violations — is shown inline and the dialog stays open; on success saved() carries the
// organization as the engine answered it and the dialog closes.
class OrganizationEditDialog : public QDialog
{
    Q_OBJECT

public:
    OrganizationEditDialog(client::ApiClient* apiClient, const client::Organization& organization, QWidget* parent);

    void save();
    QString errorText() const;

Q_SIGNALS:
    void saved(const gatehouse::client::Organization& organization);

private:
    void setBusy(bool busy);
    void showError(const QString& text);

    QPointer<client::ApiClient> m_client;
    client::Organization m_organization;
    QLineEdit* m_name;
    QLineEdit* m_externalId;
    QPlainTextEdit* m_metadata;
    QProgressBar* m_progress;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace gatehouse::ui
