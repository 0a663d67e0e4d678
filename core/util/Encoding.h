#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace gatehouse::core {

// Strict base64 / base64url codecs. Decoding rejects characters outside the alphabet instead of
// skipping them; whitespace is accepted only where the caller says so (XML text content wraps lines).
namespace encoding {

enum class Whitespace
{
    Reject,
    Ignore,
};

QByteArray base64(QByteArrayView data);
Result<QByteArray> fromBase64(QByteArrayView text, Whitespace whitespace = Whitespace::Reject);
QByteArray base64Url(QByteArrayView data);
Result<QByteArray> fromBase64Url(QByteArrayView text);
QByteArray hex(QByteArrayView data, char separator = '\0');

// Constant-time comparison for secrets and MACs; the length is not secret.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace encoding
} // namespace gatehouse::core
