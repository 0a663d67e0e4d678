#include "engine/simulator/SimulatorPage.h"

#include "engine/sso/HtmlPage.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace gatehouse::engine::simulator {

namespace {

// The pages' only style sheet and the auto-submit script: constants, allowed by their hashes in the CSP (no
// 'unsafe-inline', no nonce needed).
const QString kStyle =
    QStringLiteral("body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
                   "color:#1d2330}h1{font-size:1.4rem}table{border-collapse:collapse;margin:1rem 0}"
                   "td,th{border:1px solid #d0d5dd;padding:.3rem .5rem;text-align:left;vertical-align:top;"
                   "word-break:break-all}fieldset{border:1px solid #d0d5dd;margin:1rem 0}label{display:block;"
                   "margin:.5rem 0}input,select,textarea{display:block;width:100%;box-sizing:border-box;"
                   "padding:.3rem}textarea{height:5rem}button{padding:.4rem 1.2rem}.note{color:#b54708}");
const QString kAutoSubmit = QStringLiteral("document.forms[0].submit();");

QByteArray cspHash(const QString& content)
{
    return "'sha256-" + QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toBase64() + "'";
}

} // namespace

HttpResponse page(int status, const QString& title, const QString& bodyHtml, const QString& side, bool autoSubmit)
{
    HttpResponse response;
    response.status = status;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                  "<title>%1 – Gatehouse IdP simulator%2</title><style>%3</style></head><body>%4")
                       .arg(HtmlPage::escape(title),
                            side.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(side),
                            kStyle,
                            bodyHtml);
    if (autoSubmit) {
        html += QStringLiteral("<script>") + kAutoSubmit + QStringLiteral("</script>");
    }
    html += QStringLiteral("</body></html>\n");
    response.body = html.toUtf8();
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    static const QByteArray styleHash = cspHash(kStyle);
    static const QByteArray scriptHash = cspHash(kAutoSubmit);
    // The auto-submitting page has no form-action: the ACS answers with a redirect to the app, and browsers apply
    // form-action to redirects too. Its form's target is fixed by the server (an ACS URL of this engine).
    const QByteArray csp = autoSubmit ? QByteArray("default-src 'none'; style-src " + styleHash + "; script-src "
                                                   + scriptHash + "; base-uri 'none'; frame-ancestors 'none'")
                                      : QByteArray("default-src 'none'; style-src " + styleHash
                                                   + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    response.setHeader("Content-Security-Policy", csp);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse errorPage(int status, const QString& title, const QString& message, const QString& side)
{
    return page(status,
                title,
                QStringLiteral("<h1>%1</h1><p>%2</p><p>Start the sign-in again from the application.</p>")
                    .arg(HtmlPage::escape(title), HtmlPage::escape(message)),
                side);
}

QString cookieValue(const HttpRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key != "cookie") {
            continue;
        }
        for (const QByteArray& part : value.split(';')) {
            const QByteArray item = part.trimmed();
            if (item.startsWith(QByteArray(name + '='))) {
                return QString::fromLatin1(item.sliced(name.size() + 1));
            }
        }
    }
    return {};
}

bool isBrowserKey(const QString& value)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return shape.match(value).hasMatch();
}

} // namespace gatehouse::engine::simulator
