#pragma once

#include "ui/wizard/SsoWizardPage.h"

class QLabel;
class QListWidget;

namespace gatehouse::ui {

// Step 1: which identity provider. Next creates the draft connection (provider + SAML/OIDC) on the environment.
class ProviderPage : public SsoWizardPage
{
    Q_OBJECT

public:
    explicit ProviderPage(SsoWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void commit(Done done) override;

private:
    QListWidget* m_list;
    QLabel* m_note;
};

} // namespace gatehouse::ui
