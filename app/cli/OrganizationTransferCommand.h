#pragma once

#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli export <org-id> [-o file]` and `gatehouse-cli import <file|->`: an organization's configuration
// through the engine's management API (GET /api/v1/organizations/{id}:export, POST /api/v1/organizations:import).
// The engine is reached like the desktop app reaches a remote environment: --url, --client-id (or
// GATEHOUSE_URL / GATEHOUSE_CLIENT_ID) and the client secret from GATEHOUSE_CLIENT_SECRET or --client-secret-file,
// never from the command line. Exit codes: 0 done, 1 refused by the engine or unreachable, 2 usage.
class OrganizationTransferCommand
{
public:
    static int runExport(const QStringList& arguments);
    static int runImport(const QStringList& arguments);
};

} // namespace gatehouse::cli
