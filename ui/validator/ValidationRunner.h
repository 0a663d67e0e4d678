#pragma once

#include "core/saml/MetadataValidator.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>

template <typename T> class QFutureWatcher;

namespace gatehouse::ui {

// Runs MetadataValidator on its own thread pool (never the GUI thread, never the global pool) and reports back on
// the GUI thread. Documents of MetadataValidator::kStreamingThreshold bytes or more go through the streaming engine,
// which reports its progress (progressChanged, 0-100) and can be cancelled; smaller ones are validated at once.
// Starting a new run supersedes (and cancels) the previous one, whose result is dropped. Destruction cancels a
// running validation and waits for it, so that no worker thread outlives the window.
class ValidationRunner : public QObject
{
    Q_OBJECT

public:
    explicit ValidationRunner(QObject* parent = nullptr);
    ~ValidationRunner() override;

    void start(const QByteArray& document, const core::saml::ValidationPolicy& policy, const QString& source);
    // Stops the running validation; cancelled() follows once the worker has stopped. No-op when idle.
    void cancel();
    bool isRunning() const;
    // Whether the running validation reports progress (a large document on the streaming engine).
    bool isStreaming() const;

Q_SIGNALS:
    void started(const QString& source, bool streaming);
    void progressChanged(int percent);
    void finished(const gatehouse::core::saml::ValidationReport& report, const QString& source);
    void cancelled(const QString& source);

private:
    struct Run
    {
        std::atomic_bool cancel{false};
    };

    QThreadPool m_pool;
    QPointer<QFutureWatcher<core::saml::ValidationReport>> m_watcher;
    std::shared_ptr<Run> m_run;
    bool m_streaming = false;
    int m_lastPercent = -1;
};

} // namespace gatehouse::ui
