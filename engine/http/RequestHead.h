#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace gatehouse::engine {

// The parsed request line and framing headers of one HTTP/1.x request, as ConnectionGuard sees them.
struct RequestHead
{
    enum class Verdict
    {
        Ok,
        BadRequest,     // 400: malformed request line or headers
        LengthRequired, // 411: Transfer-Encoding (chunked bodies are not accepted)
    };

    QByteArray method;
    QByteArray target;
    bool http10 = false;
    bool closeAfterResponse = false;
    qint64 contentLength = 0;

    // head: request line and header lines, each ending in CRLF (without the blank line).
    static Verdict parse(QByteArrayView head, RequestHead& out);
};

} // namespace gatehouse::engine
