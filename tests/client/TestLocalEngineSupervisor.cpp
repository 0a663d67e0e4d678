// The supervisor of the real gatehouse-engine binary: first start with bootstrap credentials over the pipe, a
// port chosen once and kept, /health, restart after kill -9 (visible in the state), a second start that reuses
// the credentials, a lost secret recovered with --rotate-secret, and stop.
#include "client/ApiClient.h"
#include "client/EnvironmentController.h"
#include "client/EnvironmentStore.h"
#include "client/LocalEngineSupervisor.h"
#include "client/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace gatehouse::client;
using State = LocalEngineSupervisor::State;

class TestLocalEngineSupervisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bootstrapsRunsRestartsAndStops();
    void missingBinaryFailsClearly();
    void loggingRulesReachTheEngine();
    void stopDuringSetupIsClean();
    void controllerRunsTheLocalEnvironmentWithoutKeychain();
    void controllerRestartsTheLocalEngine();

private:
    LocalEngineSupervisor::Options options(quint16 port) const;
    static bool canList(const QString& baseUrl, const LocalEngineSupervisor::Credentials& credentials);

    QTemporaryDir m_dir;
};

void TestLocalEngineSupervisor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<LocalEngineSupervisor::Credentials>();
}

LocalEngineSupervisor::Options TestLocalEngineSupervisor::options(quint16 port) const
{
    LocalEngineSupervisor::Options o;
    o.enginePath = QStringLiteral(GATEHOUSE_ENGINE_BINARY);
    o.dataDir = m_dir.filePath(QStringLiteral("engine-data"));
    o.port = port;
    o.backoffMs = {100, 200};
    o.maxRestarts = 3;
    o.healthTimeoutMs = 60000; // sanitizer builds start slowly
    return o;
}

bool TestLocalEngineSupervisor::canList(const QString& baseUrl, const LocalEngineSupervisor::Credentials& credentials)
{
    ApiClient client({QUrl(baseUrl), credentials.clientId, credentials.clientSecret});
    QObject context;
    std::optional<bool> ok;
    client.testConnection(&context, [&ok](const ApiResult<qint64>& result) { ok = result.ok(); });
    return QTest::qWaitFor([&ok] { return ok.has_value(); }, 20000) && *ok;
}

void TestLocalEngineSupervisor::bootstrapsRunsRestartsAndStops()
{
    QCOMPARE(LocalEngineSupervisor::findEngine(QStringLiteral(GATEHOUSE_ENGINE_BINARY)),
             QFileInfo(QStringLiteral(GATEHOUSE_ENGINE_BINARY)).canonicalFilePath());
    LocalEngineSupervisor::Credentials credentials;
    quint16 port = 0;
    {
        LocalEngineSupervisor supervisor(options(0));
        QSignalSpy chosen(&supervisor, &LocalEngineSupervisor::portChosen);
        QSignalSpy ready(&supervisor, &LocalEngineSupervisor::credentialsReady);
        QSignalSpy states(&supervisor, &LocalEngineSupervisor::stateChanged);
        supervisor.start(true);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 90000);
        QCOMPARE(chosen.count(), 1);
        port = supervisor.port();
        QVERIFY(port != 0);
        QCOMPARE(ready.count(), 1);
        credentials = ready.at(0).at(0).value<LocalEngineSupervisor::Credentials>();
        QVERIFY(credentials.clientId.startsWith(QStringLiteral("skc_")));
        QVERIFY(!credentials.clientSecret.isEmpty());
        QCOMPARE(credentials.environmentUrl, QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(supervisor.engineVersion(), QStringLiteral(GATEHOUSE_VERSION));
        QCOMPARE(states.at(0).at(0).value<State>(), State::Bootstrapping);
        // The secret never shows up in the engine log the app displays.
        QVERIFY(!supervisor.logLines().join(u'\n').contains(credentials.clientSecret));
        QVERIFY(canList(supervisor.baseUrl(), credentials));

        // kill -9: the supervisor notices, says so, and brings the engine back on the same port.
        const qint64 pid = supervisor.processId();
        QVERIFY(pid > 0);
        states.clear();
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Restarting, 10000);
        QVERIFY(supervisor.stateDetail().contains(QStringLiteral("stopped unexpectedly")));
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 90000);
        QCOMPARE(supervisor.restartCount(), 1);
        QCOMPARE(supervisor.port(), port);
        QVERIFY(supervisor.processId() != pid);
        QVERIFY(canList(supervisor.baseUrl(), credentials));

        QSignalSpy stopped(&supervisor, &LocalEngineSupervisor::stopped);
        supervisor.stop();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Stopped, 10000);
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(supervisor.processId(), 0);
    }
    {
        // Second start on the kept port with the known credentials: no bootstrap.
        LocalEngineSupervisor supervisor(options(port));
        QSignalSpy ready(&supervisor, &LocalEngineSupervisor::credentialsReady);
        QSignalSpy chosen(&supervisor, &LocalEngineSupervisor::portChosen);
        supervisor.start(false);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 90000);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(chosen.count(), 0);
        QVERIFY(canList(supervisor.baseUrl(), credentials));
        supervisor.stopAndWait();
        QCOMPARE(supervisor.state(), State::Stopped);
    }
    {
        // The secret was lost (keychain unavailable last session): a new one is issued; the old one stops working.
        LocalEngineSupervisor supervisor(options(port));
        QSignalSpy ready(&supervisor, &LocalEngineSupervisor::credentialsReady);
        supervisor.start(true);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 90000);
        QCOMPARE(ready.count(), 1);
        const auto rotated = ready.at(0).at(0).value<LocalEngineSupervisor::Credentials>();
        QCOMPARE(rotated.clientId, credentials.clientId);
        QVERIFY(rotated.clientSecret != credentials.clientSecret);
        QVERIFY(canList(supervisor.baseUrl(), rotated));
        QVERIFY(!canList(supervisor.baseUrl(), credentials));
    } // the destructor stops the engine
}

void TestLocalEngineSupervisor::missingBinaryFailsClearly()
{
    LocalEngineSupervisor::Options o = options(0);
    o.enginePath = m_dir.filePath(QStringLiteral("no-such-engine"));
    LocalEngineSupervisor supervisor(o);
    supervisor.start(true);
    QCOMPARE(supervisor.state(), State::Failed);
    QVERIFY(supervisor.stateDetail().contains(QStringLiteral("not found")));
}

void TestLocalEngineSupervisor::loggingRulesReachTheEngine()
{
    // A stand-in engine that prints the logging rules it was started with (the Settings' engine log level).
    const QString script = m_dir.filePath(QStringLiteral("print-rules-engine"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho \"rules=[$QT_LOGGING_RULES]\"\nexec sleep 30\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    LocalEngineSupervisor::Options o = options(0);
    o.enginePath = script;
    o.dataDir = m_dir.filePath(QStringLiteral("rules-data"));
    o.loggingRules = QStringLiteral("gatehouse.*.debug=false;gatehouse.*.info=false");
    LocalEngineSupervisor supervisor(o);
    supervisor.start(false);
    QTRY_VERIFY_WITH_TIMEOUT(
        supervisor.logLines().contains(QStringLiteral("rules=[gatehouse.*.debug=false;gatehouse.*.info=false]")), 10000);
    supervisor.stopAndWait();
    QCOMPARE(supervisor.state(), State::Stopped);
}

void TestLocalEngineSupervisor::stopDuringSetupIsClean()
{
    LocalEngineSupervisor::Options o = options(0);
    o.dataDir = m_dir.filePath(QStringLiteral("stopped-early"));
    LocalEngineSupervisor supervisor(o);
    QSignalSpy ready(&supervisor, &LocalEngineSupervisor::credentialsReady);
    supervisor.start(true);
    QCOMPARE(supervisor.state(), State::Bootstrapping);
    supervisor.stop();
    QCOMPARE(supervisor.state(), State::Stopped);
    QTest::qWait(1000); // the killed bootstrap's end is not taken for a failure, nothing is started
    QCOMPARE(supervisor.state(), State::Stopped);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(supervisor.processId(), 0);
}

// The app's path for the local environment on a machine without a keychain: the controller starts the engine,
// keeps the bootstrap secret in memory only, says so, connects, survives kill -9, and stops the engine.
void TestLocalEngineSupervisor::controllerRunsTheLocalEnvironmentWithoutKeychain()
{
    const QString settingsPath = m_dir.filePath(QStringLiteral("settings/gatehouse.ini"));
    QSettings settings(settingsPath, QSettings::IniFormat);
    EnvironmentStore store(&settings);
    MemorySecretStore keychain;
    keychain.setFailure(QStringLiteral("no D-Bus session bus"));
    LocalEngineSupervisor::Options local = options(0);
    local.dataDir = m_dir.filePath(QStringLiteral("controller-engine"));
    EnvironmentController controller(&store, &keychain, local);
    controller.activateStored();
    QVERIFY(controller.current().isLocal());
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 90000);
    QVERIFY(controller.client());
    QVERIFY(!controller.secretStoreProblem().isEmpty());
    QVERIFY(store.localPort() != 0);
    QVERIFY(store.localClientId().startsWith(QStringLiteral("skc_")));
    QCOMPARE(controller.current().url, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(store.localPort())));
    const QByteArray secret = controller.client()->config().clientSecret.toUtf8();
    QVERIFY(!secret.isEmpty());
    settings.sync();
    QDirIterator files(m_dir.filePath(QStringLiteral("settings")), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        ++checked;
    }
    QCOMPARE(checked, 1);

    // A crash is visible as an error with the reason, then the environment is connected again.
    QSignalSpy statuses(&controller, &EnvironmentController::statusChanged);
    QCOMPARE(::kill(static_cast<pid_t>(controller.localEngine()->processId()), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(controller.status() == EnvironmentController::Status::Error
                                 || controller.localEngine()->restartCount() == 1,
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(controller.localEngine()->state(), State::Running, 90000);
    bool sawCrash = false;
    for (const auto& args : statuses) {
        sawCrash = sawCrash || args.at(1).toString().contains(QStringLiteral("stopped unexpectedly"));
    }
    QVERIFY(sawCrash);
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 10000);
    const quint16 port = store.localPort();
    QCOMPARE(controller.localEngine()->port(), port);

    controller.shutdown();
    QCOMPARE(controller.localEngine()->state(), State::Stopped);
}

// Settings › Restart Engine Now: the controller stops the running engine without blocking, starts a new one with the
// new port and logging rules and reconnects.
void TestLocalEngineSupervisor::controllerRestartsTheLocalEngine()
{
    QSettings settings(m_dir.filePath(QStringLiteral("restart/gatehouse.ini")), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    MemorySecretStore keychain;
    LocalEngineSupervisor::Options local = options(0);
    local.dataDir = m_dir.filePath(QStringLiteral("restart-engine"));
    EnvironmentController controller(&store, &keychain, local);
    controller.activateStored();
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 90000);
    const qint64 firstPid = controller.localEngine()->processId();
    QVERIFY(firstPid > 0);

    // A new port, as the Settings page stores it.
    quint16 newPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        newPort = probe.serverPort();
    }
    QVERIFY(newPort != store.localPort());
    store.setLocalPort(newPort);
    store.sync();

    QSignalSpy statuses(&controller, &EnvironmentController::statusChanged);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(controller.restartLocalEngine(local.dataDir, QStringLiteral("gatehouse.*.debug=true")));
    QVERIFY2(elapsed.elapsed() < 1000, "the restart is asynchronous");
    QVERIFY(controller.isRestartingLocalEngine()); // the old engine is still stopping
    QVERIFY(!controller.restartLocalEngine(local.dataDir, QString())); // one at a time
    QCOMPARE(controller.status(), EnvironmentController::Status::Connecting);
    QVERIFY(!controller.client());

    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 90000);
    QVERIFY(!controller.isRestartingLocalEngine());
    QVERIFY(controller.localEngine());
    QVERIFY(controller.localEngine()->processId() != firstPid);
    QVERIFY(::kill(static_cast<pid_t>(firstPid), 0) != 0); // the old engine is gone
    QCOMPARE(controller.localEngine()->port(), newPort);
    QVERIFY(controller.client());
    QCOMPARE(controller.client()->config().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(newPort)));
    QCOMPARE(controller.current().url, controller.client()->config().baseUrl);
    bool restarting = false;
    for (const auto& args : statuses) {
        restarting = restarting || args.at(1).toString().contains(QStringLiteral("Restarting the local engine"));
    }
    QVERIFY(restarting);

    controller.shutdown();
    QCOMPARE(controller.localEngine()->state(), State::Stopped);
}

QTEST_GUILESS_MAIN(TestLocalEngineSupervisor)
#include "TestLocalEngineSupervisor.moc"
