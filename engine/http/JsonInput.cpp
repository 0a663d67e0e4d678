#include "engine/http/JsonInput.h"

#include "engine/http/HttpRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace gatehouse::engine {

namespace {

qsizetype codePoints(const QString& s)
{
    qsizetype n = 0;
    for (QChar c : s) {
        n += c.isLowSurrogate() ? 0 : 1;
    }
    return n;
}

} // namespace

core::Result<QJsonObject> JsonInput::parseObject(const QByteArray& body, bool allowEmpty)
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty) {
            return QJsonObject{};
        }
        return core::Error{QStringLiteral("empty_body"), QStringLiteral("request body is required"), {}};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return core::Error{QStringLiteral("bad_json"),
                           QStringLiteral("request body is not valid JSON: %1 at offset %2")
                               .arg(error.errorString())
                               .arg(error.offset),
                           {}};
    }
    if (!document.isObject()) {
        return core::Error{QStringLiteral("bad_json"), QStringLiteral("request body must be a JSON object"), {}};
    }
    return document.object();
}

JsonInput::JsonInput(QJsonObject object, QString path, QList<FieldViolation>* violations)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_violations(violations)
{}

QString JsonInput::fieldPath(const QString& snake) const
{
    return m_path.isEmpty() ? snake : m_path + u'.' + snake;
}

void JsonInput::violation(const QString& snake, const QString& description)
{
    m_violations->append({fieldPath(snake), description});
}

bool JsonInput::has(const QString& snake) const
{
    const auto isSet = [this](const QString& key) {
        return m_object.contains(key) && !m_object.value(key).isNull();
    };
    return isSet(snake) || isSet(camelCase(snake));
}

std::optional<QJsonValue> JsonInput::take(const QString& snake, bool required)
{
    const QString camel = camelCase(snake);
    m_consumed.insert(snake);
    m_consumed.insert(camel);
    const bool hasSnake = m_object.contains(snake) && !m_object.value(snake).isNull();
    const bool hasCamel = camel != snake && m_object.contains(camel) && !m_object.value(camel).isNull();
    if (hasSnake && hasCamel) {
        violation(snake, QStringLiteral("given twice (%1 and %2)").arg(snake, camel));
        return std::nullopt;
    }
    if (!hasSnake && !hasCamel) {
        if (required) {
            violation(snake, QStringLiteral("value is required"));
        }
        return std::nullopt;
    }
    return m_object.value(hasSnake ? snake : camel);
}

bool JsonInput::checkLength(const QString& snake, const QString& value, Length length)
{
    if (value.contains(QChar(0))) { // PostgreSQL text cannot hold NUL; nothing legitimate needs it
        violation(snake, QStringLiteral("must not contain NUL characters"));
        return false;
    }
    const qsizetype n = codePoints(value);
    if (n < length.min || (length.max > 0 && n > length.max)) {
        violation(snake,
                  QStringLiteral("value length must be between %1 and %2 characters").arg(length.min).arg(length.max));
        return false;
    }
    return true;
}

std::optional<QString> JsonInput::string(const QString& snake, Length length, bool required)
{
    const auto value = take(snake, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isString()) {
        violation(snake, QStringLiteral("value must be a string"));
        return std::nullopt;
    }
    const QString text = value->toString();
    if (!checkLength(snake, text, length)) {
        return std::nullopt;
    }
    return text;
}

std::optional<bool> JsonInput::boolean(const QString& snake, bool required)
{
    const auto value = take(snake, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isBool()) {
        violation(snake, QStringLiteral("value must be a boolean"));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<qint64> JsonInput::integer(const QString& snake, qint64 min, qint64 max, bool required)
{
    const auto value = take(snake, required);
    if (!value) {
        return std::nullopt;
    }
    bool ok = false;
    qint64 number = 0;
    if (value->isDouble()) {
        const double d = value->toDouble();
        ok = d >= -9.0e15 && d <= 9.0e15 && d == static_cast<double>(static_cast<qint64>(d));
        number = ok ? static_cast<qint64>(d) : 0;
    } else if (value->isString()) {
        number = value->toString().toLongLong(&ok);
    }
    if (!ok || number < min || number > max) {
        violation(snake, QStringLiteral("value must be a whole number between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

std::optional<QJsonObject> JsonInput::object(const QString& snake, bool required)
{
    const auto value = take(snake, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isObject()) {
        violation(snake, QStringLiteral("value must be an object"));
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> JsonInput::array(const QString& snake, bool required)
{
    const auto value = take(snake, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isArray()) {
        violation(snake, QStringLiteral("value must be an array"));
        return std::nullopt;
    }
    return value->toArray();
}

std::optional<QString> JsonInput::enumName(const QString& snake, const QStringList& names, bool required)
{
    const auto value = take(snake, required);
    if (!value) {
        return std::nullopt;
    }
    if (value->isString() && names.contains(value->toString())) {
        return value->toString();
    }
    const double number = value->toDouble(-1);
    if (value->isDouble() && number >= 0 && number < names.size() && number == static_cast<int>(number)) {
        return names.at(static_cast<int>(number));
    }
    violation(snake, QStringLiteral("value must be one of %1").arg(names.join(u", ")));
    return std::nullopt;
}

std::optional<QMap<QString, QString>> JsonInput::stringMap(const QString& snake, int maxPairs, Length key, Length value)
{
    const auto object = this->object(snake);
    if (!object) {
        return std::nullopt;
    }
    if (object->size() > maxPairs) {
        violation(snake, QStringLiteral("at most %1 entries").arg(maxPairs));
        return std::nullopt;
    }
    QMap<QString, QString> out;
    bool ok = true;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString entry = snake + u'.' + it.key();
        if (!it.value().isString()) {
            violation(entry, QStringLiteral("value must be a string"));
            ok = false;
            continue;
        }
        ok = checkLength(entry + QStringLiteral(" (key)"), it.key(), key) && ok;
        ok = checkLength(entry, it.value().toString(), value) && ok;
        out.insert(it.key(), it.value().toString());
    }
    return ok ? std::optional(out) : std::nullopt;
}

void JsonInput::rejectUnknown()
{
    for (const QString& key : m_object.keys()) {
        if (!m_consumed.contains(key)) {
            violation(key, QStringLiteral("unknown field"));
        }
    }
}

} // namespace gatehouse::engine
