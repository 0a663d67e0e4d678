// gatehouse-cli: scripting entry point. Commands: validate-metadata, domains check, scim test, export, import.
#include "app/cli/DomainsCommand.h"
#include "app/cli/OrganizationTransferCommand.h"
#include "app/cli/ScimTestCommand.h"
#include "app/cli/ValidateMetadataCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void usage(QTextStream& out)
{
    out << "Usage: gatehouse-cli <command> [options]\n\n"
           "Commands:\n"
           "  validate-metadata <file|URL|->   Validate SAML 2.0 metadata offline (see --help of the command)\n"
           "  domains check <domain>           Show the domain-verification TXT record DNS returns\n"
           "  scim test <base-url> --token T [--dialect rfc|entra|entra-2020|okta|all]\n"
           "                                   Replay an IdP's SCIM requests against a SCIM server\n"
           "  export <org-id> [-o file]        Export an organization's configuration (no secrets) from an engine\n"
           "  import <file|->                  Create a new organization from an export document\n"
           "                                   (engine: --url, --client-id, secret in GATEHOUSE_CLIENT_SECRET\n"
           "                                   or --client-secret-file)\n\n"
           "Options:\n"
           "  --version   Print the version\n"
           "  --help      Print this help\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        usage(out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == QLatin1String("--version")) {
        out << "gatehouse-cli " << GATEHOUSE_VERSION << "\n";
        return 0;
    }
    const QString command = args.at(1);
    args.removeAt(1);
    if (command == QLatin1String("scim")) {
        return gatehouse::cli::ScimTestCommand::run(args);
    }
    if (command == QLatin1String("validate-metadata")) {
        return gatehouse::cli::ValidateMetadataCommand::run(args);
    }
    if (command == QLatin1String("export")) {
        return gatehouse::cli::OrganizationTransferCommand::runExport(args);
    }
    if (command == QLatin1String("import")) {
        return gatehouse::cli::OrganizationTransferCommand::runImport(args);
    }
    if (command == QLatin1String("domains")) {
        return gatehouse::cli::DomainsCommand::run(args);
    }
    QTextStream(stderr) << "gatehouse-cli: unknown command \"" << command << "\"\n";
    usage(out);
    return 2;
}
