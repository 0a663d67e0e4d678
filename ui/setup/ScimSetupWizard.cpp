#include "ui/setup/ScimSetupWizard.h"

#include "client/ApiClient.h"
#include "client/JsonReader.h"
#include "ui/setup/ScimWizardPages.h"

namespace gatehouse::ui {

ScimSetupWizard::ScimSetupWizard(client::ApiClient* client,
                                 const QString& organizationId,
                                 bool environmentAdmin,
                                 QWidget* parent)
    : QWizard(parent)
    , m_client(client)
    , m_organizationId(organizationId)
    , m_admin(environmentAdmin)
    , m_guide(ScimProviderGuide::forKey(QStringLiteral("okta")))
{
    setObjectName(QStringLiteral("scimWizard"));
    setWindowTitle(tr("Connect a SCIM Directory"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(ProviderPage, new ScimProviderPage(this));
    setPage(CredentialsPage, new ScimCredentialsPage(this));
    setPage(StepsPage, new ScimStepsPage(this));
    setPage(CheckPage, new ScimCheckPage(this));
    setPage(MappingPage, new ScimMappingPage(this));
    resize(900, 700);
}

client::ApiClient* ScimSetupWizard::client() const
{
    return m_client;
}

QString ScimSetupWizard::organizationId() const
{
    return m_organizationId;
}

bool ScimSetupWizard::environmentAdmin() const
{
    return m_admin;
}

ScimProviderGuide ScimSetupWizard::guide() const
{
    return m_guide;
}

QJsonObject ScimSetupWizard::directory() const
{
    return m_directory;
}

QString ScimSetupWizard::directoryId() const
{
    return client::JsonReader(m_directory).string(QStringLiteral("id"));
}

QString ScimSetupWizard::endpoint() const
{
    return client::JsonReader(m_directory).string(QStringLiteral("directory_endpoint"));
}

QString ScimSetupWizard::token() const
{
    return m_token;
}

void ScimSetupWizard::setGuide(const ScimProviderGuide& guide)
{
    m_guide = guide;
}

void ScimSetupWizard::setDirectory(const QJsonObject& directory)
{
    m_directory = directory;
    Q_EMIT directoryCreated(directoryId());
}

void ScimSetupWizard::setToken(const QString& token)
{
    m_token = token;
    Q_EMIT tokenChanged();
}

} // namespace gatehouse::ui
