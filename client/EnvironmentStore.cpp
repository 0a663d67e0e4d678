#include "client/EnvironmentStore.h"

#include <QSettings>

namespace gatehouse::client {

namespace {
const QString kGroup = QStringLiteral("environments");
const QString kOrderKey = QStringLiteral("environments/order");
const QString kCurrentKey = QStringLiteral("environments/current");
const QString kPortKey = QStringLiteral("localEngine/port");
const QString kClientIdKey = QStringLiteral("localEngine/clientId");
const QString kPathKey = QStringLiteral("localEngine/enginePath");

bool validId(const QString& id)
{
    // Ids become settings keys: keep them to a safe alphabet.
    if (id.isEmpty() || id.size() > 64 || id == QStringLiteral("order") || id == QStringLiteral("current")) {
        return false; // those names are taken by the group's own keys
    }
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_')) {
            return false;
        }
    }
    return true;
}
} // namespace

EnvironmentStore::EnvironmentStore(QSettings* settings)
    : m_settings(settings)
{}

QList<Environment> EnvironmentStore::environments() const
{
    Environment local;
    local.id = Environment::kLocalId;
    local.name = Environment::tr("Local engine");
    local.kind = Environment::Kind::Local;
    if (localPort() != 0) {
        local.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(localPort()));
    }
    local.clientId = localClientId();
    QList<Environment> out{local};
    const QStringList order = m_settings->value(kOrderKey).toStringList();
    for (const QString& id : order) {
        if (auto env = environment(id)) {
            out.append(*env);
        }
    }
    return out;
}

std::optional<Environment> EnvironmentStore::environment(const QString& id) const
{
    if (id == Environment::kLocalId) {
        return environments().constFirst();
    }
    if (!validId(id) || !m_settings->contains(kGroup + u'/' + id + QStringLiteral("/url"))) {
        return std::nullopt;
    }
    const QString prefix = kGroup + u'/' + id + u'/';
    Environment env;
    env.id = id;
    env.name = m_settings->value(prefix + QStringLiteral("name")).toString();
    env.kind = Environment::kindFromString(m_settings->value(prefix + QStringLiteral("kind")).toString());
    if (env.kind == Environment::Kind::Local) {
        env.kind = Environment::Kind::GatehouseEngine;
    }
    env.url = QUrl(m_settings->value(prefix + QStringLiteral("url")).toString());
    env.clientId = m_settings->value(prefix + QStringLiteral("clientId")).toString();
    return env;
}

void EnvironmentStore::save(const Environment& environment)
{
    if (environment.isLocal()) {
        setLocalClientId(environment.clientId);
        return;
    }
    if (!validId(environment.id)) {
        return;
    }
    const QString prefix = kGroup + u'/' + environment.id + u'/';
    m_settings->setValue(prefix + QStringLiteral("name"), environment.name);
    m_settings->setValue(prefix + QStringLiteral("kind"), Environment::kindToString(environment.kind));
    m_settings->setValue(prefix + QStringLiteral("url"), environment.url.toString());
    m_settings->setValue(prefix + QStringLiteral("clientId"), environment.clientId);
    QStringList order = m_settings->value(kOrderKey).toStringList();
    if (!order.contains(environment.id)) {
        order.append(environment.id);
        m_settings->setValue(kOrderKey, order);
    }
}

void EnvironmentStore::remove(const QString& id)
{
    if (id == Environment::kLocalId || !validId(id)) {
        return;
    }
    m_settings->remove(kGroup + u'/' + id);
    QStringList order = m_settings->value(kOrderKey).toStringList();
    order.removeAll(id);
    m_settings->setValue(kOrderKey, order);
    if (currentId() == id) {
        setCurrentId(Environment::kLocalId);
    }
}

QString EnvironmentStore::currentId() const
{
    return m_settings->value(kCurrentKey, Environment::kLocalId).toString();
}

void EnvironmentStore::setCurrentId(const QString& id)
{
    m_settings->setValue(kCurrentKey, id);
}

quint16 EnvironmentStore::localPort() const
{
    return static_cast<quint16>(m_settings->value(kPortKey, 0).toUInt());
}

void EnvironmentStore::setLocalPort(quint16 port)
{
    m_settings->setValue(kPortKey, port);
}

QString EnvironmentStore::localClientId() const
{
    return m_settings->value(kClientIdKey).toString();
}

void EnvironmentStore::setLocalClientId(const QString& clientId)
{
    m_settings->setValue(kClientIdKey, clientId);
}

QString EnvironmentStore::localEnginePath() const
{
    return m_settings->value(kPathKey).toString();
}

void EnvironmentStore::setLocalEnginePath(const QString& path)
{
    m_settings->setValue(kPathKey, path);
}

void EnvironmentStore::sync()
{
    m_settings->sync();
}

} // namespace gatehouse::client
