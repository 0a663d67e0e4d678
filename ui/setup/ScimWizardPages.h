#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace gatehouse::ui {

class CopyField;
class DirectoryLiveView;
class RoleMappingEditor;
class ScimSelfCheck;
class ScimSetupWizard;

// The pages of ScimSetupWizard: thin adapters over the reusable widgets (CopyField, DirectoryLiveView,
// RoleMappingEditor) and ScimSelfCheck.

// Choose the provider; "Create Directory" creates, enables and issues the first token, then moves on.
class ScimProviderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScimProviderPage(ScimSetupWizard* wizard);
    bool isComplete() const override;

private:
    void create();
    void fail(const QString& message);

    ScimSetupWizard* m_wizard;
    QListWidget* m_providers;
    QPushButton* m_create;
    QLabel* m_error;
};

// Endpoint URL and token (shown once, copy, rotate, the one-time warning), named as the provider names them.
class ScimCredentialsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScimCredentialsPage(ScimSetupWizard* wizard);
    void initializePage() override;

private:
    void rotate();

    ScimSetupWizard* m_wizard;
    QLabel* m_endpointLabel;
    QLabel* m_tokenLabel;
    CopyField* m_endpoint;
    CopyField* m_token;
    QLabel* m_warning;
    QPushButton* m_rotate;
    QLabel* m_rotateState;
};

// The provider's own steps, numbered, with its exact labels.
class ScimStepsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScimStepsPage(ScimSetupWizard* wizard);
    void initializePage() override;

private:
    ScimSetupWizard* m_wizard;
    QLabel* m_steps;
};

// "Send test request" and the live view of users and groups.
class ScimCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScimCheckPage(ScimSetupWizard* wizard);
    ~ScimCheckPage() override;
    void initializePage() override;
    void cleanupPage() override;
    DirectoryLiveView* liveView() const;

private:
    void sendTest();

    ScimSetupWizard* m_wizard;
    ScimSelfCheck* m_check;
    QPushButton* m_send;
    QListWidget* m_results;
    QLabel* m_summary;
    DirectoryLiveView* m_live;
};

// Group-to-role mapping for the new directory.
class ScimMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScimMappingPage(ScimSetupWizard* wizard);
    void initializePage() override;

private:
    ScimSetupWizard* m_wizard;
    RoleMappingEditor* m_editor;
};

} // namespace gatehouse::ui
