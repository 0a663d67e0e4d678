#pragma once

#include "core/saml/ValidationPolicy.h"
#include "core/util/Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace gatehouse::ui {

// The validation policy controls: expected role, expiry warning window, trusted signer certificate, lab mode.
class PolicyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyPanel(QWidget* parent = nullptr);

    // The policy as set; fails (with a user-readable message) when the signer certificate cannot be read.
    core::Result<core::saml::ValidationPolicy> policy() const;
    bool labMode() const;

Q_SIGNALS:
    void labModeChanged(bool lab);

private:
    QWidget* createSignerRow();
    void browseSignerCertificate();

    QComboBox* m_roleCombo;
    QSpinBox* m_expiryDays;
    QLineEdit* m_signerEdit = nullptr;
    QCheckBox* m_requireSignature;
    QCheckBox* m_labMode;
};

} // namespace gatehouse::ui
