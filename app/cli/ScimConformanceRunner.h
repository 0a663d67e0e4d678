#pragma once

#include "app/cli/ScimConformance.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace gatehouse::cli {

// Replays one dialect of ScimConformance against a SCIM base URL, synchronously (a local event loop per
// request, so it runs on any thread that has none of its own: the CLI's main thread, a pool thread of the
// desktop app's self-check). Used by `gatehouse-cli scim test` and the desktop SCIM wizard.
class ScimConformanceRunner
{
public:
    struct Outcome
    {
        QString dialect;
        QString step;
        QString problem; // empty: passed
    };

    struct Summary
    {
        int total = 0;
        int failed = 0;
        QString fatal; // a network error or an unknown dialect: the replay stopped
    };

    ScimConformanceRunner(QString baseUrl, QByteArray token, int timeoutMs = 15000);

    // Runs the steps, reporting each one as it ends; stops early when *cancel becomes true.
    Summary run(const QString& dialect,
                const std::function<void(const Outcome&)>& report,
                const std::atomic_bool* cancel = nullptr) const;

private:
    QString m_base;
    QByteArray m_token;
    int m_timeoutMs;
};

} // namespace gatehouse::cli
