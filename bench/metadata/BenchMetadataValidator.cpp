// Google Benchmark for the offline metadata validator.
//
//   BM_ValidateIdpMetadata   one real IdP metadata file (Okta, bench/metadata/data/okta-idp.xml), every check
//   BM_ValidateAggregate     a synthetic signed aggregate, every check incl. schema and signature
//   BM_ParseAggregate        the safe XML loader alone on the same aggregate (to split the cost)
//
// The aggregate comes from --aggregate=FILE or the environment variable GATEHOUSE_BENCH_AGGREGATE; its signer
// certificate from --aggregate-cert=FILE, GATEHOUSE_BENCH_AGGREGATE_CERT or FILE minus ".xml" plus ".signer.pem"
// (what generate_aggregate.py writes). Without one, a small aggregate (GATEHOUSE_BENCH_ENTITIES entities, default
// 500) is generated into a temporary folder with generate_aggregate.py; when that is not possible the aggregate
// cases are skipped with the reason printed.

#include "core/saml/MetadataValidator.h"
#include "core/xmldsig/XmlDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace {

using gatehouse::core::saml::ExpectedRole;
using gatehouse::core::saml::MetadataValidator;
using gatehouse::core::saml::Severity;
using gatehouse::core::saml::ValidationPolicy;
namespace xml = gatehouse::core::xml;

struct Aggregate
{
    QByteArray document;
    QByteArray signerPem;
    QString skipReason; // non-empty when there is no aggregate to measure
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString envOr(const char* name, const QString& fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? QString::fromLocal8Bit(value) : fallback;
}

QString signerCertFor(const QString& aggregatePath)
{
    QString path = aggregatePath;
    if (path.endsWith(QLatin1String(".xml"))) {
        path.chop(4);
    }
    return path + QLatin1String(".signer.pem");
}

// Generates a small aggregate with generate_aggregate.py; returns its path or an empty string (reason set).
QString generateAggregate(const QTemporaryDir& dir, QString& reason)
{
    const QString entities = envOr("GATEHOUSE_BENCH_ENTITIES", QStringLiteral("500"));
    const QString output = dir.filePath(QStringLiteral("aggregate-%1.xml").arg(entities));
    QProcess process;
    process.start(
        QStringLiteral("python3"),
        {QStringLiteral(GATEHOUSE_BENCH_GENERATOR), QStringLiteral("-n"), entities, QStringLiteral("-o"), output});
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        reason = QStringLiteral("could not generate an aggregate with %1 (needs python3, openssl, xmlsec1): %2 %3")
                     .arg(QStringLiteral(GATEHOUSE_BENCH_GENERATOR),
                          process.errorString(),
                          QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return {};
    }
    std::fprintf(stderr, "generated %s\n", qPrintable(output));
    return output;
}

Aggregate& aggregate()
{
    static Aggregate instance = [] {
        Aggregate result;
        static std::unique_ptr<QTemporaryDir> tempDir; // lives until the process ends
        QString path = envOr("GATEHOUSE_BENCH_AGGREGATE", QString());
        if (path.isEmpty()) {
            tempDir = std::make_unique<QTemporaryDir>();
            path = tempDir->isValid() ? generateAggregate(*tempDir, result.skipReason) : QString();
            if (path.isEmpty()) {
                if (result.skipReason.isEmpty()) {
                    result.skipReason = QStringLiteral("no temporary folder for a generated aggregate");
                }
                return result;
            }
        }
        result.document = readFile(path);
        result.signerPem = readFile(envOr("GATEHOUSE_BENCH_AGGREGATE_CERT", signerCertFor(path)));
        if (result.document.isEmpty()) {
            result.skipReason = QStringLiteral("cannot read the aggregate %1").arg(path);
        } else if (result.signerPem.isEmpty()) {
            result.skipReason = QStringLiteral("cannot read the signer certificate of %1").arg(path);
        }
        return result;
    }();
    return instance;
}

void reportFindings(benchmark::State& state, const gatehouse::core::saml::ValidationReport& report, qsizetype bytes)
{
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes);
    state.counters["entities"] = static_cast<double>(report.metadata.entities.size());
    state.counters["errors"] = report.count(Severity::Error);
    state.counters["warnings"] = report.count(Severity::Warning);
}

void BM_ValidateIdpMetadata(benchmark::State& state)
{
    const QByteArray document = readFile(QStringLiteral(GATEHOUSE_BENCH_DATA "/okta-idp.xml"));
    if (document.isEmpty()) {
        state.SkipWithError("cannot read bench/metadata/data/okta-idp.xml");
        return;
    }
    ValidationPolicy policy;
    policy.role = ExpectedRole::IdentityProvider;
    policy.now = QDateTime::fromString(QStringLiteral("2025-06-01T00:00:00Z"), Qt::ISODate);
    gatehouse::core::saml::ValidationReport report;
    for (auto _ : state) {
        report = MetadataValidator::validate(document, policy);
        benchmark::DoNotOptimize(report);
    }
    reportFindings(state, report, document.size());
}

void BM_ValidateAggregate(benchmark::State& state)
{
    const Aggregate& agg = aggregate();
    if (!agg.skipReason.isEmpty()) {
        state.SkipWithError(qPrintable(QStringLiteral("skipped: ") + agg.skipReason));
        return;
    }
    ValidationPolicy policy; // "now" = the current time: generated aggregates are valid for 14 days
    policy.trustedCertsPem = {agg.signerPem};
    policy.requireSignature = true;
    gatehouse::core::saml::ValidationReport report;
    for (auto _ : state) {
        report = MetadataValidator::validate(agg.document, policy);
        benchmark::DoNotOptimize(report);
    }
    reportFindings(state, report, agg.document.size());
}

void BM_ParseAggregate(benchmark::State& state)
{
    const Aggregate& agg = aggregate();
    if (!agg.skipReason.isEmpty()) {
        state.SkipWithError(qPrintable(QStringLiteral("skipped: ") + agg.skipReason));
        return;
    }
    for (auto _ : state) {
        auto document = xml::XmlDocument::parse(agg.document);
        if (!document.ok()) {
            state.SkipWithError(qPrintable(document.error().message));
            break;
        }
        benchmark::DoNotOptimize(document.value().root());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * agg.document.size());
}

BENCHMARK(BM_ValidateIdpMetadata)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ValidateAggregate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseAggregate)->Unit(benchmark::kMillisecond);

// Takes --aggregate=FILE and --aggregate-cert=FILE out of argv (as environment variables) before Google
// Benchmark sees the arguments.
std::vector<char*> takeOwnArguments(int argc, char** argv)
{
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--aggregate=", 0) == 0) {
            setenv("GATEHOUSE_BENCH_AGGREGATE", arg.substr(12).c_str(), 1);
        } else if (arg.rfind("--aggregate-cert=", 0) == 0) {
            setenv("GATEHOUSE_BENCH_AGGREGATE_CERT", arg.substr(17).c_str(), 1);
        } else {
            rest.push_back(argv[i]);
        }
    }
    return rest;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<char*> args = takeOwnArguments(argc, argv);
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data())) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
