#pragma once

#include "ui/wizard/SsoWizardPage.h"

class QCheckBox;
class QLabel;

namespace gatehouse::ui {

// Step 6 (commit page): enables the connection. When no test has passed in this session it warns, and the
// admin must tick "Enable without a passed test" first.
class EnablePage : public SsoWizardPage
{
    Q_OBJECT

public:
    explicit EnablePage(SsoWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void commit(Done done) override;

private:
    QLabel* m_summary;
    QLabel* m_warning;
    QCheckBox* m_confirm;
};

// The last page: what was done.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(SsoWizard* wizard);

    void initializePage() override;

private:
    SsoWizard* m_wizard;
    QLabel* m_text;
};

} // namespace gatehouse::ui
