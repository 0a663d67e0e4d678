#include "ui/MainWindow.h"

#include "client/ApiClient.h"
#include "client/EnvironmentController.h"
#include "ui/MessageBar.h"
#include "ui/WidgetTag.h"
#include "ui/environments/EnvironmentBar.h"
#include "ui/events/EventsView.h"
#include "ui/webhooks/WebhooksView.h"
#include "ui/inspector/InspectorView.h"
#include "ui/setup/PortalLinkDialog.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/SetupView.h"
#include "ui/validator/MetadataValidatorView.h"
#include "ui/wizard/SsoWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kKnownPortalHostsKey = QStringLiteral("portal/knownHosts");

QString portalOrigin(const QUrl& link)
{
    return link.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded)
        .toLower();
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_validator(new MetadataValidatorView(this))
    , m_inspector(new InspectorView(this))
    , m_events(new EventsView(this))
    , m_setup(new SetupView(this))
    , m_environmentBar(new EnvironmentBar(this))
    , m_notice(new MessageBar(this))
    , m_environmentStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(QIcon(QStringLiteral(":/gatehouse/icons/gatehouse.svg")));
    tagWidget(m_pages, "pageStack", tr("Current page"));
    createNavigation();
    addPage(m_inspector, QIcon(QStringLiteral(":/gatehouse/icons/entity.svg")), tr("Organizations"));
    addPage(m_events, QIcon(QStringLiteral(":/gatehouse/icons/severity-info.svg")), tr("Events"));
    addPage(m_validator, QIcon(QStringLiteral(":/gatehouse/icons/validator.svg")), tr("Metadata validator"));
    addPage(m_setup, QIcon(QStringLiteral(":/gatehouse/icons/certificate.svg")), tr("Setup"));
    m_webhooks = new WebhooksView(this);
    addPage(m_webhooks, QIcon(QStringLiteral(":/gatehouse/icons/webhook.svg")), tr("Webhooks"));
    m_settings = new SettingsPage(nullptr, this);
    addPage(m_settings, QIcon(QStringLiteral(":/gatehouse/icons/settings.svg")), tr("Settings"));
    connectSettingsPage();
    m_navigation->setCurrentRow(0);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 1000});
    m_notice->setObjectName(QStringLiteral("environmentNotice"));
    m_notice->hide();
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto* toolBar = addToolBar(tr("Environment"));
    toolBar->setObjectName(QStringLiteral("environmentToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_environmentBar);

    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->showMessage(tr("Ready"));
    m_environmentStatus->setObjectName(QStringLiteral("environmentStatusLabel"));
    statusBar()->addPermanentWidget(m_environmentStatus);
    m_environmentStatus->setText(tr("No environment"));
    connect(m_inspector, &InspectorView::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message);
    });
    connect(m_validator, &MetadataValidatorView::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message);
    });
    connect(m_setup, &SetupView::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message);
    });
    connect(m_setup, &SetupView::portalModeEntered, this, &MainWindow::enterPortalMode);
    connect(m_setup, &SetupView::ssoSetupRequested, this, &MainWindow::openSsoWizard);
    restoreWindowState();
}

void MainWindow::createNavigation()
{
    tagWidget(m_navigation, "navigationList", tr("Navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setMaximumWidth(260);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

void MainWindow::addPage(QWidget* page, const QIcon& icon, const QString& title)
{
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::AccessibleTextRole, title);
    m_pages->addWidget(page);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* open = fileMenu->addAction(
        QIcon(QStringLiteral(":/gatehouse/icons/document-open.svg")), tr("&Open Metadata File…"), this, [this] {
            showPage(m_validator);
            m_validator->chooseFile();
        });
    open->setObjectName(QStringLiteral("openMetadataAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* exportReport =
        fileMenu->addAction(tr("&Export Report…"), m_validator, &MetadataValidatorView::chooseExportFile);
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* openPortal = fileMenu->addAction(tr("Open &Portal Link…"), this, &MainWindow::choosePortalLink);
    openPortal->setObjectName(QStringLiteral("openPortalLinkAction"));
    fileMenu->addSeparator();
    QAction* preferences = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    preferences->setObjectName(QStringLiteral("settingsAction"));
    // The platform's Preferences shortcut; Ctrl+, where the platform defines none (e.g. GNOME).
    const QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(preferenceKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                       : preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* validateMenu = menuBar()->addMenu(tr("&Validate"));
    validateMenu->setObjectName(QStringLiteral("validateMenu"));
    QAction* focusUrl = validateMenu->addAction(tr("Enter Metadata &URL"), this, [this] {
        showPage(m_validator);
        m_validator->focusUrl();
    });
    focusUrl->setObjectName(QStringLiteral("focusUrlAction"));
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* revalidate = validateMenu->addAction(tr("&Re-validate"), m_validator, &MetadataValidatorView::revalidate);
    revalidate->setObjectName(QStringLiteral("revalidateAction"));
    revalidate->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu* environmentMenu = menuBar()->addMenu(tr("E&nvironment"));
    environmentMenu->setObjectName(QStringLiteral("environmentMenu"));
    QAction* addEnvironment =
        environmentMenu->addAction(tr("&Add Environment…"), m_environmentBar, &EnvironmentBar::addEnvironment);
    addEnvironment->setObjectName(QStringLiteral("addEnvironmentAction"));
    QAction* switchEnvironment =
        environmentMenu->addAction(tr("&Switch Environment"), m_environmentBar, &EnvironmentBar::focusSwitcher);
    switchEnvironment->setObjectName(QStringLiteral("switchEnvironmentAction"));
    switchEnvironment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* engineLog =
        environmentMenu->addAction(tr("Local Engine &Log"), m_environmentBar, &EnvironmentBar::showEngineLog);
    engineLog->setObjectName(QStringLiteral("engineLogAction"));
    environmentMenu->addSeparator();
    QAction* findOrganization = environmentMenu->addAction(tr("&Find Organization"), this, [this] {
        showPage(m_inspector);
        m_inspector->focusSearch();
    });
    findOrganization->setObjectName(QStringLiteral("findOrganizationAction"));
    findOrganization->setShortcut(QKeySequence::Find);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = helpMenu->addAction(tr("&About Gatehouse"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::openMetadataFile(const QString& path)
{
    m_navigation->setCurrentRow(m_pages->indexOf(m_validator));
    m_validator->openFile(path);
}

MetadataValidatorView* MainWindow::validatorView() const
{
    return m_validator;
}

InspectorView* MainWindow::inspectorView() const
{
    return m_inspector;
}

void MainWindow::showPage(QWidget* page)
{
    m_navigation->setCurrentRow(m_pages->indexOf(page));
}

void MainWindow::setEnvironmentController(client::EnvironmentController* controller)
{
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    m_environmentBar->setController(controller);
    m_inspector->setClient(controller ? controller->client() : nullptr);
    m_events->setClient(controller ? controller->client() : nullptr);
    m_setup->setClient(controller ? controller->client() : nullptr);
    m_webhooks->setClient(controller ? controller->client() : nullptr);
    m_settings->setController(controller);
    if (controller) {
        connect(controller, &client::EnvironmentController::clientChanged, m_webhooks, &WebhooksView::setClient);
        connect(controller, &client::EnvironmentController::clientChanged, m_setup, &SetupView::setClient);
        connect(controller, &client::EnvironmentController::clientChanged, m_inspector, &InspectorView::setClient);
        connect(controller, &client::EnvironmentController::clientChanged, m_events, &EventsView::setClient);
        connect(controller, &client::EnvironmentController::clientChanged, this, [this] {
            if (m_ssoWizard && !m_setup->isPortalMode()) {
                m_ssoWizard->close(); // it was opened with the previous environment's client
            }
        });
        connect(controller, &client::EnvironmentController::statusChanged, this, &MainWindow::onEnvironmentStatus);
        connect(controller, &client::EnvironmentController::currentChanged, this, &MainWindow::onEnvironmentStatus);
        connect(controller,
                &client::EnvironmentController::secretStoreProblemChanged,
                this,
                &MainWindow::onEnvironmentStatus);
    }
    onEnvironmentStatus();
}

SetupView* MainWindow::setupView() const
{
    return m_setup;
}

void MainWindow::handleArgument(const QString& argument)
{
    if (client::PortalLink::looksLikeLink(argument)) {
        // Never connect somewhere new without asking: a link from outside for an unknown host is confirmed first.
        QString error;
        const QUrl link = client::PortalLink::parse(argument, &error);
        if (!link.isEmpty() && !isKnownPortalHost(link)) {
            confirmPortalHost(link, argument);
        } else {
            openPortalLink(argument); // a known host, or a refused link (reported inline)
        }
    } else {
        openMetadataFile(argument);
    }
    raise();
    activateWindow();
}

void MainWindow::openPortalLink(const QString& text)
{
    showPage(m_setup);
    m_setup->openPortalLink(text);
}

bool MainWindow::isKnownPortalHost(const QUrl& link)
{
    return QSettings().value(kKnownPortalHostsKey).toStringList().contains(portalOrigin(link));
}

void MainWindow::rememberPortalHost(const QUrl& link)
{
    QSettings settings;
    QStringList hosts = settings.value(kKnownPortalHostsKey).toStringList();
    const QString origin = portalOrigin(link);
    if (!origin.isEmpty() && !hosts.contains(origin)) {
        hosts.append(origin);
        settings.setValue(kKnownPortalHostsKey, hosts);
    }
}

QMessageBox* MainWindow::portalHostConfirmation() const
{
    return m_hostConfirmation;
}

void MainWindow::confirmPortalHost(const QUrl& link, const QString& text)
{
    if (m_hostConfirmation) {
        m_hostConfirmation->reject();
    }
    const QString host = link.port() > 0 ? QStringLiteral("%1:%2").arg(link.host()).arg(link.port()) : link.host();
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Open Admin-Portal Link"),
                                tr("This admin-portal link connects Gatehouse to <b>%1</b>, a server you have not "
                                   "used before.").arg(host.toHtmlEscaped()),
                                QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("confirmPortalHostBox"));
    box->setAccessibleName(tr("Confirm a new server"));
    box->setInformativeText(tr("Connect only if you expected a link from %1 (for example in an email from your "
                               "identity team). Gatehouse remembers the server once you connect.")
                                .arg(host.toHtmlEscaped()));
    QPushButton* connectButton = box->addButton(tr("&Connect to %1").arg(host), QMessageBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("confirmPortalHostButton"));
    connectButton->setAccessibleName(tr("Connect to %1").arg(host));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPortalHostButton"));
    cancel->setAccessibleName(tr("Do not open the link"));
    box->setDefaultButton(cancel); // Enter alone never connects somewhere new
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, connectButton, text] {
        if (box->clickedButton() == connectButton) {
            openPortalLink(text);
        } else {
            statusBar()->showMessage(tr("Admin-portal link not opened"));
        }
    });
    m_hostConfirmation = box;
    box->open();
}

void MainWindow::choosePortalLink()
{
    PortalLinkDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        openPortalLink(dialog.link());
    }
}

SsoWizard* MainWindow::openSsoWizard(const QString& organizationId)
{
    client::ApiClient* api = m_setup->currentClient();
    if (!api || organizationId.isEmpty() || organizationId != m_setup->currentOrganizationId()) {
        return nullptr; // only the Setup page's organization, with the Setup page's client (fail closed)
    }
    if (m_ssoWizard) {
        m_ssoWizard->close();
    }
    client::Organization organization;
    organization.id = organizationId;
    organization.displayName = m_setup->currentOrganizationName();
    m_ssoWizard = new SsoWizard(api, organization, this);
    m_ssoWizard->setWindowFlag(Qt::Window);
    m_ssoWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_ssoWizard, &SsoWizard::connectionsModified, this, [this] {
        statusBar()->showMessage(tr("Connection saved"));
    });
    m_ssoWizard->show();
    m_ssoWizard->raise();
    return m_ssoWizard;
}

SsoWizard* MainWindow::ssoWizard() const
{
    return m_ssoWizard;
}

SettingsPage* MainWindow::openSettings()
{
    showPage(m_settings);
    if (QWidget* tabs = m_settings->findChild<QWidget*>(QStringLiteral("settingsTabs"))) {
        tabs->setFocus(Qt::ShortcutFocusReason);
    }
    return m_settings;
}

SettingsPage* MainWindow::settingsPage() const
{
    return m_settings;
}

void MainWindow::connectSettingsPage()
{
    connect(m_settings, &SettingsPage::applied, this, [this](bool restartNeeded) {
        statusBar()->showMessage(restartNeeded ? tr("Settings saved; some changes take effect after a restart")
                                               : tr("Settings saved"));
    });
    connect(m_settings, &SettingsPage::engineRestartRequested, this, [this] {
        statusBar()->showMessage(tr("Restarting the local engine…"));
    });
}

void MainWindow::enterPortalMode()
{
    rememberPortalHost(m_setup->currentClient()->config().baseUrl);
    // A wizard opened with the previous client must not outlive it.
    if (m_ssoWizard) {
        m_ssoWizard->close();
    }
    // Only the portal's organization: the environment's pages and switcher are hidden, the offline validator
    // stays.
    for (QWidget* page :
         {static_cast<QWidget*>(m_inspector), static_cast<QWidget*>(m_events), static_cast<QWidget*>(m_webhooks)}) {
        m_navigation->item(m_pages->indexOf(page))->setHidden(true);
    }
    m_environmentBar->setEnabled(false);
    m_settings->setPortalMode(true);
    if (QToolBar* bar = findChild<QToolBar*>(QStringLiteral("environmentToolBar"))) {
        bar->hide();
    }
    if (QMenu* menu = findChild<QMenu*>(QStringLiteral("environmentMenu"))) {
        menu->menuAction()->setVisible(false);
    }
    showPage(m_setup);
}

void MainWindow::onEnvironmentStatus()
{
    if (!m_controller) {
        m_environmentStatus->setText(tr("No environment"));
        return;
    }
    const QString name = m_controller->current().name;
    const QString text = m_controller->statusText();
    m_environmentStatus->setText(text.isEmpty() ? name : tr("%1 — %2").arg(name, text));
    // Problems stay visible inline until they are solved; the keychain notice wins over connection errors.
    if (!m_controller->secretStoreProblem().isEmpty()) {
        m_notice->showMessage(MessageBar::Kind::Information, m_controller->secretStoreProblem());
    } else if (m_controller->status() == client::EnvironmentController::Status::Error) {
        m_notice->showMessage(MessageBar::Kind::Error, text);
    } else if (!m_notice->isHidden()) {
        m_notice->dismiss();
    }
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1100, 760);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    const int page = settings.value(kPageKey, 0).toInt();
    if (page >= 0 && page < m_navigation->count()) {
        m_navigation->setCurrentRow(page);
    }
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    // The one modal box: an explicit user request, not an error.
    QMessageBox::about(
        this,
        tr("About Gatehouse"),
        tr("<p><b>Gatehouse %1</b></p><p>Desktop admin portal for enterprise single sign-on and "
           "directory sync. This version contains the tenant inspector and the offline SAML metadata validator.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace gatehouse::ui
