// gatehouse: the desktop app. Thin: application setup, translations, command line; everything else is in
// gatehouse_ui.
#include "client/EnvironmentController.h"
#include "client/EnvironmentStore.h"
#include "client/KeychainSecretStore.h"
#include "client/LocalEngineSupervisor.h"
#include "client/PortalLink.h"
#include "core/util/ShutdownSignals.h"
#include "ui/MainWindow.h"
#include "ui/settings/Preferences.h"
#include "ui/setup/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

int main(int argc, char* argv[])
{
    // The connection test browser (QtWebEngine) shares OpenGL contexts with the widgets.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationName(QStringLiteral("gatehouse"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/gatehouse/icons/gatehouse.svg")));

    // The interface language: the one chosen in Settings (after a restart), else the system's.
    const gatehouse::ui::Preferences preferences = gatehouse::ui::Preferences::load(QSettings());
    const QLocale uiLocale = preferences.language.isEmpty() ? QLocale() : QLocale(preferences.effectiveLanguage());
    QTranslator qtTranslator;
    if (qtTranslator.load(uiLocale,
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(uiLocale, QStringLiteral("gatehouse"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/gatehouse_en.qm"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Gatehouse desktop admin portal"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main",
                                "SAML metadata file to validate, or an admin-portal link (…/magicLink/…_p or "
                                "gatehouse://portal?link=…) to open."),
        QStringLiteral("[file|link]"));
    const QCommandLineOption noEngine(QStringLiteral("no-local-engine"),
                                      QApplication::translate("main", "Do not start the bundled engine at start-up."));
    parser.addOption(noEngine);
    parser.process(app);

    // One instance per user: a second start with a file or link hands it to the running one and exits.
    gatehouse::ui::SingleInstance instance;
    QStringList arguments;
    for (const QString& argument : parser.positionalArguments()) {
        // Files as absolute paths: the running instance has another working directory.
        arguments << (gatehouse::client::PortalLink::looksLikeLink(argument) ? argument
                                                                             : QFileInfo(argument).absoluteFilePath());
    }
    if (!arguments.isEmpty() && instance.forward(arguments)) {
        return 0;
    }
    instance.listen();

    // Environments: settings without secrets, secrets in the OS keychain, the bundled engine's data in the
    // user's data folder.
    QSettings settings;
    gatehouse::client::EnvironmentStore store(&settings);
    gatehouse::client::KeychainSecretStore secrets(QStringLiteral("Gatehouse"));
    gatehouse::client::LocalEngineSupervisor::Options local;
    local.dataDir = preferences.effectiveEngineDataDir();
    local.loggingRules = gatehouse::ui::Preferences::loggingRules(preferences.engineLogLevel);
    gatehouse::client::EnvironmentController environments(&store, &secrets, local);
    if (preferences.plainSecretFile) {
        environments.setPlainFileFallback(gatehouse::ui::Preferences::plainSecretFilePath());
    }
    QObject::connect(&app, &QApplication::aboutToQuit, &environments, [&environments] { environments.shutdown(); });
    // SIGTERM/SIGINT (logout, service manager, Ctrl+C in a terminal): leave through the event loop so the bundled
    // engine is stopped gracefully and settings are written, instead of dying with the engine orphaned.
    gatehouse::util::ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &gatehouse::util::ShutdownSignals::shutdownRequested, &app, [] {
        QApplication::closeAllWindows();
        QApplication::quit();
    });

    gatehouse::ui::MainWindow window;
    window.setEnvironmentController(&environments);
    window.show();
    const bool startLocal = preferences.startEngineAtLaunch && !parser.isSet(noEngine);
    if (startLocal || store.currentId() != gatehouse::client::Environment::kLocalId) {
        environments.activateStored();
    }
    QObject::connect(
        &instance, &gatehouse::ui::SingleInstance::argumentsReceived, &window, [&window](const QStringList& args) {
            for (const QString& argument : args) {
                window.handleArgument(argument);
            }
        });
    if (!arguments.isEmpty()) {
        window.handleArgument(arguments.constFirst());
    }
    return QApplication::exec();
}
