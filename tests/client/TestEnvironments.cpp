// Environments: persistence in QSettings without any secret (asserted on the file's bytes), secrets through the
// injected SecretStore, the in-memory fallback when the keychain fails, and connecting to a real engine.
#include "client/ApiClient.h"
#include "client/EnvironmentController.h"
#include "client/EnvironmentStore.h"
#include "client/SecretStore.h"
#include "tests/engine/EngineHarness.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse::client;
using gatehouse::engine::test::EngineHarness;

class TestEnvironments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeRoundTrip();
    void secretNeverReachesTheSettingsFile();
    void keychainUnavailableKeepsSecretInMemoryOnly();
    void removingForgetsTheSecret();
    void editingKeepsOrReplacesTheSecret();
    void plainFileFallbackOnlyWhenOptedIn();
    void damagedPlainFileIsReported();

private:
    QString settingsPath(const QString& name) const;
    QByteArray fileBytes(const QString& path) const;
    Environment remote() const;

    EngineHarness m_engine;
    QTemporaryDir m_dir;
};

void TestEnvironments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_engine.start(), qPrintable(m_engine.lastError()));
}

QString TestEnvironments::settingsPath(const QString& name) const
{
    return m_dir.filePath(name + QStringLiteral(".ini"));
}

QByteArray TestEnvironments::fileBytes(const QString& path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Environment TestEnvironments::remote() const
{
    Environment env;
    env.name = QStringLiteral("Staging engine");
    env.kind = Environment::Kind::GatehouseEngine;
    env.url = QUrl(m_engine.baseUrl());
    env.clientId = m_engine.clientId();
    return env;
}

void TestEnvironments::storeRoundTrip()
{
    const QString path = settingsPath(QStringLiteral("roundtrip"));
    {
        QSettings settings(path, QSettings::IniFormat);
        EnvironmentStore store(&settings);
        QCOMPARE(store.environments().size(), 1);
        QVERIFY(store.environments().constFirst().isLocal());
        QCOMPARE(store.currentId(), Environment::kLocalId);
        Environment scalekit;
        scalekit.id = QStringLiteral("sk-1");
        scalekit.name = QStringLiteral("Acme production");
        scalekit.kind = Environment::Kind::Scalekit;
        scalekit.url = QUrl(QStringLiteral("https://acme.scalekit.com"));
        scalekit.clientId = QStringLiteral("skc_123");
        store.save(scalekit);
        store.setCurrentId(QStringLiteral("sk-1"));
        store.setLocalPort(43117);
        store.setLocalClientId(QStringLiteral("skc_local"));
        Environment bad = scalekit;
        bad.id = QStringLiteral("../escape");
        store.save(bad); // refused: ids become settings keys
        store.sync();
    }
    QSettings settings(path, QSettings::IniFormat);
    EnvironmentStore store(&settings);
    const QList<Environment> all = store.environments();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).url, QUrl(QStringLiteral("http://127.0.0.1:43117")));
    QCOMPARE(all.at(0).clientId, QStringLiteral("skc_local"));
    QCOMPARE(all.at(1).name, QStringLiteral("Acme production"));
    QCOMPARE(all.at(1).kind, Environment::Kind::Scalekit);
    QCOMPARE(all.at(1).url, QUrl(QStringLiteral("https://acme.scalekit.com")));
    QCOMPARE(store.currentId(), QStringLiteral("sk-1"));
    QCOMPARE(store.localPort(), 43117);
}

void TestEnvironments::secretNeverReachesTheSettingsFile()
{
    const QString path = settingsPath(QStringLiteral("nosecret"));
    QSettings settings(path, QSettings::IniFormat);
    EnvironmentStore store(&settings);
    MemorySecretStore secrets;
    EnvironmentController controller(&store, &secrets, {});
    QSignalSpy status(&controller, &EnvironmentController::statusChanged);
    controller.addEnvironment(remote(), m_engine.clientSecret());
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 10000);
    QVERIFY(controller.client());
    QVERIFY(controller.secretStoreProblem().isEmpty());
    QVERIFY(controller.statusText().contains(QStringLiteral("Staging engine")));
    settings.sync();
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.contains(m_engine.clientId().toUtf8()));
    QVERIFY(bytes.contains("Staging engine"));
    QVERIFY2(!bytes.contains(m_engine.clientSecret().toUtf8()), "the client secret was written to the settings file");
    // The secret went to the secret store under the environment's key.
    bool read = false;
    secrets.read(controller.current().secretKey(), [&](const SecretStore::ReadResult& result) {
        QVERIFY(result.found);
        QCOMPARE(result.secret, m_engine.clientSecret());
        read = true;
    });
    QTRY_VERIFY(read);

    // A new session (new controller over the same settings and keychain) reconnects from the stored secret.
    EnvironmentController next(&store, &secrets, {});
    next.activateStored();
    QCOMPARE(next.current().name, QStringLiteral("Staging engine"));
    QTRY_COMPARE_WITH_TIMEOUT(next.status(), EnvironmentController::Status::Connected, 10000);
}

void TestEnvironments::keychainUnavailableKeepsSecretInMemoryOnly()
{
    const QString path = settingsPath(QStringLiteral("nokeychain"));
    QSettings settings(path, QSettings::IniFormat);
    EnvironmentStore store(&settings);
    MemorySecretStore broken;
    broken.setFailure(QStringLiteral("No D-Bus session bus"));
    EnvironmentController controller(&store, &broken, {});
    QSignalSpy problem(&controller, &EnvironmentController::secretStoreProblemChanged);
    controller.addEnvironment(remote(), m_engine.clientSecret());
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 10000);
    QTRY_VERIFY(!controller.secretStoreProblem().isEmpty());
    QVERIFY(controller.secretStoreProblem().contains(QStringLiteral("No D-Bus session bus")));
    QVERIFY(controller.secretStoreProblem().contains(QStringLiteral("memory")));
    QCOMPARE(problem.count(), 1);
    settings.sync();
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(!bytes.contains(m_engine.clientSecret().toUtf8()), "the client secret was written to the settings file");
    // Nothing else in the temp folder holds it either (no plain-file fallback).
    for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
        QVERIFY2(!fileBytes(m_dir.filePath(name)).contains(m_engine.clientSecret().toUtf8()), qPrintable(name));
    }
    // Next session: the secret is gone (memory only), and the controller says so instead of connecting.
    EnvironmentController next(&store, &broken, {});
    next.activateStored();
    QTRY_COMPARE_WITH_TIMEOUT(next.status(), EnvironmentController::Status::Error, 10000);
    QVERIFY2(next.statusText().contains(QStringLiteral("No client secret")), qPrintable(next.statusText()));
    next.setSecret(next.current().id, m_engine.clientSecret());
    QTRY_COMPARE_WITH_TIMEOUT(next.status(), EnvironmentController::Status::Connected, 10000);
}

void TestEnvironments::removingForgetsTheSecret()
{
    QSettings settings(settingsPath(QStringLiteral("remove")), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    MemorySecretStore secrets;
    LocalEngineSupervisor::Options noEngine;
    noEngine.enginePath = QStringLiteral("/nonexistent/gatehouse-engine");
    noEngine.dataDir = m_dir.filePath(QStringLiteral("local"));
    EnvironmentController controller(&store, &secrets, noEngine);
    controller.addEnvironment(remote(), m_engine.clientSecret());
    const QString id = controller.current().id;
    const QString key = controller.current().secretKey();
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 10000);
    controller.removeEnvironment(id);
    QCOMPARE(store.environments().size(), 1);
    // Falls back to the local environment, whose engine is missing here: a clear error, not a hang.
    QVERIFY(controller.current().isLocal());
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Error, 10000);
    QVERIFY2(controller.statusText().contains(QStringLiteral("not found")), qPrintable(controller.statusText()));
    bool gone = false;
    secrets.read(key, [&](const SecretStore::ReadResult& result) { gone = !result.found; });
    QTRY_VERIFY(gone);
}

void TestEnvironments::editingKeepsOrReplacesTheSecret()
{
    QSettings settings(settingsPath(QStringLiteral("edit")), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    MemorySecretStore secrets;
    EnvironmentController controller(&store, &secrets, {});
    Environment env = remote();
    env.url = QUrl(QStringLiteral("http://127.0.0.1:1")); // wrong port first
    controller.addEnvironment(env, m_engine.clientSecret());
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Error, 10000);
    // Fix the URL, keep the secret (empty = unchanged): connected.
    env = controller.current();
    env.url = QUrl(m_engine.baseUrl());
    env.name = QStringLiteral("Renamed");
    controller.updateEnvironment(env);
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 10000);
    QCOMPARE(store.environment(env.id)->name, QStringLiteral("Renamed"));
    QCOMPARE(store.environment(env.id)->url, QUrl(m_engine.baseUrl()));
    // A new secret replaces the stored one (here a wrong one: the connection fails with 401).
    controller.updateEnvironment(env, QStringLiteral("replaced-secret"));
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Error, 10000);
    QVERIFY2(controller.statusText().contains(QStringLiteral("HTTP 401")), qPrintable(controller.statusText()));
    settings.sync();
    QVERIFY(!fileBytes(settingsPath(QStringLiteral("edit"))).contains("replaced-secret"));
    // The local environment cannot be edited this way.
    Environment local = store.environments().constFirst();
    local.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    controller.updateEnvironment(local);
    QCOMPARE(store.localPort(), quint16(0));
}

void TestEnvironments::plainFileFallbackOnlyWhenOptedIn()
{
    QSettings settings(settingsPath(QStringLiteral("plainfile")), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    const QString secretsPath = m_dir.filePath(QStringLiteral("plain/client-secrets.json"));
    const QByteArray secret = m_engine.clientSecret().toUtf8();
    MemorySecretStore broken;
    broken.setFailure(QStringLiteral("No D-Bus session bus"));
    QString id;
    {
        EnvironmentController controller(&store, &broken, {});
        controller.setPlainFileFallback(secretsPath);
        QCOMPARE(controller.plainFileFallback(), secretsPath);
        controller.addEnvironment(remote(), m_engine.clientSecret());
        id = controller.current().id;
        QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 10000);
        QTRY_VERIFY(controller.secretStoreProblem().contains(QStringLiteral("plain file")));
        QVERIFY(controller.secretStoreProblem().contains(QStringLiteral("No D-Bus session bus")));
        QVERIFY(controller.secretStoreProblem().contains(QDir::toNativeSeparators(secretsPath)));
    }
    QVERIFY(fileBytes(secretsPath).contains(secret));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(secretsPath).permissions() & others, QFileDevice::Permissions());
    settings.sync();
    QVERIFY2(!fileBytes(settingsPath(QStringLiteral("plainfile"))).contains(secret), "secret in the settings file");

    // Next session, still without a keychain: connects with the secret from the file, and says where it is.
    {
        EnvironmentController next(&store, &broken, {});
        next.setPlainFileFallback(secretsPath);
        next.activateStored();
        QCOMPARE(next.current().id, id);
        QTRY_COMPARE_WITH_TIMEOUT(next.status(), EnvironmentController::Status::Connected, 10000);
        QVERIFY(next.secretStoreProblem().contains(QStringLiteral("plain file")));
    }
    // Without the opt-in the file is not read: the secret is asked for again.
    {
        EnvironmentController notOptedIn(&store, &broken, {});
        notOptedIn.activateStored();
        QTRY_COMPARE_WITH_TIMEOUT(notOptedIn.status(), EnvironmentController::Status::Error, 10000);
        QVERIFY2(notOptedIn.statusText().contains(QStringLiteral("No client secret")),
                 qPrintable(notOptedIn.statusText()));
        QVERIFY(notOptedIn.secretStoreProblem().contains(QStringLiteral("memory")));
    }
    // The keychain works again: a secret entered now goes there and its plain copy is removed (the file with it).
    {
        MemorySecretStore keychain;
        EnvironmentController back(&store, &keychain, {});
        back.setPlainFileFallback(secretsPath);
        back.activateStored(); // not in the keychain yet: found in the file
        QTRY_COMPARE_WITH_TIMEOUT(back.status(), EnvironmentController::Status::Connected, 10000);
        QVERIFY(QFileInfo::exists(secretsPath));
        back.setSecret(id, m_engine.clientSecret());
        QTRY_VERIFY(!QFileInfo::exists(secretsPath));
        bool inKeychain = false;
        keychain.read(back.current().secretKey(),
                      [&](const SecretStore::ReadResult& result) { inKeychain = result.found; });
        QTRY_VERIFY(inKeychain);
        QVERIFY(back.secretStoreProblem().isEmpty());
    }
    // Turning the option off deletes the file.
    {
        EnvironmentController again(&store, &broken, {});
        again.setPlainFileFallback(secretsPath);
        again.setSecret(id, m_engine.clientSecret());
        QTRY_VERIFY(fileBytes(secretsPath).contains(secret));
        again.setPlainFileFallback(QString());
        QVERIFY(!QFileInfo::exists(secretsPath));
        QVERIFY(again.plainFileFallback().isEmpty());
    }
}

void TestEnvironments::damagedPlainFileIsReported()
{
    QSettings settings(settingsPath(QStringLiteral("damaged")), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    const QString secretsPath = m_dir.filePath(QStringLiteral("damaged/client-secrets.json"));
    QVERIFY(QDir().mkpath(QFileInfo(secretsPath).path()));
    {
        QFile file(secretsPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"environment/x/client-secret\": ");
    }
    MemorySecretStore broken;
    broken.setFailure(QStringLiteral("No D-Bus session bus"));
    Environment env = remote();
    env.id = QStringLiteral("x");
    store.save(env);
    store.setCurrentId(env.id);
    EnvironmentController controller(&store, &broken, {});
    controller.setPlainFileFallback(secretsPath);
    controller.activateStored();
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Error, 10000);
    QVERIFY2(controller.statusText().contains(QStringLiteral("No client secret")), qPrintable(controller.statusText()));
    QVERIFY2(controller.secretStoreProblem().contains(QStringLiteral("damaged")),
             qPrintable(controller.secretStoreProblem()));
    // Entering the secret replaces the damaged file with a good one.
    controller.setSecret(env.id, m_engine.clientSecret());
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), EnvironmentController::Status::Connected, 10000);
    QTRY_VERIFY(fileBytes(secretsPath).contains(m_engine.clientSecret().toUtf8()));
}

QTEST_GUILESS_MAIN(TestEnvironments)
#include "TestEnvironments.moc"
