#pragma once

#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli validate-metadata <file|URL|->` — exit codes: 0 no errors, 1 errors found, 2 input unreadable
// (also for bad options).
class ValidateMetadataCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace gatehouse::cli
