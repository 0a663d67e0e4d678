// gatehouse-engine: thin main over gatehouse_engine (see docs/engine.md).
#include "core/util/ShutdownSignals.h"
#include "engine/Engine.h"
#include "engine/EngineConfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>

using namespace gatehouse::engine;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "gatehouse-engine: %s\n", qPrintable(message));
    return 1;
}

int bootstrap(Engine& engine, const EngineConfig& config)
{
    if (!config.printCredentials) {
        std::printf("environment %s ready\n", qPrintable(engine.environmentId()));
        return 0;
    }
    auto credentials = engine.revealAdminCredentials(config.rotateSecret);
    if (!credentials.ok()) {
        return fail(credentials.error().message);
    }
    const QJsonObject json{{QStringLiteral("environment_id"), credentials.value().environmentId},
                           {QStringLiteral("environment_url"), credentials.value().environmentUrl},
                           {QStringLiteral("client_id"), credentials.value().clientId},
                           {QStringLiteral("client_secret"), credentials.value().clientSecret}};
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

int serve(QCoreApplication& app, Engine& engine)
{
    auto port = engine.start();
    if (!port.ok()) {
        return fail(port.error().message);
    }
    gatehouse::util::ShutdownSignals signals;
    QObject::connect(&signals, &gatehouse::util::ShutdownSignals::shutdownRequested, &app, [&app, &engine](int) {
        engine.stop();
        // Give connections with an answer in flight a moment, then leave.
        QTimer::singleShot(500, &app, [&app] { app.quit(); });
    });
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    // Qt's own poll() event dispatcher rather than GLib's: the engine's event loop is sockets and timers only,
    // and GLib's prepare/query/check/dispatch round costs more per request (bench/README.md, SCIM, session 10).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-engine"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    auto config = EngineConfig::parse(app.arguments(), QProcessEnvironment::systemEnvironment());
    if (!config.ok()) {
        return fail(config.error().message);
    }
    if (config.value().command == EngineConfig::Command::Help) {
        std::fputs(qPrintable(config.value().helpText), stdout);
        return 0;
    }
    if (config.value().command == EngineConfig::Command::Version) {
        std::printf("gatehouse-engine %s\n", GATEHOUSE_VERSION);
        return 0;
    }
    Engine engine(config.value());
    if (auto ready = engine.initialize(); !ready.ok()) {
        return fail(ready.error().message);
    }
    if (config.value().command == EngineConfig::Command::Bootstrap) {
        return bootstrap(engine, config.value());
    }
    return serve(app, engine);
}
