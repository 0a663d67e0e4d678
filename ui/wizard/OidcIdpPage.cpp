#include "ui/wizard/OidcIdpPage.h"

#include "ui/WidgetTag.h"
#include "ui/wizard/SsoWizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

OidcIdpPage::OidcIdpPage(SsoWizard* wizard)
    : SsoWizardPage(wizard)
    , m_issuer(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_profile(new QCheckBox(tr("&profile"), this))
    , m_email(new QCheckBox(tr("e&mail"), this))
    , m_pkce(new QCheckBox(tr("Use &PKCE"), this))
    , m_simulator(new QPushButton(tr("Use the &Built-in Simulator"), this))
{
    setObjectName(QStringLiteral("oidcIdpPage"));
    setTitle(tr("Identity provider configuration"));
    tagWidget(m_issuer, "oidcIssuerEdit", tr("Issuer URL"));
    tagWidget(m_clientId, "oidcClientIdEdit", tr("Client ID"));
    tagWidget(m_clientSecret, "oidcClientSecretEdit", tr("Client Secret"));
    tagWidget(m_profile, "oidcProfileScopeCheck", tr("Request the profile scope"));
    tagWidget(m_email, "oidcEmailScopeCheck", tr("Request the email scope"));
    tagWidget(m_pkce, "oidcPkceCheck", tr("Use PKCE"));
    tagWidget(m_simulator, "useOidcSimulatorButton", tr("Use the environment's built-in OIDC simulator"));
    m_issuer->setPlaceholderText(tr("https://idp.example.com (or …/.well-known/openid-configuration)"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_profile->setChecked(true);
    m_email->setChecked(true);
    m_pkce->setChecked(true);
    for (QLineEdit* edit : {m_issuer, m_clientId, m_clientSecret}) {
        connect(edit, &QLineEdit::textChanged, this, &OidcIdpPage::completeChanged);
    }
    connect(m_simulator, &QPushButton::clicked, this, &OidcIdpPage::useSimulator);
    auto* scopes = new QHBoxLayout;
    auto* openid = new QLabel(tr("openid (always)"), this);
    scopes->addWidget(openid);
    scopes->addWidget(m_profile);
    scopes->addWidget(m_email);
    scopes->addStretch(1);
    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Issuer URL:"), m_issuer);
    row(tr("Client &ID:"), m_clientId);
    row(tr("Client &Secret:"), m_clientSecret);
    form->addRow(tr("Scopes:"), scopes);
    form->addRow(QString(), m_pkce);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_simulator, 0, Qt::AlignLeft);
    layout->addStretch(1);
    addStatusArea("oidcIdp");
}

bool OidcIdpPage::hasStoredSecret() const
{
    return !ssoWizard()
                ->connection()
                .raw.value(QStringLiteral("oidc_config"))
                .toObject()
                .value(QStringLiteral("client_secret"))
                .toString()
                .isEmpty();
}

void OidcIdpPage::initializePage()
{
    const IdpPreset& preset = ssoWizard()->preset();
    setSubTitle(tr("Copy these from %1's application: %2").arg(preset.name, preset.idpMetadataHint));
    const QJsonObject oidc = ssoWizard()->connection().raw.value(QStringLiteral("oidc_config")).toObject();
    if (m_issuer->text().isEmpty()) {
        m_issuer->setText(oidc.value(QStringLiteral("issuer")).toString());
        m_clientId->setText(oidc.value(QStringLiteral("client_id")).toString());
    }
    m_clientSecret->setPlaceholderText(hasStoredSecret() ? tr("(stored; leave empty to keep it)") : QString());
}

bool OidcIdpPage::isComplete() const
{
    return !isBusy() && !m_issuer->text().trimmed().isEmpty() && !m_clientId->text().trimmed().isEmpty()
           && (!m_clientSecret->text().isEmpty() || hasStoredSecret());
}

void OidcIdpPage::useSimulator()
{
    QUrl url = ssoWizard()->baseUrl();
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/simulator/oidc"));
    m_issuer->setText(url.toString());
    m_clientId->setText(QStringLiteral("gatehouse-simulator"));
    m_clientSecret->setText(QStringLiteral("simulator-secret"));
}

void OidcIdpPage::commit(Done done)
{
    const QString issuer = m_issuer->text().trimmed();
    const QUrl issuerUrl(issuer);
    if (!issuerUrl.isValid() || issuerUrl.host().isEmpty()
        || (issuerUrl.scheme() != QStringLiteral("https") && issuerUrl.scheme() != QStringLiteral("http"))) {
        done(false, tr("The issuer must be an absolute https URL, e.g. https://idp.example.com."));
        return;
    }
    QJsonArray scopes{QStringLiteral("openid")};
    if (m_profile->isChecked()) {
        scopes.append(QStringLiteral("profile"));
    }
    if (m_email->isChecked()) {
        scopes.append(QStringLiteral("email"));
    }
    QJsonObject oidc{{QStringLiteral("client_id"), m_clientId->text().trimmed()},
                     {QStringLiteral("scopes"), scopes},
                     {QStringLiteral("pkce_enabled"), m_pkce->isChecked()}};
    if (issuer.endsWith(QStringLiteral("/.well-known/openid-configuration"))) {
        oidc.insert(QStringLiteral("discovery_endpoint"), issuer);
    } else {
        oidc.insert(QStringLiteral("issuer"), issuer);
    }
    if (!m_clientSecret->text().isEmpty()) {
        oidc.insert(QStringLiteral("client_secret"), m_clientSecret->text());
    }
    SsoWizard* w = ssoWizard();
    w->api().updateConnection(
        w->organization().id,
        w->connection().id,
        QJsonObject{{QStringLiteral("oidc_config"), oidc}},
        this,
        [this, done](const client::ApiResult<client::Connection>& updated) {
            if (!updated.ok()) {
                done(false,
                     tr("The environment refused the OIDC configuration: %1").arg(updated.error().detailedText()));
                return;
            }
            m_clientSecret->clear();
            ssoWizard()->setConnection(updated.value());
            done(true, {});
        });
}

} // namespace gatehouse::ui
