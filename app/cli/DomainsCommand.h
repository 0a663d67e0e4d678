#pragma once

#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli domains check <domain> [--resolver IP]… [--expect VALUE] [--timeout-ms N] [--format text|json]`
// Looks up the TXT records at `_gatehouse-challenge.<domain>` (or --name) and shows what DNS returned and, with
// --expect, whether the expected value is among them. Exit codes: 0 found (and matching, with --expect), 1 not
// found / not matching, 2 bad usage or no answer from DNS (timeout, SERVFAIL, refused, ...).
class DomainsCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace gatehouse::cli
