#include "engine/crypto/MasterKey.h"

#include "core/util/Encoding.h"
#include "engine/crypto/Random.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>

namespace gatehouse::engine {

namespace {
constexpr int kKeySize = 32;
} // namespace

MasterKey::MasterKey(QByteArray key)
    : m_key(std::move(key))
{}

core::Result<MasterKey> MasterKey::load(const QString& dataDir, const QByteArray& fromEnvironment)
{
    if (!fromEnvironment.isEmpty()) {
        auto decoded = core::encoding::fromBase64(fromEnvironment.trimmed());
        if (!decoded.ok() || decoded.value().size() != kKeySize) {
            return core::Error{QStringLiteral("bad_master_key"),
                               QStringLiteral("GATEHOUSE_MASTER_KEY must be base64 of exactly 32 bytes"),
                               {}};
        }
        return MasterKey(decoded.value());
    }
    auto key = readOrCreateFile(QDir(dataDir).filePath(QStringLiteral("master.key")));
    if (!key.ok()) {
        return key.error();
    }
    return MasterKey(key.value());
}

core::Result<QByteArray> MasterKey::readOrCreateFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return core::Error{QStringLiteral("master_key_io"), QStringLiteral("cannot create ") + path, {}};
        }
        file.write(core::encoding::base64(Random::bytes(kKeySize)) + '\n');
        file.close();
    }
    const auto perms = file.permissions();
    if (perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
        return core::Error{QStringLiteral("master_key_perms"),
                           path + QStringLiteral(" must not be readable by group or others (chmod 600)"),
                           {}};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{QStringLiteral("master_key_io"), QStringLiteral("cannot read ") + path, {}};
    }
    auto decoded = core::encoding::fromBase64(file.readAll().trimmed());
    if (!decoded.ok() || decoded.value().size() != kKeySize) {
        return core::Error{QStringLiteral("bad_master_key"), path + QStringLiteral(" is not base64 of 32 bytes"), {}};
    }
    return decoded.value();
}

QByteArray MasterKey::derive(QByteArrayView label) const
{
    return QMessageAuthenticationCode::hash(label.toByteArray(), m_key, QCryptographicHash::Sha256);
}

QByteArray MasterKey::pepper() const
{
    return derive("gatehouse secret-hash pepper v1");
}

QByteArray MasterKey::encryptionKey() const
{
    return derive("gatehouse at-rest aes-256-gcm v1");
}

} // namespace gatehouse::engine
