#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace gatehouse::client {

// Where client secrets are kept. Asynchronous because OS keychains are (and may ask the user). The real one is
// KeychainSecretStore (qtkeychain); tests and headless machines use MemorySecretStore.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct ReadResult
    {
        bool found = false;
        QString secret;
        QString error; // non-empty when the store itself failed (not for "no such entry")
    };

    using ReadCallback = std::function<void(const ReadResult&)>;
    using WriteCallback = std::function<void(const QString& error)>; // empty error = stored

    using QObject::QObject;

    // A short name for messages ("the system keychain", "memory").
    virtual QString description() const = 0;
    virtual void read(const QString& key, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& secret, WriteCallback done) = 0;
    virtual void remove(const QString& key, WriteCallback done) = 0;
};

// Keeps secrets in this process only; forgotten when it exits. Can be told to fail, to stand in for a machine
// without a keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    void setFailure(const QString& error); // every call fails with this error (empty = work normally)

    QString description() const override;
    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;

private:
    QHash<QString, QString> m_secrets;
    QString m_failure;
};

} // namespace gatehouse::client
