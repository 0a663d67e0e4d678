// ACS verifications per second: core::saml::sso::verifyResponse on a typical signed SAML Response (signed Assertion
// inside a signed Response, 10 attributes, RSA-2048 / SHA-256), as the engine's ACS runs it.
//
//   bench_saml_acs [--seconds S] [--threads N] [--write-fixture DIR]
//
// The response is built once with core's buildResponse (the IdP simulator's builder) from a fixed instant; every
// verification uses that instant + 5 s as "now", so the run never depends on the wall clock. --write-fixture writes
// the very same response (response.b64), the IdP certificate (idp.pem) and the expected values (params.json) for the
// side-by-side run with python3-onelogin-saml2 (bench/saml/onelogin_acs.py, driven by bench/saml/run.sh).
// Output: one line "gatehouse_acs_per_sec=<rate> per_cpu_sec=<rate per CPU-second> threads=<n> verifications=<count>
// seconds=<elapsed> cpu=<CPU seconds>".
#include "core/saml/sso/SamlSso.h"
#include "core/x509/Certificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

namespace sso = gatehouse::core::saml::sso;

namespace {

const QString kBase = QStringLiteral("https://gatehouse.test");
const QString kConnection = QStringLiteral("conn_59615193906282635");
const QString kIdp = QStringLiteral("https://idp.example.com/saml/metadata");
const QString kRequestId = QStringLiteral("_b3f1c2d4e5f60718293a4b5c6d7e8f90");

QByteArray readKey(const char* name)
{
    QFile file(QStringLiteral(GATEHOUSE_BENCH_KEYS "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        std::exit(2);
    }
    return file.readAll();
}

QDateTime instant()
{
    return QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0), Qt::UTC);
}

sso::ResponseParams typicalResponse()
{
    const QString sp = kBase + QStringLiteral("/sso/v1/saml/") + kConnection;
    sso::ResponseParams p;
    p.responseId = QStringLiteral("_r0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    p.assertionId = QStringLiteral("_a0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    p.issuer = kIdp;
    p.destination = sp + QStringLiteral("/acs");
    p.audience = sp;
    p.inResponseTo = kRequestId;
    p.nameId = QStringLiteral("jane.roe@example.com");
    p.sessionIndex = QStringLiteral("_s0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    const auto attr = [](const char* name, QStringList values) {
        return sso::SamlAttribute{QString::fromLatin1(name), {}, {}, std::move(values)};
    };
    p.attributes = {attr("email", {QStringLiteral("jane.roe@example.com")}),
                    attr("firstName", {QStringLiteral("Jane")}),
                    attr("lastName", {QStringLiteral("Roe")}),
                    attr("groups", {QStringLiteral("admins"), QStringLiteral("engineering"), QStringLiteral("vpn")}),
                    attr("employeeNumber", {QStringLiteral("E-004217")}),
                    attr("department", {QStringLiteral("Research & Development")}),
                    attr("title", {QStringLiteral("Staff Engineer")}),
                    attr("locale", {QStringLiteral("en-US")}),
                    attr("phoneNumber", {QStringLiteral("+1 555 0100")}),
                    attr("costCenter", {QStringLiteral("CC-1337")})};
    p.issueInstant = instant();
    p.validitySecs = 300;
    p.signResponse = true;
    p.signAssertion = true;
    p.signingKeyPem = readKey("idp.key");
    p.signingCertPem = readKey("idp.pem");
    return p;
}

sso::ResponseExpectations expectations()
{
    const QString sp = kBase + QStringLiteral("/sso/v1/saml/") + kConnection;
    sso::ResponseExpectations e;
    e.spEntityId = sp;
    e.acsUrl = sp + QStringLiteral("/acs");
    e.idpEntityId = kIdp;
    const auto certs = gatehouse::core::x509::parsePem(readKey("idp.pem"));
    if (certs.ok()) {
        for (const auto& c : certs.value()) {
            e.idpCertificatesDer.append(c.der);
        }
    }
    e.inResponseTo = kRequestId;
    e.signing = sso::SigningRequirement::ResponseAndAssertion;
    e.now = instant().addSecs(5);
    return e;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    double seconds = 3.0;
    int threads = 1;
    QString fixtureDir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--seconds") && i + 1 < args.size()) {
            seconds = args[++i].toDouble();
        } else if (args[i] == QStringLiteral("--threads") && i + 1 < args.size()) {
            threads = std::max(1, args[++i].toInt());
        } else if (args[i] == QStringLiteral("--write-fixture") && i + 1 < args.size()) {
            fixtureDir = args[++i];
        } else {
            std::fprintf(stderr, "usage: bench_saml_acs [--seconds S] [--threads N] [--write-fixture DIR]\n");
            return 2;
        }
    }
    const auto xml = sso::buildResponse(typicalResponse());
    if (!xml.ok()) {
        std::fprintf(stderr, "buildResponse: %s\n", qPrintable(xml.error().message));
        return 1;
    }
    const QByteArray b64 = xml.value().toBase64();
    const sso::ResponseExpectations expect = expectations();
    const auto check = sso::verifyResponse(b64, expect);
    if (!check.ok) {
        std::fprintf(stderr,
                     "the benchmark response does not verify: %s %s\n",
                     qPrintable(check.errorCode),
                     qPrintable(check.reason));
        return 1;
    }
    if (!fixtureDir.isEmpty()) {
        QDir().mkpath(fixtureDir);
        const QJsonObject params{{QStringLiteral("sp_entity_id"), expect.spEntityId},
                                 {QStringLiteral("acs_url"), expect.acsUrl},
                                 {QStringLiteral("idp_entity_id"), expect.idpEntityId},
                                 {QStringLiteral("request_id"), kRequestId},
                                 {QStringLiteral("now_epoch"), expect.now.toSecsSinceEpoch()},
                                 {QStringLiteral("response_bytes"), xml.value().size()}};
        if (!writeFile(fixtureDir + QStringLiteral("/response.b64"), b64)
            || !writeFile(fixtureDir + QStringLiteral("/idp.pem"), readKey("idp.pem"))
            || !writeFile(fixtureDir + QStringLiteral("/params.json"), QJsonDocument(params).toJson())) {
            std::fprintf(stderr, "cannot write the fixture to %s\n", qPrintable(fixtureDir));
            return 1;
        }
        std::printf("fixture written to %s (%lld bytes of XML)\n",
                    qPrintable(fixtureDir),
                    static_cast<long long>(xml.value().size()));
        if (seconds <= 0) {
            return 0;
        }
    }
    std::atomic<bool> stop{false};
    std::atomic<long long> total{0};
    std::atomic<bool> failed{false};
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            long long mine = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                if (!sso::verifyResponse(b64, expect).ok) {
                    failed = true;
                }
                ++mine;
            }
            total += mine;
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& worker : workers) {
        worker.join();
    }
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (failed) {
        std::fprintf(stderr, "a verification failed during the run\n");
        return 1;
    }
    // per_cpu_sec: verifications per CPU-second of this process (steady on a busy machine).
    std::printf("gatehouse_acs_per_sec=%.1f per_cpu_sec=%.1f threads=%d verifications=%lld seconds=%.2f cpu=%.2f\n",
                static_cast<double>(total.load()) / elapsed,
                static_cast<double>(total.load()) / cpu,
                threads,
                total.load(),
                elapsed,
                cpu);
    return 0;
}
