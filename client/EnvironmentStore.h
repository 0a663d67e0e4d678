#pragma once

#include "client/Environment.h"

#include <QList>
#include <QString>

class QSettings;

namespace gatehouse::client {

// Persists the environments and the local engine's settings in QSettings. By construction it has no way to
// write a secret: it stores id, name, kind, URL and client id only (tests assert the file never holds one).
class EnvironmentStore
{
public:
    // Does not take ownership; the settings object must outlive the store.
    explicit EnvironmentStore(QSettings* settings);

    // The local environment first (always present), then the remote ones in the order they were added.
    QList<Environment> environments() const;
    std::optional<Environment> environment(const QString& id) const;
    void save(const Environment& environment);
    void remove(const QString& id);

    QString currentId() const;
    void setCurrentId(const QString& id);

    // The local engine's port: chosen once and kept (it is part of SP entity IDs and the token issuer).
    quint16 localPort() const;
    void setLocalPort(quint16 port);
    QString localClientId() const;
    void setLocalClientId(const QString& clientId);
    QString localEnginePath() const; // empty = find it next to the app
    void setLocalEnginePath(const QString& path);

    void sync();

private:
    QSettings* m_settings;
};

} // namespace gatehouse::client
