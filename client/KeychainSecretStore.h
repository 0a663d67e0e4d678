#pragma once

#include "client/SecretStore.h"

namespace gatehouse::client {

// The OS keychain through qtkeychain: Secret Service / KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows. Never falls back to a plain file (qtkeychain's insecure fallback stays off).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    QString description() const override;
    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;

private:
    QString m_service;
};

} // namespace gatehouse::client
