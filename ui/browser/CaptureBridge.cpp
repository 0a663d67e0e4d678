#include "ui/browser/CaptureBridge.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse::ui {

namespace {
constexpr qsizetype kMaxCaptureBytes = 8 * 1024 * 1024;
}

CaptureBridge::CaptureBridge(QObject* parent)
    : QObject(parent)
{}

bool CaptureBridge::formCaptured(const QString& json)
{
    if (json.size() > kMaxCaptureBytes) {
        return true;
    }
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QVariantMap fields = o.value(QStringLiteral("fields")).toObject().toVariantMap();
    if (!fields.isEmpty()) {
        Q_EMIT formSubmitted(
            o.value(QStringLiteral("action")).toString(), o.value(QStringLiteral("method")).toString(), fields);
    }
    return true;
}

} // namespace gatehouse::ui
