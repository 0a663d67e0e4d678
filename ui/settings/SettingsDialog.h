#pragma once

#include "ui/settings/Preferences.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace gatehouse::client {
class EnvironmentController;
}

namespace gatehouse::ui {

class AddEnvironmentDialog;

// Preferences (QKeySequence::Preferences): environments (list, add, edit, remove — through the
// EnvironmentController, so secrets stay in the keychain), the bundled local engine (data folder, port, start at
// launch, log level, open the data folder), the interface language (after a restart) and privacy (clear the
// embedded browser's data). Persisted with QSettings when OK is pressed; invalid input is shown inline.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(client::EnvironmentController* controller, QWidget* parent = nullptr);

    // Validates and saves; false (with the reason shown in `settingsErrorLabel`) when something is invalid.
    bool apply();
    void accept() override;

    // The Add/Edit environment dialog or the removal confirmation while one is open (for tests).
    AddEnvironmentDialog* environmentDialog() const;
    QMessageBox* confirmation() const;

Q_SIGNALS:
    // After a successful apply(): what changed needs a restart of the app (language) or of the engine.
    void applied(bool restartNeeded);

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

    QPointer<client::EnvironmentController> m_controller;
    Preferences m_loaded;
    quint16 m_loadedPort = 0;
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
    QComboBox* m_logLevel;
    QComboBox* m_language;
    QPushButton* m_clearBrowserData;
    QLabel* m_clearResult;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPointer<AddEnvironmentDialog> m_environmentDialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace gatehouse::ui
