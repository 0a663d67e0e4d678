#pragma once

#include "core/util/Result.h"
#include "engine/http/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

// Strict reader for one JSON object of a request body: fields by snake_case name (lowerCamelCase also
// accepted), types and lengths checked, unknown fields reported. Every problem becomes a FieldViolation
// named by its path ("organization.display_name"), so a handler reports all of them in one 400.
class JsonInput
{
public:
    struct Length
    {
        int min = 0;
        int max = 0;
    };

    // The body must be one JSON object (an empty body counts as {} when allowEmpty).
    static core::Result<QJsonObject> parseObject(const QByteArray& body, bool allowEmpty = false);

    JsonInput(QJsonObject object, QString path, QList<FieldViolation>* violations);

    bool has(const QString& snake) const;
    std::optional<QString> string(const QString& snake, Length length, bool required = false);
    std::optional<bool> boolean(const QString& snake, bool required = false);
    // A whole number in [min, max]: a JSON number or a decimal string (protojson writes int64 as strings).
    std::optional<qint64> integer(const QString& snake, qint64 min, qint64 max, bool required = false);
    std::optional<QJsonObject> object(const QString& snake, bool required = false);
    std::optional<QJsonArray> array(const QString& snake, bool required = false);
    // Enum by value name; numbers are accepted as the index into names (protojson behaviour).
    std::optional<QString> enumName(const QString& snake, const QStringList& names, bool required = false);
    std::optional<QMap<QString, QString>> stringMap(const QString& snake, int maxPairs, Length key, Length value);
    // Adds a violation for every field that no accessor asked for.
    void rejectUnknown();
    void violation(const QString& snake, const QString& description);
    QString fieldPath(const QString& snake) const;
    bool checkLength(const QString& snake, const QString& value, Length length);

private:
    std::optional<QJsonValue> take(const QString& snake, bool required);

    QJsonObject m_object;
    QString m_path;
    QList<FieldViolation>* m_violations;
    QSet<QString> m_consumed;
};

} // namespace gatehouse::engine
