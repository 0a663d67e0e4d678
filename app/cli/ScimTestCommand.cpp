#include "app/cli/ScimTestCommand.h"

#include "app/cli/ScimConformance.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

namespace gatehouse::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kTimeoutMs = 15000;

struct Answer
{
    int status = 0;
    QByteArray body;
    QString networkError;
};

QString substitute(QString text, const ScimConformance::Vars& vars)
{
    for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    }
    return text;
}

Answer send(QNetworkAccessManager& nam,
            const QString& url,
            const QByteArray& token,
            const ScimConformance::Step& step,
            const QByteArray& body)
{
    QNetworkRequest request{QUrl::fromEncoded(url.toUtf8(), QUrl::StrictMode)};
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/scim+json");
    request.setRawHeader("User-Agent", "gatehouse-cli scim test");
    if (!body.isEmpty()) {
        request.setRawHeader("Content-Type", step.contentType);
    }
    QNetworkReply* reply = nam.sendCustomRequest(request, step.method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0) {
        answer.networkError = reply->errorString();
    }
    reply->deleteLater();
    return answer;
}

QString statuses(const QList<int>& expected)
{
    QStringList out;
    for (int s : expected) {
        out << QString::number(s);
    }
    return out.join(QLatin1Char('/'));
}

} // namespace

int ScimTestCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Replay a SCIM client's requests against a SCIM 2.0 server."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("test"), QStringLiteral("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("base-url"), QStringLiteral("SCIM base URL (…/scim/v2)"));
    parser.addOption({QStringLiteral("token"),
                      QStringLiteral("Bearer token (or GATEHOUSE_SCIM_TOKEN in the environment)"),
                      QStringLiteral("token")});
    parser.addOption({QStringLiteral("dialect"),
                      QStringLiteral("rfc, entra, entra-2020 or okta (default rfc); \"all\" runs every one"),
                      QStringLiteral("name"),
                      QStringLiteral("rfc")});
    if (!parser.parse(arguments)) {
        err << "gatehouse-cli scim: " << parser.errorText() << "\n";
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("test")) {
        err << "usage: gatehouse-cli scim test <base-url> --token <token> [--dialect rfc|entra|entra-2020|okta|all]\n";
        return kExitUsage;
    }
    QString base = positional.at(1);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    const QUrl baseUrl(base, QUrl::StrictMode);
    if (!baseUrl.isValid()
        || (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http"))) {
        err << "gatehouse-cli scim: the base URL must be an http(s) URL\n";
        return kExitUsage;
    }
    const QByteArray token =
        parser.isSet(QStringLiteral("token"))
            ? parser.value(QStringLiteral("token")).toUtf8()
            : QProcessEnvironment::systemEnvironment().value(QStringLiteral("GATEHOUSE_SCIM_TOKEN")).toUtf8();
    if (token.isEmpty()) {
        err << "gatehouse-cli scim: --token (or GATEHOUSE_SCIM_TOKEN) is required\n";
        return kExitUsage;
    }
    const QString dialect = parser.value(QStringLiteral("dialect"));
    const QStringList dialects = dialect == QLatin1String("all") ? ScimConformance::dialects() : QStringList{dialect};
    QNetworkAccessManager nam;
    int failed = 0;
    int total = 0;
    for (const QString& name : dialects) {
        const QList<ScimConformance::Step> steps = ScimConformance::steps(name);
        if (steps.isEmpty()) {
            err << "gatehouse-cli scim: unknown dialect \"" << name << "\" ("
                << ScimConformance::dialects().join(QStringLiteral(", ")) << ")\n";
            return kExitUsage;
        }
        ScimConformance::Vars vars{
            {QStringLiteral("rand"), QString::number(QRandomGenerator::system()->generate64() % 1'000'000'000'000ULL)}};
        for (const ScimConformance::Step& step : steps) {
            ++total;
            const QByteArray body = substitute(QString::fromUtf8(step.body), vars).toUtf8();
            const Answer answer = send(nam, base + substitute(step.path, vars), token, step, body);
            if (!answer.networkError.isEmpty()) {
                err << "gatehouse-cli scim: " << answer.networkError << "\n";
                return kExitUsage;
            }
            QString problem;
            if (!step.expected.contains(answer.status)) {
                problem = QStringLiteral("HTTP %1, expected %2").arg(answer.status).arg(statuses(step.expected));
                const QString detail =
                    QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("detail")).toString();
                if (!detail.isEmpty()) {
                    problem += QStringLiteral(" (%1)").arg(detail.left(200));
                }
            } else if (step.check) {
                problem = step.check(QJsonDocument::fromJson(answer.body).object(), vars);
            }
            out << (problem.isEmpty() ? "PASS  " : "FAIL  ") << name << ": " << step.name;
            if (!problem.isEmpty()) {
                out << " — " << problem;
                ++failed;
            }
            out << "\n";
            out.flush();
        }
    }
    out << total << " checks, " << failed << " failed\n";
    return failed == 0 ? kExitOk : kExitFailed;
}

} // namespace gatehouse::cli
