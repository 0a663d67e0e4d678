#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace gatehouse::client {

// Runs the bundled gatehouse-engine as a child process for the local environment: on 127.0.0.1 on a port chosen
// once (the caller stores it), data in a private folder, admin credentials from
// `gatehouse-engine bootstrap --print-credentials` read from the pipe (never a command line, never logged),
// ready when GET /health answers, restarted with backoff after a crash, stopped on exit.
class LocalEngineSupervisor : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Bootstrapping, // obtaining the admin credentials
        Starting,      // process started, waiting for /health
        Running,
        Restarting, // crashed; a restart is scheduled
        Failed,     // gave up (binary missing, too many crashes, bootstrap refused)
        Stopping,
    };
    Q_ENUM(State)

    struct Options
    {
        QString enginePath;
        QString dataDir;
        quint16 port = 0; // 0 = choose a free one now (portChosen tells which)
        QList<int> backoffMs{500, 1000, 2000, 5000, 10000, 30000};
        int maxRestarts = 6;         // consecutive crashes before giving up
        int stableAfterMs = 30000;   // running this long resets the crash count
        int healthTimeoutMs = 30000; // from process start to a healthy /health
        int healthIntervalMs = 200;
        // QT_LOGGING_RULES for the engine process (its log verbosity); empty = the engine's default.
        QString loggingRules;
    };

    struct Credentials
    {
        QString clientId;
        QString clientSecret;
        QString environmentId;
        QString environmentUrl;
    };

    explicit LocalEngineSupervisor(Options options, QObject* parent = nullptr);
    ~LocalEngineSupervisor() override;

    // The engine next to the app (installed layout), in the build tree (../engine/), or on PATH; `configured`
    // (settings or GATEHOUSE_ENGINE_PATH) wins when it names an executable.
    static QString findEngine(const QString& configured = {});
    static QString stateText(State state);

    // Starts the engine; with needCredentials also obtains the admin credentials first (credentialsReady). When
    // the engine has already handed them out once (the secret was lost, e.g. the keychain was unavailable last
    // session), a new secret is issued with --rotate-secret.
    void start(bool needCredentials);
    // SIGTERM, then SIGKILL after a grace period. Asynchronous; stopped() when done.
    void stop();
    // For application exit: stops and waits up to timeoutMs.
    void stopAndWait(int timeoutMs = 5000);

    State state() const;
    QString stateDetail() const;
    quint16 port() const;
    QString baseUrl() const;
    QString engineVersion() const;
    int restartCount() const; // restarts after crashes since start()
    qint64 processId() const;
    QStringList logLines() const;

Q_SIGNALS:
    void stateChanged(gatehouse::client::LocalEngineSupervisor::State state, const QString& detail);
    void portChosen(quint16 port);
    void credentialsReady(const gatehouse::client::LocalEngineSupervisor::Credentials& credentials);
    void logLine(const QString& line);
    void stopped();

private:
    void setState(State state, const QString& detail = {});
    bool choosePort();
    void runBootstrap(bool rotate);
    void onBootstrapFinished(int exitCode, QProcess::ExitStatus status, bool rotate);
    void launch();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void pollHealth();
    void scheduleRestart(const QString& reason);
    void appendLog(const QByteArray& data);
    QStringList commonArguments() const;

    Options m_options;
    State m_state = State::Stopped;
    QString m_detail;
    QPointer<QProcess> m_process;
    QPointer<QProcess> m_bootstrap;
    QNetworkAccessManager m_nam;
    QTimer m_healthTimer;
    QTimer m_restartTimer;
    QTimer m_killTimer;
    QElapsedTimer m_startedAt;
    QElapsedTimer m_runningFor;
    int m_failures = 0;
    int m_restarts = 0;
    bool m_stopping = false;
    QString m_version;
    QStringList m_log;
    QByteArray m_partialLine;
};

} // namespace gatehouse::client

Q_DECLARE_METATYPE(gatehouse::client::LocalEngineSupervisor::Credentials)
