#include "client/KeychainSecretStore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "gatehouse.client.keychain", QtInfoMsg)

namespace gatehouse::client {

namespace {
// qtkeychain says "Unknown error" when Linux has no Secret Service; say what is missing instead.
QString describe(const QKeychain::Job* job)
{
#ifdef Q_OS_LINUX
    if ((job->error() == QKeychain::OtherError || job->error() == QKeychain::NoBackendAvailable)
        && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return KeychainSecretStore::tr("no D-Bus session bus, so no Secret Service keyring");
    }
#endif
    return job->errorString();
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::read(const QString& key, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        qCDebug(lcKeychain) << "read" << job->key() << "error" << job->error() << job->errorString();
        ReadResult result;
        if (job->error() == QKeychain::NoError) {
            result.found = true;
            result.secret = job->textData();
        } else if (job->error() != QKeychain::EntryNotFound) {
            result.error = describe(job);
        }
        done(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        qCDebug(lcKeychain) << "write" << job->key() << "error" << job->error() << job->errorString();
        done(job->error() == QKeychain::NoError ? QString() : describe(job));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, WriteCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : describe(job));
    });
    job->start();
}

} // namespace gatehouse::client
