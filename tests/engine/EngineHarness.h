#pragma once

#include "core/util/Clock.h"
#include "engine/Engine.h"
#include "engine/EngineConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace gatehouse::engine::test {

struct HttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QJsonObject json() const;
    QByteArray header(QByteArrayView name) const;
};

struct RawReply
{
    QByteArray data;
    bool closedByServer = false;
};

// Starts a real engine in-process on 127.0.0.1:0 with a FixedClock and talks HTTP to it.
// Backend: SQLite in a QTemporaryDir, or PostgreSQL when GATEHOUSE_TEST_BACKEND=postgres (a throwaway
// schema in the database named by GATEHOUSE_TEST_PG_URL, dropped afterwards).
class EngineHarness
{
public:
    EngineHarness();
    ~EngineHarness();

    static bool usePostgres();
    // Empty when the backend is usable, otherwise why not (the test then skips with that reason).
    static QString unavailableReason();

    // Starts with the default test configuration, adjusted by `tweak`.
    bool start(const std::function<void(EngineConfig&)>& tweak = {});
    void stop();
    QString lastError() const;

    core::FixedClock& clock();
    Engine& engine();
    QString baseUrl() const;
    QString clientId() const;
    QString clientSecret() const;
    EngineConfig& config();

    HttpReply request(const QByteArray& method,
                      const QString& path,
                      const QByteArray& body = {},
                      const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpReply api(const QByteArray& method, const QString& path, const QByteArray& body = {});
    QString token(const QString& scope = {});
    void forgetToken(); // after moving the clock past the cached token's expiry
    RawReply raw(const QByteArray& data, int waitMs, bool waitForClose = true, quint16 port = 0);

private:
    bool preparePostgres();
    void dropPostgres();

    core::FixedClock m_clock;
    QTemporaryDir m_dir;
    EngineConfig m_config;
    std::unique_ptr<Engine> m_engine;
    QNetworkAccessManager m_nam;
    QString m_clientId;
    QString m_clientSecret;
    QString m_token;
    QString m_schema;
    QString m_pgDb;
    QString m_error;
};

} // namespace gatehouse::engine::test
