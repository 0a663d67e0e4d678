#include "engine/api/ApiSupport.h"

#include "core/util/Encoding.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/JsonWriter.h"

#include <array>

namespace gatehouse::engine {

QString ApiSupport::actor(const HttpRequest& request)
{
    return request.caller ? QStringLiteral("client:") + request.caller->clientId : QStringLiteral("system");
}

std::optional<HttpResponse> ApiSupport::parseBody(const HttpRequest& request, QJsonObject& out, bool allowEmpty)
{
    auto body = JsonInput::parseObject(request.body, allowEmpty);
    if (!body.ok()) {
        return ApiError::invalidArgument(body.error().message);
    }
    out = body.value();
    return std::nullopt;
}

std::optional<int> ApiSupport::pageSize(const HttpRequest& request, int fallback, int max)
{
    const auto text = request.queryValue(QStringLiteral("page_size"));
    if (!text) {
        return fallback;
    }
    bool ok = false;
    const uint value = text->toUInt(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return value == 0 ? fallback : static_cast<int>(std::min<uint>(value, static_cast<uint>(max)));
}

HttpResponse ApiSupport::enabledResponse(bool enabled, bool already, const QString& noun)
{
    QJsonObject out{{QStringLiteral("enabled"), enabled}};
    if (already) {
        out.insert(QStringLiteral("error_message"),
                   QStringLiteral("The %1 is already %2")
                       .arg(noun, enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")));
    }
    return HttpResponse::json(out);
}

namespace {

constexpr qsizetype kPageMacLength = 22; // 132 bits of the HMAC

QByteArray pageMac(const SecretHasher& hasher, const QByteArray& payload)
{
    const QString full = hasher.hash(QStringLiteral("page-token:") + QString::fromLatin1(payload));
    return full.sliced(full.indexOf(u':') + 1).left(kPageMacLength).toLatin1();
}

} // namespace

QString ApiSupport::pageToken(const SecretHasher& hasher, QByteArrayView kind, PageCursor cursor)
{
    const QByteArray payload = kind.toByteArray() + (cursor.backward ? ":b:" : ":f:") + QByteArray::number(cursor.seq);
    return QString::fromLatin1(core::encoding::base64Url(QByteArray(payload + '.' + pageMac(hasher, payload))));
}

std::optional<PageCursor>
ApiSupport::fromPageToken(const SecretHasher& hasher, QByteArrayView kind, const QString& token)
{
    if (token.isEmpty()) {
        return PageCursor{};
    }
    if (token.size() > 200) {
        return std::nullopt;
    }
    const auto raw = core::encoding::fromBase64Url(token.toLatin1());
    if (!raw.ok()) {
        return std::nullopt;
    }
    const QByteArray& text = raw.value();
    const qsizetype dot = text.lastIndexOf('.');
    if (dot < 0) {
        return std::nullopt;
    }
    const QByteArray payload = text.first(dot);
    if (!core::encoding::constantTimeEquals(text.sliced(dot + 1), pageMac(hasher, payload))) {
        return std::nullopt;
    }
    const QByteArray prefix = kind.toByteArray() + ':';
    if (!payload.startsWith(prefix) || payload.size() < prefix.size() + 3) {
        return std::nullopt;
    }
    const QByteArray direction = payload.sliced(prefix.size(), 2);
    if (direction != "f:" && direction != "b:") {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seq = payload.sliced(prefix.size() + 2).toLongLong(&ok);
    if (!ok || seq <= 0) {
        return std::nullopt;
    }
    return PageCursor{seq, direction == "b:"};
}

bool ApiSupport::readPaging(const HttpRequest& request,
                            const SecretHasher& hasher,
                            QByteArrayView kind,
                            int fallback,
                            int max,
                            int& size,
                            PageCursor& cursor,
                            QList<FieldViolation>& violations)
{
    const auto parsedSize = pageSize(request, fallback, max);
    if (!parsedSize) {
        violations.append({QStringLiteral("page_size"), QStringLiteral("must be an unsigned integer")});
    }
    const auto parsedCursor =
        fromPageToken(hasher, kind, request.queryValue(QStringLiteral("page_token")).value_or(QString()));
    if (!parsedCursor) {
        violations.append({QStringLiteral("page_token"), QStringLiteral("not a token from this list")});
    }
    if (!parsedSize || !parsedCursor) {
        return false;
    }
    size = *parsedSize;
    cursor = *parsedCursor;
    return true;
}

std::optional<HttpResponse> ApiSupport::readPaging(const HttpRequest& request,
                                                   const SecretHasher& hasher,
                                                   QByteArrayView kind,
                                                   int fallback,
                                                   int max,
                                                   int& size,
                                                   PageCursor& cursor)
{
    QList<FieldViolation> violations;
    if (!readPaging(request, hasher, kind, fallback, max, size, cursor, violations)) {
        return ApiError::invalidArgument(QStringLiteral("invalid paging"), violations);
    }
    return std::nullopt;
}

QString ApiSupport::keysetFilter(const PageCursor& cursor, const QString& column, bool descending)
{
    if (!keysetBinds(cursor, descending)) {
        return QString(); // the first page of a newest-first list: no bound
    }
    const bool below = cursor.backward != descending;
    return QStringLiteral(" AND ") + column + (below ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
}

QString ApiSupport::keysetOrder(const PageCursor& cursor, const QString& column, int size, bool descending)
{
    return QStringLiteral(" ORDER BY ") + column + (cursor.backward != descending ? QStringLiteral(" DESC") : QString())
           + QStringLiteral(" LIMIT ") + QString::number(size + 1);
}

HttpResponse ApiSupport::pageResponse(const SecretHasher& hasher,
                                      QByteArrayView kind,
                                      const PageCursor& cursor,
                                      const QString& itemsKey,
                                      const QJsonArray& items,
                                      qint64 firstSeq,
                                      qint64 lastSeq,
                                      bool more,
                                      qint64 total)
{
    return HttpResponse::json(pageJson(hasher, kind, cursor, itemsKey, items, firstSeq, lastSeq, more, total));
}

HttpResponse ApiSupport::pageResponseJson(const SecretHasher& hasher,
                                          QByteArrayView kind,
                                          const PageCursor& cursor,
                                          QLatin1StringView itemsKey,
                                          QByteArrayView itemsArray,
                                          bool empty,
                                          qint64 firstSeq,
                                          qint64 lastSeq,
                                          bool more,
                                          qint64 total)
{
    // As pageJson: the same tokens, and the members in QJsonObject's (sorted) key order.
    const bool hasNext = !empty && (cursor.backward || more);
    const bool hasPrev = !empty && (cursor.backward ? more : cursor.seq > 0);
    const QString next = hasNext ? pageToken(hasher, kind, {lastSeq, false}) : QString();
    const QString prev = hasPrev ? pageToken(hasher, kind, {firstSeq, true}) : QString();
    enum class Member
    {
        Items,
        Next,
        Prev,
        Total
    };
    std::array<std::pair<QLatin1StringView, Member>, 4> members{{{itemsKey, Member::Items},
                                                                 {QLatin1StringView("next_page_token"), Member::Next},
                                                                 {QLatin1StringView("prev_page_token"), Member::Prev},
                                                                 {QLatin1StringView("total_size"), Member::Total}}};
    // QLatin1StringView::compare is out of line; GCC 12 at -O3 flags the inlined operator<'s memcmp
    // inside std::sort with a false -Wstringop-overread.
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) {
        return a.first.compare(b.first, Qt::CaseSensitive) < 0;
    });
    JsonWriter out(itemsArray.size() + 256);
    out.beginObject();
    for (const auto& [name, member] : members) {
        out.key(name);
        switch (member) {
        case Member::Items:
            out.rawValue(itemsArray);
            break;
        case Member::Next:
            out.value(QStringView(next));
            break;
        case Member::Prev:
            out.value(QStringView(prev));
            break;
        case Member::Total:
            out.value(total);
            break;
        }
    }
    out.endObject();
    HttpResponse response;
    response.body = out.take();
    response.setHeader("Content-Type", "application/json");
    return response;
}

QJsonObject ApiSupport::pageJson(const SecretHasher& hasher,
                                 QByteArrayView kind,
                                 const PageCursor& cursor,
                                 const QString& itemsKey,
                                 const QJsonArray& items,
                                 qint64 firstSeq,
                                 qint64 lastSeq,
                                 bool more,
                                 qint64 total)
{
    // Forward: more → a next page; a cursor past the start → a previous page. Backward: the reverse.
    const bool hasNext = !items.isEmpty() && (cursor.backward || more);
    const bool hasPrev = !items.isEmpty() && (cursor.backward ? more : cursor.seq > 0);
    return QJsonObject(
        {{itemsKey, items},
         {QStringLiteral("next_page_token"), hasNext ? pageToken(hasher, kind, {lastSeq, false}) : QString()},
         {QStringLiteral("prev_page_token"), hasPrev ? pageToken(hasher, kind, {firstSeq, true}) : QString()},
         {QStringLiteral("total_size"), total}});
}

HttpResponse ApiSupport::pageOfList(const SecretHasher& hasher,
                                    QByteArrayView kind,
                                    const PageCursor& cursor,
                                    int size,
                                    const QString& itemsKey,
                                    const QList<KeyedItem>& sorted)
{
    // "after" the cursor in the direction of travel (sorted is ascending); a first page (seq 0) starts at the
    // list's beginning.
    const auto beyond = [&](qint64 seq) {
        if (cursor.seq == 0) {
            return true;
        }
        return cursor.backward ? seq < cursor.seq : seq > cursor.seq;
    };
    QList<KeyedItem> rows; // in the direction of travel, at most size + 1
    if (cursor.backward) {
        for (auto it = sorted.crbegin(); it != sorted.crend() && rows.size() <= size; ++it) {
            if (beyond(it->seq)) {
                rows.append(*it);
            }
        }
    } else {
        for (auto it = sorted.cbegin(); it != sorted.cend() && rows.size() <= size; ++it) {
            if (beyond(it->seq)) {
                rows.append(*it);
            }
        }
    }
    const bool more = trimKeysetRows(rows, cursor, size);
    QJsonArray items;
    for (const KeyedItem& row : std::as_const(rows)) {
        items.append(row.json);
    }
    const qint64 first = rows.isEmpty() ? 0 : rows.first().seq;
    const qint64 last = rows.isEmpty() ? 0 : rows.last().seq;
    return HttpResponse::json(pageJson(hasher, kind, cursor, itemsKey, items, first, last, more, sorted.size()));
}

} // namespace gatehouse::engine
