#include "ui/wizard/EnablePage.h"

#include "ui/WidgetTag.h"
#include "ui/wizard/SsoWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace gatehouse::ui {

EnablePage::EnablePage(SsoWizard* wizard)
    : SsoWizardPage(wizard)
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_confirm(new QCheckBox(tr("Enable &without a passed test"), this))
{
    setObjectName(QStringLiteral("enablePage"));
    setTitle(tr("Enable the connection"));
    setSubTitle(tr("Once enabled, the organization's users sign in through this connection."));
    setCommitPage(true);
    tagWidget(m_summary, "enableSummaryLabel", tr("Connection summary"));
    tagWidget(m_warning, "enableWarningLabel", tr("Warning"));
    tagWidget(m_confirm, "enableWithoutTestCheck", tr("Enable without a passed test"));
    m_summary->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setText(tr("⚠ No test of this connection has passed in this session. Users may be unable to sign "
                          "in; test it first unless you know the configuration works."));
    connect(m_confirm, &QCheckBox::toggled, this, &EnablePage::completeChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_confirm);
    layout->addStretch(1);
    addStatusArea("enable");
}

void EnablePage::initializePage()
{
    const client::Connection& c = ssoWizard()->connection();
    m_summary->setText(
        tr("%1 connection %2 for %3 (%4). Status: %5.")
            .arg(c.type, c.id, ssoWizard()->organization().displayName, ssoWizard()->preset().name, c.status));
    const bool passed = ssoWizard()->testPassed();
    m_warning->setVisible(!passed);
    m_confirm->setVisible(!passed);
    m_confirm->setChecked(false);
}

bool EnablePage::isComplete() const
{
    return !isBusy() && (ssoWizard()->testPassed() || m_confirm->isChecked());
}

void EnablePage::commit(Done done)
{
    SsoWizard* w = ssoWizard();
    w->api().setEnabled(
        w->organization().id, w->connection().id, true, this, [this, done](const client::ApiResult<bool>& enabled) {
            if (!enabled.ok()) {
                done(false, tr("The connection was not enabled: %1").arg(enabled.error().detailedText()));
                return;
            }
            client::Connection c = ssoWizard()->connection();
            c.enabled = enabled.value();
            ssoWizard()->setConnection(c);
            done(enabled.value(), tr("The environment left the connection disabled."));
        });
}

DonePage::DonePage(SsoWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Single sign-on is on"));
    tagWidget(m_text, "doneLabel", tr("Result"));
    m_text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void DonePage::initializePage()
{
    const client::Connection& c = m_wizard->connection();
    m_text->setText(tr("Connection %1 is enabled. Users of %2 can now sign in with %3.")
                        .arg(c.id, m_wizard->organization().displayName, m_wizard->preset().name));
}

} // namespace gatehouse::ui
