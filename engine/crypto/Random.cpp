#include "engine/crypto/Random.h"

#include "core/util/Encoding.h"

#include <openssl/rand.h>

#include <cstdlib>

namespace gatehouse::engine {

QByteArray Random::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1) {
        std::abort(); // no randomness: nothing safe to do
    }
    return out;
}

QString Random::token(int count)
{
    return QString::fromLatin1(core::encoding::base64Url(bytes(count)));
}

} // namespace gatehouse::engine
