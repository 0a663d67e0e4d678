#include "ui/validator/ValidationRunner.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace gatehouse::ui {

using core::saml::MetadataValidator;
using core::saml::ValidationPolicy;
using core::saml::ValidationReport;

ValidationRunner::ValidationRunner(QObject* parent)
    : QObject(parent)
{
    m_pool.setObjectName(QStringLiteral("gatehouse-validation"));
}

ValidationRunner::~ValidationRunner()
{
    if (m_run) {
        m_run->cancel = true;
    }
    m_pool.waitForDone();
}

void ValidationRunner::start(const QByteArray& document, const ValidationPolicy& policy, const QString& source)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater(); // the superseded run stops (or finishes) in the background; its result is dropped
    }
    if (m_run) {
        m_run->cancel = true;
    }
    auto run = std::make_shared<Run>();
    m_run = run;
    m_streaming = document.size() >= MetadataValidator::kStreamingThreshold;
    m_lastPercent = -1;
    auto* watcher = new QFutureWatcher<ValidationReport>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<ValidationReport>::finished, this, [this, watcher, run, source] {
        watcher->deleteLater();
        if (m_watcher != watcher) {
            return;
        }
        m_watcher.clear();
        m_run.reset();
        const ValidationReport report = watcher->result();
        if (report.cancelled) {
            Q_EMIT cancelled(source);
        } else {
            Q_EMIT finished(report, source);
        }
    });
    Q_EMIT started(source, m_streaming);
    if (!m_streaming) {
        watcher->setFuture(
            QtConcurrent::run(&m_pool, [document, policy] { return MetadataValidator::validate(document, policy); }));
        return;
    }
    // Called on the worker; the percentage is handed to the GUI thread (dropped there once this run is superseded).
    auto progress = [this, run](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        QMetaObject::invokeMethod(
            this,
            [this, run, percent] {
                if (m_run == run && percent > m_lastPercent) {
                    m_lastPercent = percent;
                    Q_EMIT progressChanged(percent);
                }
            },
            Qt::QueuedConnection);
        return !run->cancel.load();
    };
    watcher->setFuture(QtConcurrent::run(&m_pool, [document, policy, progress] {
        return MetadataValidator::validateStreaming(document, policy, progress);
    }));
}

void ValidationRunner::cancel()
{
    if (m_run) {
        m_run->cancel = true;
    }
}

bool ValidationRunner::isRunning() const
{
    return !m_watcher.isNull();
}

bool ValidationRunner::isStreaming() const
{
    return isRunning() && m_streaming;
}

} // namespace gatehouse::ui
