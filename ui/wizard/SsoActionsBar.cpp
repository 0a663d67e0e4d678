#include "ui/wizard/SsoActionsBar.h"

#include "ui/WidgetTag.h"
#include "ui/browser/TestBrowser.h"
#include "ui/wizard/SsoApi.h"
#include "ui/wizard/SsoWizard.h"

#include <QHBoxLayout>
#include <QPushButton>

#include <memory>

namespace gatehouse::ui {

SsoActionsBar::SsoActionsBar(QWidget* parent)
    : QWidget(parent)
    , m_setUp(new QPushButton(tr("&New Connection…"), this))
    , m_continue(new QPushButton(tr("Contin&ue Setup…"), this))
    , m_test(new QPushButton(tr("&Test…"), this))
{
    setObjectName(QStringLiteral("ssoActionsBar"));
    tagWidget(m_setUp, "setUpSsoButton", tr("Set up a new single sign-on connection for this organization"));
    tagWidget(m_continue, "continueSetupButton", tr("Continue setting up the selected connection"));
    tagWidget(m_test, "testConnectionInBrowserButton", tr("Test the selected connection in the embedded browser"));
    connect(m_setUp, &QPushButton::clicked, this, [this] { openWizard(false); });
    connect(m_continue, &QPushButton::clicked, this, [this] { openWizard(true); });
    connect(m_test, &QPushButton::clicked, this, &SsoActionsBar::openTest);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_setUp);
    layout->addWidget(m_continue);
    layout->addWidget(m_test);
    layout->addStretch(1);
    setConnection({});
}

void SsoActionsBar::setOrganization(client::ApiClient* apiClient, const client::Organization& organization)
{
    m_client = apiClient;
    m_organization = organization;
    m_setUp->setEnabled(apiClient && !organization.id.isEmpty());
    setConnection({});
}

void SsoActionsBar::setConnection(const client::Connection& connection)
{
    m_connection = connection;
    const bool selected = m_client && !connection.id.isEmpty();
    const bool sso = connection.type.compare(QStringLiteral("SAML"), Qt::CaseInsensitive) == 0
                     || connection.type.compare(QStringLiteral("OIDC"), Qt::CaseInsensitive) == 0;
    m_continue->setEnabled(selected && sso);
    m_test->setEnabled(selected && sso
                       && connection.status.compare(QStringLiteral("COMPLETED"), Qt::CaseInsensitive) == 0);
}

SsoWizard* SsoActionsBar::wizard() const
{
    return m_wizard;
}

void SsoActionsBar::withFullConnection(std::function<void(const client::Connection&)> then)
{
    SsoApi(m_client).getConnection(m_organization.id,
                                   m_connection.id,
                                   this,
                                   [then = std::move(then)](const client::ApiResult<client::Connection>& full) {
                                       if (full.ok()) {
                                           then(full.value());
                                       }
                                   });
}

SsoWizard* SsoActionsBar::openWizard(bool resumeSelected)
{
    if (!m_client) {
        return nullptr;
    }
    if (m_wizard) {
        m_wizard->close();
        m_wizard->deleteLater();
    }
    m_wizard = new SsoWizard(m_client, m_organization, window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &SsoWizard::connectionsModified, this, &SsoActionsBar::connectionsModified);
    if (!resumeSelected) {
        // Once per wizard: the draft its first page created.
        connect(m_wizard,
                &SsoWizard::connectionChanged,
                this,
                [this, announced = std::make_shared<bool>(false)](const client::Connection& connection) {
                    if (!connection.id.isEmpty() && !*announced) {
                        *announced = true;
                        Q_EMIT connectionCreated(connection.id);
                    }
                });
        m_wizard->show();
        return m_wizard;
    }
    QPointer<SsoWizard> wizard = m_wizard;
    withFullConnection([wizard](const client::Connection& full) {
        if (wizard) {
            wizard->resume(full);
            wizard->show();
        }
    });
    return m_wizard;
}

void SsoActionsBar::openTest()
{
    if (!m_client || m_connection.id.isEmpty()) {
        return;
    }
    if (!m_browser) {
        m_browser = new TestBrowser(m_client, window());
        m_browser->setWindowFlag(Qt::Window, true);
        m_browser->setAttribute(Qt::WA_DeleteOnClose);
    }
    QPointer<TestBrowser> browser = m_browser;
    withFullConnection([browser](const client::Connection& full) {
        if (browser) {
            browser->setConnection(full);
            browser->show();
            browser->startTest();
        }
    });
}

} // namespace gatehouse::ui
