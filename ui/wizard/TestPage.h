#pragma once

#include "ui/wizard/SsoWizardPage.h"

#include <QJsonObject>

class QLabel;
class QPushButton;

namespace gatehouse::ui {

// Step 5: test the connection. "Test Connection…" opens the test browser on the connection's
// test_connection_uri; the outcome (success with the profile, or the error code, reason and fix) is shown here.
// Testing is not required to go on, but the next page warns when no test has passed.
class TestPage : public SsoWizardPage
{
    Q_OBJECT

public:
    explicit TestPage(SsoWizard* wizard);

    void initializePage() override;

private:
    void showResult(const QJsonObject& result);

    QLabel* m_summary;
    QLabel* m_outcome;
    QPushButton* m_test;
};

} // namespace gatehouse::ui
