// libFuzzer target: the whole offline metadata validator (safe loader, schema, parser, every rule, metadata
// signature) with a fixed policy. "now" is fixed so runs are reproducible; two trusted signer certificates
// (the signers of signed seeds in fuzz/corpus/metadata/) make the signature paths run to the crypto.
// Every input goes through both engines (the DOM one and the streaming one, which declines to the DOM for what it
// does not cover): their verdicts must agree (readable, errors or not, which signatures verify), else abort.

#include "core/saml/MetadataValidator.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using gatehouse::core::saml::MetadataValidator;
using gatehouse::core::saml::ValidationPolicy;
using gatehouse::core::saml::ValidationReport;

// The verdict: readable, has errors, and the signatures that verified (rule, line, entity).
std::string verdict(const ValidationReport& report)
{
    std::string v = report.readable ? "readable" : "unreadable";
    v += report.hasErrors() ? " errors" : " clean";
    for (const auto& finding : report.findings) {
        if (finding.ruleId == QLatin1String("signature.valid")) {
            v += " valid@" + std::to_string(finding.line) + ':' + finding.entityId.toStdString();
        }
    }
    return v;
}

ValidationPolicy g_policy;

QByteArray readCert(const char* name)
{
    QFile file(QStringLiteral(GATEHOUSE_FUZZ_DIR "/corpus/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "FuzzMetadataValidator: cannot read %s\n", qPrintable(file.fileName()));
        std::abort();
    }
    return file.readAll();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    g_policy.now = QDateTime::fromString(QStringLiteral("2025-06-01T00:00:00Z"), Qt::ISODate);
    g_policy.trustedCertsPem = {readCert("signer-bench.pem"), readCert("signer-node-saml.pem")};
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto report = MetadataValidator::validate(input, g_policy);
    const auto streamed = MetadataValidator::validateStreaming(input, g_policy);
    if (verdict(report) != verdict(streamed)) {
        std::fprintf(stderr, "FuzzMetadataValidator: the engines disagree: dom \"%s\", %s \"%s\"\n",
                     verdict(report).c_str(), qPrintable(streamed.engine), verdict(streamed).c_str());
        std::abort();
    }
    // Touch the report so a broken finding or model shows up under ASan.
    qsizetype total = 0;
    for (const auto& finding : report.findings) {
        total += finding.ruleId.size() + finding.message.size() + finding.path.size();
    }
    return total < 0 ? -1 : 0;
}
