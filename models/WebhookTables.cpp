#include "models/WebhookTables.h"

#include "client/ApiClient.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QUrlQuery>

namespace gatehouse::models {

namespace {

QString when(const QJsonValue& rfc3339)
{
    const QDateTime time = QDateTime::fromString(rfc3339.toString(), Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

PageFetcher pages(client::ApiClient* apiClient,
                  const QString& path,
                  const QString& key,
                  TableRow (*row)(const QJsonObject&),
                  const QString& status = QString())
{
    const QPointer<client::ApiClient> api = apiClient;
    return [api, path, key, row, status](const QString& token, QObject* context, client::ApiCallback<RowPage> done) {
        if (!api) {
            done(client::ApiError::configuration(WebhookTables::tr("Not connected to an environment.")));
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("50"));
        if (!token.isEmpty()) {
            query.addQueryItem(QStringLiteral("page_token"), token);
        }
        if (!status.isEmpty()) {
            query.addQueryItem(QStringLiteral("status"), status);
        }
        api->send("GET",
                  path,
                  query,
                  {},
                  context,
                  [key, row, done = std::move(done)](const client::ApiResult<QJsonObject>& result) {
                      if (!result.ok()) {
                          done(result.error());
                          return;
                      }
                      RowPage page;
                      for (const QJsonValue& item : result.value().value(key).toArray()) {
                          page.rows.append(row(item.toObject()));
                      }
                      page.nextPageToken = result.value().value(QStringLiteral("next_page_token")).toString();
                      page.totalSize = result.value().value(QStringLiteral("total_size")).toInteger(-1);
                      done(page);
                  });
    };
}

} // namespace

QStringList WebhookTables::endpointHeaders()
{
    return {tr("URL"), tr("Enabled"), tr("Event types"), tr("Description"), tr("Last success"), tr("ID")};
}

QStringList WebhookTables::deliveryHeaders()
{
    return {tr("Created"),
            tr("Event type"),
            tr("Status"),
            tr("Attempts"),
            tr("HTTP status"),
            tr("Latency (ms)"),
            tr("Error"),
            tr("ID")};
}

TableRow WebhookTables::endpointRow(const QJsonObject& e)
{
    QStringList types;
    for (const QJsonValue& t : e.value(QStringLiteral("event_types")).toArray()) {
        types.append(t.toString());
    }
    QString enabled = e.value(QStringLiteral("enabled")).toBool() ? tr("Yes") : tr("No");
    if (e.value(QStringLiteral("disabled_reason")).toString() == QStringLiteral("FAILING")) {
        enabled = tr("No (failing)");
    }
    return {{e.value(QStringLiteral("url")).toString(),
             enabled,
             types.isEmpty() ? tr("all events") : types.join(QStringLiteral(", ")),
             e.value(QStringLiteral("description")).toString(),
             when(e.value(QStringLiteral("last_success_time"))),
             e.value(QStringLiteral("id")).toString()},
            e.value(QStringLiteral("id")).toString(),
            e};
}

TableRow WebhookTables::deliveryRow(const QJsonObject& d)
{
    const QJsonArray attempts = d.value(QStringLiteral("attempts")).toArray();
    const QJsonObject last = attempts.isEmpty() ? QJsonObject() : attempts.last().toObject();
    const QJsonValue code = d.value(QStringLiteral("last_status_code"));
    return {{when(d.value(QStringLiteral("create_time"))),
             d.value(QStringLiteral("event_type")).toString(),
             d.value(QStringLiteral("status")).toString(),
             QString::number(d.value(QStringLiteral("attempt_count")).toInt(static_cast<int>(attempts.size()))),
             code.isUndefined() || code.isNull() ? QString() : QString::number(code.toInt()),
             last.contains(QStringLiteral("latency_ms"))
                 ? QString::number(last.value(QStringLiteral("latency_ms")).toInteger())
                 : QString(),
             d.value(QStringLiteral("last_error")).toString(),
             d.value(QStringLiteral("id")).toString()},
            d.value(QStringLiteral("id")).toString(),
            d};
}

PageFetcher WebhookTables::endpointsFetcher(client::ApiClient* apiClient)
{
    return pages(apiClient, QStringLiteral("/api/v1/webhooks/endpoints"), QStringLiteral("endpoints"), &endpointRow);
}

PageFetcher
WebhookTables::deliveriesFetcher(client::ApiClient* apiClient, const QString& endpointId, const QString& status)
{
    return pages(apiClient,
                 QStringLiteral("/api/v1/webhooks/endpoints/%1/deliveries").arg(endpointId),
                 QStringLiteral("deliveries"),
                 &deliveryRow,
                 status);
}

QStringList WebhookTables::attemptHeaders()
{
    return {tr("Attempt"), tr("Time"), tr("HTTP status"), tr("Latency (ms)"), tr("Error")};
}

QList<QStringList> WebhookTables::attemptRows(const QJsonObject& delivery)
{
    QList<QStringList> rows;
    const QJsonArray attempts = delivery.value(QStringLiteral("attempts")).toArray();
    for (const QJsonValue& value : attempts) {
        const QJsonObject a = value.toObject();
        const QJsonValue code = a.value(QStringLiteral("status_code"));
        const QJsonValue latency = a.value(QStringLiteral("latency_ms"));
        rows.append({QString::number(a.value(QStringLiteral("attempt")).toInt(static_cast<int>(rows.size()) + 1)),
                     when(a.value(QStringLiteral("attempt_time"))),
                     code.isUndefined() || code.isNull() ? QString() : QString::number(code.toInt()),
                     latency.isUndefined() || latency.isNull() ? QString() : QString::number(latency.toInteger()),
                     a.value(QStringLiteral("error")).toString()});
    }
    return rows;
}

} // namespace gatehouse::models
