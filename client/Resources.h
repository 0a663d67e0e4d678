#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gatehouse::client {

// Typed views of the API's resources, read leniently (see JsonReader). Each keeps the object as received in
// `raw` (for JSON export and the raw-attributes views). Field names follow the REST reference.

struct Organization
{
    QString id;
    QString displayName;
    QString externalId;
    QString regionCode;
    QString slug;
    QDateTime createTime;
    QDateTime updateTime;
    QMap<QString, QString> metadata;
    QMap<QString, bool> features;
    QJsonObject raw;

    static Organization fromJson(const QJsonObject& json);
};

struct Connection
{
    QString id;
    QString organizationId;
    QString provider;
    QString type;
    QString status;
    bool enabled = false;
    QString uiButtonTitle;
    QStringList domains;
    QDateTime createTime;
    QString testConnectionUri;
    QString spEntityId;     // SAML
    QString spAssertionUrl; // SAML ACS
    QString spMetadataUrl;  // SAML
    QString redirectUri;    // OIDC
    QJsonObject raw;

    static Connection fromJson(const QJsonObject& json);
};

struct Directory
{
    QString id;
    QString name;
    QString organizationId;
    QString directoryType;
    QString directoryProvider;
    QString status;
    bool enabled = false;
    QString directoryEndpoint;
    qint64 totalUsers = 0;
    qint64 totalGroups = 0;
    QDateTime lastSyncedAt;
    QJsonObject raw;

    static Directory fromJson(const QJsonObject& json);
};

struct Domain
{
    QString id;
    QString domain;
    QString organizationId;
    QString domainType;
    QString verificationStatus;
    QString verificationMethod;
    QString txtRecordKey;
    QString txtRecordSecret; // the TXT value to publish (not a credential)
    QDateTime createTime;
    QJsonObject raw;

    static Domain fromJson(const QJsonObject& json);
};

struct Role
{
    QString id;
    QString name;
    QString displayName;
    QString description;
    QString extends;
    bool isOrgRole = false;
    QJsonObject raw;

    static Role fromJson(const QJsonObject& json);
};

struct Event
{
    QString id;
    QString type;
    QString organizationId;
    QString object;
    QDateTime occurredAt;
    QJsonObject data;
    QJsonObject raw;

    static Event fromJson(const QJsonObject& json);
};

// One page of a list. totalSize is -1 when the environment does not say.
template <typename T> struct Page
{
    QList<T> items;
    QString nextPageToken;
    qint64 totalSize = -1;
};

struct PageRequest
{
    int pageSize = 0; // 0 = the server's default
    QString pageToken;
};

struct OrganizationInput
{
    QString displayName;
    QString externalId;
    QMap<QString, QString> metadata;

    QJsonObject toJson() const;
};

// A role of the environment: name (create only; ^[a-zA-Z0-9_]{1,64}$), display name, description, the role it
// extends. When updating, an empty description or extends leaves the stored value (the API cannot clear them).
struct RoleInput
{
    QString name;
    QString displayName;
    QString description;
    QString extends;

    QJsonObject toJson(bool creating) const;
};

struct EventFilter
{
    QString organizationId;
    QStringList eventTypes;
    QDateTime startTime;
    QDateTime endTime;

    QJsonObject toJson() const;
};

} // namespace gatehouse::client
