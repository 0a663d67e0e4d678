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

// Creates an environment role (POST /api/v1/roles) or edits one (PUT /api/v1/roles/{name}): name (create only,
// letters, digits and `_`, at most 64), display name (required), description, the role it extends. Saving is
// asynchronous (a busy bar); the engine's refusal with its field violations is shown inline and the dialog stays
// open; on success saved() carries the role as the engine answered it and the dialog closes. When editing, an
// empty description or "extends" keeps the stored value (the API cannot clear them; the dialog says so).
class RoleEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `role` empty (no name) = a new role.
    RoleEditDialog(client::ApiClient* apiClient, const client::Role& role, QWidget* parent);

    bool isNew() const;
    void save();
    QString errorText() const;

Q_SIGNALS:
    void saved(const gatehouse::client::Role& role);

private:
    void setBusy(bool busy);
    void showError(const QString& text);

    QPointer<client::ApiClient> m_client;
    client::Role m_role;
    QLineEdit* m_name;
    QLineEdit* m_displayName;
    QPlainTextEdit* m_description;
    QLineEdit* m_extends;
    QProgressBar* m_progress;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace gatehouse::ui
