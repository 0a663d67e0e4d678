// bench_validate_file: validates one metadata file with every check of the metadata validator (safe loading,
// schema, structure, endpoints, keys, signature, validity, duplicates) and prints the finding counts, the
// elapsed time and the process's peak RSS. Used by bench/metadata/compare_with_xmlsec.sh for whole-process
// comparisons with xmllint + xmlsec1; it is not the gatehouse CLI and takes only a few options.
//
//   bench_validate_file FILE [--trust CERT.pem] [--role any|idp|sp] [--now 2025-01-01T00:00:00Z]
//                       [--engine auto|dom|streaming] [--verbose]
//
// The file is validated with MetadataValidator::validateFile (auto: the streaming engine from 4 MiB on).
//
// Exit status: 0 no errors, 1 errors found, 2 unreadable input or bad arguments.

#include "core/saml/MetadataValidator.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QString>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>

namespace {

using gatehouse::core::saml::ExpectedRole;
using gatehouse::core::saml::Finding;
using gatehouse::core::saml::MetadataValidator;
using gatehouse::core::saml::Severity;
using gatehouse::core::saml::ValidationPolicy;

struct Options
{
    QString file;
    QString trustFile;
    ValidationPolicy policy;
    bool verbose = false;
    gatehouse::core::saml::ValidationEngine engine = gatehouse::core::saml::ValidationEngine::Auto;
};

bool readFile(const QString& path, QByteArray& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    out = file.readAll();
    return true;
}

bool parseArguments(int argc, char** argv, Options& options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--trust" && hasValue) {
            options.trustFile = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--role" && hasValue) {
            const std::string role = argv[++i];
            options.policy.role = role == "idp"  ? ExpectedRole::IdentityProvider
                                  : role == "sp" ? ExpectedRole::ServiceProvider
                                                 : ExpectedRole::Any;
        } else if (arg == "--now" && hasValue) {
            options.policy.now = QDateTime::fromString(QString::fromLatin1(argv[++i]), Qt::ISODate);
            if (!options.policy.now.isValid()) {
                std::fprintf(stderr, "--now: not an ISO 8601 date-time\n");
                return false;
            }
        } else if (arg == "--engine" && hasValue) {
            const std::string engine = argv[++i];
            using gatehouse::core::saml::ValidationEngine;
            if (engine == "auto") {
                options.engine = ValidationEngine::Auto;
            } else if (engine == "dom") {
                options.engine = ValidationEngine::Dom;
            } else if (engine == "streaming") {
                options.engine = ValidationEngine::Streaming;
            } else {
                std::fprintf(stderr, "--engine: auto, dom or streaming\n");
                return false;
            }
        } else if (arg == "--verbose" || arg == "-v") {
            options.verbose = true;
        } else if (!arg.empty() && arg[0] != '-' && options.file.isEmpty()) {
            options.file = QString::fromLocal8Bit(argv[i]);
        } else {
            return false;
        }
    }
    return !options.file.isEmpty();
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    if (!parseArguments(argc, argv, options)) {
        std::fprintf(
            stderr,
            "usage: %s FILE [--trust CERT.pem] [--role any|idp|sp] [--now ISO-8601] [--engine auto|dom|streaming] "
            "[--verbose]\n",
            argv[0]);
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    if (!options.trustFile.isEmpty()) {
        QByteArray pem;
        if (!readFile(options.trustFile, pem)) {
            return 2;
        }
        options.policy.trustedCertsPem.append(pem);
        options.policy.requireSignature = true;
    }
    const auto report = MetadataValidator::validateFile(options.file, options.policy, options.engine);
    const double elapsedMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

    QHash<QString, int> perRule;
    for (const Finding& finding : report.findings) {
        ++perRule[finding.ruleId];
        if (options.verbose) {
            std::printf("  %s %s line %d: %s\n",
                        qPrintable(severityName(finding.severity)),
                        qPrintable(finding.ruleId),
                        finding.line,
                        qPrintable(finding.message));
        }
    }
    std::printf("file=%s bytes=%lld entities=%lld readable=%d engine=%s\n",
                qPrintable(options.file),
                static_cast<long long>(QFile(options.file).size()),
                static_cast<long long>(report.metadata.entities.size()),
                report.readable ? 1 : 0,
                qPrintable(report.engine));
    std::printf("errors=%d warnings=%d infos=%d\n",
                report.count(Severity::Error),
                report.count(Severity::Warning),
                report.count(Severity::Info));
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it) {
        std::printf("  rule %s x%d\n", qPrintable(it.key()), it.value());
    }
    std::printf("elapsed_ms=%.1f peak_rss_kib=%ld\n", elapsedMs, peakRssKiB());
    if (!report.readable) {
        return 2;
    }
    return report.hasErrors() ? 1 : 0;
}
