#include "ui/wizard/SsoWizard.h"

#include "client/ApiClient.h"
#include "client/ClientConfig.h"
#include "ui/browser/TestBrowser.h"
#include "ui/wizard/AttributeMappingPage.h"
#include "ui/wizard/EnablePage.h"
#include "ui/wizard/OidcIdpPage.h"
#include "ui/wizard/ProviderPage.h"
#include "ui/wizard/SamlIdpPage.h"
#include "ui/wizard/ServiceProviderPage.h"
#include "ui/wizard/TestPage.h"

#include <QAbstractButton>

namespace gatehouse::ui {

SsoWizard::SsoWizard(client::ApiClient* apiClient, const client::Organization& organization, QWidget* parent)
    : QWizard(parent)
    , m_api(apiClient)
    , m_organization(organization)
{
    setObjectName(QStringLiteral("ssoWizard"));
    setAccessibleName(tr("Single sign-on setup"));
    setWindowTitle(tr("Set Up Single Sign-On — %1")
                       .arg(organization.displayName.isEmpty() ? organization.id : organization.displayName));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 560);
    m_lab = apiClient && client::ClientConfig::isLoopbackHost(apiClient->config().baseUrl.host());

    setPage(ProviderPageId, new ProviderPage(this));
    setPage(ServiceProviderPageId, new ServiceProviderPage(this));
    setPage(AttributesPageId, new AttributeMappingPage(this));
    setPage(SamlIdpPageId, new SamlIdpPage(this));
    setPage(OidcIdpPageId, new OidcIdpPage(this));
    setPage(TestPageId, new TestPage(this));
    setPage(EnablePageId, new EnablePage(this));
    setPage(DonePageId, new DonePage(this));
    setStartId(ProviderPageId);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Close the wizard (the setup can be continued later)"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Enable the connection"));
    setButtonText(QWizard::CancelButton, tr("&Close"));
    setButtonText(QWizard::CommitButton, tr("&Enable Connection"));
}

SsoWizard::~SsoWizard()
{
    if (m_browser) {
        m_browser->close();
        delete m_browser;
    }
}

void SsoWizard::resume(const client::Connection& connection)
{
    m_connection = connection;
    m_presetKey = IdpPresets::forConnection(connection.provider, connection.type).key;
    setStartId(startPageFor(connection));
    Q_EMIT connectionChanged(m_connection);
}

int SsoWizard::startPageFor(const client::Connection& connection)
{
    const QString status = connection.status.toUpper();
    if (connection.enabled || status == QStringLiteral("COMPLETED")) {
        return TestPageId;
    }
    if (status == QStringLiteral("IN_PROGRESS")) {
        return connection.type.compare(QStringLiteral("OIDC"), Qt::CaseInsensitive) == 0 ? OidcIdpPageId
                                                                                         : SamlIdpPageId;
    }
    return ServiceProviderPageId;
}

const SsoApi& SsoWizard::api() const
{
    return m_api;
}

const client::Organization& SsoWizard::organization() const
{
    return m_organization;
}

const client::Connection& SsoWizard::connection() const
{
    return m_connection;
}

bool SsoWizard::hasConnection() const
{
    return !m_connection.id.isEmpty();
}

void SsoWizard::setConnection(const client::Connection& connection)
{
    m_connection = connection;
    Q_EMIT connectionChanged(m_connection);
    Q_EMIT connectionsModified();
}

const IdpPreset& SsoWizard::preset() const
{
    const IdpPreset* p = IdpPresets::byKey(m_presetKey);
    return p ? *p : IdpPresets::all().constFirst();
}

void SsoWizard::setPreset(const QString& key)
{
    if (IdpPresets::byKey(key)) {
        m_presetKey = key;
    }
}

QUrl SsoWizard::baseUrl() const
{
    return m_api.client() ? m_api.client()->config().baseUrl : QUrl();
}

bool SsoWizard::labMode() const
{
    return m_lab;
}

void SsoWizard::setLabMode(bool lab)
{
    m_lab = lab;
}

const QJsonObject& SsoWizard::lastTestResult() const
{
    return m_lastTest;
}

bool SsoWizard::testPassed() const
{
    return m_lastTest.value(QStringLiteral("status")).toString() == QStringLiteral("SUCCESS");
}

void SsoWizard::setTestResult(const QJsonObject& result)
{
    m_lastTest = result;
    Q_EMIT testResultChanged(result);
}

TestBrowser* SsoWizard::openTestBrowser()
{
    if (!m_browser) {
        m_browser = new TestBrowser(m_api.client(), this);
        m_browser->setWindowFlag(Qt::Window, true);
        connect(m_browser, &TestBrowser::outcome, this, &SsoWizard::setTestResult);
    }
    m_browser->setConnection(m_connection);
    m_browser->show();
    m_browser->raise();
    m_browser->startTest();
    return m_browser;
}

TestBrowser* SsoWizard::testBrowser() const
{
    return m_browser;
}

int SsoWizard::nextId() const
{
    switch (currentId()) {
    case ProviderPageId:
        return ServiceProviderPageId;
    case ServiceProviderPageId:
        return AttributesPageId;
    case AttributesPageId:
        return preset().isSaml() ? SamlIdpPageId : OidcIdpPageId;
    case SamlIdpPageId:
    case OidcIdpPageId:
        return TestPageId;
    case TestPageId:
        return EnablePageId;
    case EnablePageId:
        return DonePageId;
    default:
        return -1;
    }
}

} // namespace gatehouse::ui
