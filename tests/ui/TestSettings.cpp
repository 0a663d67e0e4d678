// The Settings page (Preferences): persisted values, specific errors for bad input, environments through the
// controller (secrets never in the settings file), clearing the embedded browser's data, and the menu entry.
#include "client/EnvironmentController.h"
#include "client/EnvironmentStore.h"
#include "client/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/environments/AddEnvironmentDialog.h"
#include "ui/settings/Preferences.h"
#include "ui/settings/SettingsPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gatehouse;
using ui::Preferences;
using ui::SettingsPage;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void preferencesRoundTrip();
    void dialogSavesAndReloads();
    void badInputIsRefusedInline();
    void changingTheDataFolderAsksForNewCredentials();
    void environmentsAddEditRemove();
    void plainSecretFileOptIn();
    void clearBrowserDataRemovesStoredFolders();
    void menuOpensSettings();
    void restartEngineNow();
    void restartIsOnlyForTheLocalEngine();

private:
    template<typename T> static T* child(QWidget* root, const char* name)
    {
        auto* widget = root->findChild<T*>(QLatin1String(name));
        if (!widget) {
            qWarning("missing %s", name);
        }
        return widget;
    }

    QTemporaryDir m_dir;
    QTranslator m_translator;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
    QApplication::setApplicationName(QStringLiteral("gatehouse-settings-test"));
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/gatehouse_en.qm")));
    QApplication::installTranslator(&m_translator);
}

void TestSettings::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestSettings::preferencesRoundTrip()
{
    QSettings settings;
    const Preferences defaults = Preferences::load(settings);
    QVERIFY(defaults.startEngineAtLaunch);
    QCOMPARE(defaults.engineLogLevel, Preferences::EngineLogLevel::Info);
    QVERIFY(defaults.language.isEmpty());
    QVERIFY(!defaults.plainSecretFile); // secrets never go to a plain file unless the user says so
    QCOMPARE(defaults.effectiveEngineDataDir(), Preferences::defaultEngineDataDir());
    QVERIFY(defaults.effectiveEngineDataDir().endsWith(QStringLiteral("/engine")));

    Preferences changed;
    changed.engineDataDir = m_dir.filePath(QStringLiteral("elsewhere"));
    changed.startEngineAtLaunch = false;
    changed.engineLogLevel = Preferences::EngineLogLevel::Debug;
    changed.language = QStringLiteral("fr");
    changed.save(settings);
    const Preferences loaded = Preferences::load(settings);
    QCOMPARE(loaded.engineDataDir, changed.engineDataDir);
    QVERIFY(!loaded.startEngineAtLaunch);
    QCOMPARE(loaded.engineLogLevel, Preferences::EngineLogLevel::Debug);
    QCOMPARE(loaded.effectiveLanguage(), QStringLiteral("fr"));

    // An unknown language in the file (hand-edited, or a catalogue removed) falls back to the system's.
    settings.setValue(QStringLiteral("appearance/language"), QStringLiteral("xx"));
    QVERIFY(Preferences::load(settings).language.isEmpty());
    QVERIFY(Preferences::availableLanguages().contains(Preferences::load(settings).effectiveLanguage()));

    // The engine's verbosity is passed as Qt logging rules.
    QVERIFY(Preferences::loggingRules(Preferences::EngineLogLevel::Warning).contains(QStringLiteral("info=false")));
    QVERIFY(Preferences::loggingRules(Preferences::EngineLogLevel::Debug).contains(QStringLiteral("debug=true")));
    QVERIFY(!Preferences::loggingRules(Preferences::EngineLogLevel::Info).contains(QStringLiteral("info=false")));
}

void TestSettings::dialogSavesAndReloads()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("engine-data"));
    {
        SettingsPage dialog(nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* dir = child<QLineEdit>(&dialog, "engineDataDirEdit");
        QCOMPARE(QDir::fromNativeSeparators(dir->text()), Preferences::defaultEngineDataDir());
        QCOMPARE(child<QSpinBox>(&dialog, "enginePortSpin")->text(), QStringLiteral("Automatic"));
        dir->setText(dataDir);
        child<QSpinBox>(&dialog, "enginePortSpin")->setValue(18443);
        child<QCheckBox>(&dialog, "startEngineAtLaunchCheck")->setChecked(false);
        auto* level = child<QComboBox>(&dialog, "engineLogLevelCombo");
        level->setCurrentIndex(level->findData(QStringLiteral("warning")));
        auto* language = child<QComboBox>(&dialog, "languageCombo");
        QCOMPARE(language->count(), 4); // system, English, German, French
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        const QString screenshots = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            auto* tabs = child<QTabWidget>(&dialog, "settingsTabs");
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                QVERIFY(dialog.grab().save(screenshots + QStringLiteral("/settings-%1.png").arg(i)));
            }
            tabs->setCurrentIndex(0);
        }
        QSignalSpy applied(&dialog, &SettingsPage::applied);
        QTest::mouseClick(child<QPushButton>(&dialog, "settingsApplyButton"), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QVERIFY(applied.constFirst().constFirst().toBool()); // language and port need a restart
    }
    QSettings settings;
    const Preferences saved = Preferences::load(settings);
    QCOMPARE(saved.engineDataDir, dataDir);
    QVERIFY(!saved.startEngineAtLaunch);
    QCOMPARE(saved.engineLogLevel, Preferences::EngineLogLevel::Warning);
    QCOMPARE(saved.language, QStringLiteral("de"));
    QCOMPARE(client::EnvironmentStore(&settings).localPort(), quint16(18443));

    SettingsPage again(nullptr);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(&again, "engineDataDirEdit")->text()), dataDir);
    QCOMPARE(child<QSpinBox>(&again, "enginePortSpin")->value(), 18443);
    QVERIFY(!child<QCheckBox>(&again, "startEngineAtLaunchCheck")->isChecked());
    QCOMPARE(child<QComboBox>(&again, "engineLogLevelCombo")->currentData().toString(), QStringLiteral("warning"));
    QCOMPARE(child<QComboBox>(&again, "languageCombo")->currentData().toString(), QStringLiteral("de"));
    // Revert puts the saved values back and keeps what was saved.
    child<QComboBox>(&again, "languageCombo")->setCurrentIndex(0);
    child<QSpinBox>(&again, "enginePortSpin")->setValue(20000);
    QTest::mouseClick(child<QPushButton>(&again, "settingsRevertButton"), Qt::LeftButton);
    QCOMPARE(child<QComboBox>(&again, "languageCombo")->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(child<QSpinBox>(&again, "enginePortSpin")->value(), 18443);
    QCOMPARE(Preferences::load(QSettings()).language, QStringLiteral("de"));
}

void TestSettings::badInputIsRefusedInline()
{
    SettingsPage dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* error = child<QLabel>(&dialog, "settingsErrorLabel");
    QVERIFY(!error->isVisible());
    child<QLineEdit>(&dialog, "engineDataDirEdit")->setText(QStringLiteral("relative/folder"));
    QVERIFY(!dialog.apply());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("absolute path")), qPrintable(error->text()));
    QCOMPARE(child<QTabWidget>(&dialog, "settingsTabs")->currentIndex(), 1);

    child<QLineEdit>(&dialog, "engineDataDirEdit")->setText(m_dir.filePath(QStringLiteral("ok")));
    child<QSpinBox>(&dialog, "enginePortSpin")->setValue(80);
    QTest::mouseClick(child<QPushButton>(&dialog, "settingsApplyButton"), Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("Port 80")), qPrintable(error->text()));
    {
        QSettings settings;
        QCOMPARE(client::EnvironmentStore(&settings).localPort(), quint16(0));
    }
    QVERIFY(Preferences::load(QSettings()).engineDataDir.isEmpty()); // nothing saved

    child<QSpinBox>(&dialog, "enginePortSpin")->setValue(0);
    QVERIFY(dialog.apply());
    QVERIFY(!error->isVisible());
}

void TestSettings::changingTheDataFolderAsksForNewCredentials()
{
    {
        QSettings settings;
        client::EnvironmentStore store(&settings);
        store.setLocalClientId(QStringLiteral("skc_local"));
        store.setLocalPort(18555);
        store.sync();
    }
    SettingsPage unchanged(nullptr);
    QVERIFY(unchanged.apply());
    {
        QSettings settings;
        QCOMPARE(client::EnvironmentStore(&settings).localClientId(), QStringLiteral("skc_local"));
    }
    SettingsPage dialog(nullptr);
    child<QLineEdit>(&dialog, "engineDataDirEdit")->setText(m_dir.filePath(QStringLiteral("other-engine")));
    QVERIFY(dialog.apply());
    QSettings settings;
    client::EnvironmentStore store(&settings);
    QVERIFY(store.localClientId().isEmpty()); // the other folder's engine bootstraps its own credentials
    QCOMPARE(store.localPort(), quint16(18555)); // the port stays
}

void TestSettings::environmentsAddEditRemove()
{
    QSettings settings;
    client::EnvironmentStore store(&settings);
    client::MemorySecretStore secrets;
    client::LocalEngineSupervisor::Options noEngine;
    noEngine.enginePath = m_dir.filePath(QStringLiteral("missing-engine"));
    noEngine.dataDir = m_dir.filePath(QStringLiteral("local"));
    client::EnvironmentController controller(&store, &secrets, noEngine);

    SettingsPage dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* list = child<QListWidget>(&dialog, "settingsEnvironmentList");
    QCOMPARE(list->count(), 1); // the local engine
    list->setCurrentRow(0);
    QVERIFY(!child<QPushButton>(&dialog, "settingsEditEnvironmentButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "settingsRemoveEnvironmentButton")->isEnabled());

    // Add: the shared Add Environment dialog; the secret goes to the secret store, never the settings file.
    QTest::mouseClick(child<QPushButton>(&dialog, "settingsAddEnvironmentButton"), Qt::LeftButton);
    ui::AddEnvironmentDialog* add = dialog.environmentDialog();
    QVERIFY(add);
    const QString secret = QStringLiteral("super-secret-value-1234");
    child<QLineEdit>(add, "environmentNameEdit")->setText(QStringLiteral("Staging"));
    child<QLineEdit>(add, "environmentUrlEdit")->setText(QStringLiteral("http://127.0.0.1:9"));
    child<QLineEdit>(add, "environmentClientIdEdit")->setText(QStringLiteral("skc_staging"));
    child<QLineEdit>(add, "environmentClientSecretEdit")->setText(secret);
    add->accept();
    QTRY_COMPARE(list->count(), 2);
    QVERIFY(list->item(1)->text().contains(QStringLiteral("Staging")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("http://127.0.0.1:9")));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
    file.close();

    // Edit: opens with the environment's values; a new name is saved.
    QTRY_VERIFY(!dialog.environmentDialog()); // the add dialog closed and was deleted
    list->setCurrentRow(1);
    QVERIFY(child<QPushButton>(&dialog, "settingsEditEnvironmentButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, "settingsEditEnvironmentButton"), Qt::LeftButton);
    ui::AddEnvironmentDialog* edit = dialog.environmentDialog();
    QVERIFY(edit);
    QCOMPARE(child<QLineEdit>(edit, "environmentNameEdit")->text(), QStringLiteral("Staging"));
    QVERIFY(child<QLineEdit>(edit, "environmentClientSecretEdit")->text().isEmpty());
    child<QLineEdit>(edit, "environmentNameEdit")->setText(QStringLiteral("Staging EU"));
    edit->accept();
    QTRY_VERIFY(list->count() == 2 && list->item(1)->text().contains(QStringLiteral("Staging EU")));

    // Remove: a confirmation naming the environment; Cancel keeps it, Yes removes it.
    QTRY_VERIFY(!dialog.environmentDialog());
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(&dialog, "settingsRemoveEnvironmentButton"), Qt::LeftButton);
    QMessageBox* confirm = dialog.confirmation();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("“Staging EU”")));
    confirm->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.confirmation());
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(&dialog, "settingsRemoveEnvironmentButton"), Qt::LeftButton);
    QVERIFY(dialog.confirmation());
    dialog.confirmation()->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(controller.environments().size(), 1);
}

void TestSettings::plainSecretFileOptIn()
{
    QSettings settings;
    client::EnvironmentStore store(&settings);
    client::MemorySecretStore secrets;
    client::LocalEngineSupervisor::Options noEngine;
    noEngine.enginePath = m_dir.filePath(QStringLiteral("missing-engine"));
    noEngine.dataDir = m_dir.filePath(QStringLiteral("local"));
    client::EnvironmentController controller(&store, &secrets, noEngine);
    QVERIFY(controller.plainFileFallback().isEmpty());

    SettingsPage page(&controller);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* check = child<QCheckBox>(&page, "plainSecretFileCheck");
    QVERIFY(!check->isChecked());
    QVERIFY(check->accessibleDescription().contains(QDir::toNativeSeparators(Preferences::plainSecretFilePath())));
    check->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&page, "settingsApplyButton"), Qt::LeftButton);
    QVERIFY(Preferences::load(QSettings()).plainSecretFile);
    QCOMPARE(controller.plainFileFallback(), Preferences::plainSecretFilePath());

    // Off again: the option is forgotten and the file it used is deleted.
    QVERIFY(QDir().mkpath(QFileInfo(Preferences::plainSecretFilePath()).path()));
    {
        QFile file(Preferences::plainSecretFilePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }
    check->setChecked(false);
    QTest::mouseClick(child<QPushButton>(&page, "settingsApplyButton"), Qt::LeftButton);
    QVERIFY(!Preferences::load(QSettings()).plainSecretFile);
    QVERIFY(controller.plainFileFallback().isEmpty());
    QVERIFY(!QFileInfo::exists(Preferences::plainSecretFilePath()));
}

void TestSettings::clearBrowserDataRemovesStoredFolders()
{
    const QString stored = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/QtWebEngine");
    QVERIFY(stored.contains(QStringLiteral(".qttest"))); // test mode: never the user's real folders
    QVERIFY(QDir().mkpath(stored + QStringLiteral("/Default/Cache")));
    QFile cookie(stored + QStringLiteral("/Default/Cookies"));
    QVERIFY(cookie.open(QIODevice::WriteOnly));
    cookie.write("cookie");
    cookie.close();

    SettingsPage dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* result = child<QLabel>(&dialog, "clearBrowserDataResult");
    QVERIFY(result->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(&dialog, "clearBrowserDataButton"), Qt::LeftButton);
    QVERIFY(!QDir(stored).exists());
    QVERIFY2(result->text().contains(QStringLiteral("stored folders removed: 1")), qPrintable(result->text()));
    QTest::mouseClick(child<QPushButton>(&dialog, "clearBrowserDataButton"), Qt::LeftButton);
    QVERIFY2(result->text().contains(QStringLiteral("stored folders removed: 0")), qPrintable(result->text()));
}

void TestSettings::menuOpensSettings()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    // Settings is a page of the sidebar, the last entry; the window opens on another page.
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QVERIFY(navigation && pages);
    SettingsPage* page = window.settingsPage();
    QVERIFY(page);
    const int settingsRow = pages->indexOf(page);
    QVERIFY(settingsRow >= 0);
    QCOMPARE(navigation->item(settingsRow)->text(), QStringLiteral("Settings"));
    navigation->setCurrentRow(0);
    QVERIFY(pages->currentWidget() != page);
    window.activateWindow();
    if (QTest::qWaitForWindowActive(&window)) {
        QTest::keySequence(&window, action->shortcut());
    } else {
        action->trigger(); // a display without a window manager may not activate the window (screenshots)
    }
    QTRY_COMPARE(pages->currentWidget(), page);
    QCOMPARE(navigation->currentRow(), settingsRow);
    QVERIFY(page->isVisible());
    QCOMPARE(window.openSettings(), page); // one page, never a second copy
    QCOMPARE(window.findChildren<SettingsPage*>().size(), 1);
    // The sidebar reaches it too.
    navigation->setCurrentRow(0);
    navigation->setCurrentRow(settingsRow);
    QCOMPARE(pages->currentWidget(), page);
    const QString screenshots = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        QVERIFY(window.grab().save(screenshots + QStringLiteral("/settings-page.png")));
    }
}

void TestSettings::restartEngineNow()
{
    // An engine binary that does not exist: every start fails at once, so the test sees the whole restart (the old
    // supervisor stopped, a new one started with the saved values, the outcome shown) without a real engine; the
    // restart of a running engine is covered by client.LocalEngineSupervisor.
    QSettings settings;
    client::EnvironmentStore store(&settings);
    client::MemorySecretStore secrets;
    client::LocalEngineSupervisor::Options noEngine;
    noEngine.enginePath = m_dir.filePath(QStringLiteral("missing-engine"));
    noEngine.dataDir = m_dir.filePath(QStringLiteral("local"));
    client::EnvironmentController controller(&store, &secrets, noEngine);
    controller.activate(client::Environment::kLocalId);
    QTRY_COMPARE(controller.status(), client::EnvironmentController::Status::Error);
    const client::LocalEngineSupervisor* first = controller.localEngine();
    QVERIFY(first);

    SettingsPage page(&controller);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* restart = child<QPushButton>(&page, "restartEngineButton");
    auto* progress = child<QWidget>(&page, "engineRestartProgress");
    auto* status = child<QLabel>(&page, "engineRestartStatus");
    auto* needed = child<QLabel>(&page, "engineRestartNeededLabel");
    QVERIFY(restart->isEnabled());
    QVERIFY(!progress->isVisible());
    QVERIFY(!needed->isVisible());

    // A new log level and port are saved, and the page says the engine still runs with the old ones.
    child<QTabWidget>(&page, "settingsTabs")->setCurrentIndex(1);
    auto* level = child<QComboBox>(&page, "engineLogLevelCombo");
    level->setCurrentIndex(level->findData(QStringLiteral("debug")));
    child<QSpinBox>(&page, "enginePortSpin")->setValue(18777);
    QVERIFY(page.apply());
    QVERIFY(page.engineRestartPending());
    QVERIFY(needed->isVisible());
    QVERIFY2(needed->text().contains(QStringLiteral("port")), qPrintable(needed->text()));
    QVERIFY2(needed->text().contains(QStringLiteral("log level")), qPrintable(needed->text()));

    // Invalid input: nothing restarts.
    child<QSpinBox>(&page, "enginePortSpin")->setValue(80);
    QVERIFY(!page.restartEngine());
    QVERIFY(!controller.isRestartingLocalEngine());
    QCOMPARE(controller.localEngine(), first);
    child<QSpinBox>(&page, "enginePortSpin")->setValue(18777);

    QSignalSpy requested(&page, &SettingsPage::engineRestartRequested);
    QTest::mouseClick(restart, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    // The UI stays responsive: the restart runs on the event loop, its progress is shown until it ends.
    QTRY_VERIFY(controller.localEngine() && controller.localEngine() != first);
    QTRY_VERIFY(restart->isEnabled());
    QVERIFY(!progress->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("restart failed")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("not found")), qPrintable(status->text()));
    QVERIFY(!page.engineRestartPending());
    QVERIFY(!needed->isVisible());
    QCOMPARE(store.localPort(), quint16(18777));
    QCOMPARE(controller.localEngine()->port(), quint16(18777));
}

void TestSettings::restartIsOnlyForTheLocalEngine()
{
    QSettings settings;
    client::EnvironmentStore store(&settings);
    client::MemorySecretStore secrets;
    client::LocalEngineSupervisor::Options noEngine;
    noEngine.enginePath = m_dir.filePath(QStringLiteral("missing-engine"));
    noEngine.dataDir = m_dir.filePath(QStringLiteral("local"));
    client::EnvironmentController controller(&store, &secrets, noEngine);
    client::Environment remote;
    remote.name = QStringLiteral("Staging");
    remote.kind = client::Environment::Kind::GatehouseEngine;
    remote.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    remote.clientId = QStringLiteral("skc_staging");
    controller.addEnvironment(remote, QStringLiteral("staging-secret-value"));
    QVERIFY(!controller.current().isLocal());

    SettingsPage page(&controller);
    auto* restart = child<QPushButton>(&page, "restartEngineButton");
    QVERIFY(!restart->isEnabled());
    QVERIFY2(child<QLabel>(&page, "engineRestartStatus")->text().contains(QStringLiteral("remote")),
             qPrintable(child<QLabel>(&page, "engineRestartStatus")->text()));
    QVERIFY(!page.restartEngine());
    QVERIFY(!controller.restartLocalEngine(QString(), QString())); // refused by the controller as well
    QVERIFY(!controller.isRestartingLocalEngine());

    // Back on the local environment the action is available again; in admin-portal mode it never is.
    controller.activate(client::Environment::kLocalId);
    QTRY_VERIFY(restart->isEnabled());
    page.setPortalMode(true);
    QVERIFY(!restart->isEnabled());
    QVERIFY(!page.restartEngine());
}

QTEST_MAIN(TestSettings)
#include "TestSettings.moc"
