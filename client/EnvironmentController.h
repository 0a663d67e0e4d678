#pragma once

#include "client/Environment.h"
#include "client/LocalEngineSupervisor.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace gatehouse::client {

class ApiClient;
class EnvironmentStore;
class SecretStore;
class PlainFileSecretStore;

// The app's connection state: the list of environments (EnvironmentStore), their secrets (SecretStore, with an
// in-memory fallback for this session when the keychain is unavailable — never a plain file), the current
// environment's ApiClient, and for the local environment the engine supervisor.
class EnvironmentController : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Disconnected,
        Connecting,
        Connected,
        Error,
    };
    Q_ENUM(Status)

    EnvironmentController(EnvironmentStore* store,
                          SecretStore* secrets,
                          LocalEngineSupervisor::Options localOptions,
                          QObject* parent = nullptr);
    ~EnvironmentController() override;

    QList<Environment> environments() const;
    Environment current() const;
    Status status() const;
    QString statusText() const;
    ApiClient* client() const;                  // null until connected
    LocalEngineSupervisor* localEngine() const; // null until the local environment was used
    // Why secrets are only kept in memory (empty while the keychain works).
    QString secretStoreProblem() const;

    void activate(const QString& id);
    void activateStored(); // the environment used last time (the local one at first)
    // Saves a remote environment (a new id when empty) and its secret, then connects to it.
    void addEnvironment(Environment environment, const QString& clientSecret);
    void removeEnvironment(const QString& id);
    // Changes a remote environment's name, kind, URL or client ID; a non-empty secret replaces the stored one.
    // Reconnects when it is the current environment.
    void updateEnvironment(const Environment& environment, const QString& clientSecret = {});
    // Enter a secret again (it was not in the keychain).
    void setSecret(const QString& id, const QString& clientSecret);
    // Stops the local engine (application exit).
    void shutdown();
    // Stops the bundled engine (asynchronously, never blocking the event loop) and starts it again with the given
    // data folder and logging rules and the port now in the store, then reconnects when the local environment is
    // the current one. Refused (false) while the current environment is remote or a restart is under way.
    bool restartLocalEngine(const QString& dataDir, const QString& loggingRules);
    bool isRestartingLocalEngine() const;
    // The user's opt-in (Settings › Environments) for machines without a keychain: when the keychain fails, client
    // secrets are written to this owner-only plain file instead of being kept in memory only, and read back from
    // it next session. An empty path turns the option off and deletes the file the option had been using.
    void setPlainFileFallback(const QString& path);
    QString plainFileFallback() const;

Q_SIGNALS:
    void environmentsChanged();
    void currentChanged(const gatehouse::client::Environment& environment);
    void clientChanged(gatehouse::client::ApiClient* client);
    void statusChanged(gatehouse::client::EnvironmentController::Status status, const QString& text);
    void secretStoreProblemChanged(const QString& problem);

private:
    void setStatus(Status status, const QString& text);
    void setClient(ApiClient* client);
    void readSecret(const Environment& environment, std::function<void(const QString& secret)> done);
    void storeSecret(const Environment& environment, const QString& secret);
    void reportStoreProblem(const QString& error, bool keptInFile = false);
    void connectRemote(const Environment& environment);
    void connectLocal();
    void ensureSupervisor();
    void onLocalState(LocalEngineSupervisor::State state, const QString& detail);
    void connectClient(const Environment& environment, const QString& secret);
    void finishLocalRestart();

    EnvironmentStore* m_store;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<PlainFileSecretStore> m_fileSecrets; // the opt-in fallback, null when off
    LocalEngineSupervisor::Options m_localOptions;
    std::unique_ptr<LocalEngineSupervisor> m_local;
    QPointer<LocalEngineSupervisor> m_retiring; // the engine being stopped by restartLocalEngine()
    ApiClient* m_client = nullptr;
    QHash<QString, QString> m_sessionSecrets; // key → secret, this process only
    QString m_storeProblem;
    quint64 m_activation = 0;
    Environment m_current;
    Status m_status = Status::Disconnected;
    QString m_statusText;
};

} // namespace gatehouse::client
