#pragma once

#include "core/saml/MetadataValidator.h"
#include "ui/wizard/SsoWizardPage.h"

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace gatehouse::ui {

class UrlFetchWidget;
class ValidationRunner;

// Step 4 (SAML): the IdP's side, by metadata URL (fetched off the UI thread through the guarded fetcher and
// validated live with the metadata validator, findings and fixes inline), by metadata file, or manually (issuer,
// sign-on URL, signing certificate pasted or loaded from a file). A document with errors is never sent. Next
// saves it in the connection's saml_config (the metadata XML as idp_metadata, which the engine validates again
// and stores; its refusals appear inline too).
class SamlIdpPage : public SsoWizardPage
{
    Q_OBJECT

public:
    enum class Mode
    {
        MetadataUrl,
        MetadataFile,
        Manual
    };

    explicit SamlIdpPage(SsoWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    void setMode(Mode mode);
    Mode mode() const;
    // Fills in the engine's own IdP simulator ({base}/simulator/saml/metadata) and fetches it.
    void useSimulator();
    void loadMetadataFile(const QString& path);
    bool documentValid() const;

Q_SIGNALS:
    void validated(bool valid);

protected:
    void commit(Done done) override;

private:
    QWidget* createUrlPanel();
    QWidget* createFilePanel();
    QWidget* createManualPanel();
    void validateDocument(const QByteArray& document, const QString& source, bool remote);
    void showReport(const core::saml::ValidationReport& report);
    void showEngineViolations(const QStringList& violations);
    void resetDocument();
    bool sameOriginAsEnvironment(const QUrl& url) const;

    QButtonGroup* m_modes;
    QStackedWidget* m_stack;
    UrlFetchWidget* m_urlFetch;
    QCheckBox* m_lab;
    QPushButton* m_simulator;
    QLineEdit* m_filePath;
    QLineEdit* m_entityId;
    QLineEdit* m_ssoUrl;
    QPlainTextEdit* m_certificate;
    QLabel* m_verdict;
    QTreeWidget* m_findings;
    QWidget* m_filler = nullptr; // takes the findings' room in manual mode
    ValidationRunner* m_runner;
    QByteArray m_document;
    QString m_source;
    bool m_valid = false;
    bool m_validating = false;
};

} // namespace gatehouse::ui
