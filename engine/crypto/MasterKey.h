#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace gatehouse::engine {

// The engine's 32-byte master secret: from GATEHOUSE_MASTER_KEY (base64) when set, otherwise the file
// <data-dir>/master.key (created with mode 0600 on first start; refused when group/other can read it).
// Two independent keys are derived from it: the pepper for secret hashes and the at-rest encryption key.
class MasterKey
{
public:
    static core::Result<MasterKey> load(const QString& dataDir, const QByteArray& fromEnvironment);

    QByteArray pepper() const;
    QByteArray encryptionKey() const;

private:
    explicit MasterKey(QByteArray key);
    static core::Result<QByteArray> readOrCreateFile(const QString& path);
    QByteArray derive(QByteArrayView label) const;

    QByteArray m_key;
};

} // namespace gatehouse::engine
