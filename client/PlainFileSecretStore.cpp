#include "client/PlainFileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace gatehouse::client {

namespace {

constexpr qint64 kMaxFileSize = 1024 * 1024; // a few environments' secrets; anything larger is not ours

} // namespace

struct PlainFileSecretStore::Loaded
{
    QJsonObject secrets;
    QString error;
};

PlainFileSecretStore::PlainFileSecretStore(const QString& path, QObject* parent)
    : SecretStore(parent)
    , m_path(path)
{}

QString PlainFileSecretStore::path() const
{
    return m_path;
}

QString PlainFileSecretStore::description() const
{
    return tr("a plain file (%1)").arg(QDir::toNativeSeparators(m_path));
}

PlainFileSecretStore::Loaded PlainFileSecretStore::load() const
{
    Loaded loaded;
    QFile file(m_path);
    if (!file.exists()) {
        return loaded;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return loaded;
    }
    if (file.size() > kMaxFileSize) {
        loaded.error = tr("%1 is larger than a secrets file can be.").arg(QDir::toNativeSeparators(m_path));
        return loaded;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        loaded.error =
            tr("%1 is damaged (%2); enter the client secrets again.")
                .arg(QDir::toNativeSeparators(m_path),
                     parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not a JSON object"));
        return loaded;
    }
    loaded.secrets = document.object();
    return loaded;
}

QString PlainFileSecretStore::save(const QJsonObject& secrets) const
{
    const QFileInfo info(m_path);
    QDir dir = info.dir();
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        return tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.path()));
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    }
#ifdef Q_OS_UNIX
    // Owner-only before a single secret byte is written (the temporary file is renamed over the old one).
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return tr("Cannot restrict the permissions of %1.").arg(QDir::toNativeSeparators(m_path));
    }
#else
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    }
    return {};
}

void PlainFileSecretStore::read(const QString& key, ReadCallback done)
{
    const Loaded loaded = load();
    ReadResult result;
    result.error = loaded.error;
    if (loaded.error.isEmpty() && loaded.secrets.value(key).isString()) {
        result.found = true;
        result.secret = loaded.secrets.value(key).toString();
    }
    QTimer::singleShot(0, this, [result, done = std::move(done)] { done(result); });
}

void PlainFileSecretStore::write(const QString& key, const QString& secret, WriteCallback done)
{
    Loaded loaded = load();
    // A damaged file is replaced: it held nothing usable, and the secret being written must not be lost.
    loaded.secrets.insert(key, secret);
    const QString error = save(loaded.secrets);
    QTimer::singleShot(0, this, [error, done = std::move(done)] { done(error); });
}

void PlainFileSecretStore::remove(const QString& key, WriteCallback done)
{
    Loaded loaded = load();
    QString error = loaded.error;
    if (error.isEmpty() && loaded.secrets.contains(key)) {
        loaded.secrets.remove(key);
        error = loaded.secrets.isEmpty() ? erase() : save(loaded.secrets);
    }
    QTimer::singleShot(0, this, [error, done = std::move(done)] { done(error); });
}

QString PlainFileSecretStore::erase()
{
    QFile file(m_path);
    if (file.exists() && !file.remove()) {
        return tr("Cannot delete %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    }
    return {};
}

} // namespace gatehouse::client
