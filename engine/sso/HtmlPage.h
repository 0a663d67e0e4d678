#pragma once

#include "engine/http/HttpResponse.h"

#include <QString>

namespace gatehouse::engine {

// The engine's own HTML pages (login errors, connection test results, sign-out): every dynamic value escaped,
// no scripts, Content-Security-Policy with frame-ancestors 'none' (the Host header is checked by HttpServer
// for every request). Also the 302 redirects of the login flow.
class HtmlPage
{
public:
    static QString escape(const QString& text);
    // bodyHtml must already be escaped / built from escape()d parts.
    static HttpResponse render(int status, const QString& title, const QString& bodyHtml);
    static HttpResponse error(int status, const QString& code, const QString& description, const QString& hint = {});
    static HttpResponse redirect(const QString& url);
};

} // namespace gatehouse::engine
