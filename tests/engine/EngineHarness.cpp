#include "EngineHarness.h"

#include "engine/storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace gatehouse::engine::test {

namespace {

const QString kAdminConnection = QStringLiteral("gatehouse-test-admin");

QString pgUrl()
{
    return qEnvironmentVariable("GATEHOUSE_TEST_PG_URL");
}

bool openAdmin(const DatabaseUrl& url, const QString& database, QString* error)
{
    QSqlDatabase db = QSqlDatabase::contains(kAdminConnection)
                          ? QSqlDatabase::database(kAdminConnection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    db.close();
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setDatabaseName(database);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool adminExec(const QString& sql, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(kAdminConnection, false));
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

EngineHarness::EngineHarness()
    : m_clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC))
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // login-flow tests inspect every 302
}

EngineHarness::~EngineHarness()
{
    stop();
    dropPostgres();
}

bool EngineHarness::usePostgres()
{
    return qEnvironmentVariable("GATEHOUSE_TEST_BACKEND") == QStringLiteral("postgres");
}

QString EngineHarness::unavailableReason()
{
    if (usePostgres() && pgUrl().isEmpty()) {
        return QStringLiteral(
            "GATEHOUSE_TEST_PG_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/gatehouse_test); "
            "the PostgreSQL suite needs a running server");
    }
    return {};
}

bool EngineHarness::preparePostgres()
{
    auto url = DatabaseUrl::parse(pgUrl(), QString());
    if (!url.ok() || url.value().kind != DatabaseUrl::Kind::Postgres) {
        m_error = QStringLiteral("GATEHOUSE_TEST_PG_URL is not a postgresql:// URL");
        return false;
    }
    if (!openAdmin(url.value(), url.value().database, &m_error)) {
        // The database itself may not exist yet: create it from the maintenance database.
        if (!openAdmin(url.value(), QStringLiteral("postgres"), &m_error)
            || !adminExec(QStringLiteral("CREATE DATABASE \"%1\"").arg(url.value().database), &m_error)
            || !openAdmin(url.value(), url.value().database, &m_error)) {
            return false;
        }
    }
    m_schema = QStringLiteral("gh_test_%1_%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(QRandomGenerator::global()->generate());
    if (!adminExec(QStringLiteral("CREATE SCHEMA %1").arg(m_schema), &m_error)) {
        m_schema.clear();
        return false;
    }
    QUrl withSchema(pgUrl());
    QUrlQuery query(withSchema);
    query.addQueryItem(QStringLiteral("schema"), m_schema);
    withSchema.setQuery(query);
    m_config.db = withSchema.toString();
    m_pgDb = m_config.db;
    return true;
}

void EngineHarness::dropPostgres()
{
    if (m_schema.isEmpty()) {
        return;
    }
    QString error;
    adminExec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema), &error);
    m_schema.clear();
    QSqlDatabase::database(kAdminConnection, false).close();
}

bool EngineHarness::start(const std::function<void(EngineConfig&)>& tweak)
{
    m_config = EngineConfig{};
    m_config.listenAddress = QHostAddress::LocalHost;
    m_config.listenPort = 0;
    m_config.dataDir = m_dir.path();
    m_config.rateLimit = {0, 60};
    m_config.tokenRateLimit = {0, 60};
    m_config.limits.requestTimeoutMs = 5000;
    m_config.limits.idleTimeoutMs = 5000;
    if (usePostgres() && m_schema.isEmpty() && !preparePostgres()) {
        return false;
    }
    if (usePostgres()) {
        m_config.db = m_pgDb; // a restart keeps the same schema
    }
    if (tweak) {
        tweak(m_config);
    }
    m_engine = std::make_unique<Engine>(m_config, m_clock);
    if (auto ready = m_engine->initialize(); !ready.ok()) {
        m_error = ready.error().message;
        return false;
    }
    if (auto port = m_engine->start(); !port.ok()) {
        m_error = port.error().message;
        return false;
    }
    auto credentials = m_engine->revealAdminCredentials(true);
    if (!credentials.ok()) {
        m_error = credentials.error().message;
        return false;
    }
    m_clientId = credentials.value().clientId;
    m_clientSecret = credentials.value().clientSecret;
    m_token.clear();
    return true;
}

void EngineHarness::stop()
{
    m_engine.reset();
}

QString EngineHarness::lastError() const
{
    return m_error;
}

core::FixedClock& EngineHarness::clock()
{
    return m_clock;
}

Engine& EngineHarness::engine()
{
    return *m_engine;
}

EngineConfig& EngineHarness::config()
{
    return m_config;
}

QString EngineHarness::baseUrl() const
{
    return m_engine->baseUrl();
}

QString EngineHarness::clientId() const
{
    return m_clientId;
}

QString EngineHarness::clientSecret() const
{
    return m_clientSecret;
}

HttpReply EngineHarness::request(const QByteArray& method,
                                 const QString& path,
                                 const QByteArray& body,
                                 const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(baseUrl() + path));
    request.setTransferTimeout(5000);
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.headers = reply->rawHeaderPairs();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

QString EngineHarness::token(const QString& scope)
{
    if (!m_token.isEmpty() && scope.isEmpty()) {
        return m_token;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    if (!scope.isEmpty()) {
        form.addQueryItem(QStringLiteral("scope"), scope);
    }
    const HttpReply reply = request("POST",
                                    QStringLiteral("/oauth/token"),
                                    form.toString(QUrl::FullyEncoded).toLatin1(),
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QString token = reply.json().value(QStringLiteral("access_token")).toString();
    if (scope.isEmpty()) {
        m_token = token;
    }
    return token;
}

void EngineHarness::forgetToken()
{
    m_token.clear();
}

HttpReply EngineHarness::api(const QByteArray& method, const QString& path, const QByteArray& body)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token().toLatin1()}};
    if (!body.isEmpty()) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    return request(method, path, body, headers);
}

RawReply EngineHarness::raw(const QByteArray& data, int waitMs, bool waitForClose, quint16 port)
{
    RawReply out;
    QEventLoop loop;
    QTimer timer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port ? port : m_engine->port());
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(data); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        out.data += socket.readAll();
        if (!waitForClose && out.data.contains("\r\n\r\n")) {
            loop.quit();
        }
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] {
        if (socket.isOpen()) {
            out.data += socket.readAll();
        }
        out.closedByServer = true;
        loop.quit();
    });
    timer.start(waitMs);
    loop.exec();
    socket.disconnect();
    return out;
}

} // namespace gatehouse::engine::test
