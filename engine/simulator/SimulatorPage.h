#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QString>

namespace gatehouse::engine::simulator {

// The IdP simulator's HTML pages (SAML and OIDC sides): one style sheet and one optional auto-submit script,
// both allowed by their hashes in the CSP (no 'unsafe-inline'), no framing, no caching. `side` names the
// simulator in the title ("" for SAML, "OIDC").
HttpResponse page(int status, const QString& title, const QString& bodyHtml, const QString& side = {},
                  bool autoSubmit = false);
HttpResponse errorPage(int status, const QString& title, const QString& message, const QString& side = {});

// The value of cookie `name` in the request, or empty.
QString cookieValue(const HttpRequest& request, const QByteArray& name);
// Whether `value` has the shape of the simulator's browser key (32 random bytes, base64url).
bool isBrowserKey(const QString& value);

} // namespace gatehouse::engine::simulator
