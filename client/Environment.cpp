#include "client/Environment.h"

namespace gatehouse::client {

QString Environment::kindText() const
{
    switch (kind) {
    case Kind::Local:
        return tr("Local engine");
    case Kind::GatehouseEngine:
        return tr("Gatehouse engine");
    case Kind::Scalekit:
        return tr("Scalekit environment");
    }
    return {};
}

QString Environment::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Local:
        return QStringLiteral("local");
    case Kind::GatehouseEngine:
        return QStringLiteral("gatehouse");
    case Kind::Scalekit:
        return QStringLiteral("scalekit");
    }
    return {};
}

Environment::Kind Environment::kindFromString(const QString& text)
{
    if (text == QStringLiteral("local")) {
        return Kind::Local;
    }
    return text == QStringLiteral("scalekit") ? Kind::Scalekit : Kind::GatehouseEngine;
}

} // namespace gatehouse::client
