#include "engine/crypto/SecretBox.h"

#include "core/util/Encoding.h"
#include "engine/crypto/Random.h"

#include <openssl/evp.h>

#include <memory>

namespace gatehouse::engine {

namespace {

constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

core::Error cryptoError(const char* what)
{
    return core::Error{QStringLiteral("crypto"), QString::fromLatin1(what), {}};
}

} // namespace

SecretBox::SecretBox(QByteArray key)
    : m_key(std::move(key))
{}

core::Result<QByteArray> SecretBox::seal(QByteArrayView plaintext, QByteArrayView context) const
{
    const QByteArray nonce = Random::bytes(kNonceSize);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size() + kTagSize, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(context), static_cast<int>(context.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), bytes(out), &len, bytes(plaintext), static_cast<int>(plaintext.size())) != 1) {
        return cryptoError("encryption failed");
    }
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(out) + total, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, bytes(out) + total + len) != 1) {
        return cryptoError("encryption failed");
    }
    out.truncate(total + len + kTagSize);
    return QByteArray("v1." + core::encoding::base64Url(QByteArray(nonce + out)));
}

core::Result<QByteArray> SecretBox::open(QByteArrayView sealed, QByteArrayView context) const
{
    if (!sealed.startsWith("v1.")) {
        return cryptoError("unknown sealed format");
    }
    auto raw = core::encoding::fromBase64Url(sealed.sliced(3));
    if (!raw.ok() || raw.value().size() < kNonceSize + kTagSize) {
        return cryptoError("malformed sealed data");
    }
    QByteArray data = raw.value();
    const QByteArray nonce = data.first(kNonceSize);
    QByteArray tag = data.last(kTagSize);
    const QByteArray cipher = data.sliced(kNonceSize, data.size() - kNonceSize - kTagSize);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(cipher.size() + 1, Qt::Uninitialized);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(context), static_cast<int>(context.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), bytes(out), &len, bytes(cipher), static_cast<int>(cipher.size())) != 1) {
        return cryptoError("decryption failed");
    }
    const int written = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, bytes(tag)) != 1
        || EVP_DecryptFinal_ex(ctx.get(), bytes(out) + written, &len) != 1) {
        return cryptoError("authentication failed (wrong key or tampered data)");
    }
    out.truncate(written + len);
    return out;
}

} // namespace gatehouse::engine
