#pragma once

#include "ui/wizard/SsoWizardPage.h"

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

// Step 4 (OIDC): issuer URL (or discovery URL), client ID, client secret (write-only: an empty field keeps the
// stored one), scopes and PKCE; "Use the Built-in Simulator" fills in the engine's OIDC simulator. Next saves it
// in the connection's oidc_config; the environment's refusals are shown inline.
class OidcIdpPage : public SsoWizardPage
{
    Q_OBJECT

public:
    explicit OidcIdpPage(SsoWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    void useSimulator();

protected:
    void commit(Done done) override;

private:
    bool hasStoredSecret() const;

    QLineEdit* m_issuer;
    QLineEdit* m_clientId;
    QLineEdit* m_clientSecret;
    QCheckBox* m_profile;
    QCheckBox* m_email;
    QCheckBox* m_pkce;
    QPushButton* m_simulator;
};

} // namespace gatehouse::ui
