#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace gatehouse::client {

// One place the app can connect to. Holds no secret: the client secret lives in the SecretStore under
// secretKey().
struct Environment
{
    Q_DECLARE_TR_FUNCTIONS(Environment)

public:
    enum class Kind
    {
        Local,           // the bundled engine, started by the app
        GatehouseEngine, // a gatehouse-engine somewhere else
        Scalekit,        // a Scalekit environment
    };

    static inline const QString kLocalId = QStringLiteral("local");

    QString id;
    QString name;
    Kind kind = Kind::GatehouseEngine;
    QUrl url;
    QString clientId;

    bool isLocal() const
    {
        return kind == Kind::Local;
    }

    QString secretKey() const
    {
        return QStringLiteral("environment/") + id + QStringLiteral("/client-secret");
    }

    QString kindText() const;

    static QString kindToString(Kind kind);
    static Kind kindFromString(const QString& text);
};

} // namespace gatehouse::client
