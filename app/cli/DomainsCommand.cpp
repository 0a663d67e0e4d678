#include "app/cli/DomainsCommand.h"

#include "net/DnsTxtLookup.h"
#include "net/DomainChallenge.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace gatehouse::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitMismatch = 1;
constexpr int kExitUsage = 2;

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Show what DNS returns for a domain's verification record and whether it matches."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), QStringLiteral("the sub-command"), QStringLiteral("check"));
    parser.addPositionalArgument(QStringLiteral("domain"), QStringLiteral("e.g. example.com"));
    parser.addOption(QCommandLineOption(QStringLiteral("resolver"),
                                        QStringLiteral("DNS server to ask (repeatable; default: the system ones)."),
                                        QStringLiteral("ip")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("expect"), QStringLiteral("The TXT value that must be present."), QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringLiteral("name"),
                                        QStringLiteral("Record name to query (default _gatehouse-challenge.<domain>)."),
                                        QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("timeout-ms"),
                                        QStringLiteral("Time to wait for an answer (default 5000)."),
                                        QStringLiteral("ms"),
                                        QStringLiteral("5000")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("format"), QStringLiteral("text")));
}

} // namespace

int DomainsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        err() << "gatehouse-cli domains: " << parser.errorText() << "\n" << Qt::flush;
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("check")) {
        err() << "gatehouse-cli domains: usage: domains check <domain> [--resolver IP] [--expect VALUE]\n" << Qt::flush;
        return kExitUsage;
    }
    QList<QHostAddress> resolvers;
    for (const QString& text : parser.values(QStringLiteral("resolver"))) {
        QHostAddress address;
        if (!address.setAddress(text)) {
            err() << "gatehouse-cli domains: --resolver " << text << " is not an IP address\n" << Qt::flush;
            return kExitUsage;
        }
        resolvers.append(address);
    }
    bool ok = false;
    const int timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
    const QString format = parser.value(QStringLiteral("format"));
    if (!ok || timeoutMs < 50 || timeoutMs > 60'000
        || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        err() << "gatehouse-cli domains: --timeout-ms takes 50..60000 and --format text or json\n" << Qt::flush;
        return kExitUsage;
    }
    const QString domain = net::DomainChallenge::normalizeName(positional.at(1));
    const QString name = parser.isSet(QStringLiteral("name"))
                             ? net::DomainChallenge::normalizeName(parser.value(QStringLiteral("name")))
                             : net::DomainChallenge::recordName(domain);
    const QString expected = parser.value(QStringLiteral("expect"));
    const net::TxtLookupResult lookup = net::DnsTxtLookup::run(name, resolvers, timeoutMs);

    int exitCode = kExitOk;
    QString verdict;
    QString message = lookup.describe();
    if (!lookup.isDefinitive()) {
        exitCode = kExitUsage;
        verdict = QStringLiteral("no_answer");
    } else if (!expected.isEmpty()) {
        const auto outcome = net::DomainChallenge::evaluate(lookup, expected);
        verdict = outcome.verified ? QStringLiteral("match") : outcome.reason;
        message = outcome.message;
        exitCode = outcome.verified ? kExitOk : kExitMismatch;
    } else {
        verdict =
            lookup.status == net::TxtLookupResult::Status::Answered ? QStringLiteral("found") : lookup.statusCode();
        exitCode = lookup.status == net::TxtLookupResult::Status::Answered ? kExitOk : kExitMismatch;
    }

    QTextStream out(stdout);
    if (format == QLatin1String("json")) {
        QJsonObject json{{QStringLiteral("name"), name},
                         {QStringLiteral("status"), lookup.statusCode()},
                         {QStringLiteral("verdict"), verdict},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("records"), QJsonArray::fromStringList(lookup.records)},
                         {QStringLiteral("resolver"), lookup.resolver},
                         {QStringLiteral("elapsed_ms"), lookup.elapsedMs}};
        if (!expected.isEmpty()) {
            json.insert(QStringLiteral("expected"), expected);
        }
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << "TXT " << name << " (" << lookup.resolver << ", " << lookup.elapsedMs << " ms): " << lookup.statusCode()
            << "\n";
        for (const QString& record : lookup.records) {
            out << "  \"" << record << "\"\n";
        }
        out << message << "\n";
    }
    out.flush();
    return exitCode;
}

} // namespace gatehouse::cli
