#include "ui/validator/PolicyPanel.h"

#include "core/x509/Certificate.h"
#include "ui/WidgetTag.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace gatehouse::ui {

using core::saml::ExpectedRole;
using core::saml::ValidationPolicy;

PolicyPanel::PolicyPanel(QWidget* parent)
    : QWidget(parent)
    , m_roleCombo(new QComboBox(this))
    , m_expiryDays(new QSpinBox(this))
    , m_requireSignature(new QCheckBox(tr("Require a valid &signature by the trusted signer"), this))
    , m_labMode(new QCheckBox(tr("&Lab mode (allow http and local addresses)"), this))
{
    tagWidget(m_roleCombo, "expectedRoleCombo", tr("Expected role"));
    m_roleCombo->addItem(tr("Any role"), static_cast<int>(ExpectedRole::Any));
    m_roleCombo->addItem(tr("Identity provider"), static_cast<int>(ExpectedRole::IdentityProvider));
    m_roleCombo->addItem(tr("Service provider"), static_cast<int>(ExpectedRole::ServiceProvider));

    tagWidget(m_expiryDays, "expiryWarningDaysSpin", tr("Certificate expiry warning, in days"));
    m_expiryDays->setRange(0, 3650);
    m_expiryDays->setValue(ValidationPolicy{}.expiryWarningDays);
    m_expiryDays->setSuffix(tr(" days"));

    tagWidget(m_requireSignature, "requireSignatureCheck", tr("Require a valid signature by the trusted signer"));
    tagWidget(m_labMode, "labModeCheck", tr("Lab mode: allow http and local addresses"));
    m_labMode->setToolTip(tr("Only for test setups: allows http:// URLs, localhost and private addresses."));
    connect(m_labMode, &QCheckBox::toggled, this, &PolicyPanel::labModeChanged);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Expected &role:"), m_roleCombo);
    form->addRow(tr("&Warn about certificates expiring within:"), m_expiryDays);
    form->addRow(tr("Trusted si&gner certificate:"), createSignerRow());
    form->addRow(QString(), m_requireSignature);
    form->addRow(QString(), m_labMode);
}

QWidget* PolicyPanel::createSignerRow()
{
    auto* row = new QWidget(this);
    m_signerEdit = new QLineEdit(row);
    tagWidget(m_signerEdit, "trustedCertEdit", tr("Trusted signer certificate file (PEM)"));
    m_signerEdit->setPlaceholderText(tr("None (PEM file)"));
    m_signerEdit->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Choose…"), row);
    tagWidget(browse, "trustedCertBrowseButton", tr("Choose the trusted signer certificate file"));
    connect(browse, &QPushButton::clicked, this, &PolicyPanel::browseSignerCertificate);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_signerEdit, 1);
    layout->addWidget(browse);
    return row;
}

void PolicyPanel::browseSignerCertificate()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Trusted Signer Certificate"), QString(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty()) {
        m_signerEdit->setText(path);
    }
}

bool PolicyPanel::labMode() const
{
    return m_labMode->isChecked();
}

core::Result<ValidationPolicy> PolicyPanel::policy() const
{
    ValidationPolicy policy;
    policy.role = static_cast<ExpectedRole>(m_roleCombo->currentData().toInt());
    policy.expiryWarningDays = m_expiryDays->value();
    policy.lab = m_labMode->isChecked();
    policy.requireSignature = m_requireSignature->isChecked();
    const QString signerPath = m_signerEdit->text().trimmed();
    if (signerPath.isEmpty()) {
        return policy;
    }
    QFile file(signerPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{QStringLiteral("ui.signer-file"),
                           tr("Cannot read the trusted signer certificate %1: %2").arg(signerPath, file.errorString())};
    }
    const QByteArray pem = file.read(1024 * 1024);
    if (!core::x509::parsePem(pem).ok()) {
        return core::Error{QStringLiteral("ui.signer-pem"),
                           tr("%1 does not contain a PEM certificate.").arg(signerPath)};
    }
    policy.trustedCertsPem.append(pem);
    return policy;
}

} // namespace gatehouse::ui
