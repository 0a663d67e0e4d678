#pragma once

#include "client/ApiClient.h"
#include "client/Resources.h"

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace gatehouse::ui {

class SsoWizard;
class TestBrowser;

// The SSO buttons under an organization's connections: "New Connection…" (a new connection through the wizard),
// and for the selected connection "Continue Setup…" (the wizard resumed at the step its state calls for) and
// "Test…" (the test browser).
class SsoActionsBar : public QWidget
{
    Q_OBJECT

public:
    explicit SsoActionsBar(QWidget* parent = nullptr);

    void setOrganization(client::ApiClient* apiClient, const client::Organization& organization);
    void setConnection(const client::Connection& connection); // an empty id: none selected
    SsoWizard* openWizard(bool resumeSelected);
    void openTest();
    SsoWizard* wizard() const;

Q_SIGNALS:
    // A connection was created or changed: the connections list should reload.
    void connectionsModified();
    // "New Connection…": the wizard created this draft connection (the inspector selects it).
    void connectionCreated(const QString& connectionId);

private:
    void withFullConnection(std::function<void(const client::Connection&)> then);

    QPointer<client::ApiClient> m_client;
    client::Organization m_organization;
    client::Connection m_connection;
    QPushButton* m_setUp;
    QPushButton* m_continue;
    QPushButton* m_test;
    QPointer<SsoWizard> m_wizard;
    QPointer<TestBrowser> m_browser;
};

} // namespace gatehouse::ui
