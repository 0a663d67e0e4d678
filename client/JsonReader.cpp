#include "client/JsonReader.h"

namespace gatehouse::client {

JsonReader::JsonReader(QJsonObject object)
    : m_object(std::move(object))
{}

QString JsonReader::camelCase(const QString& snakeCase)
{
    QString out;
    out.reserve(snakeCase.size());
    bool upper = false;
    for (const QChar c : snakeCase) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

QJsonValue JsonReader::value(const QString& snakeKey) const
{
    const QJsonValue direct = m_object.value(snakeKey);
    if (!direct.isUndefined() && !direct.isNull()) {
        return direct;
    }
    const QJsonValue camel = m_object.value(camelCase(snakeKey));
    return camel.isNull() ? QJsonValue(QJsonValue::Undefined) : camel;
}

bool JsonReader::has(const QString& snakeKey) const
{
    return !value(snakeKey).isUndefined();
}

QString JsonReader::string(const QString& snakeKey) const
{
    const QJsonValue v = value(snakeKey);
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    return v.toString();
}

qint64 JsonReader::integer(const QString& snakeKey, qint64 fallback) const
{
    const QJsonValue v = value(snakeKey);
    if (v.isDouble()) {
        return v.toInteger(fallback);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

bool JsonReader::boolean(const QString& snakeKey) const
{
    const QJsonValue v = value(snakeKey);
    return v.isBool() ? v.toBool() : v.toString() == QStringLiteral("true");
}

QDateTime JsonReader::time(const QString& snakeKey) const
{
    QDateTime t = QDateTime::fromString(string(snakeKey), Qt::ISODateWithMs);
    if (!t.isValid()) {
        return {};
    }
    return t.toUTC();
}

QJsonObject JsonReader::object(const QString& snakeKey) const
{
    return value(snakeKey).toObject();
}

QJsonArray JsonReader::array(const QString& snakeKey) const
{
    return value(snakeKey).toArray();
}

QStringList JsonReader::strings(const QString& snakeKey) const
{
    QStringList out;
    const QJsonArray items = array(snakeKey);
    for (const QJsonValue& item : items) {
        out.append(item.toString());
    }
    return out;
}

QMap<QString, QString> JsonReader::stringMap(const QString& snakeKey) const
{
    // Map keys are user data: never case-converted.
    QMap<QString, QString> out;
    const QJsonObject map = object(snakeKey);
    for (auto it = map.begin(); it != map.end(); ++it) {
        out.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    }
    return out;
}

JsonReader JsonReader::child(const QString& snakeKey) const
{
    return JsonReader(object(snakeKey));
}

} // namespace gatehouse::client
