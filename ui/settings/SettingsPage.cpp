#include "ui/settings/SettingsPage.h"

#include "client/EnvironmentController.h"
#include "client/EnvironmentStore.h"
#include "ui/WidgetTag.h"
#include "ui/environments/AddEnvironmentDialog.h"
#include "ui/settings/BrowsingData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QLabel* noteLabel(const QString& text, const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SettingsPage::SettingsPage(client::EnvironmentController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_tabs(new QTabWidget(this))
    , m_environments(new QListWidget(this))
    , m_addEnvironment(new QPushButton(tr("&Add…"), this))
    , m_editEnvironment(new QPushButton(tr("&Edit…"), this))
    , m_removeEnvironment(new QPushButton(tr("&Remove…"), this))
    , m_dataDir(new QLineEdit(this))
    , m_browseDataDir(new QPushButton(tr("&Browse…"), this))
    , m_openDataDir(new QPushButton(tr("&Open Data Folder"), this))
    , m_port(new QSpinBox(this))
    , m_startAtLaunch(new QCheckBox(tr("&Start the local engine when Gatehouse starts"), this))
    , m_plainSecretFile(new QCheckBox(
          tr("Store client secrets in a plain &file when the system keychain is not available (not recommended)"),
          this))
    , m_logLevel(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_clearBrowserData(new QPushButton(tr("&Clear Browser Data"), this))
    , m_clearResult(new QLabel(this))
    , m_restartEngine(new QPushButton(tr("Restart &Engine Now"), this))
    , m_restartProgress(new QProgressBar(this))
    , m_restartStatus(new QLabel(this))
    , m_restartNeeded(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Reset, this))
{
    setObjectName(QStringLiteral("settingsPage"));
    setAccessibleName(tr("Settings"));
    tagWidget(m_tabs, "settingsTabs", tr("Settings sections"));
    m_tabs->addTab(createEnvironmentsPage(), tr("E&nvironments"));
    m_tabs->addTab(createEnginePage(), tr("&Local Engine"));
    m_tabs->addTab(createAppearancePage(), tr("A&ppearance"));
    m_tabs->addTab(createPrivacyPage(), tr("Pri&vacy"));

    tagWidget(m_error, "settingsErrorLabel", tr("Settings error"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    QPushButton* applyButton = m_buttons->button(QDialogButtonBox::Apply);
    applyButton->setText(tr("Appl&y"));
    applyButton->setObjectName(QStringLiteral("settingsApplyButton"));
    applyButton->setAccessibleName(tr("Save the settings"));
    QPushButton* revertButton = m_buttons->button(QDialogButtonBox::Reset);
    revertButton->setText(tr("Rever&t"));
    revertButton->setObjectName(QStringLiteral("settingsRevertButton"));
    revertButton->setAccessibleName(tr("Discard the changes"));
    connect(applyButton, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(revertButton, &QPushButton::clicked, this, &SettingsPage::revert);

    auto* title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("settingsTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    loadValues();
    // The engine of this session started with the values saved at start-up.
    m_engineDataDir = m_loaded.effectiveEngineDataDir();
    m_enginePort = m_loadedPort;
    m_engineLogLevel = m_loaded.engineLogLevel;

    m_controller.clear();
    setController(controller);
}

void SettingsPage::setController(client::EnvironmentController* controller)
{
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    m_restartInProgress = false;
    m_restartStatus->clear();
    if (m_controller) {
        connect(
            m_controller, &client::EnvironmentController::environmentsChanged, this, &SettingsPage::reloadEnvironments);
        connect(
            m_controller, &client::EnvironmentController::currentChanged, this, &SettingsPage::updateEngineControls);
        connect(m_controller, &client::EnvironmentController::statusChanged, this, &SettingsPage::onControllerStatus);
    }
    reloadEnvironments();
    updateEngineControls();
}

void SettingsPage::loadValues()
{
    const QSettings settings;
    m_loaded = Preferences::load(settings);
    {
        QSettings store;
        m_loadedPort = client::EnvironmentStore(&store).localPort();
    }
    m_dataDir->setText(QDir::toNativeSeparators(m_loaded.effectiveEngineDataDir()));
    m_port->setValue(m_loadedPort);
    m_startAtLaunch->setChecked(m_loaded.startEngineAtLaunch);
    m_plainSecretFile->setChecked(m_loaded.plainSecretFile);
    m_logLevel->setCurrentIndex(m_logLevel->findData(Preferences::logLevelKey(m_loaded.engineLogLevel)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loaded.language)));
}

void SettingsPage::revert()
{
    loadValues();
    showError(QString());
}

QWidget* SettingsPage::createEnvironmentsPage()
{
    auto* page = new QWidget(this);
    tagWidget(page, "settingsEnvironmentsPage", tr("Environments"));
    tagWidget(m_environments, "settingsEnvironmentList", tr("Environments"));
    tagWidget(m_addEnvironment, "settingsAddEnvironmentButton", tr("Add environment"));
    tagWidget(m_editEnvironment, "settingsEditEnvironmentButton", tr("Edit the selected environment"));
    tagWidget(m_removeEnvironment, "settingsRemoveEnvironmentButton", tr("Remove the selected environment"));
    auto* label = new QLabel(tr("&Known environments:"), page);
    label->setBuddy(m_environments);
    connect(m_environments, &QListWidget::currentRowChanged, this, &SettingsPage::updateEnvironmentButtons);
    connect(m_environments, &QListWidget::itemActivated, this, &SettingsPage::editEnvironment);
    connect(m_addEnvironment, &QPushButton::clicked, this, &SettingsPage::addEnvironment);
    connect(m_editEnvironment, &QPushButton::clicked, this, &SettingsPage::editEnvironment);
    connect(m_removeEnvironment, &QPushButton::clicked, this, &SettingsPage::removeEnvironment);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_addEnvironment);
    buttons->addWidget(m_editEnvironment);
    buttons->addWidget(m_removeEnvironment);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_environments, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addLayout(row, 1);
    layout->addWidget(noteLabel(tr("Client secrets are kept in the system keychain, never in the settings file. "
                                   "The local engine is always present and cannot be edited or removed here."),
                                "settingsEnvironmentsNote",
                                page));
    tagWidget(m_plainSecretFile, "plainSecretFileCheck", tr("Store client secrets in a plain file without a keychain"));
    m_plainSecretFile->setAccessibleDescription(
        tr("Only where the system keychain is not available: client secrets are written to %1, readable by your user "
           "account and by anything running as you. Turning this off deletes the file.")
            .arg(QDir::toNativeSeparators(Preferences::plainSecretFilePath())));
    m_plainSecretFile->setToolTip(m_plainSecretFile->accessibleDescription());
    layout->addWidget(m_plainSecretFile);
    return page;
}

QWidget* SettingsPage::createEnginePage()
{
    auto* page = new QWidget(this);
    tagWidget(page, "settingsEnginePage", tr("Local engine"));
    tagWidget(m_dataDir, "engineDataDirEdit", tr("Local engine data folder"));
    tagWidget(m_browseDataDir, "browseEngineDataDirButton", tr("Choose the data folder"));
    tagWidget(m_openDataDir, "openEngineDataDirButton", tr("Open the data folder in the file manager"));
    tagWidget(m_port, "enginePortSpin", tr("Local engine port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Automatic"));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000000000")) + 40);
    tagWidget(m_startAtLaunch, "startEngineAtLaunchCheck", tr("Start the local engine when Gatehouse starts"));
    tagWidget(m_logLevel, "engineLogLevelCombo", tr("Local engine log level"));
    m_logLevel->addItem(tr("Warnings and errors"), Preferences::logLevelKey(Preferences::EngineLogLevel::Warning));
    m_logLevel->addItem(tr("Information (default)"), Preferences::logLevelKey(Preferences::EngineLogLevel::Info));
    m_logLevel->addItem(tr("Debug (troubleshooting)"), Preferences::logLevelKey(Preferences::EngineLogLevel::Debug));
    connect(m_browseDataDir, &QPushButton::clicked, this, &SettingsPage::chooseDataDir);
    connect(m_openDataDir, &QPushButton::clicked, this, &SettingsPage::openDataDir);
    tagWidget(m_restartEngine, "restartEngineButton", tr("Restart the local engine now"));
    tagWidget(m_restartProgress, "engineRestartProgress", tr("Local engine restart progress"));
    tagWidget(m_restartStatus, "engineRestartStatus", tr("Local engine status"));
    tagWidget(m_restartNeeded, "engineRestartNeededLabel", tr("Local engine restart needed"));
    m_restartProgress->setRange(0, 0); // busy: the steps (stop, start, health, connect) have no fixed duration
    m_restartProgress->setTextVisible(false);
    m_restartProgress->setMaximumWidth(160);
    m_restartProgress->hide();
    m_restartStatus->setWordWrap(true);
    m_restartStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restartNeeded->setWordWrap(true);
    m_restartNeeded->hide();
    connect(m_restartEngine, &QPushButton::clicked, this, &SettingsPage::restartEngine);

    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dataDir, 1);
    dirRow->addWidget(m_browseDataDir);
    dirRow->addWidget(m_openDataDir);
    auto* form = new QFormLayout;
    auto* dirLabel = new QLabel(tr("&Data folder:"), page);
    dirLabel->setBuddy(m_dataDir);
    form->addRow(dirLabel, dirRow);
    auto* portLabel = new QLabel(tr("Po&rt on 127.0.0.1:"), page);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, m_port);
    auto* levelLabel = new QLabel(tr("Lo&g level:"), page);
    levelLabel->setBuddy(m_logLevel);
    form->addRow(levelLabel, m_logLevel);
    form->addRow(m_startAtLaunch);
    auto* restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartEngine);
    restartRow->addWidget(m_restartProgress);
    restartRow->addWidget(m_restartStatus, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("The port, the data folder and the log level take effect when the local engine "
                                   "restarts: apply them, then restart the engine. The port is part of the local "
                                   "engine's SP entity IDs, ACS URLs and token issuer: changing it breaks connections "
                                   "already configured at an identity provider. A new data folder starts an empty "
                                   "engine with new credentials."),
                                "settingsEngineNote",
                                page));
    layout->addWidget(m_restartNeeded);
    layout->addLayout(restartRow);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsPage::createAppearancePage()
{
    auto* page = new QWidget(this);
    tagWidget(page, "settingsAppearancePage", tr("Appearance"));
    tagWidget(m_language, "languageCombo", tr("Interface language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("Lan&guage:"), page);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("A new language takes effect after Gatehouse is restarted. Colours follow the "
                                   "system's light or dark appearance."),
                                "settingsAppearanceNote",
                                page));
    layout->addStretch(1);
    return page;
}

QWidget* SettingsPage::createPrivacyPage()
{
    auto* page = new QWidget(this);
    tagWidget(page, "settingsPrivacyPage", tr("Privacy"));
    tagWidget(m_clearBrowserData, "clearBrowserDataButton", tr("Clear the embedded browser's cookies and cache"));
    tagWidget(m_clearResult, "clearBrowserDataResult", tr("Result of clearing browser data"));
    m_clearResult->setWordWrap(true);
    connect(m_clearBrowserData, &QPushButton::clicked, this, &SettingsPage::clearBrowserData);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(noteLabel(tr("The connection test browser keeps no cookies or cache after it closes. Clearing "
                                   "now also ends the identity-provider sessions of test browsers that are open."),
                                "settingsPrivacyNote",
                                page));
    layout->addWidget(m_clearBrowserData, 0, Qt::AlignLeft);
    layout->addWidget(m_clearResult);
    layout->addStretch(1);
    return page;
}

void SettingsPage::reloadEnvironments()
{
    const QString selected =
        m_environments->currentItem() ? m_environments->currentItem()->data(Qt::UserRole).toString() : QString();
    m_environments->clear();
    if (m_controller) {
        for (const client::Environment& environment : m_controller->environments()) {
            const QString text =
                environment.isLocal()
                    ? environment.name
                    : tr("%1 (%2) — %3").arg(environment.name, environment.kindText(), environment.url.toString());
            auto* item = new QListWidgetItem(text, m_environments);
            item->setData(Qt::UserRole, environment.id);
            item->setData(Qt::AccessibleTextRole, text);
            if (environment.id == selected) {
                m_environments->setCurrentItem(item);
            }
        }
    }
    if (!m_environments->currentItem() && m_environments->count() > 0) {
        m_environments->setCurrentRow(0);
    }
    updateEnvironmentButtons();
}

void SettingsPage::updateEnvironmentButtons()
{
    const QListWidgetItem* item = m_environments->currentItem();
    const bool remote = item && item->data(Qt::UserRole).toString() != client::Environment::kLocalId;
    m_addEnvironment->setEnabled(m_controller);
    m_editEnvironment->setEnabled(m_controller && remote);
    m_removeEnvironment->setEnabled(m_controller && remote);
}

void SettingsPage::addEnvironment()
{
    if (!m_controller || m_environmentDialog) {
        return;
    }
    auto* dialog = new AddEnvironmentDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_environmentDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_controller) {
            m_controller->addEnvironment(dialog->environment(), dialog->clientSecret());
        }
    });
    dialog->open();
}

void SettingsPage::editEnvironment()
{
    const QListWidgetItem* item = m_environments->currentItem();
    if (!m_controller || !item || m_environmentDialog) {
        return;
    }
    const QString id = item->data(Qt::UserRole).toString();
    for (const client::Environment& environment : m_controller->environments()) {
        if (environment.id != id || environment.isLocal()) {
            continue;
        }
        auto* dialog = new AddEnvironmentDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setEnvironment(environment);
        m_environmentDialog = dialog;
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (m_controller) {
                m_controller->updateEnvironment(dialog->environment(), dialog->clientSecret());
            }
        });
        dialog->open();
        return;
    }
}

void SettingsPage::removeEnvironment()
{
    const QListWidgetItem* item = m_environments->currentItem();
    if (!m_controller || !item || m_confirmation) {
        return;
    }
    const QString id = item->data(Qt::UserRole).toString();
    QString name;
    for (const client::Environment& environment : m_controller->environments()) {
        if (environment.id == id && !environment.isLocal()) {
            name = environment.name;
        }
    }
    if (name.isEmpty()) {
        return; // the local environment, or gone meanwhile
    }
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Remove Environment"),
                                tr("Remove the environment “%1” and its stored client secret from this computer? The "
                                   "environment itself is not changed.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("removeEnvironmentConfirmation"));
    box->setAccessibleName(tr("Confirm removing an environment"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes && m_controller) {
            m_controller->removeEnvironment(id);
        }
    });
    m_confirmation = box;
    box->open();
}

void SettingsPage::chooseDataDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Local Engine Data Folder"), m_dataDir->text());
    if (!dir.isEmpty()) {
        m_dataDir->setText(QDir::toNativeSeparators(dir));
    }
}

void SettingsPage::openDataDir()
{
    const QString dir = QDir::fromNativeSeparators(m_dataDir->text().trimmed());
    if (dir.isEmpty() || !QDir::isAbsolutePath(dir)) {
        showError(tr("The data folder must be an absolute path."));
        return;
    }
    if (!QDir().mkpath(dir)) {
        showError(tr("Could not create the data folder %1.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir))) {
        showError(tr("No file manager could open %1.").arg(QDir::toNativeSeparators(dir)));
    }
}

void SettingsPage::clearBrowserData()
{
    QString error;
    const QString summary = clearEmbeddedBrowserData(&error);
    m_clearResult->setText(error.isEmpty() ? summary : error);
    m_clearResult->setAccessibleDescription(m_clearResult->text());
}

void SettingsPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->setVisible(!message.isEmpty());
}

bool SettingsPage::apply()
{
    Preferences preferences;
    const QString dir = QDir::cleanPath(QDir::fromNativeSeparators(m_dataDir->text().trimmed()));
    if (dir.isEmpty() || dir == QStringLiteral(".") || !QDir::isAbsolutePath(dir)) {
        m_tabs->setCurrentIndex(1);
        m_dataDir->setFocus();
        showError(tr("The data folder must be an absolute path, e.g. %1.")
                      .arg(QDir::toNativeSeparators(Preferences::defaultEngineDataDir())));
        return false;
    }
    const int port = m_port->value();
    if (port != 0 && port < 1024) {
        m_tabs->setCurrentIndex(1);
        m_port->setFocus();
        showError(tr("Port %1 needs administrator rights: choose a port from 1024 to 65535, or Automatic.").arg(port));
        return false;
    }
    preferences.engineDataDir = dir == QDir::cleanPath(Preferences::defaultEngineDataDir()) ? QString() : dir;
    preferences.startEngineAtLaunch = m_startAtLaunch->isChecked();
    const QString level = m_logLevel->currentData().toString();
    for (const auto candidate : {Preferences::EngineLogLevel::Warning,
                                 Preferences::EngineLogLevel::Info,
                                 Preferences::EngineLogLevel::Debug}) {
        if (level == Preferences::logLevelKey(candidate)) {
            preferences.engineLogLevel = candidate;
        }
    }
    preferences.language = m_language->currentData().toString();
    preferences.plainSecretFile = m_plainSecretFile->isChecked();

    QSettings settings;
    preferences.save(settings);
    if (m_controller) {
        m_controller->setPlainFileFallback(preferences.plainSecretFile ? Preferences::plainSecretFilePath()
                                                                       : QString());
    }
    client::EnvironmentStore store(&settings);
    const bool dataDirChanged = preferences.effectiveEngineDataDir() != m_loaded.effectiveEngineDataDir();
    if (dataDirChanged) {
        // Another folder is another engine: its credentials are obtained (or rotated) at its next start.
        store.setLocalClientId(QString());
    }
    if (port != m_loadedPort) {
        store.setLocalPort(static_cast<quint16>(port));
    }
    store.sync();
    const bool restartNeeded = dataDirChanged || port != m_loadedPort || preferences.language != m_loaded.language
                               || preferences.engineLogLevel != m_loaded.engineLogLevel;
    m_loaded = preferences;
    m_loadedPort = static_cast<quint16>(port);
    showError(QString());
    updateEngineControls();
    Q_EMIT applied(restartNeeded);
    return true;
}

bool SettingsPage::engineRestartPending() const
{
    return m_loaded.effectiveEngineDataDir() != m_engineDataDir || m_loadedPort != m_enginePort
           || m_loaded.engineLogLevel != m_engineLogLevel;
}

bool SettingsPage::restartEngine()
{
    if (!m_controller || m_portalMode || !m_controller->current().isLocal() || m_restartInProgress) {
        updateEngineControls();
        return false;
    }
    if (!apply()) {
        return false; // the reason is shown; nothing restarts with invalid values
    }
    const QString dataDir = m_loaded.effectiveEngineDataDir();
    // Set before the request: a start that fails at once reports back before restartLocalEngine() returns.
    m_restartInProgress = true;
    m_engineDataDir = dataDir;
    m_enginePort = m_loadedPort;
    m_engineLogLevel = m_loaded.engineLogLevel;
    updateEngineControls();
    if (!m_controller->restartLocalEngine(dataDir, Preferences::loggingRules(m_loaded.engineLogLevel))) {
        m_restartInProgress = false;
        m_restartStatus->setText(tr("The local engine cannot be restarted right now; try again in a moment."));
        updateEngineControls();
        return false;
    }
    Q_EMIT engineRestartRequested();
    return true;
}

void SettingsPage::onControllerStatus()
{
    if (!m_controller || !m_controller->current().isLocal()) {
        updateEngineControls();
        return;
    }
    const auto status = m_controller->status();
    const QString text = m_controller->statusText();
    if (m_restartInProgress && status != client::EnvironmentController::Status::Connecting) {
        m_restartInProgress = false;
        m_restartStatus->setText(status == client::EnvironmentController::Status::Connected
                                     ? tr("Restarted. %1").arg(text)
                                     : tr("The restart failed: %1").arg(text));
    } else if (m_restartInProgress || !text.isEmpty()) {
        m_restartStatus->setText(text);
    }
    m_restartStatus->setAccessibleDescription(m_restartStatus->text());
    updateEngineControls();
}

void SettingsPage::updateEngineControls()
{
    const bool local = m_controller && m_controller->current().isLocal();
    m_restartEngine->setEnabled(local && !m_portalMode && !m_restartInProgress);
    m_restartProgress->setVisible(m_restartInProgress);
    if (!m_controller) {
        m_restartStatus->setText(tr("No environments are available here, so the local engine cannot be restarted."));
    } else if (!local) {
        m_restartStatus->setText(tr("The current environment is remote: only the bundled local engine can be "
                                    "restarted from here."));
    } else if (!m_restartInProgress && m_restartStatus->text().isEmpty()) {
        m_restartStatus->setText(m_controller->statusText());
    }
    m_restartStatus->setAccessibleDescription(m_restartStatus->text());
    const bool pending = local && m_controller->localEngine() && engineRestartPending();
    if (pending) {
        QStringList changed;
        if (m_loaded.effectiveEngineDataDir() != m_engineDataDir) {
            changed << tr("data folder");
        }
        if (m_loadedPort != m_enginePort) {
            changed << tr("port");
        }
        if (m_loaded.engineLogLevel != m_engineLogLevel) {
            changed << tr("log level");
        }
        m_restartNeeded->setText(tr("Changed since the local engine started: %1. Restart it now to use the saved "
                                    "settings.")
                                     .arg(QLocale().createSeparatedList(changed)));
        m_restartNeeded->setAccessibleDescription(m_restartNeeded->text());
    }
    m_restartNeeded->setVisible(pending);
}

void SettingsPage::setPortalMode(bool portalMode)
{
    m_portalMode = portalMode;
    m_tabs->setTabEnabled(0, !portalMode); // environments
    m_tabs->setTabEnabled(1, !portalMode); // local engine
    if (portalMode && m_tabs->currentIndex() < 2) {
        m_tabs->setCurrentIndex(2);
    }
    updateEngineControls();
}

AddEnvironmentDialog* SettingsPage::environmentDialog() const
{
    return m_environmentDialog;
}

QMessageBox* SettingsPage::confirmation() const
{
    return m_confirmation;
}

} // namespace gatehouse::ui
