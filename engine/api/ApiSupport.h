#pragma once

#include "engine/http/ApiError.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace gatehouse::engine {

class SecretHasher;

// Where a keyset page starts: forward = the items after seq (seq 0: the first page); backward = the page of items
// just before seq (what prev_page_token asks for). Pages are always answered in ascending seq order.
struct PageCursor
{
    qint64 seq = 0;
    bool backward = false;
};

// Small helpers the endpoint classes share.
class ApiSupport
{
public:
    // "client:skc_…" for audit events.
    static QString actor(const HttpRequest& request);
    // Parses the body as one JSON object; the 400 response otherwise.
    static std::optional<HttpResponse> parseBody(const HttpRequest& request, QJsonObject& out, bool allowEmpty = false);
    // The answer of an :enable / :disable call: {enabled} plus an error_message when nothing changed.
    static HttpResponse enabledResponse(bool enabled, bool already, const QString& noun);

    // A route handler that calls api->method(request): every endpoint class registers its methods this way.
    template <typename Api> static auto handler(Api* api, HttpResponse (Api::*method)(HttpRequest&))
    {
        return [api, method](HttpRequest& request) {
            return (api->*method)(request);
        };
    }

    // page_size from the query: default when absent or 0, capped at max; nullopt when not a number.
    static std::optional<int> pageSize(const HttpRequest& request, int fallback, int max);

    // Keyset paging with next_page_token AND prev_page_token. Tokens are opaque and tamper-evident:
    // base64url("<kind>:<f|b>:<seq>.<MAC>"), the MAC a peppered HMAC (SecretHasher) of the rest, so a token is
    // only accepted by the list it came from and cannot be forged or edited.
    static QString pageToken(const SecretHasher& hasher, QByteArrayView kind, PageCursor cursor);
    static std::optional<PageCursor>
    fromPageToken(const SecretHasher& hasher, QByteArrayView kind, const QString& token);
    // page_size (fallback when absent or 0, capped at max) and page_token; false after adding to violations.
    static bool readPaging(const HttpRequest& request,
                           const SecretHasher& hasher,
                           QByteArrayView kind,
                           int fallback,
                           int max,
                           int& size,
                           PageCursor& cursor,
                           QList<FieldViolation>& violations);
    // The same, answering the 400 itself.
    static std::optional<HttpResponse> readPaging(const HttpRequest& request,
                                                  const SecretHasher& hasher,
                                                  QByteArrayView kind,
                                                  int fallback,
                                                  int max,
                                                  int& size,
                                                  PageCursor& cursor);
    // SQL pieces of a keyset query over `column`: " AND column > ?" (or "< ?" backward; bind cursor.seq) and
    // " ORDER BY column [DESC] LIMIT size+1". A descending list (newest first) swaps both comparisons and
    // orders; its "forward" is towards smaller seq. The filter is empty on a first page (cursor.seq 0): bind
    // cursor.seq only when keysetBinds says so.
    static QString keysetFilter(const PageCursor& cursor, const QString& column, bool descending = false);
    static QString keysetOrder(const PageCursor& cursor, const QString& column, int size, bool descending = false);

    static bool keysetBinds(const PageCursor& cursor, bool descending = false)
    {
        return descending ? cursor.seq > 0 : true;
    }

    // Turns the rows of such a query (query order, at most size+1) into the page in ascending order; true when more
    // rows lie beyond it in the direction of travel.
    template <typename T> static bool trimKeysetRows(QList<T>& rows, const PageCursor& cursor, int size)
    {
        const bool more = rows.size() > size;
        if (more) {
            rows.resize(size);
        }
        if (cursor.backward) {
            std::reverse(rows.begin(), rows.end());
        }
        return more;
    }

    // The list answer: {<itemsKey>: items, next_page_token, prev_page_token, total_size}; firstSeq / lastSeq are
    // those of the page's first and last item, `more` what trimKeysetRows said.
    static HttpResponse pageResponse(const SecretHasher& hasher,
                                     QByteArrayView kind,
                                     const PageCursor& cursor,
                                     const QString& itemsKey,
                                     const QJsonArray& items,
                                     qint64 firstSeq,
                                     qint64 lastSeq,
                                     bool more,
                                     qint64 total);
    // The same answer with the items already serialised as a JSON array (JsonWriter): the same bytes as
    // pageResponse gives for those items, without building a QJsonArray of them.
    static HttpResponse pageResponseJson(const SecretHasher& hasher,
                                         QByteArrayView kind,
                                         const PageCursor& cursor,
                                         QLatin1StringView itemsKey,
                                         QByteArrayView itemsArray,
                                         bool empty,
                                         qint64 firstSeq,
                                         qint64 lastSeq,
                                         bool more,
                                         qint64 total);
    // The same answer as a JSON object, for lists that add fields of their own.
    static QJsonObject pageJson(const SecretHasher& hasher,
                                QByteArrayView kind,
                                const PageCursor& cursor,
                                const QString& itemsKey,
                                const QJsonArray& items,
                                qint64 firstSeq,
                                qint64 lastSeq,
                                bool more,
                                qint64 total);

    // Lists filtered in memory: `sorted` holds every matching item with its seq, in ascending seq order. Answers
    // the page the cursor asks for as pageResponse does, total_size the size of `sorted`.
    struct KeyedItem
    {
        qint64 seq = 0;
        QJsonValue json;
    };

    static HttpResponse pageOfList(const SecretHasher& hasher,
                                   QByteArrayView kind,
                                   const PageCursor& cursor,
                                   int size,
                                   const QString& itemsKey,
                                   const QList<KeyedItem>& sorted);
};

} // namespace gatehouse::engine
