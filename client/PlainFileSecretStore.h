#pragma once

#include "client/SecretStore.h"

namespace gatehouse::client {

// Client secrets in a plain JSON file readable only by the user (0600, in a 0700 folder): the opt-in fallback for
// machines without an OS keychain (Settings › Environments). Anyone who can read the user's files can read the
// secrets, so the app uses it only when the user chose it and the keychain failed; turning the option off deletes
// the file (EnvironmentController::setPlainFileFallback).
class PlainFileSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit PlainFileSecretStore(const QString& path, QObject* parent = nullptr);

    QString path() const;
    QString description() const override;
    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;
    // Deletes the file (all secrets); empty string when done or when there was none.
    QString erase();

private:
    struct Loaded;
    Loaded load() const;
    QString save(const QJsonObject& secrets) const;

    QString m_path;
};

} // namespace gatehouse::client
