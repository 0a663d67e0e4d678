#pragma once

#include <QString>

namespace gatehouse::ui {

// Clears what the embedded browser (the connection test browser, QtWebEngine) keeps: the cookies, HTTP cache and
// visited links of every open test browser (their profiles are off the record, so this is all they hold while
// open) and any QtWebEngine storage folder under the app's data and cache locations. Returns a short summary for
// the user; `error` receives a folder that could not be removed (the rest is still cleared).
QString clearEmbeddedBrowserData(QString* error);

} // namespace gatehouse::ui
