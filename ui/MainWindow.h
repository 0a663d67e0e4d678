#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createNavigation();
    void createMenus();
    void addPage(QWidget* page, const QIcon& icon, const QString& title);
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();
    void showPage(QWidget* page);
    void onEnvironmentStatus();
    void enterPortalMode();

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    MetadataValidatorView* m_validator;
    InspectorView* m_inspector;
    EventsView* m_events;
    WebhooksView* m_webhooks = nullptr;
    SetupView* m_setup;
    EnvironmentBar* m_environmentBar;
    MessageBar* m_notice;
    QLabel* m_environmentStatus;
    QPointer<client::EnvironmentController> m_controller;
};

} // namespace gatehouse::ui
