#include "engine/sso/HtmlPage.h"

namespace gatehouse::engine {

QString HtmlPage::escape(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\'', QStringLiteral("&#39;"));
    return out;
}

HttpResponse HtmlPage::render(int status, const QString& title, const QString& bodyHtml)
{
    HttpResponse response;
    response.status = status;
    response.body =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%1 – Gatehouse</title><style>"
                       "body{font-family:system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;"
                       "color:#1d2330}h1{font-size:1.4rem}code,pre{background:#f2f4f7;padding:.1rem .3rem;"
                       "border-radius:4px}pre{padding:.6rem;overflow:auto;white-space:pre-wrap}"
                       "table{border-collapse:collapse}td,th{border:1px solid #d0d5dd;padding:.3rem .5rem;"
                       "text-align:left;vertical-align:top}.ok{color:#067647}.fail{color:#b42318}"
                       "</style></head><body>%2</body></html>\n")
            .arg(escape(title), bodyHtml)
            .toUtf8();
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'none'; "
                       "base-uri 'none'; frame-ancestors 'none'");
    return response;
}

HttpResponse HtmlPage::error(int status, const QString& code, const QString& description, const QString& hint)
{
    QString body = QStringLiteral("<h1>Sign-in failed</h1><p>%1</p><p>Error code: <code>%2</code></p>")
                       .arg(escape(description), escape(code));
    if (!hint.isEmpty()) {
        body += QStringLiteral("<p>%1</p>").arg(escape(hint));
    }
    return render(status, QStringLiteral("Sign-in failed"), body);
}

HttpResponse HtmlPage::redirect(const QString& url)
{
    HttpResponse response;
    response.status = 302;
    response.setHeader("Location", url.toUtf8());
    return response;
}

} // namespace gatehouse::engine
