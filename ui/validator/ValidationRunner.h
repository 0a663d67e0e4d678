#pragma once

#include "core/saml/MetadataValidator.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

template <typename T> class QFutureWatcher;

namespace gatehouse::ui {

// Runs MetadataValidator on its own thread pool and reports back on the GUI thread. Starting a new run
// supersedes the previous one, whose result is dropped. Destruction waits for a running validation (at
// most about a second for a 20 MB aggregate) so that no worker thread outlives the window.
class ValidationRunner : public QObject
{
    Q_OBJECT

public:
    explicit ValidationRunner(QObject* parent = nullptr);
    ~ValidationRunner() override;

    void start(const QByteArray& document, const core::saml::ValidationPolicy& policy, const QString& source);
    bool isRunning() const;

Q_SIGNALS:
    void started(const QString& source);
    void finished(const gatehouse::core::saml::ValidationReport& report, const QString& source);

private:
    QThreadPool m_pool;
    QPointer<QFutureWatcher<core::saml::ValidationReport>> m_watcher;
};

} // namespace gatehouse::ui
