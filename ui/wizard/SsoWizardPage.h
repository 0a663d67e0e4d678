#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;

namespace gatehouse::ui {

class SsoWizard;

// A wizard page whose "Next" saves something on the engine first: validatePage() starts commit() and returns
// false; when the call succeeds the page moves on by itself, when it fails the error stays inline. The UI is
// never blocked while the call runs (a busy bar shows it).
class SsoWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SsoWizardPage(SsoWizard* wizard);

    bool validatePage() override;
    bool isBusy() const;

protected:
    using Done = std::function<void(bool ok, const QString& error)>;
    // Saves the page; calls done exactly once. The default has nothing to save.
    virtual void commit(Done done);
    SsoWizard* ssoWizard() const;
    // The inline status line and busy bar every page has at its bottom (objectNames <page>Status, <page>Busy).
    void addStatusArea(const char* objectPrefix);
    void setStatus(const QString& text, bool error);
    void setBusy(bool busy);

private:
    SsoWizard* m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_busyBar = nullptr;
    bool m_busy = false;
    bool m_passed = false;
};

} // namespace gatehouse::ui
