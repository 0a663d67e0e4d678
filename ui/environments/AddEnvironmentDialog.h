#pragma once

#include "client/Environment.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

// "Add Environment": a remote Gatehouse engine or a Scalekit environment by URL, client id and client secret,
// with a Test Connection button (obtains a token and reads one page of organizations). TLS is always verified.
class AddEnvironmentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddEnvironmentDialog(QWidget* parent = nullptr);

    // Edit mode: the fields show `environment`; an empty secret keeps the stored one.
    void setEnvironment(const client::Environment& environment);
    client::Environment environment() const;
    QString clientSecret() const;
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok, const QString& message);

private:
    void updateButtons();

    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QLineEdit* m_clientId;
    QLineEdit* m_secret;
    QPushButton* m_test;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPointer<client::ApiClient> m_testClient;
    QString m_editedId;
};

} // namespace gatehouse::ui
