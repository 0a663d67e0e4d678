#include "ui/wizard/ProviderPage.h"

#include "ui/WidgetTag.h"
#include "ui/wizard/SsoWizard.h"

#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QVBoxLayout>

namespace gatehouse::ui {

ProviderPage::ProviderPage(SsoWizard* wizard)
    : SsoWizardPage(wizard)
    , m_list(new QListWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("providerPage"));
    setTitle(tr("Choose the identity provider"));
    setSubTitle(tr("Which identity provider does the organization sign in with? The next pages use that "
                   "provider's own names for every value."));
    tagWidget(m_list, "providerList", tr("Identity providers"));
    for (const IdpPreset& preset : IdpPresets::all()) {
        auto* item = new QListWidgetItem(
            preset.isSaml() ? tr("%1 (SAML)").arg(preset.name) : tr("%1 (OIDC)").arg(preset.name), m_list);
        item->setData(Qt::UserRole, preset.key);
    }
    m_note->setObjectName(QStringLiteral("providerNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Identity provider:"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    addStatusArea("provider");
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem()) {
            ssoWizard()->setPreset(item->data(Qt::UserRole).toString());
        }
        Q_EMIT completeChanged();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (isComplete()) {
            this->wizard()->next();
        }
    });
}

void ProviderPage::initializePage()
{
    const QString key = ssoWizard()->preset().key;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == key) {
            m_list->setCurrentRow(row);
        }
    }
    const bool existing = ssoWizard()->hasConnection();
    m_list->setEnabled(!existing);
    m_note->setVisible(existing);
    m_note->setText(existing ? tr("Connection %1 already exists; its identity provider cannot be changed here.")
                                   .arg(ssoWizard()->connection().id)
                             : QString());
    m_list->setFocus();
}

bool ProviderPage::isComplete() const
{
    return m_list->currentItem() != nullptr && !isBusy();
}

void ProviderPage::commit(Done done)
{
    SsoWizard* w = ssoWizard();
    if (w->hasConnection()) {
        done(true, {});
        return;
    }
    const IdpPreset& preset = w->preset();
    setStatus(tr("Creating the connection…"), false);
    QPointer<SsoWizard> guard(w);
    w->api().createConnection(
        w->organization().id,
        preset.provider,
        preset.isSaml() ? QStringLiteral("SAML") : QStringLiteral("OIDC"),
        this,
        [this, guard, done](const client::ApiResult<client::Connection>& created) {
            if (!created.ok()) {
                done(false, tr("The connection could not be created: %1").arg(created.error().detailedText()));
                return;
            }
            setStatus({}, false);
            if (guard) {
                guard->setConnection(created.value());
            }
            done(true, {});
        });
}

} // namespace gatehouse::ui
