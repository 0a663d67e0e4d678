// `gatehouse-cli scim test` against the engine's own SCIM server: every dialect passes, and a wrong
// token makes the checks fail (exit code 1).
#include "EngineHarness.h"
#include "ScimTestClient.h"
#include "TestMain.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

using namespace gatehouse::engine::test;

class TestScimTestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void allDialectsPass();
    void wrongTokenFails();
    void badUsage();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };

    Run run(const QStringList& arguments, const QString& token)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GATEHOUSE_SCIM_TOKEN"), token);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GATEHOUSE_CLI_PATH), arguments);
        // The engine runs on this thread: spin the event loop while the CLI talks to it.
        QDeadlineTimer deadline(120000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    }

    EngineHarness m_h;
    ScimTestClient m_c{m_h};
    ScimDirectory m_dir;
};

void TestScimTestCli::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_dir = m_c.createDirectory();
}

void TestScimTestCli::allDialectsPass()
{
    const Run r = run({QStringLiteral("scim"),
                       QStringLiteral("test"),
                       m_h.baseUrl() + ScimTestClient::path(m_dir, QString()),
                       QStringLiteral("--dialect"),
                       QStringLiteral("all")},
                      m_dir.secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY(r.output.contains(QStringLiteral("63 checks, 0 failed")));
    QVERIFY(r.output.contains(QStringLiteral("PASS  entra-2020: remove member: 204")));
    QVERIFY(r.output.contains(QStringLiteral("PASS  okta: deactivate (no path)")));
    QVERIFY(!r.output.contains(m_dir.secret)); // the token is never printed
}

void TestScimTestCli::wrongTokenFails()
{
    const Run r = run({QStringLiteral("scim"),
                       QStringLiteral("test"),
                       m_h.baseUrl() + ScimTestClient::path(m_dir, QString()),
                       QStringLiteral("--dialect"),
                       QStringLiteral("rfc")},
                      QStringLiteral("not-the-token"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.output.contains(QStringLiteral("FAIL  rfc: ServiceProviderConfig: patch supported — HTTP 401")));
}

void TestScimTestCli::badUsage()
{
    QCOMPARE(run({QStringLiteral("scim"), QStringLiteral("test")}, QStringLiteral("x")).exitCode, 2);
    QCOMPARE(run({QStringLiteral("scim"),
                  QStringLiteral("test"),
                  m_h.baseUrl(),
                  QStringLiteral("--dialect"),
                  QStringLiteral("nope")},
                 QStringLiteral("x"))
                 .exitCode,
             2);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestScimTestCli)
#include "TestScimTestCli.moc"
