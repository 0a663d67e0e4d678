#pragma once

#include "EngineHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

namespace gatehouse::engine::test {

// A SCIM directory (organization, enabled directory, bearer secret) on an EngineHarness, and requests to
// its SCIM base URL.
struct ScimDirectory
{
    QString organizationId;
    QString directoryId;
    QString secret;
};

class ScimTestClient
{
public:
    explicit ScimTestClient(EngineHarness& harness)
        : m_h(harness)
    {}

    ScimDirectory createDirectory(const QByteArray& provider = "MICROSOFT_AD")
    {
        ScimDirectory d;
        HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), R"({"display_name":"SCIM org"})");
        d.organizationId = r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
        const QString base =
            QStringLiteral("/api/v1/organizations/") + d.organizationId + QStringLiteral("/directories");
        r = m_h.api("POST", base, R"({"directory_type":"SCIM","directory_provider":")" + provider + R"("})");
        d.directoryId = r.json()[QStringLiteral("directory")][QStringLiteral("id")].toString();
        m_h.api("PATCH", base + u'/' + d.directoryId + QStringLiteral(":enable"));
        r = m_h.api("POST", base + u'/' + d.directoryId + QStringLiteral("/secrets"));
        d.secret = r.json()[QStringLiteral("plain_secret")].toString();
        return d;
    }

    static QString path(const ScimDirectory& d, const QString& rest)
    {
        return QStringLiteral("/directory/") + d.directoryId + QStringLiteral("/scim/v2") + rest;
    }

    HttpReply call(const ScimDirectory& d,
                   const QByteArray& method,
                   const QString& rest,
                   const QByteArray& body = {},
                   QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + d.secret.toLatin1())));
        if (!body.isEmpty()) {
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/scim+json")));
        }
        return m_h.request(method, path(d, rest), body, headers);
    }

    // GET /Users?filter=… with the filter percent-encoded.
    HttpReply list(const ScimDirectory& d, const QString& endpoint, const QString& filter, const QString& extra = {})
    {
        QString rest = endpoint + QStringLiteral("?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter));
        if (!extra.isEmpty()) {
            rest += u'&' + extra;
        }
        return call(d, "GET", rest);
    }

    QString createUser(const ScimDirectory& d, const QString& userName, const QByteArray& extra = {})
    {
        const QByteArray body = R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":")"
                                + userName.toUtf8() + '"' + extra + "}";
        const HttpReply r = call(d, "POST", QStringLiteral("/Users"), body);
        if (r.status != 201) {
            qWarning("createUser: %d %s", r.status, r.body.constData());
        }
        return r.status == 201 ? r.json().value(QStringLiteral("id")).toString() : QString();
    }

    QString createGroup(const ScimDirectory& d, const QString& displayName, const QStringList& members = {})
    {
        QJsonArray list;
        for (const QString& m : members) {
            list.append(QJsonObject{{QStringLiteral("value"), m}});
        }
        const QJsonObject body{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("members"), list}};
        const HttpReply r = call(d, "POST", QStringLiteral("/Groups"), QJsonDocument(body).toJson());
        return r.status == 201 ? r.json().value(QStringLiteral("id")).toString() : QString();
    }

    QStringList memberIds(const ScimDirectory& d, const QString& groupId)
    {
        QStringList out;
        const HttpReply r = call(d, "GET", QStringLiteral("/Groups/") + groupId);
        for (const QJsonValue& m : r.json().value(QStringLiteral("members")).toArray()) {
            out << m.toObject().value(QStringLiteral("value")).toString();
        }
        out.sort();
        return out;
    }

    static QByteArray fixture(const QString& name)
    {
        QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/scim/") + name);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("missing fixture %s", qPrintable(name));
        }
        return file.readAll();
    }

    static QString scimType(const HttpReply& r)
    {
        return r.json().value(QStringLiteral("scimType")).toString();
    }

private:
    EngineHarness& m_h;
};

} // namespace gatehouse::engine::test
