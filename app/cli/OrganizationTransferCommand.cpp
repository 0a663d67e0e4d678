#include "app/cli/OrganizationTransferCommand.h"

#include "client/ApiClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QUrlQuery>

#include <optional>

namespace gatehouse::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr qint64 kMaxDocumentBytes = 1024 * 1024; // the engine's request body limit

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addConnectionOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("url"),
                                        QStringLiteral("Environment URL of the engine (default: $GATEHOUSE_URL)."),
                                        QStringLiteral("url")));
    parser.addOption(QCommandLineOption(QStringLiteral("client-id"),
                                        QStringLiteral("API client id, skc_… (default: $GATEHOUSE_CLIENT_ID)."),
                                        QStringLiteral("id")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("client-secret-file"),
        QStringLiteral("File holding the client secret (default: the secret in $GATEHOUSE_CLIENT_SECRET)."),
        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("timeout-ms"),
                                        QStringLiteral("Time to wait for each answer (default 30000)."),
                                        QStringLiteral("ms"),
                                        QStringLiteral("30000")));
}

bool secretOnCommandLine(const QStringList& arguments)
{
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString& a) {
        return a == QLatin1String("--client-secret") || a.startsWith(QLatin1String("--client-secret="));
    });
}

// The client configuration from the options and the environment; nullopt (after saying why) when incomplete.
std::optional<client::ClientConfig> configFrom(const QCommandLineParser& parser, const QString& command)
{
    client::ClientConfig config;
    const QString url = parser.isSet(QStringLiteral("url")) ? parser.value(QStringLiteral("url"))
                                                            : qEnvironmentVariable("GATEHOUSE_URL");
    config.baseUrl = QUrl(url, QUrl::StrictMode);
    config.clientId = parser.isSet(QStringLiteral("client-id")) ? parser.value(QStringLiteral("client-id"))
                                                                : qEnvironmentVariable("GATEHOUSE_CLIENT_ID");
    if (parser.isSet(QStringLiteral("client-secret-file"))) {
        QFile file(parser.value(QStringLiteral("client-secret-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "gatehouse-cli " << command << ": cannot read the client secret file: " << file.errorString()
                  << "\n"
                  << Qt::flush;
            return std::nullopt;
        }
        config.clientSecret = QString::fromUtf8(file.read(4096)).trimmed();
    } else {
        config.clientSecret = qEnvironmentVariable("GATEHOUSE_CLIENT_SECRET");
    }
    bool ok = false;
    config.timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
    if (!ok || config.timeoutMs < 100 || config.timeoutMs > 600'000) {
        err() << "gatehouse-cli " << command << ": --timeout-ms takes 100..600000\n" << Qt::flush;
        return std::nullopt;
    }
    if (url.isEmpty() || config.clientId.isEmpty() || config.clientSecret.isEmpty()) {
        err() << "gatehouse-cli " << command
              << ": give the engine with --url and --client-id (or GATEHOUSE_URL, GATEHOUSE_CLIENT_ID) and the "
                 "client secret in GATEHOUSE_CLIENT_SECRET or --client-secret-file\n"
              << Qt::flush;
        return std::nullopt;
    }
    if (const auto invalid = config.validate()) {
        err() << "gatehouse-cli " << command << ": " << invalid->message << "\n" << Qt::flush;
        return std::nullopt;
    }
    return config;
}

// One API call, waited for.
client::ApiResult<QJsonObject>
call(const client::ClientConfig& config, const QByteArray& method, const QString& path, const QJsonObject& body)
{
    client::ApiClient api(config);
    QEventLoop loop;
    // Plain values and a flag rather than an optional filled in the callback (GCC -O3 maybe-uninitialized).
    client::ApiResult<QJsonObject> answer(client::ApiError::protocol(QStringLiteral("no answer")));
    bool answered = false;
    api.send(method, path, QUrlQuery(), body, &loop, [&](const client::ApiResult<QJsonObject>& result) {
        answer = result;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        loop.exec();
    }
    return answer;
}

int refused(const QString& command, const client::ApiError& error)
{
    err() << "gatehouse-cli " << command << ": " << error.detailedText() << "\n" << Qt::flush;
    return kExitFailed;
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command)
{
    if (secretOnCommandLine(arguments)) {
        err() << "gatehouse-cli " << command
              << ": a secret on the command line would be visible to every user; use GATEHOUSE_CLIENT_SECRET or "
                 "--client-secret-file\n"
              << Qt::flush;
        return false;
    }
    if (!parser.parse(arguments)) {
        err() << "gatehouse-cli " << command << ": " << parser.errorText() << "\n" << Qt::flush;
        return false;
    }
    return true;
}

} // namespace

int OrganizationTransferCommand::runExport(const QStringList& arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export an organization's configuration (no secrets) as one JSON document."));
    addConnectionOptions(parser);
    parser.addPositionalArgument(QStringLiteral("org-id"), QStringLiteral("the organization, org_…"));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("Write the document to this file (default: standard output)."),
                                        QStringLiteral("file")));
    if (!parse(parser, arguments, command)) {
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "gatehouse-cli export: usage: export <org-id> [-o file] [--url URL --client-id ID]\n" << Qt::flush;
        return kExitUsage;
    }
    const QString orgId = parser.positionalArguments().constFirst();
    const auto config = configFrom(parser, command);
    if (!config) {
        return kExitUsage;
    }
    const auto result =
        call(*config,
             "GET",
             QStringLiteral("/api/v1/organizations/%1:export").arg(QString::fromLatin1(QUrl::toPercentEncoding(orgId))),
             {});
    if (!result.ok()) {
        return refused(command, result.error());
    }
    const QByteArray document = QJsonDocument(result.value()).toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("output")) && parser.value(QStringLiteral("output")) != QLatin1String("-")) {
        QSaveFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit()) {
            err() << "gatehouse-cli export: cannot write " << file.fileName() << ": " << file.errorString() << "\n"
                  << Qt::flush;
            return kExitFailed;
        }
    } else {
        QTextStream(stdout) << document << Qt::flush;
    }
    const QJsonArray excluded = result.value().value(QStringLiteral("excluded")).toArray();
    err() << "Exported " << orgId << "; left out (re-enter after an import):\n";
    for (const QJsonValue& item : excluded) {
        err() << "  " << item.toObject().value(QStringLiteral("path")).toString() << ": "
              << item.toObject().value(QStringLiteral("reason")).toString() << "\n";
    }
    err() << Qt::flush;
    return kExitOk;
}

int OrganizationTransferCommand::runImport(const QStringList& arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create a new organization from an export document (all or nothing)."));
    addConnectionOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the export document, - for standard input"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("format"), QStringLiteral("text")));
    if (!parse(parser, arguments, command)) {
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (parser.positionalArguments().size() != 1
        || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        err() << "gatehouse-cli import: usage: import <file|-> [--format text|json] [--url URL --client-id ID]\n"
              << Qt::flush;
        return kExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    const bool opened =
        path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        err() << "gatehouse-cli import: cannot read " << path << ": " << file.errorString() << "\n" << Qt::flush;
        return kExitUsage;
    }
    const QByteArray text = file.read(kMaxDocumentBytes + 1);
    if (text.size() > kMaxDocumentBytes) {
        err() << "gatehouse-cli import: " << path << " is larger than the engine accepts (1 MiB)\n" << Qt::flush;
        return kExitUsage;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        err() << "gatehouse-cli import: " << path << " is not a JSON object"
              << (parseError.error != QJsonParseError::NoError
                      ? QStringLiteral(" (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)
                      : QString())
              << "\n"
              << Qt::flush;
        return kExitUsage;
    }
    const auto config = configFrom(parser, command);
    if (!config) {
        return kExitUsage;
    }
    const auto result = call(*config, "POST", QStringLiteral("/api/v1/organizations:import"), document.object());
    if (!result.ok()) {
        return refused(command, result.error());
    }
    QTextStream out(stdout);
    if (format == QLatin1String("json")) {
        out << QJsonDocument(result.value()).toJson(QJsonDocument::Indented) << Qt::flush;
        return kExitOk;
    }
    const QJsonObject org = result.value().value(QStringLiteral("organization")).toObject();
    out << "Created organization " << org.value(QStringLiteral("id")).toString() << " ("
        << org.value(QStringLiteral("display_name")).toString() << ")\n";
    const QJsonArray attention = result.value().value(QStringLiteral("needs_attention")).toArray();
    if (!attention.isEmpty()) {
        out << "Needs attention:\n";
    }
    for (const QJsonValue& item : attention) {
        out << "  - " << item.toObject().value(QStringLiteral("message")).toString() << "\n";
    }
    out.flush();
    return kExitOk;
}

} // namespace gatehouse::cli
