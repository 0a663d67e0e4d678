#include "ui/setup/ScimWizardPages.h"

#include "client/ApiClient.h"
#include "client/JsonReader.h"
#include "ui/WidgetTag.h"
#include "ui/setup/CopyField.h"
#include "ui/setup/DirectoryLiveView.h"
#include "ui/setup/RoleMappingEditor.h"
#include "ui/setup/ScimSelfCheck.h"
#include "ui/setup/ScimSetupWizard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

using client::ApiResult;
using client::JsonReader;

namespace {

QString directoriesPath(const ScimSetupWizard* wizard)
{
    return QStringLiteral("/api/v1/organizations/%1/directories").arg(wizard->organizationId());
}

} // namespace

// ---- provider ---------------------------------------------------------------------------------------------

ScimProviderPage::ScimProviderPage(ScimSetupWizard* wizard)
    : m_wizard(wizard)
    , m_providers(new QListWidget(this))
    , m_create(new QPushButton(tr("&Create Directory"), this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Which identity provider sends your users?"));
    setSubTitle(tr("Gatehouse creates a SCIM 2.0 endpoint for it and shows the provider's own steps."));
    tagWidget(m_providers, "scimProviderList", tr("Identity provider"));
    tagWidget(m_create, "createDirectoryButton", tr("Create directory"));
    tagWidget(m_error, "createDirectoryErrorLabel", tr("Create directory error"));
    m_error->setWordWrap(true);
    for (const ScimProviderGuide& guide : ScimProviderGuide::all()) {
        auto* item = new QListWidgetItem(guide.displayName, m_providers);
        item->setData(Qt::UserRole, guide.key);
    }
    m_providers->setCurrentRow(0);
    connect(m_create, &QPushButton::clicked, this, &ScimProviderPage::create);
    connect(m_providers, &QListWidget::itemActivated, this, &ScimProviderPage::create);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_providers, 1);
    layout->addWidget(m_create, 0, Qt::AlignRight);
    layout->addWidget(m_error);
}

bool ScimProviderPage::isComplete() const
{
    return !m_wizard->directoryId().isEmpty() && !m_wizard->token().isEmpty();
}

void ScimProviderPage::fail(const QString& message)
{
    m_create->setEnabled(true);
    m_providers->setEnabled(true);
    m_error->setText(message);
}

void ScimProviderPage::create()
{
    client::ApiClient* api = m_wizard->client();
    if (!api || !m_providers->currentItem() || !m_wizard->directoryId().isEmpty()) {
        return;
    }
    const ScimProviderGuide guide =
        ScimProviderGuide::forKey(m_providers->currentItem()->data(Qt::UserRole).toString());
    m_wizard->setGuide(guide);
    m_create->setEnabled(false);
    m_providers->setEnabled(false);
    m_error->setText(tr("Creating the directory…"));
    const QJsonObject body{{QStringLiteral("directory_type"), QStringLiteral("SCIM")},
                           {QStringLiteral("directory_provider"), guide.apiProvider}};
    api->send("POST", directoriesPath(m_wizard), {}, body, this, [this, api](const ApiResult<QJsonObject>& r) {
        if (!r.ok()) {
            fail(tr("The directory was not created: %1").arg(r.error().message));
            return;
        }
        const QJsonObject directory = JsonReader(r.value()).object(QStringLiteral("directory"));
        const QString path = directoriesPath(m_wizard) + u'/' + JsonReader(directory).string(QStringLiteral("id"));
        api->send(
            "PATCH",
            path + QStringLiteral(":enable"),
            {},
            {},
            this,
            [this, api, directory, path](const ApiResult<QJsonObject>& e) {
                if (!e.ok()) {
                    fail(tr("The directory was created but not enabled: %1").arg(e.error().message));
                    return;
                }
                api->send(
                    "POST",
                    path + QStringLiteral("/secrets"),
                    {},
                    {},
                    this,
                    [this, directory](const ApiResult<QJsonObject>& s) {
                        if (!s.ok()) {
                            fail(tr("The directory was created but no token was issued: %1").arg(s.error().message));
                            return;
                        }
                        m_error->clear();
                        m_wizard->setToken(JsonReader(s.value()).string(QStringLiteral("plain_secret")));
                        m_wizard->setDirectory(directory);
                        Q_EMIT completeChanged();
                        m_wizard->next();
                    });
            });
    });
}

// ---- credentials ------------------------------------------------------------------------------------------

ScimCredentialsPage::ScimCredentialsPage(ScimSetupWizard* wizard)
    : m_wizard(wizard)
    , m_endpointLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_endpoint(new CopyField("scimEndpoint", tr("SCIM endpoint URL"), this))
    , m_token(new CopyField("scimToken", tr("SCIM bearer token"), this))
    , m_warning(new QLabel(this))
    , m_rotate(new QPushButton(tr("&Rotate Token"), this))
    , m_rotateState(new QLabel(this))
{
    setTitle(tr("Endpoint URL and token"));
    tagWidget(m_warning, "tokenWarningLabel", tr("One-time token warning"));
    tagWidget(m_rotate, "rotateTokenButton", tr("Rotate token"));
    tagWidget(m_rotateState, "rotateStateLabel", tr("Token rotation state"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("<b>Copy the token now.</b> It is shown only this once and cannot be displayed again; "
                          "Gatehouse stores only a hash of it. If you lose it, rotate the token and paste the new "
                          "one into your identity provider."));
    m_rotateState->setWordWrap(true);
    m_endpointLabel->setWordWrap(true);
    m_tokenLabel->setWordWrap(true);
    connect(m_rotate, &QPushButton::clicked, this, &ScimCredentialsPage::rotate);
    connect(wizard, &ScimSetupWizard::tokenChanged, this, [this] { m_token->setValue(m_wizard->token()); });
    auto* form = new QFormLayout;
    form->addRow(m_endpointLabel, m_endpoint);
    form->addRow(m_tokenLabel, m_token);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_rotate, 0, Qt::AlignLeft);
    layout->addWidget(m_rotateState);
    layout->addStretch(1);
}

void ScimCredentialsPage::initializePage()
{
    const ScimProviderGuide guide = m_wizard->guide();
    setSubTitle(tr("Paste these into %1.").arg(guide.displayName));
    //: %1 is the identity provider's own name for the field, e.g. "Tenant URL"
    m_endpointLabel->setText(tr("Endpoint URL\n(%1 calls it “%2”):").arg(guide.displayName, guide.endpointLabel));
    m_tokenLabel->setText(tr("Bearer token\n(%1 calls it “%2”):").arg(guide.displayName, guide.tokenLabel));
    m_endpoint->setValue(m_wizard->endpoint());
    m_token->setValue(m_wizard->token());
}

void ScimCredentialsPage::rotate()
{
    client::ApiClient* api = m_wizard->client();
    if (!api || m_wizard->directoryId().isEmpty()) {
        return;
    }
    m_rotate->setEnabled(false);
    api->send("POST",
              directoriesPath(m_wizard) + u'/' + m_wizard->directoryId() + QStringLiteral("/secrets:regenerate"),
              {},
              {},
              this,
              [this](const ApiResult<QJsonObject>& r) {
                  m_rotate->setEnabled(true);
                  if (!r.ok()) {
                      m_rotateState->setText(tr("The token was not rotated: %1").arg(r.error().message));
                      return;
                  }
                  m_wizard->setToken(JsonReader(r.value()).string(QStringLiteral("plain_secret")));
                  m_rotateState->setText(tr("New token issued; copy it now. The previous token keeps working for a "
                                            "while (7 days by default) so provisioning does not stop while you "
                                            "update %1.")
                                             .arg(m_wizard->guide().displayName));
              });
}

// ---- steps ------------------------------------------------------------------------------------------------

ScimStepsPage::ScimStepsPage(ScimSetupWizard* wizard)
    : m_wizard(wizard)
    , m_steps(new QLabel(this))
{
    tagWidget(m_steps, "providerStepsLabel", tr("Steps in the identity provider"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addStretch(1);
}

void ScimStepsPage::initializePage()
{
    const ScimProviderGuide guide = m_wizard->guide();
    setTitle(tr("In %1").arg(guide.displayName));
    setSubTitle(tr("Follow these steps in %1's admin console, then come back to check.").arg(guide.displayName));
    QString html = QStringLiteral("<ol>");
    for (const QString& step : guide.steps) {
        html += QStringLiteral("<li style=\"margin-bottom:6px\">") + step + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    m_steps->setText(html);
}

// ---- check ------------------------------------------------------------------------------------------------

ScimCheckPage::ScimCheckPage(ScimSetupWizard* wizard)
    : m_wizard(wizard)
    , m_check(new ScimSelfCheck(this))
    , m_send(new QPushButton(tr("&Send Test Request"), this))
    , m_results(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_live(new DirectoryLiveView(this))
{
    setTitle(tr("Check the connection"));
    setSubTitle(tr("“Send Test Request” replays a SCIM client's requests against your endpoint (it creates and "
                   "deletes a test user and group). Below, users and groups appear as your provider sends them."));
    tagWidget(m_send, "sendTestRequestButton", tr("Send test request"));
    tagWidget(m_results, "testResultsList", tr("Test request results"));
    tagWidget(m_summary, "testSummaryLabel", tr("Test request summary"));
    m_results->setMaximumHeight(160);
    m_summary->setWordWrap(true);
    connect(m_send, &QPushButton::clicked, this, &ScimCheckPage::sendTest);
    connect(m_check, &ScimSelfCheck::stepFinished, this, [this](const QString& step, const QString& problem) {
        auto* item = new QListWidgetItem(problem.isEmpty() ? tr("✔ %1").arg(step) : tr("✘ %1 — %2").arg(step, problem),
                                         m_results);
        item->setData(Qt::UserRole, problem.isEmpty());
        m_results->scrollToItem(item);
    });
    connect(m_check, &ScimSelfCheck::finished, this, [this](int total, int failed, const QString& fatal) {
        m_send->setEnabled(true);
        if (!fatal.isEmpty()) {
            m_summary->setText(tr("The test stopped: %1").arg(fatal));
        } else if (failed == 0) {
            m_summary->setText(tr("All %n check(s) passed: the endpoint and the token work.", nullptr, total));
        } else {
            m_summary->setText(tr("%1 of %n check(s) failed.", nullptr, total).arg(failed));
        }
        m_live->refresh();
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_send);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_results);
    layout->addWidget(m_live, 1);
}

ScimCheckPage::~ScimCheckPage() = default;

DirectoryLiveView* ScimCheckPage::liveView() const
{
    return m_live;
}

void ScimCheckPage::initializePage()
{
    m_live->setDirectory(m_wizard->client(), m_wizard->organizationId(), m_wizard->directoryId());
    m_live->start();
}

void ScimCheckPage::cleanupPage()
{
    m_live->stop();
}

void ScimCheckPage::sendTest()
{
    if (m_check->isRunning() || m_wizard->endpoint().isEmpty()) {
        return;
    }
    m_results->clear();
    m_send->setEnabled(false);
    m_summary->setText(tr("Sending test requests…"));
    m_check->start(m_wizard->endpoint(), m_wizard->token(), m_wizard->guide().dialect);
}

// ---- mapping ----------------------------------------------------------------------------------------------

ScimMappingPage::ScimMappingPage(ScimSetupWizard* wizard)
    : m_wizard(wizard)
    , m_editor(new RoleMappingEditor(this))
{
    setTitle(tr("Map groups to roles"));
    setSubTitle(tr("Users get the roles of the groups they are in; users in no mapped group get the default role."));
    m_editor->setObjectName(QStringLiteral("scimRoleMappingEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
}

void ScimMappingPage::initializePage()
{
    m_editor->setDirectory(
        m_wizard->client(), m_wizard->organizationId(), m_wizard->directoryId(), m_wizard->environmentAdmin());
}

} // namespace gatehouse::ui
