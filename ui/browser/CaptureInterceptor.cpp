#include "ui/browser/CaptureInterceptor.h"

namespace gatehouse::ui {

CaptureInterceptor::CaptureInterceptor(QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent)
{}

void CaptureInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    if (info.resourceType() != QWebEngineUrlRequestInfo::ResourceTypeMainFrame) {
        return;
    }
    Q_EMIT mainFrameRequest(info.requestUrl(),
                            info.requestMethod(),
                            info.navigationType() == QWebEngineUrlRequestInfo::NavigationTypeRedirect);
}

} // namespace gatehouse::ui
