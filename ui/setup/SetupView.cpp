#include "ui/setup/SetupView.h"

#include "client/ApiClient.h"
#include "client/JsonReader.h"
#include "ui/MessageBar.h"
#include "ui/WidgetTag.h"
#include "ui/setup/DomainWizard.h"
#include "ui/setup/RoleMappingEditor.h"
#include "ui/setup/ScimSetupWizard.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QThread>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace gatehouse::ui {

using client::ApiResult;
using client::JsonReader;

namespace {

constexpr int kOrganizationNameRole = Qt::UserRole + 1;

QPushButton* wizardButton(QWidget* parent, const QString& text, const QString& help, const char* name)
{
    auto* button = new QPushButton(text, parent);
    tagWidget(button, name, QString(text).remove(u'&').remove(QStringLiteral("…")));
    button->setToolTip(help);
    button->setMinimumHeight(40);
    return button;
}

} // namespace

SetupView::SetupView(QWidget* parent)
    : QWidget(parent)
    , m_message(new MessageBar(this))
    , m_mode(new QLabel(this))
    , m_organizations(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_directories(new QComboBox(this))
{
    setObjectName(QStringLiteral("setupView"));
    m_message->setObjectName(QStringLiteral("setupMessageBar"));
    m_message->hide();
    tagWidget(m_mode, "setupModeLabel", tr("Setup mode"));
    m_mode->setWordWrap(true);
    tagWidget(m_organizations, "setupOrganizationCombo", tr("Organization"));
    tagWidget(m_refresh, "setupRefreshButton", tr("Refresh"));
    tagWidget(m_directories, "setupDirectoryCombo", tr("Directory"));
    m_directories->setPlaceholderText(tr("No directory yet: connect one with the SCIM wizard"));
    m_sso = wizardButton(this,
                         tr("Set Up &Single Sign-On…"),
                         tr("Connect the organization's identity provider "
                            "(SAML or OIDC)."),
                         "ssoSetupButton");
    m_domains = wizardButton(this,
                             tr("&Verify a Domain…"),
                             tr("Prove ownership of an email domain with a DNS "
                                "TXT record."),
                             "domainWizardButton");
    m_scim = wizardButton(this,
                          tr("Connect a SCIM &Directory…"),
                          tr("Provision users and groups from Okta, "
                             "Entra ID, JumpCloud, OneLogin or any SCIM 2.0 "
                             "provider."),
                          "scimWizardButton");
    m_roles =
        wizardButton(this, tr("&Map Groups to Roles…"), tr("Give directory groups app roles."), "roleMappingButton");

    connect(m_refresh, &QPushButton::clicked, this, &SetupView::loadOrganizations);
    connect(m_organizations, &QComboBox::currentIndexChanged, this, &SetupView::loadDirectories);
    connect(m_directories, &QComboBox::currentIndexChanged, this, &SetupView::updateButtons);
    connect(m_sso, &QPushButton::clicked, this, [this] { Q_EMIT ssoSetupRequested(currentOrganizationId()); });
    connect(m_domains, &QPushButton::clicked, this, &SetupView::openDomainWizard);
    connect(m_scim, &QPushButton::clicked, this, &SetupView::openScimWizard);
    connect(m_roles, &QPushButton::clicked, this, &SetupView::openRoleMapping);
    connect(&m_link, &client::PortalLink::exchanged, this, &SetupView::enterPortalMode);
    connect(&m_link, &client::PortalLink::failed, this, [this](const QString& message) {
        m_message->showMessage(MessageBar::Kind::Error, message);
        Q_EMIT portalLinkFailed(message);
    });

    auto* pick = new QFormLayout;
    auto* orgRow = new QHBoxLayout;
    orgRow->addWidget(m_organizations, 1);
    orgRow->addWidget(m_refresh);
    auto* orgLabel = new QLabel(tr("&Organization:"), this);
    orgLabel->setBuddy(m_organizations);
    pick->addRow(orgLabel, orgRow);
    m_directoryLabel = new QLabel(tr("&Directory (for role mapping):"), this);
    m_directoryLabel->setBuddy(m_directories);
    pick->addRow(m_directoryLabel, m_directories);
    auto* wizards = new QGroupBox(tr("Guided setup"), this);
    auto* grid = new QVBoxLayout(wizards);
    for (QPushButton* b : {m_sso, m_domains, m_scim, m_roles}) {
        grid->addWidget(b);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_mode);
    layout->addLayout(pick);
    layout->addWidget(wizards);
    layout->addStretch(1);
    loadOrganizations(); // says "not connected" until the environment's client arrives
}

SetupView::~SetupView() = default;

void SetupView::setClient(client::ApiClient* client)
{
    m_adminClient = client;
    if (!isPortalMode()) {
        loadOrganizations();
    }
}

bool SetupView::isPortalMode() const
{
    return m_portalClient != nullptr;
}

client::ApiClient* SetupView::currentClient() const
{
    return m_portalClient ? m_portalClient.get() : m_adminClient.data();
}

QString SetupView::currentOrganizationId() const
{
    return m_organizations->currentData().toString();
}

QString SetupView::currentOrganizationName() const
{
    const QString name = m_organizations->currentData(kOrganizationNameRole).toString();
    return name.isEmpty() ? currentOrganizationId() : name;
}

void SetupView::connectNotify(const QMetaMethod& signal)
{
    QWidget::connectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&SetupView::ssoSetupRequested)) {
        // connectNotify may run on another thread's connect; the buttons are this thread's.
        if (thread() == QThread::currentThread()) {
            updateButtons();
        } else {
            QMetaObject::invokeMethod(this, &SetupView::updateButtons, Qt::QueuedConnection);
        }
    }
}

void SetupView::openPortalLink(const QString& text)
{
    QString error;
    const QUrl link = client::PortalLink::parse(text, &error);
    if (link.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Error, error);
        Q_EMIT portalLinkFailed(error);
        return;
    }
    m_message->showMessage(MessageBar::Kind::Information, tr("Opening the admin-portal link…"));
    m_link.exchange(link);
}

void SetupView::enterPortalMode(const client::PortalSession& session)
{
    m_session = session;
    client::ClientConfig config;
    config.baseUrl = session.baseUrl;
    config.sessionToken = session.sessionToken;
    m_portalClient = std::make_unique<client::ApiClient>(config);
    m_message->dismiss();
    m_organizations->blockSignals(true);
    m_organizations->clear();
    m_organizations->addItem(session.organizationId, session.organizationId);
    m_organizations->blockSignals(false);
    m_organizations->setEnabled(false);
    m_refresh->hide();
    QStringList granted;
    if (session.allows(QStringLiteral("sso"))) {
        granted << tr("single sign-on and domains");
    }
    if (session.allows(QStringLiteral("dir_sync"))) {
        granted << tr("directory sync and role mapping");
    }
    m_mode->setText(tr("<b>Admin portal</b> for %1 on %2 — this link grants %3. The session ends %4 or when "
                       "Gatehouse quits.")
                        .arg(session.organizationId.toHtmlEscaped(),
                             session.baseUrl.host().toHtmlEscaped(),
                             granted.isEmpty() ? tr("nothing") : granted.join(tr(" and ")),
                             session.expireTime.isValid() ? tr("at %1").arg(
                                 QLocale().toString(session.expireTime.toLocalTime(), QLocale::ShortFormat))
                                                          : tr("when the environment says so")));
    // The organization's display name, when the session may read it.
    m_portalClient->send("GET",
                         QStringLiteral("/api/v1/organizations/") + session.organizationId,
                         {},
                         {},
                         this,
                         [this](const ApiResult<QJsonObject>& r) {
                             if (r.ok() && m_organizations->count() == 1) {
                                 const JsonReader org(JsonReader(r.value()).object(QStringLiteral("organization")));
                                 const QString name = org.string(QStringLiteral("display_name"));
                                 if (!name.isEmpty()) {
                                     m_organizations->setItemText(0, name);
                                     m_organizations->setItemData(0, name, kOrganizationNameRole);
                                 }
                             }
                         });
    loadDirectories();
    Q_EMIT portalModeEntered(session.organizationId);
    Q_EMIT statusMessage(tr("Admin-portal session opened"));
}

void SetupView::loadOrganizations()
{
    if (isPortalMode()) {
        return;
    }
    if (!m_adminClient) {
        m_mode->setText(tr("Not connected to an environment. Connect one, or open an admin-portal link (File → "
                           "Open Portal Link…)."));
        m_organizations->clear();
        updateButtons();
        return;
    }
    m_mode->setText(tr("Environment administrator: every organization and every wizard."));
    m_adminClient->listOrganizations({100, {}}, this, [this](const ApiResult<client::Page<client::Organization>>& r) {
        if (isPortalMode()) {
            return;
        }
        if (!r.ok()) {
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("Could not list organizations: %1").arg(r.error().message));
            return;
        }
        const QString chosen = currentOrganizationId();
        m_organizations->blockSignals(true);
        m_organizations->clear();
        for (const client::Organization& org : r.value().items) {
            m_organizations->addItem(tr("%1 (%2)").arg(org.displayName, org.id), org.id);
            m_organizations->setItemData(m_organizations->count() - 1, org.displayName, kOrganizationNameRole);
        }
        const int index = m_organizations->findData(chosen);
        m_organizations->setCurrentIndex(index >= 0 ? index : 0);
        m_organizations->blockSignals(false);
        loadDirectories();
    });
}

void SetupView::loadDirectories()
{
    client::ApiClient* api = currentClient();
    const QString org = currentOrganizationId();
    m_directories->clear();
    updateButtons();
    if (!api || org.isEmpty() || (isPortalMode() && !m_session.allows(QStringLiteral("dir_sync")))) {
        return;
    }
    api->send("GET",
              QStringLiteral("/api/v1/organizations/%1/directories").arg(org),
              {},
              {},
              this,
              [this, org](const ApiResult<QJsonObject>& r) {
                  if (org != currentOrganizationId()) {
                      return;
                  }
                  if (!r.ok()) {
                      m_message->showMessage(MessageBar::Kind::Error,
                                             tr("Could not list directories: %1").arg(r.error().message));
                      return;
                  }
                  m_directories->clear();
                  for (const QJsonValue& d : JsonReader(r.value()).array(QStringLiteral("directories"))) {
                      const JsonReader dir(d.toObject());
                      m_directories->addItem(
                          tr("%1 (%2)").arg(dir.string(QStringLiteral("name")), dir.string(QStringLiteral("id"))),
                          dir.string(QStringLiteral("id")));
                  }
                  updateButtons();
              });
}

void SetupView::updateButtons()
{
    const bool haveOrg = currentClient() && !currentOrganizationId().isEmpty();
    const bool sso = !isPortalMode() || m_session.allows(QStringLiteral("sso"));
    const bool dirSync = !isPortalMode() || m_session.allows(QStringLiteral("dir_sync"));
    // Hidden, not just disabled: a portal user sees only what the link grants. The SSO entry point exists only
    // when something opens the SSO wizard (the main window connects ssoSetupRequested).
    m_sso->setVisible(sso && isSignalConnected(QMetaMethod::fromSignal(&SetupView::ssoSetupRequested)));
    m_domains->setVisible(sso);
    m_scim->setVisible(dirSync);
    m_roles->setVisible(dirSync);
    m_directories->setVisible(dirSync);
    m_directoryLabel->setVisible(dirSync);
    for (QPushButton* b : {m_sso, m_domains, m_scim}) {
        b->setEnabled(haveOrg);
    }
    m_roles->setEnabled(haveOrg && m_directories->count() > 0);
}

ScimSetupWizard* SetupView::openScimWizard()
{
    client::ApiClient* api = currentClient();
    if (!api || currentOrganizationId().isEmpty()
        || (isPortalMode() && !m_session.allows(QStringLiteral("dir_sync")))) {
        return nullptr; // fail closed
    }
    auto* wizard = new ScimSetupWizard(api, currentOrganizationId(), !isPortalMode(), this);
    wizard->setWindowFlag(Qt::Window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, &SetupView::loadDirectories);
    wizard->show();
    m_openWizard = wizard;
    return wizard;
}

DomainWizard* SetupView::openDomainWizard()
{
    client::ApiClient* api = currentClient();
    if (!api || currentOrganizationId().isEmpty() || (isPortalMode() && !m_session.allows(QStringLiteral("sso")))) {
        return nullptr;
    }
    // Manual verification only for environment admins: never in a portal session.
    auto* wizard = new DomainWizard(api, currentOrganizationId(), !isPortalMode(), this);
    wizard->setWindowFlag(Qt::Window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    m_openWizard = wizard;
    return wizard;
}

RoleMappingEditor* SetupView::openRoleMapping()
{
    client::ApiClient* api = currentClient();
    const QString directory = m_directories->currentData().toString();
    if (!api || directory.isEmpty() || (isPortalMode() && !m_session.allows(QStringLiteral("dir_sync")))) {
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("roleMappingDialog"));
    dialog->setWindowTitle(tr("Map Groups to Roles"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* editor = new RoleMappingEditor(dialog);
    editor->setObjectName(QStringLiteral("roleMappingEditor"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    dialog->resize(900, 700);
    editor->setDirectory(api, currentOrganizationId(), directory, !isPortalMode());
    dialog->show();
    m_openWizard = dialog;
    return editor;
}

} // namespace gatehouse::ui
