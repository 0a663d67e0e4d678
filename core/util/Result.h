#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace gatehouse::core {

// An error as the core reports it: a stable machine-readable code, a human message and optional detail.
struct Error
{
    Error(QString c = {}, QString m = {}, QString d = {})
        : code(std::move(c))
        , message(std::move(m))
        , detail(std::move(d))
    {
    }

    QString code;
    QString message;
    QString detail;
};

// The Error that Result::error() returns on success.
inline const Error& noError()
{
    static const Error none;
    return none;
}

// Value or Error. No exceptions cross library boundaries; callers check ok() before value().
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }

    Result(Error error)
        : m_data(std::move(error))
    {
    }

    static Result failure(QString code, QString message, QString detail = {})
    {
        return Result(Error{std::move(code), std::move(message), std::move(detail)});
    }

    bool ok() const
    {
        return std::holds_alternative<T>(m_data);
    }

    explicit operator bool() const
    {
        return ok();
    }

    const T& value() const&
    {
        return std::get<T>(m_data);
    }

    T& value() &
    {
        return std::get<T>(m_data);
    }

    T&& value() &&
    {
        return std::get<T>(std::move(m_data));
    }

    // On success: an empty Error (callers such as QVERIFY2 evaluate their message even when the check passes).
    const Error& error() const
    {
        const Error* failure = std::get_if<Error>(&m_data);
        return failure ? *failure : noError();
    }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Error error)
        : m_error(std::move(error))
    {
    }

    static Result failure(QString code, QString message, QString detail = {})
    {
        return Result(Error{std::move(code), std::move(message), std::move(detail)});
    }

    bool ok() const
    {
        return !m_error.has_value();
    }

    explicit operator bool() const
    {
        return ok();
    }

    // On success: an empty Error (callers such as QVERIFY2 evaluate their message even when the check passes).
    const Error& error() const
    {
        return m_error ? *m_error : noError();
    }

private:
    std::optional<Error> m_error;
};

} // namespace gatehouse::core
