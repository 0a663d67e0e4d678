#include "client/EnvironmentController.h"

#include "client/ApiClient.h"
#include "client/EnvironmentStore.h"
#include "client/PlainFileSecretStore.h"
#include "client/SecretStore.h"

#include <QDir>
#include <QUuid>

namespace gatehouse::client {

EnvironmentController::EnvironmentController(EnvironmentStore* store,
                                             SecretStore* secrets,
                                             LocalEngineSupervisor::Options localOptions,
                                             QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_localOptions(std::move(localOptions))
{
    m_current = m_store->environments().constFirst();
}

EnvironmentController::~EnvironmentController()
{
    QObject::disconnect(this, nullptr, nullptr, nullptr);
    shutdown();
}

QList<Environment> EnvironmentController::environments() const
{
    return m_store->environments();
}

Environment EnvironmentController::current() const
{
    return m_current;
}

EnvironmentController::Status EnvironmentController::status() const
{
    return m_status;
}

QString EnvironmentController::statusText() const
{
    return m_statusText;
}

ApiClient* EnvironmentController::client() const
{
    return m_client;
}

LocalEngineSupervisor* EnvironmentController::localEngine() const
{
    return m_local.get();
}

QString EnvironmentController::secretStoreProblem() const
{
    return m_storeProblem;
}

void EnvironmentController::setStatus(Status status, const QString& text)
{
    m_status = status;
    m_statusText = text;
    Q_EMIT statusChanged(status, text);
}

void EnvironmentController::setClient(ApiClient* client)
{
    if (m_client == client) {
        return;
    }
    ApiClient* old = std::exchange(m_client, client);
    Q_EMIT clientChanged(m_client);
    if (old) {
        old->deleteLater();
    }
}

void EnvironmentController::reportStoreProblem(const QString& error, bool keptInFile)
{
    const QString problem =
        keptInFile && m_fileSecrets
            ? tr("The system keychain is not available (%1). As chosen in Settings, client secrets are stored in a "
                 "plain file that only your user account can read: %2.")
                  .arg(error, QDir::toNativeSeparators(m_fileSecrets->path()))
            : tr("The system keychain is not available (%1). Client secrets are kept in memory for this session "
                 "only; nothing secret is written to disk.")
                  .arg(error);
    if (problem != m_storeProblem) {
        m_storeProblem = problem;
        Q_EMIT secretStoreProblemChanged(problem);
    }
}

void EnvironmentController::setPlainFileFallback(const QString& path)
{
    if (m_fileSecrets && m_fileSecrets->path() == path) {
        return;
    }
    if (m_fileSecrets) {
        // Turned off (or moved): the plain copies go; this session keeps the secrets in memory.
        m_fileSecrets->erase();
        m_fileSecrets.reset();
    }
    if (!path.isEmpty()) {
        m_fileSecrets = std::make_unique<PlainFileSecretStore>(path);
    }
}

QString EnvironmentController::plainFileFallback() const
{
    return m_fileSecrets ? m_fileSecrets->path() : QString();
}

void EnvironmentController::readSecret(const Environment& environment, std::function<void(const QString&)> done)
{
    const QString key = environment.secretKey();
    if (m_sessionSecrets.contains(key)) {
        done(m_sessionSecrets.value(key));
        return;
    }
    if (!m_secrets) {
        done({});
        return;
    }
    m_secrets->read(key, [this, key, done = std::move(done)](const SecretStore::ReadResult& result) mutable {
        if (result.found) {
            m_sessionSecrets.insert(key, result.secret);
            done(result.secret);
            return;
        }
        if (!m_fileSecrets) {
            if (!result.error.isEmpty()) {
                reportStoreProblem(result.error);
            }
            done({});
            return;
        }
        // Opted in: a secret written while the keychain was unavailable is in the plain file.
        const QString keychainError = result.error;
        m_fileSecrets->read(
            key, [this, key, keychainError, done = std::move(done)](const SecretStore::ReadResult& file) {
                if (!keychainError.isEmpty()) {
                    reportStoreProblem(file.error.isEmpty() ? keychainError
                                                            : keychainError + QStringLiteral("; ") + file.error,
                                       file.error.isEmpty());
                }
                if (file.found) {
                    m_sessionSecrets.insert(key, file.secret);
                }
                done(file.found ? file.secret : QString());
            });
    });
}

void EnvironmentController::storeSecret(const Environment& environment, const QString& secret)
{
    const QString key = environment.secretKey();
    m_sessionSecrets.insert(key, secret);
    if (!m_secrets) {
        return;
    }
    m_secrets->write(key, secret, [this, key, secret](const QString& error) {
        if (error.isEmpty()) {
            if (m_fileSecrets) {
                // The keychain works (again): no plain copy of this secret stays behind.
                m_fileSecrets->remove(key, [](const QString&) {});
            }
            return;
        }
        if (!m_fileSecrets) {
            reportStoreProblem(error);
            return;
        }
        m_fileSecrets->write(key, secret, [this, error](const QString& fileError) {
            reportStoreProblem(fileError.isEmpty() ? error : error + QStringLiteral("; ") + fileError,
                               fileError.isEmpty());
        });
    });
}

void EnvironmentController::activateStored()
{
    activate(m_store->currentId());
}

void EnvironmentController::activate(const QString& id)
{
    auto environment = m_store->environment(id);
    if (!environment) {
        environment = m_store->environments().constFirst();
    }
    ++m_activation;
    m_current = *environment;
    m_store->setCurrentId(m_current.id);
    m_store->sync();
    setClient(nullptr);
    Q_EMIT currentChanged(m_current);
    if (m_current.isLocal()) {
        connectLocal();
    } else {
        connectRemote(m_current);
    }
}

void EnvironmentController::connectRemote(const Environment& environment)
{
    setStatus(Status::Connecting, tr("Connecting to %1…").arg(environment.name));
    const quint64 activation = m_activation;
    readSecret(environment, [this, environment, activation](const QString& secret) {
        if (activation != m_activation) {
            return;
        }
        if (secret.isEmpty()) {
            setStatus(Status::Error,
                      tr("No client secret is stored for %1. Enter it again to connect.").arg(environment.name));
            return;
        }
        connectClient(environment, secret);
    });
}

void EnvironmentController::connectClient(const Environment& environment, const QString& secret)
{
    ClientConfig config;
    config.baseUrl = environment.url;
    config.clientId = environment.clientId;
    config.clientSecret = secret;
    if (const auto invalid = config.validate()) {
        setStatus(Status::Error, invalid->message);
        return;
    }
    auto* client = new ApiClient(config, this);
    setClient(client);
    const quint64 activation = m_activation;
    client->testConnection(this, [this, activation, environment](const ApiResult<qint64>& result) {
        if (activation != m_activation) {
            return;
        }
        if (!result.ok()) {
            setStatus(Status::Error, result.error().message);
            return;
        }
        setStatus(Status::Connected,
                  tr("Connected to %1 (%n organization(s)).", nullptr, static_cast<int>(result.value()))
                      .arg(environment.name));
    });
}

void EnvironmentController::ensureSupervisor()
{
    if (m_local) {
        return;
    }
    LocalEngineSupervisor::Options options = m_localOptions;
    options.port = m_store->localPort();
    if (options.enginePath.isEmpty()) {
        options.enginePath = LocalEngineSupervisor::findEngine(m_store->localEnginePath());
    }
    m_local = std::make_unique<LocalEngineSupervisor>(options);
    connect(m_local.get(), &LocalEngineSupervisor::portChosen, this, [this](quint16 port) {
        m_store->setLocalPort(port);
        m_store->sync();
        Q_EMIT environmentsChanged();
    });
    connect(m_local.get(),
            &LocalEngineSupervisor::credentialsReady,
            this,
            [this](const LocalEngineSupervisor::Credentials& credentials) {
                m_store->setLocalClientId(credentials.clientId);
                m_store->sync();
                Environment local = m_store->environments().constFirst();
                storeSecret(local, credentials.clientSecret);
                if (m_current.isLocal()) {
                    m_current = local;
                }
                Q_EMIT environmentsChanged();
            });
    connect(m_local.get(), &LocalEngineSupervisor::stateChanged, this, &EnvironmentController::onLocalState);
}

void EnvironmentController::connectLocal()
{
    if (m_retiring) {
        // The previous engine is still stopping: finishLocalRestart() connects once it is gone.
        setStatus(Status::Connecting, tr("Restarting the local engine…"));
        return;
    }
    ensureSupervisor();
    setStatus(Status::Connecting, tr("Starting the local engine…"));
    const quint64 activation = m_activation;
    readSecret(m_store->environments().constFirst(), [this, activation](const QString& secret) {
        if (activation != m_activation) {
            return;
        }
        const bool haveCredentials = !secret.isEmpty() && !m_store->localClientId().isEmpty();
        const auto state = m_local->state();
        if (state == LocalEngineSupervisor::State::Running && haveCredentials) {
            onLocalState(state, m_local->stateDetail());
            return;
        }
        if (state != LocalEngineSupervisor::State::Stopped && state != LocalEngineSupervisor::State::Failed) {
            if (haveCredentials) {
                return; // starting or restarting: onLocalState connects when it runs
            }
            m_local->stopAndWait(); // running without known credentials: start over with a bootstrap
        }
        m_local->start(!haveCredentials);
    });
}

void EnvironmentController::onLocalState(LocalEngineSupervisor::State state, const QString& detail)
{
    if (!m_current.isLocal()) {
        return;
    }
    switch (state) {
    case LocalEngineSupervisor::State::Running: {
        const Environment local = m_store->environments().constFirst();
        m_current = local;
        const QString secret = m_sessionSecrets.value(local.secretKey());
        if (secret.isEmpty()) {
            setStatus(Status::Error, tr("The local engine runs, but its credentials are unknown."));
            return;
        }
        if (!m_client || m_client->config().baseUrl != local.url) {
            connectClient(local, secret);
        } else {
            setStatus(Status::Connected, detail);
        }
        return;
    }
    case LocalEngineSupervisor::State::Restarting:
    case LocalEngineSupervisor::State::Failed:
        setStatus(Status::Error, detail);
        return;
    case LocalEngineSupervisor::State::Bootstrapping:
    case LocalEngineSupervisor::State::Starting:
        setStatus(Status::Connecting, detail);
        return;
    case LocalEngineSupervisor::State::Stopped:
    case LocalEngineSupervisor::State::Stopping:
        setStatus(Status::Disconnected, tr("The local engine is stopped."));
        return;
    }
}

void EnvironmentController::addEnvironment(Environment environment, const QString& clientSecret)
{
    if (environment.id.isEmpty() || environment.isLocal()) {
        environment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (environment.kind == Environment::Kind::Local) {
        environment.kind = Environment::Kind::GatehouseEngine;
    }
    m_store->save(environment);
    m_store->sync();
    storeSecret(environment, clientSecret);
    Q_EMIT environmentsChanged();
    activate(environment.id);
}

void EnvironmentController::removeEnvironment(const QString& id)
{
    const auto environment = m_store->environment(id);
    if (!environment || environment->isLocal()) {
        return;
    }
    m_sessionSecrets.remove(environment->secretKey());
    if (m_secrets) {
        m_secrets->remove(environment->secretKey(), [](const QString&) {});
    }
    if (m_fileSecrets) {
        m_fileSecrets->remove(environment->secretKey(), [](const QString&) {});
    }
    const bool wasCurrent = m_current.id == id;
    m_store->remove(id);
    m_store->sync();
    Q_EMIT environmentsChanged();
    if (wasCurrent) {
        activate(Environment::kLocalId);
    }
}

void EnvironmentController::updateEnvironment(const Environment& environment, const QString& clientSecret)
{
    const auto existing = m_store->environment(environment.id);
    if (!existing || existing->isLocal()) {
        return;
    }
    Environment updated = environment;
    if (updated.kind == Environment::Kind::Local) {
        updated.kind = Environment::Kind::GatehouseEngine;
    }
    m_store->save(updated);
    m_store->sync();
    if (!clientSecret.isEmpty()) {
        storeSecret(updated, clientSecret);
    }
    Q_EMIT environmentsChanged();
    if (m_current.id == updated.id) {
        activate(updated.id);
    }
}

void EnvironmentController::setSecret(const QString& id, const QString& clientSecret)
{
    const auto environment = m_store->environment(id);
    if (!environment || clientSecret.isEmpty()) {
        return;
    }
    storeSecret(*environment, clientSecret);
    if (m_current.id == id) {
        activate(id);
    }
}

void EnvironmentController::shutdown()
{
    ++m_activation;
    if (m_retiring) {
        m_retiring->stopAndWait();
    }
    if (m_local) {
        m_local->stopAndWait();
    }
}

bool EnvironmentController::isRestartingLocalEngine() const
{
    return !m_retiring.isNull();
}

bool EnvironmentController::restartLocalEngine(const QString& dataDir, const QString& loggingRules)
{
    if (!m_current.isLocal() || m_retiring) {
        return false;
    }
    m_localOptions.dataDir = dataDir;
    m_localOptions.loggingRules = loggingRules;
    ++m_activation; // late answers of the old engine's client are dropped
    setClient(nullptr);
    setStatus(Status::Connecting, tr("Restarting the local engine…"));
    if (!m_local) {
        finishLocalRestart();
        return true;
    }
    // The old supervisor stops on its own (SIGTERM, SIGKILL after a grace period) while the event loop runs; as a
    // child of the controller it is still stopped on exit if the app quits meanwhile.
    LocalEngineSupervisor* old = m_local.release();
    QObject::disconnect(old, nullptr, this, nullptr);
    old->setParent(this);
    m_retiring = old;
    if (old->state() == LocalEngineSupervisor::State::Stopped) {
        old->deleteLater();
        m_retiring.clear();
        finishLocalRestart();
        return true;
    }
    connect(
        old,
        &LocalEngineSupervisor::stopped,
        this,
        [this, old] {
            old->deleteLater();
            m_retiring.clear();
            finishLocalRestart();
        },
        Qt::SingleShotConnection);
    old->stop();
    return true;
}

void EnvironmentController::finishLocalRestart()
{
    Q_EMIT environmentsChanged();
    if (m_current.isLocal()) {
        ++m_activation;
        m_current = m_store->environments().constFirst();
        Q_EMIT currentChanged(m_current);
        connectLocal();
    }
}

} // namespace gatehouse::client
