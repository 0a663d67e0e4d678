#include "app/cli/ValidateMetadataCommand.h"

#include "app/cli/TextReport.h"
#include "core/saml/MetadataDiff.h"
#include "core/saml/ReportJson.h"
#include "core/util/XsdTime.h"
#include "net/GuardedFetcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace gatehouse::cli {

using namespace core::saml;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitErrors = 1;
constexpr int kExitUnreadable = 2;

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Input
{
    QByteArray data;
    QString error;
    bool remote = false;
};

Input readFile(const QString& name)
{
    QFile file;
    if (name == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return {{}, QStringLiteral("cannot read standard input")};
        }
    } else {
        file.setFileName(name);
        if (!file.open(QIODevice::ReadOnly)) {
            return {{}, QStringLiteral("cannot open %1: %2").arg(name, file.errorString())};
        }
    }
    return {file.readAll(), {}};
}

Input openFile(const QString& name)
{
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, QStringLiteral("cannot open %1: %2").arg(name, file.errorString())};
    }
    return {};
}

Input fetchUrl(const QUrl& url, bool lab)
{
    QNetworkAccessManager manager;
    net::GuardedFetcher fetcher(&manager);
    net::GuardedFetcher::Options options;
    options.allowHttp = lab;
    options.allowPrivateAddresses = lab;
    options.maxBytes = 256LL * 1024 * 1024;
    options.timeoutMs = 60000;
    Input input;
    input.remote = true;
    QEventLoop loop;
    bool finished = false; // the fetcher may answer synchronously (refused URL) before the loop runs
    fetcher.get(url, options, [&](core::Result<QByteArray> result) {
        finished = true;
        if (result.ok()) {
            input.data = std::move(result).value();
        } else {
            input.error = result.error().code + QStringLiteral(": ") + result.error().message;
        }
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
    return input;
}

std::optional<QByteArray> parseFingerprint(QString text)
{
    text = text.trimmed();
    text.remove(QRegularExpression(QStringLiteral("^(sha256|sha-256|sha1|sha-1):"),
                                   QRegularExpression::CaseInsensitiveOption));
    text.remove(u':');
    const QByteArray raw = QByteArray::fromHex(text.toLatin1());
    if ((raw.size() != 32 && raw.size() != 20) || raw.toHex().compare(text.toLatin1(), Qt::CaseInsensitive) != 0) {
        return std::nullopt;
    }
    return raw;
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral("Validate SAML 2.0 metadata offline."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("Metadata file, https URL, or - for stdin."));
    parser.addOptions({
        {QStringLiteral("role"), QStringLiteral("Expected role: idp, sp or any (default any)."), QStringLiteral("role"),
         QStringLiteral("any")},
        {QStringLiteral("trust"), QStringLiteral("Trusted signer certificate (PEM file); repeatable."),
         QStringLiteral("cert.pem")},
        {QStringLiteral("fingerprint"), QStringLiteral("Trusted signer fingerprint, sha256:AB:CD:… or sha1:…"),
         QStringLiteral("fp")},
        {QStringLiteral("require-signature"), QStringLiteral("Report unsigned metadata as an error.")},
        {QStringLiteral("entity"), QStringLiteral("Validate only this entity of an aggregate."), QStringLiteral("id")},
        {QStringLiteral("expiry-warning-days"), QStringLiteral("Warn about certificates expiring within N days (30)."),
         QStringLiteral("N"), QStringLiteral("30")},
        {QStringLiteral("max-validity-days"), QStringLiteral("Warn when validUntil is further away (28)."),
         QStringLiteral("N"), QStringLiteral("28")},
        {QStringLiteral("lab"), QStringLiteral("Lab mode: allow http and local addresses.")},
        {QStringLiteral("now"), QStringLiteral("Evaluate times at this instant (xsd:dateTime)."), QStringLiteral("time")},
        {QStringLiteral("format"), QStringLiteral("Output format: text or json."), QStringLiteral("format"),
         QStringLiteral("text")},
        {QStringLiteral("summary"), QStringLiteral("Add aggregate statistics.")},
        {QStringLiteral("previous"),
         QStringLiteral("Compare with the previously imported metadata (file): certificate rollover, removed "
                        "certificates and endpoints, a changed entityID."),
         QStringLiteral("file")},
        {QStringLiteral("in-use-cert"),
         QStringLiteral("With --previous: the certificate that verifies today's responses (PEM file); repeatable. "
                        "Its removal is an error."),
         QStringLiteral("cert.pem")},
    });
}

// Fills the policy from the options; returns an error message for bad options.
QString buildPolicy(const QCommandLineParser& parser, ValidationPolicy& policy)
{
    const QString role = parser.value(QStringLiteral("role"));
    if (role == QLatin1String("idp")) {
        policy.role = ExpectedRole::IdentityProvider;
    } else if (role == QLatin1String("sp")) {
        policy.role = ExpectedRole::ServiceProvider;
    } else if (role != QLatin1String("any")) {
        return QStringLiteral("--role must be idp, sp or any");
    }
    for (const QString& path : parser.values(QStringLiteral("trust"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return QStringLiteral("cannot read --trust %1: %2").arg(path, f.errorString());
        }
        const QByteArray pem = f.readAll();
        if (!core::x509::parsePem(pem).ok()) {
            return QStringLiteral("--trust %1 holds no PEM certificate").arg(path);
        }
        policy.trustedCertsPem.append(pem);
    }
    for (const QString& fp : parser.values(QStringLiteral("fingerprint"))) {
        auto raw = parseFingerprint(fp);
        if (!raw) {
            return QStringLiteral("--fingerprint %1 is not a SHA-256 or SHA-1 fingerprint").arg(fp);
        }
        policy.trustedFingerprints.append(*raw);
    }
    bool ok1 = false;
    bool ok2 = false;
    policy.expiryWarningDays = parser.value(QStringLiteral("expiry-warning-days")).toInt(&ok1);
    policy.maxValidityDays = parser.value(QStringLiteral("max-validity-days")).toInt(&ok2);
    if (!ok1 || !ok2 || policy.expiryWarningDays < 0 || policy.maxValidityDays < 0) {
        return QStringLiteral("--expiry-warning-days and --max-validity-days take a number of days");
    }
    if (parser.isSet(QStringLiteral("now"))) {
        policy.now = core::xsd::parseDateTime(parser.value(QStringLiteral("now")));
        if (!policy.now.isValid()) {
            return QStringLiteral("--now must be an xsd:dateTime such as 2026-01-31T12:00:00Z");
        }
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return QStringLiteral("--format must be text or json");
    }
    policy.lab = parser.isSet(QStringLiteral("lab"));
    policy.requireSignature = parser.isSet(QStringLiteral("require-signature"));
    policy.entityId = parser.value(QStringLiteral("entity"));
    return {};
}

} // namespace

int ValidateMetadataCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        err() << "gatehouse-cli validate-metadata: " << parser.errorText() << "\n" << Qt::flush;
        return kExitUnreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "gatehouse-cli validate-metadata: give exactly one input (file, URL or -)\n" << Qt::flush;
        return kExitUnreadable;
    }
    ValidationPolicy policy;
    if (const QString problem = buildPolicy(parser, policy); !problem.isEmpty()) {
        err() << "gatehouse-cli validate-metadata: " << problem << "\n" << Qt::flush;
        return kExitUnreadable;
    }
    const QString source = parser.positionalArguments().constFirst();
    const QUrl url(source);
    const bool isUrl = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    // A local file is validated by MetadataValidator::validateFile (streamed from 4 MiB on, never held in memory
    // whole); here it is only opened, for the same error as before when it cannot be.
    const bool localFile = !isUrl && source != QLatin1String("-");
    const Input input = isUrl ? fetchUrl(url, policy.lab) : localFile ? openFile(source) : readFile(source);
    if (!input.error.isEmpty()) {
        err() << "gatehouse-cli validate-metadata: " << input.error << "\n" << Qt::flush;
        return kExitUnreadable;
    }
    policy.remote = input.remote;
    DiffPolicy diffPolicy;
    diffPolicy.entityId = policy.entityId;
    for (const QString& path : parser.values(QStringLiteral("in-use-cert"))) {
        QFile f(path);
        const auto certs = f.open(QIODevice::ReadOnly) ? core::x509::parsePem(f.readAll())
                                                        : core::Result<QList<core::x509::CertificateInfo>>::failure(
                                                              QStringLiteral("io"), f.errorString());
        if (!certs.ok()) {
            err() << "gatehouse-cli validate-metadata: --in-use-cert " << path << " holds no PEM certificate\n"
                  << Qt::flush;
            return kExitUnreadable;
        }
        for (const auto& cert : certs.value()) {
            diffPolicy.inUseCertificatesDer.append(cert.der);
        }
    }
    if (!diffPolicy.inUseCertificatesDer.isEmpty() && !parser.isSet(QStringLiteral("previous"))) {
        err() << "gatehouse-cli validate-metadata: --in-use-cert needs --previous\n" << Qt::flush;
        return kExitUnreadable;
    }
    ValidationReport report = localFile ? MetadataValidator::validateFile(source, policy)
                                        : MetadataValidator::validate(input.data, policy);
    if (parser.isSet(QStringLiteral("previous")) && report.readable) {
        const QString previousName = parser.value(QStringLiteral("previous"));
        const bool previousLocal = previousName != QLatin1String("-");
        const Input previousInput = previousLocal ? openFile(previousName) : readFile(previousName);
        if (!previousInput.error.isEmpty()) {
            err() << "gatehouse-cli validate-metadata: --previous: " << previousInput.error << "\n" << Qt::flush;
            return kExitUnreadable;
        }
        ValidationPolicy previousPolicy; // only parsed for the comparison: its own findings are not reported
        previousPolicy.now = policy.now;
        previousPolicy.lab = true;
        const ValidationReport previous = previousLocal
                                              ? MetadataValidator::validateFile(previousName, previousPolicy)
                                              : MetadataValidator::validate(previousInput.data, previousPolicy);
        if (!previous.readable || previous.metadata.entities.isEmpty()) {
            err() << "gatehouse-cli validate-metadata: --previous " << previousName
                  << " is not readable SAML metadata\n"
                  << Qt::flush;
            return kExitUnreadable;
        }
        report.findings += MetadataDiff::compare(previous.metadata, report.metadata, diffPolicy);
    }
    QTextStream out(stdout);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        out << QJsonDocument(ReportJson::toJson(report, source, parser.isSet(QStringLiteral("summary"))))
                   .toJson(QJsonDocument::Indented);
    } else {
        TextReport::write(out, report, source, parser.isSet(QStringLiteral("summary")));
    }
    out.flush();
    if (!report.readable) {
        return kExitUnreadable;
    }
    return report.hasErrors() ? kExitErrors : kExitOk;
}

} // namespace gatehouse::cli
