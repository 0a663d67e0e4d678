#pragma once

#include "ui/wizard/SsoWizardPage.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace gatehouse::ui {

// Step 2: the values the IdP needs (ACS URL, SP entity ID, SP metadata URL and download; for OIDC the redirect
// URI), each with a Copy button and labelled with the IdP's own field names, and that IdP's setup steps.
class ServiceProviderPage : public SsoWizardPage
{
    Q_OBJECT

public:
    explicit ServiceProviderPage(SsoWizard* wizard);

    void initializePage() override;
    // Saves the SP metadata (fetched from the SP metadata URL through the guarded fetcher) to `path`.
    void downloadMetadata(const QString& path);

Q_SIGNALS:
    void metadataDownloaded(const QString& path, const QString& error);

private:
    struct Row
    {
        QLabel* label;
        QLineEdit* value;
        QToolButton* copy;
    };

    Row addRow(const char* objectName);
    void showConnection();

    QFormLayout* m_form;
    Row m_acs;
    Row m_entityId;
    Row m_metadataUrl;
    Row m_redirectUri;
    QPushButton* m_download;
    QLabel* m_steps;
};

} // namespace gatehouse::ui
