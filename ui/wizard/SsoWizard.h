#pragma once

#include "client/Resources.h"
#include "ui/wizard/IdpPresets.h"
#include "ui/wizard/SsoApi.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QWizard>

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

class TestBrowser;

// The SSO setup wizard (SAML or OIDC): IdP choice → SP values → attribute mapping → IdP configuration → test in
// the embedded browser → enable. The draft connection is created on the environment as soon as the IdP is
// chosen, and every page saves what it collected, so the wizard can be closed at any step and resumed later
// (resume() opens it at the step the connection's state calls for). Everything goes through ApiClient, so it
// works the same against the local engine and a remote environment.
class SsoWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ProviderPageId,
        ServiceProviderPageId,
        AttributesPageId,
        SamlIdpPageId,
        OidcIdpPageId,
        TestPageId,
        EnablePageId,
        DonePageId
    };

    SsoWizard(client::ApiClient* apiClient, const client::Organization& organization, QWidget* parent = nullptr);
    ~SsoWizard() override;

    // Continues with an existing connection (read in full): the IdP preset follows its provider and type, and the
    // wizard starts at the first step the connection still needs. Call before show().
    void resume(const client::Connection& connection);
    static int startPageFor(const client::Connection& connection);

    const SsoApi& api() const;
    const client::Organization& organization() const;
    const client::Connection& connection() const;
    bool hasConnection() const;
    void setConnection(const client::Connection& connection);
    const IdpPreset& preset() const;
    void setPreset(const QString& key);
    QUrl baseUrl() const;
    // Lab mode: metadata URLs may be http and point at private addresses (the default for a loopback engine).
    bool labMode() const;
    void setLabMode(bool lab);

    // The last test outcome (GetConnectionTestResult); testPassed() when its status was SUCCESS.
    const QJsonObject& lastTestResult() const;
    bool testPassed() const;
    void setTestResult(const QJsonObject& result);

    // Opens (or raises) the test browser on this connection's test_connection_uri.
    TestBrowser* openTestBrowser();
    TestBrowser* testBrowser() const;

    int nextId() const override;

Q_SIGNALS:
    void connectionChanged(const gatehouse::client::Connection& connection);
    void testResultChanged(const QJsonObject& result);
    // The connection was created, changed or enabled (the inspector reloads its list).
    void connectionsModified();

private:
    SsoApi m_api;
    client::Organization m_organization;
    client::Connection m_connection;
    QString m_presetKey = QStringLiteral("okta");
    bool m_lab = false;
    QJsonObject m_lastTest;
    QPointer<TestBrowser> m_browser;
};

} // namespace gatehouse::ui
