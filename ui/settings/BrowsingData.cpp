#include "ui/settings/BrowsingData.h"

#include "ui/browser/TestBrowser.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>

namespace gatehouse::ui {

QString clearEmbeddedBrowserData(QString* error)
{
    int browsers = 0;
    for (QWidget* widget : QApplication::allWidgets()) {
        auto* browser = qobject_cast<TestBrowser*>(widget);
        if (!browser || !browser->page()) {
            continue;
        }
        QWebEngineProfile* profile = browser->page()->profile();
        profile->clearHttpCache();
        profile->cookieStore()->deleteAllCookies();
        profile->clearAllVisitedLinks();
        ++browsers;
    }
    int folders = 0;
    for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation}) {
        const QString base = QStandardPaths::writableLocation(location);
        if (base.isEmpty()) {
            continue;
        }
        QDir folder(base + QStringLiteral("/QtWebEngine"));
        if (!folder.exists()) {
            continue;
        }
        if (folder.removeRecursively()) {
            ++folders;
        } else if (error) {
            *error = QCoreApplication::translate("gatehouse::ui::BrowsingData", "Could not remove %1.")
                         .arg(QDir::toNativeSeparators(folder.absolutePath()));
        }
    }
    return QCoreApplication::translate("gatehouse::ui::BrowsingData",
                                       "Browser data cleared (open test browsers: %1, stored folders removed: %2).")
        .arg(browsers)
        .arg(folders);
}

} // namespace gatehouse::ui
