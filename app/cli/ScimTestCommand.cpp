#include "app/cli/ScimTestCommand.h"

#include "app/cli/ScimConformance.h"
#include "app/cli/ScimConformanceRunner.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>

namespace gatehouse::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

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
    for (const QString& name : dialects) {
        if (ScimConformance::steps(name).isEmpty()) {
            err << "gatehouse-cli scim: unknown dialect \"" << name << "\" ("
                << ScimConformance::dialects().join(QStringLiteral(", ")) << ")\n";
            return kExitUsage;
        }
    }
    const ScimConformanceRunner runner(base, token);
    int failed = 0;
    int total = 0;
    for (const QString& name : dialects) {
        const ScimConformanceRunner::Summary summary =
            runner.run(name, [&out](const ScimConformanceRunner::Outcome& outcome) {
                out << (outcome.problem.isEmpty() ? "PASS  " : "FAIL  ") << outcome.dialect << ": " << outcome.step;
                if (!outcome.problem.isEmpty()) {
                    out << " — " << outcome.problem;
                }
                out << "\n";
                out.flush();
            });
        if (!summary.fatal.isEmpty()) {
            err << "gatehouse-cli scim: " << summary.fatal << "\n";
            return kExitUsage;
        }
        total += summary.total;
        failed += summary.failed;
    }
    out << total << " checks, " << failed << " failed\n";
    return failed == 0 ? kExitOk : kExitFailed;
}

} // namespace gatehouse::cli
