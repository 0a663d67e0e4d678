#pragma once

#include "client/ApiError.h"

#include <functional>
#include <utility>
#include <variant>

namespace gatehouse::client {

// A value or an ApiError; what every asynchronous call hands to its callback.
template <typename T> class ApiResult
{
public:
    ApiResult(T value)
        : m_data(std::move(value))
    {}

    ApiResult(ApiError error)
        : m_data(std::move(error))
    {}

    bool ok() const
    {
        return std::holds_alternative<T>(m_data);
    }

    const T& value() const
    {
        return std::get<T>(m_data);
    }

    const ApiError& error() const
    {
        return std::get<ApiError>(m_data);
    }

    // The error's message, or empty when ok (safe to call either way).
    QString errorMessage() const
    {
        return ok() ? QString() : error().message;
    }

private:
    std::variant<T, ApiError> m_data;
};

template <typename T> using ApiCallback = std::function<void(const ApiResult<T>&)>;

} // namespace gatehouse::client
