// gatehouse-cli export / import against a real gatehouse-engine process (bootstrap --print-credentials, then serve
// on a free loopback port): export to a file (no secret in it), import it as a new organization with the
// needs-attention list, the refusals (secret on the command line, missing credentials, a malformed file, an unknown
// format version, a wrong secret) and --client-secret-file.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString kOidcSecret = QStringLiteral("CliOidcSecret-41d7e2");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestOrganizationTransferCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportThenImport();
    void refusals();

private:
    CliRun cli(const QStringList& arguments, const QString& secret, bool withSecret = true);
    QJsonObject api(const QByteArray& method, const QString& path, const QJsonObject& body = {}, int* status = nullptr);
    QString token();

    QTemporaryDir m_dir;
    QProcess m_engine;
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_clientId;
    QString m_clientSecret;
    QString m_token;
    QString m_org;
};

void TestOrganizationTransferCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QStringList common{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--base-url"), m_base};
    QProcess bootstrap;
    bootstrap.start(QStringLiteral(GATEHOUSE_ENGINE_BINARY),
                    QStringList{QStringLiteral("bootstrap"), QStringLiteral("--print-credentials")} + common);
    QVERIFY(bootstrap.waitForFinished(60000));
    QCOMPARE(bootstrap.exitCode(), 0);
    const QJsonObject creds = QJsonDocument::fromJson(bootstrap.readAllStandardOutput()).object();
    m_clientId = creds.value(QStringLiteral("client_id")).toString();
    m_clientSecret = creds.value(QStringLiteral("client_secret")).toString();
    QVERIFY(!m_clientId.isEmpty() && !m_clientSecret.isEmpty());
    m_engine.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_engine.start(
        QStringLiteral(GATEHOUSE_ENGINE_BINARY),
        QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}
            + common);
    QVERIFY(m_engine.waitForStarted(10000));
    bool up = false;
    for (int attempt = 0; attempt < 300 && !up && m_engine.state() == QProcess::Running; ++attempt) {
        QNetworkReply* reply = m_nam.get(QNetworkRequest(QUrl(m_base + QStringLiteral("/health"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(2000);
        up = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (!up) {
            QTest::qWait(100);
        }
    }
    QVERIFY2(up, "the engine did not start");

    // The source: a domain, an enabled OIDC connection with a client secret, a directory.
    int status = 0;
    m_org = api("POST",
                QStringLiteral("/api/v1/organizations"),
                {{QStringLiteral("display_name"), QStringLiteral("CLI source")}},
                &status)
                .value(QStringLiteral("organization"))
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
    QCOMPARE(status, 201);
    const QString org = QStringLiteral("/api/v1/organizations/") + m_org;
    api("POST",
        org + QStringLiteral("/domains"),
        {{QStringLiteral("domain"), QStringLiteral("cli-transfer.com")}},
        &status);
    QCOMPARE(status, 201);
    const QString conn =
        api("POST",
            org + QStringLiteral("/connections"),
            {{QStringLiteral("provider"), QStringLiteral("GOOGLE")}, {QStringLiteral("type"), QStringLiteral("OIDC")}},
            &status)
            .value(QStringLiteral("connection"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    QCOMPARE(status, 201);
    const QJsonObject oidc{{QStringLiteral("oidc_config"),
                            QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://accounts.example.com")},
                                        {QStringLiteral("client_id"), QStringLiteral("cli-client")},
                                        {QStringLiteral("client_secret"), kOidcSecret}}}};
    api("PATCH", org + QStringLiteral("/connections/") + conn, oidc, &status);
    QCOMPARE(status, 200);
    api("POST",
        org + QStringLiteral("/directories"),
        {{QStringLiteral("directory_type"), QStringLiteral("SCIM")},
         {QStringLiteral("directory_provider"), QStringLiteral("OKTA")}},
        &status);
    QCOMPARE(status, 201);
}

void TestOrganizationTransferCli::cleanupTestCase()
{
    if (m_engine.state() == QProcess::Running) {
        m_engine.terminate();
        if (!m_engine.waitForFinished(10000)) {
            m_engine.kill();
            m_engine.waitForFinished(5000);
        }
    }
}

QString TestOrganizationTransferCli::token()
{
    if (!m_token.isEmpty()) {
        return m_token;
    }
    QNetworkRequest request(QUrl(m_base + QStringLiteral("/oauth/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(m_clientSecret)));
    QNetworkReply* reply = m_nam.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    m_token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString();
    reply->deleteLater();
    return m_token;
}

QJsonObject
TestOrganizationTransferCli::api(const QByteArray& method, const QString& path, const QJsonObject& body, int* status)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setRawHeader("Authorization", "Bearer " + token().toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray data = method == "GET" || method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson();
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, data);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    if (status) {
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

CliRun TestOrganizationTransferCli::cli(const QStringList& arguments, const QString& secret, bool withSecret)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GATEHOUSE_URL"));
    env.remove(QStringLiteral("GATEHOUSE_CLIENT_ID"));
    env.remove(QStringLiteral("GATEHOUSE_CLIENT_SECRET"));
    if (withSecret) {
        env.insert(QStringLiteral("GATEHOUSE_CLIENT_SECRET"), secret);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GATEHOUSE_CLI_PATH), arguments);
    CliRun run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

void TestOrganizationTransferCli::exportThenImport()
{
    const QString file = m_dir.filePath(QStringLiteral("export.json"));
    const QStringList engine{QStringLiteral("--url"), m_base, QStringLiteral("--client-id"), m_clientId};
    CliRun run = cli(QStringList{QStringLiteral("export"), m_org, QStringLiteral("-o"), file} + engine, m_clientSecret);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("connections[0].oidc_config.client_secret"), run.err.constData());
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray text = exported.readAll();
    QVERIFY(!text.contains(kOidcSecret.toUtf8()));
    QVERIFY(!text.contains(m_clientSecret.toUtf8()));
    const QJsonObject doc = QJsonDocument::fromJson(text).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("gatehouse.organization-export/1"));
    QCOMPARE(doc.value(QStringLiteral("connections")).toArray().size(), 1);

    // Same document to standard output.
    run = cli(QStringList{QStringLiteral("export"), m_org} + engine, m_clientSecret);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("organization")),
             doc.value(QStringLiteral("organization")));

    // Import, with the secret from a file this time.
    const QString secretFile = m_dir.filePath(QStringLiteral("secret"));
    QFile secret(secretFile);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(m_clientSecret.toUtf8() + "\n");
    secret.close();
    run = cli(QStringList{QStringLiteral("import"), file, QStringLiteral("--client-secret-file"), secretFile} + engine,
              QString(),
              false);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("Created organization org_"), run.out.constData());
    QVERIFY2(run.out.contains("Needs attention:"), run.out.constData());
    QVERIFY2(run.out.contains("cli-transfer.com"), run.out.constData());
    QVERIFY2(run.out.contains("client secret"), run.out.constData());
    const QString created = QString::fromUtf8(run.out.mid(21, run.out.indexOf(' ', 21) - 21));
    int status = 0;
    const QJsonObject org = api("GET", QStringLiteral("/api/v1/organizations/") + created, {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(org[QStringLiteral("organization")][QStringLiteral("display_name")].toString(),
             QStringLiteral("CLI source"));
    QVERIFY(created != m_org);

    // JSON output, from standard input is not needed here: --format json on a second import (a new organization
    // again; the pending domain does not conflict).
    run = cli(QStringList{QStringLiteral("import"), file, QStringLiteral("--format"), QStringLiteral("json")} + engine,
              m_clientSecret);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QVERIFY(!answer.value(QStringLiteral("needs_attention")).toArray().isEmpty());
    QVERIFY(answer[QStringLiteral("organization")][QStringLiteral("id")].toString().startsWith(QStringLiteral("org_")));
}

void TestOrganizationTransferCli::refusals()
{
    const QStringList engine{QStringLiteral("--url"), m_base, QStringLiteral("--client-id"), m_clientId};
    // A secret on the command line is refused before anything is sent.
    CliRun run =
        cli(QStringList{QStringLiteral("export"), m_org, QStringLiteral("--client-secret"), m_clientSecret} + engine,
            QString(),
            false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("GATEHOUSE_CLIENT_SECRET"), run.err.constData());
    // No secret at all.
    run = cli(QStringList{QStringLiteral("export"), m_org} + engine, QString(), false);
    QCOMPARE(run.exitCode, 2);
    // A wrong secret: the engine refuses.
    run = cli(QStringList{QStringLiteral("export"), m_org} + engine, QStringLiteral("not-the-secret"));
    QCOMPARE(run.exitCode, 1);
    // Plain http to a non-loopback host is refused by the client.
    run = cli(QStringList{QStringLiteral("export"),
                          m_org,
                          QStringLiteral("--url"),
                          QStringLiteral("http://gatehouse.example.com"),
                          QStringLiteral("--client-id"),
                          m_clientId},
              m_clientSecret);
    QCOMPARE(run.exitCode, 2);
    // An unknown organization.
    run = cli(QStringList{QStringLiteral("export"), QStringLiteral("org_12345678901234567")} + engine, m_clientSecret);
    QCOMPARE(run.exitCode, 1);
    // Not JSON.
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.json"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("{ not json");
    g.close();
    run = cli(QStringList{QStringLiteral("import"), garbage} + engine, m_clientSecret);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not a JSON object"), run.err.constData());
    // An unknown format version: the engine's 400 with the field.
    const QString future = m_dir.filePath(QStringLiteral("future.json"));
    QFile f(future);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("gatehouse.organization-export/9")},
                                      {QStringLiteral("organization"),
                                       QJsonObject{{QStringLiteral("display_name"), QStringLiteral("F")}}}})
                .toJson());
    f.close();
    run = cli(QStringList{QStringLiteral("import"), future} + engine, m_clientSecret);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("unsupported export format version"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestOrganizationTransferCli)
#include "TestOrganizationTransferCli.moc"
