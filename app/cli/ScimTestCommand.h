#pragma once

#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli scim test <base-url> --token <t> [--dialect rfc|entra|entra-2020|okta]`: replays a SCIM
// client's request sequence against any SCIM server and reports each check. Exit codes: 0 all checks
// passed, 1 some failed, 2 bad usage or the server unreachable.
class ScimTestCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace gatehouse::cli
