#include "ui/setup/ScimSelfCheck.h"

#include "app/cli/ScimConformanceRunner.h"

#include <QMetaObject>
#include <QPointer>

namespace gatehouse::ui {

ScimSelfCheck::ScimSelfCheck(QObject* parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(1);
}

ScimSelfCheck::~ScimSelfCheck()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

bool ScimSelfCheck::isRunning() const
{
    return m_running;
}

void ScimSelfCheck::start(const QString& baseUrl, const QString& token, const QString& dialect)
{
    if (m_running) {
        return;
    }
    m_running = true;
    QPointer<ScimSelfCheck> self(this);
    const auto cancel = m_cancel;
    m_pool.start([self, cancel, baseUrl, token = token.toUtf8(), dialect] {
        const cli::ScimConformanceRunner runner(baseUrl, token);
        const auto summary = runner.run(
            dialect,
            [self](const cli::ScimConformanceRunner::Outcome& outcome) {
                if (self) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, outcome] {
                            if (self) {
                                Q_EMIT self->stepFinished(outcome.step, outcome.problem);
                            }
                        },
                        Qt::QueuedConnection);
                }
            },
            cancel.get());
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, summary] {
                    if (self) {
                        self->m_running = false;
                        Q_EMIT self->finished(summary.total, summary.failed, summary.fatal);
                    }
                },
                Qt::QueuedConnection);
        }
    });
}

} // namespace gatehouse::ui
