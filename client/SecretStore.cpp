#include "client/SecretStore.h"

#include <QTimer>

namespace gatehouse::client {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{}

void MemorySecretStore::setFailure(const QString& error)
{
    m_failure = error;
}

QString MemorySecretStore::description() const
{
    return tr("memory (this session only)");
}

void MemorySecretStore::read(const QString& key, ReadCallback done)
{
    ReadResult result;
    if (!m_failure.isEmpty()) {
        result.error = m_failure;
    } else if (m_secrets.contains(key)) {
        result.found = true;
        result.secret = m_secrets.value(key);
    }
    QTimer::singleShot(0, this, [result, done = std::move(done)] { done(result); });
}

void MemorySecretStore::write(const QString& key, const QString& secret, WriteCallback done)
{
    if (m_failure.isEmpty()) {
        m_secrets.insert(key, secret);
    }
    QTimer::singleShot(0, this, [error = m_failure, done = std::move(done)] { done(error); });
}

void MemorySecretStore::remove(const QString& key, WriteCallback done)
{
    if (m_failure.isEmpty()) {
        m_secrets.remove(key);
    }
    QTimer::singleShot(0, this, [error = m_failure, done = std::move(done)] { done(error); });
}

} // namespace gatehouse::client
