#include "client/LocalEngineSupervisor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

Q_LOGGING_CATEGORY(lcLocalEngine, "gatehouse.client.engine", QtInfoMsg)

namespace gatehouse::client {

namespace {
constexpr int kMaxLogLines = 2000;
constexpr int kStopGraceMs = 5000;

void prepareChild(QProcess* process)
{
#ifdef Q_OS_LINUX
    // The engine goes down with the app even if the app itself is killed.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}
} // namespace

LocalEngineSupervisor::LocalEngineSupervisor(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_healthTimer.setInterval(m_options.healthIntervalMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &LocalEngineSupervisor::pollHealth);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &LocalEngineSupervisor::launch);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process) {
            m_process->kill();
        }
    });
}

LocalEngineSupervisor::~LocalEngineSupervisor()
{
    // Nobody listening may be alive any more: stop quietly.
    QObject::disconnect(this, nullptr, nullptr, nullptr);
    stopAndWait(3000);
}

QString LocalEngineSupervisor::findEngine(const QString& configured)
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("gatehouse-engine.exe");
#else
    const QString name = QStringLiteral("gatehouse-engine");
#endif
    QStringList candidates;
    if (!configured.isEmpty()) {
        candidates << configured;
    }
    if (const QString fromEnv = qEnvironmentVariable("GATEHOUSE_ENGINE_PATH"); !fromEnv.isEmpty()) {
        candidates << fromEnv;
    }
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + u'/' + name << appDir + QStringLiteral("/../engine/") + name
               << appDir + QStringLiteral("/../app/engine/") + name
               << appDir + QStringLiteral("/../../app/engine/") + name;
    for (const QString& candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable()) {
            return info.canonicalFilePath();
        }
    }
    return QStandardPaths::findExecutable(name);
}

QString LocalEngineSupervisor::stateText(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("stopped");
    case State::Bootstrapping:
        return tr("setting up");
    case State::Starting:
        return tr("starting");
    case State::Running:
        return tr("running");
    case State::Restarting:
        return tr("restarting");
    case State::Failed:
        return tr("failed");
    case State::Stopping:
        return tr("stopping");
    }
    return {};
}

LocalEngineSupervisor::State LocalEngineSupervisor::state() const
{
    return m_state;
}

QString LocalEngineSupervisor::stateDetail() const
{
    return m_detail;
}

quint16 LocalEngineSupervisor::port() const
{
    return m_options.port;
}

QString LocalEngineSupervisor::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_options.port);
}

QString LocalEngineSupervisor::engineVersion() const
{
    return m_version;
}

int LocalEngineSupervisor::restartCount() const
{
    return m_restarts;
}

qint64 LocalEngineSupervisor::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QStringList LocalEngineSupervisor::logLines() const
{
    return m_log;
}

void LocalEngineSupervisor::setState(State state, const QString& detail)
{
    m_state = state;
    m_detail = detail;
    qCInfo(lcLocalEngine).noquote() << "local engine" << stateText(state) << detail;
    Q_EMIT stateChanged(state, detail);
}

QStringList LocalEngineSupervisor::commonArguments() const
{
    return {QStringLiteral("--data-dir"),
            m_options.dataDir,
            QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(m_options.port)};
}

bool LocalEngineSupervisor::choosePort()
{
    if (m_options.port != 0) {
        return true;
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return false;
    }
    m_options.port = probe.serverPort();
    probe.close();
    Q_EMIT portChosen(m_options.port);
    return true;
}

void LocalEngineSupervisor::start(bool needCredentials)
{
    if (m_state != State::Stopped && m_state != State::Failed) {
        return;
    }
    m_stopping = false;
    m_failures = 0;
    m_restarts = 0;
    if (m_options.enginePath.isEmpty() || !QFileInfo(m_options.enginePath).isExecutable()) {
        setState(State::Failed,
                 tr("The local engine (gatehouse-engine) was not found. Install it next to the app or set its path "
                    "in the settings."));
        return;
    }
    if (!QDir().mkpath(m_options.dataDir)) {
        setState(State::Failed, tr("Could not create the data folder %1.").arg(m_options.dataDir));
        return;
    }
    QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!choosePort()) {
        setState(State::Failed, tr("No free port on 127.0.0.1 for the local engine."));
        return;
    }
    if (needCredentials) {
        runBootstrap(false);
    } else {
        launch();
    }
}

void LocalEngineSupervisor::runBootstrap(bool rotate)
{
    setState(State::Bootstrapping, tr("Obtaining the administrator credentials of the local engine…"));
    auto* process = new QProcess(this);
    m_bootstrap = process;
    prepareChild(process);
    process->setProgram(m_options.enginePath);
    QStringList arguments{QStringLiteral("bootstrap")};
    arguments << commonArguments() << QStringLiteral("--print-credentials");
    if (rotate) {
        arguments << QStringLiteral("--rotate-secret");
    }
    process->setArguments(arguments);
    // stdout carries the secret: read it, never log it. stderr is diagnostics.
    process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(process, &QProcess::finished, this, [this, process, rotate](int exitCode, QProcess::ExitStatus status) {
        process->deleteLater();
        onBootstrapFinished(exitCode, status, rotate);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            process->deleteLater();
            setState(State::Failed, tr("The local engine could not be started: %1").arg(process->errorString()));
        }
    });
    process->start();
}

void LocalEngineSupervisor::onBootstrapFinished(int exitCode, QProcess::ExitStatus status, bool rotate)
{
    QProcess* process = m_bootstrap;
    if (!process || m_stopping) {
        return;
    }
    const QByteArray out = process->readAllStandardOutput();
    const QByteArray err = process->readAllStandardError();
    appendLog(err);
    if (status == QProcess::NormalExit && exitCode == 1 && !rotate && err.contains("already printed")) {
        // The secret was handed out before and is lost to us: issue a new one.
        runBootstrap(true);
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    Credentials credentials{json.value(QStringLiteral("client_id")).toString(),
                            json.value(QStringLiteral("client_secret")).toString(),
                            json.value(QStringLiteral("environment_id")).toString(),
                            json.value(QStringLiteral("environment_url")).toString()};
    if (status != QProcess::NormalExit || exitCode != 0 || credentials.clientId.isEmpty()
        || credentials.clientSecret.isEmpty()) {
        setState(State::Failed,
                 tr("The local engine could not be set up (exit code %1): %2")
                     .arg(exitCode)
                     .arg(QString::fromUtf8(err.trimmed()).left(300)));
        return;
    }
    Q_EMIT credentialsReady(credentials);
    launch();
}

void LocalEngineSupervisor::launch()
{
    if (m_stopping) {
        return;
    }
    auto* process = new QProcess(this);
    m_process = process;
    prepareChild(process);
    process->setProgram(m_options.enginePath);
    process->setArguments(commonArguments());
    if (!m_options.loggingRules.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), m_options.loggingRules);
        process->setProcessEnvironment(environment);
    }
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        appendLog(process->readAllStandardOutput());
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        process->deleteLater();
        if (process == m_process) {
            onProcessFinished(exitCode, status);
        }
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (process == m_process) {
            onProcessError(error);
        }
    });
    m_version.clear();
    setState(State::Starting, tr("Starting the local engine on 127.0.0.1:%1…").arg(m_options.port));
    m_startedAt.start();
    process->start();
    m_healthTimer.start();
}

void LocalEngineSupervisor::pollHealth()
{
    if (m_state != State::Starting) {
        m_healthTimer.stop();
        return;
    }
    if (m_startedAt.elapsed() > m_options.healthTimeoutMs) {
        m_healthTimer.stop();
        if (m_process) {
            m_process->kill(); // finished → scheduleRestart
        }
        return;
    }
    QNetworkRequest request(QUrl(baseUrl() + QStringLiteral("/health")));
    request.setTransferTimeout(std::max(500, m_options.healthIntervalMs * 5));
    QNetworkReply* reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_state != State::Starting || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            return;
        }
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        if (health.value(QStringLiteral("status")).toString() != QStringLiteral("ok")) {
            return;
        }
        m_healthTimer.stop();
        m_version = health.value(QStringLiteral("version")).toString();
        m_runningFor.start();
        QString detail = tr("The local engine %1 is running on 127.0.0.1:%2.").arg(m_version).arg(m_options.port);
        if (m_version != QStringLiteral(GATEHOUSE_VERSION)) {
            detail += u' ' + tr("Its version differs from the app's (%1).").arg(QStringLiteral(GATEHOUSE_VERSION));
        }
        setState(State::Running, detail);
    });
}

void LocalEngineSupervisor::onProcessError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        m_healthTimer.stop();
        setState(State::Failed, tr("The local engine could not be started: %1").arg(m_process->errorString()));
        m_process->deleteLater();
        m_process.clear();
    }
}

void LocalEngineSupervisor::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_healthTimer.stop();
    m_killTimer.stop();
    m_process.clear();
    if (m_stopping) {
        m_stopping = false;
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    }
    QString reason = status == QProcess::CrashExit
                         ? tr("The local engine stopped unexpectedly (it crashed or was killed).")
                         : tr("The local engine exited with code %1.").arg(exitCode);
    if (status != QProcess::CrashExit && !m_log.isEmpty()) {
        reason += u' ' + tr("Last message: %1").arg(m_log.constLast().left(300));
    }
    scheduleRestart(reason);
}

void LocalEngineSupervisor::scheduleRestart(const QString& reason)
{
    if (m_runningFor.isValid() && m_runningFor.elapsed() >= m_options.stableAfterMs) {
        m_failures = 0;
    }
    m_runningFor.invalidate();
    if (m_failures >= m_options.maxRestarts) {
        setState(State::Failed,
                 reason + u' '
                     + tr("Gave up after %n restart(s); see the engine log.", nullptr, m_options.maxRestarts));
        return;
    }
    const int delay = m_options.backoffMs.isEmpty()
                          ? 1000
                          : m_options.backoffMs.at(std::min<qsizetype>(m_failures, m_options.backoffMs.size() - 1));
    ++m_failures;
    ++m_restarts;
    setState(State::Restarting,
             reason + u' ' + tr("Restarting in %1 s…").arg(QString::number(delay / 1000.0, 'f', delay % 1000 ? 1 : 0)));
    m_restartTimer.start(delay);
}

void LocalEngineSupervisor::stop()
{
    m_restartTimer.stop();
    m_healthTimer.stop();
    if (m_bootstrap) {
        // Its end must not be taken for a failed setup.
        m_bootstrap->disconnect(this);
        m_bootstrap->kill();
        m_bootstrap->waitForFinished(1000);
        m_bootstrap->deleteLater();
        m_bootstrap.clear();
    }
    if (!m_process) {
        m_stopping = false;
        if (m_state != State::Stopped) {
            setState(State::Stopped);
            Q_EMIT stopped();
        }
        return;
    }
    m_stopping = true;
    setState(State::Stopping);
    m_process->terminate();
    m_killTimer.start(kStopGraceMs);
}

void LocalEngineSupervisor::stopAndWait(int timeoutMs)
{
    m_restartTimer.stop();
    m_healthTimer.stop();
    if (m_bootstrap) {
        m_bootstrap->disconnect(this);
        m_bootstrap->kill();
        m_bootstrap->waitForFinished(1000);
        m_bootstrap->deleteLater();
        m_bootstrap.clear();
    }
    if (!m_process) {
        if (m_state != State::Stopped) {
            setState(State::Stopped);
        }
        return;
    }
    m_stopping = true;
    QProcess* process = m_process;
    process->terminate();
    if (!process->waitForFinished(timeoutMs)) {
        process->kill();
        process->waitForFinished(1000);
    }
    // finished() was delivered synchronously by waitForFinished; make sure the state is final either way.
    m_process.clear();
    m_stopping = false;
    if (m_state != State::Stopped) {
        setState(State::Stopped);
    }
}

void LocalEngineSupervisor::appendLog(const QByteArray& data)
{
    m_partialLine += data;
    qsizetype newline = 0;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partialLine.left(newline)).trimmed();
        m_partialLine.remove(0, newline + 1);
        if (line.isEmpty()) {
            continue;
        }
        m_log.append(line);
        if (m_log.size() > kMaxLogLines) {
            m_log.removeFirst();
        }
        Q_EMIT logLine(line);
    }
}

} // namespace gatehouse::client
