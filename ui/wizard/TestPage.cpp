#include "ui/wizard/TestPage.h"

#include "ui/WidgetTag.h"
#include "ui/browser/TestOutcome.h"
#include "ui/wizard/SsoWizard.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

TestPage::TestPage(SsoWizard* wizard)
    : SsoWizardPage(wizard)
    , m_summary(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection…"), this))
{
    setObjectName(QStringLiteral("testPage"));
    setTitle(tr("Test the connection"));
    setSubTitle(tr("Sign in once through the identity provider in the test browser. The result, and a trace of "
                   "every SAML or OIDC message, appear there and here."));
    tagWidget(m_summary, "testSummaryLabel", tr("Connection under test"));
    tagWidget(m_outcome, "testOutcomeLabel", tr("Test outcome"));
    tagWidget(m_test, "testConnectionButton", tr("Test the connection in the embedded browser"));
    m_summary->setWordWrap(true);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(m_test, &QPushButton::clicked, this, [this] { ssoWizard()->openTestBrowser(); });
    connect(wizard, &SsoWizard::testResultChanged, this, &TestPage::showResult);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_outcome, 1, Qt::AlignTop);
    addStatusArea("test");
}

void TestPage::initializePage()
{
    const client::Connection& c = ssoWizard()->connection();
    m_summary->setText(
        tr("Connection %1 (%2, %3), status %4.").arg(c.id, ssoWizard()->preset().name, c.type, c.status));
    m_test->setEnabled(!c.testConnectionUri.isEmpty());
    showResult(ssoWizard()->lastTestResult());
    m_test->setFocus();
}

void TestPage::showResult(const QJsonObject& result)
{
    m_outcome->setText(result.isEmpty() ? tr("No test has run in this session yet.")
                                        : TestOutcome::summaryHtml(result));
}

} // namespace gatehouse::ui
