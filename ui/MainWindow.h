#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMessageBox;
class QListWidget;
class QStackedWidget;

namespace gatehouse::client {
class EnvironmentController;
}

namespace gatehouse::ui {

class EnvironmentBar;
class EventsView;
class WebhooksView;
class InspectorView;
class MessageBar;
class MetadataValidatorView;
class SetupView;
class SsoWizard;
class SettingsPage;

// The application window: navigation sidebar, one page per area, menus with the global shortcuts, status
// bar. Geometry and state are remembered with QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a metadata file in the validator (command-line argument, drop, Ctrl+O).
    void openMetadataFile(const QString& path);
    MetadataValidatorView* validatorView() const;
    InspectorView* inspectorView() const;
    // Connects the environment switcher, the inspector and the status bar to the app's environments. Without
    // one the inspector says it is not connected.
    void setEnvironmentController(client::EnvironmentController* controller);
    SetupView* setupView() const;
    // A portal link (location URL or gatehouse://portal?link=…) or a metadata file: command line, forwarded by
    // a second instance.
    void handleArgument(const QString& argument);
    // Opens an admin-portal link: only that organization and the wizards its features grant.
    void openPortalLink(const QString& text);
    void choosePortalLink();
    // The SSO setup wizard for an organization of the Setup page, with the Setup page's client (the
    // environment's, or the portal session's in admin-portal mode). Null when there is no client.
    SsoWizard* openSsoWizard(const QString& organizationId);
    SsoWizard* ssoWizard() const;
    // Preferences (File › Settings…, QKeySequence::Preferences): shows the Settings page of the sidebar.
    SettingsPage* openSettings();
    SettingsPage* settingsPage() const;
    // Hosts (scheme://host:port) the user has opened portal links for (QSettings "portal/knownHosts"). A link
    // handed over from outside (command line, gatehouse://, a second instance) for any other host waits for
    // the user's confirmation naming the host; a link the user pastes in File → Open Portal Link… is their
    // own choice. The host is remembered once a session is opened.
    static bool isKnownPortalHost(const QUrl& link);
    static void rememberPortalHost(const QUrl& link);
    // The open confirmation for a link to a new host (objectName confirmPortalHostBox), or null.
    QMessageBox* portalHostConfirmation() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createNavigation();
    void connectSettingsPage();
    void createMenus();
    void addPage(QWidget* page, const QIcon& icon, const QString& title);
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();
    void showPage(QWidget* page);
    void onEnvironmentStatus();
    void enterPortalMode();
    void confirmPortalHost(const QUrl& link, const QString& text);

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    MetadataValidatorView* m_validator;
    InspectorView* m_inspector;
    EventsView* m_events;
    WebhooksView* m_webhooks = nullptr;
    SettingsPage* m_settings = nullptr;
    SetupView* m_setup;
    EnvironmentBar* m_environmentBar;
    MessageBar* m_notice;
    QLabel* m_environmentStatus;
    QPointer<client::EnvironmentController> m_controller;
    QPointer<SsoWizard> m_ssoWizard;
    QPointer<QMessageBox> m_hostConfirmation;
};

} // namespace gatehouse::ui
