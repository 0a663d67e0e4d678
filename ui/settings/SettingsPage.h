#pragma once

#include "ui/settings/Preferences.h"

#include <QWidget>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace gatehouse::client {
class EnvironmentController;
}

namespace gatehouse::ui {

class AddEnvironmentDialog;

// The Settings page of the sidebar (File › Settings…, QKeySequence::Preferences, navigates to it): environments
// (list, add, edit, remove — through the EnvironmentController, so secrets stay in the keychain), the bundled local
// engine (data folder, port, start at launch, log level, open the data folder, restart it now), the interface
// language (after a restart) and privacy (clear the embedded browser's data). Persisted with QSettings when Apply
// is pressed, Revert reloads the saved values; invalid input is shown inline. Port, data folder and log level are
// used by the engine's next start: after they changed the page says so and offers the restart.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(client::EnvironmentController* controller, QWidget* parent = nullptr);

    // Validates and saves; false (with the reason shown in `settingsErrorLabel`) when something is invalid.
    bool apply();
    // Puts the saved values back into the controls.
    void revert();
    // Applies, then restarts the bundled engine through the controller (asynchronously; progress and outcome in
    // `engineRestartStatus`). False when nothing was started: invalid input, a remote environment, no controller.
    bool restartEngine();
    // True while the running local engine was started with another port, data folder or log level than saved.
    bool engineRestartPending() const;
    // The environments edited here and the local engine restarted (null: neither is available).
    void setController(client::EnvironmentController* controller);
    // Admin-portal mode: only the organization of the link, so environments and the local engine are locked.
    void setPortalMode(bool portalMode);

    // The Add/Edit environment dialog or the removal confirmation while one is open (for tests).
    AddEnvironmentDialog* environmentDialog() const;
    QMessageBox* confirmation() const;

Q_SIGNALS:
    // After a successful apply(): what changed needs a restart of the app (language) or of the engine.
    void applied(bool restartNeeded);
    // A restart of the local engine was requested from this page.
    void engineRestartRequested();

private:
    QWidget* createEnvironmentsPage();
    QWidget* createEnginePage();
    QWidget* createAppearancePage();
    QWidget* createPrivacyPage();
    void reloadEnvironments();
    void updateEnvironmentButtons();
    void addEnvironment();
    void editEnvironment();
    void removeEnvironment();
    void chooseDataDir();
    void openDataDir();
    void clearBrowserData();
    void showError(const QString& message);
    void loadValues();
    void updateEngineControls();
    void onControllerStatus();

    QPointer<client::EnvironmentController> m_controller;
    Preferences m_loaded;
    quint16 m_loadedPort = 0;
    // What the running (or next) local engine was started with: compared with the saved values.
    QString m_engineDataDir;
    quint16 m_enginePort = 0;
    Preferences::EngineLogLevel m_engineLogLevel = Preferences::EngineLogLevel::Info;
    bool m_restartInProgress = false;
    bool m_portalMode = false;
    QTabWidget* m_tabs;
    QListWidget* m_environments;
    QPushButton* m_addEnvironment;
    QPushButton* m_editEnvironment;
    QPushButton* m_removeEnvironment;
    QLineEdit* m_dataDir;
    QPushButton* m_browseDataDir;
    QPushButton* m_openDataDir;
    QSpinBox* m_port;
    QCheckBox* m_startAtLaunch;
    QCheckBox* m_plainSecretFile;
    QComboBox* m_logLevel;
    QComboBox* m_language;
    QPushButton* m_clearBrowserData;
    QLabel* m_clearResult;
    QPushButton* m_restartEngine;
    QProgressBar* m_restartProgress;
    QLabel* m_restartStatus;
    QLabel* m_restartNeeded;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPointer<AddEnvironmentDialog> m_environmentDialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace gatehouse::ui
