#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gatehouse::client {

// Lenient reading of API responses: a field may come as snake_case (the REST reference, our engine) or
// lowerCamelCase (proto JSON), zero values may be omitted, and 64-bit numbers may come as strings.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object);

    static QString camelCase(const QString& snakeCase);

    QJsonValue value(const QString& snakeKey) const;
    bool has(const QString& snakeKey) const;
    QString string(const QString& snakeKey) const;
    qint64 integer(const QString& snakeKey, qint64 fallback = 0) const;
    bool boolean(const QString& snakeKey) const;
    QDateTime time(const QString& snakeKey) const;
    QJsonObject object(const QString& snakeKey) const;
    QJsonArray array(const QString& snakeKey) const;
    QStringList strings(const QString& snakeKey) const;
    QMap<QString, QString> stringMap(const QString& snakeKey) const;
    JsonReader child(const QString& snakeKey) const;

    const QJsonObject& raw() const
    {
        return m_object;
    }

private:
    QJsonObject m_object;
};

} // namespace gatehouse::client
