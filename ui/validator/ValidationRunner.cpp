#include "ui/validator/ValidationRunner.h"

#include "core/xmldsig/XmlLibrary.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace gatehouse::ui {

using core::saml::ValidationPolicy;
using core::saml::ValidationReport;

ValidationRunner::ValidationRunner(QObject* parent)
    : QObject(parent)
{}

ValidationRunner::~ValidationRunner()
{
    m_pool.waitForDone();
}

void ValidationRunner::start(const QByteArray& document, const ValidationPolicy& policy, const QString& source)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater(); // the superseded run finishes in the background; its result is dropped
    }
    auto* watcher = new QFutureWatcher<ValidationReport>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<ValidationReport>::finished, this, [this, watcher, source] {
        watcher->deleteLater();
        if (m_watcher != watcher) {
            return;
        }
        m_watcher.clear();
        Q_EMIT finished(watcher->result(), source);
    });
    Q_EMIT started(source);
    watcher->setFuture(
        QtConcurrent::run([document, policy] { return core::saml::MetadataValidator::validate(document, policy); }));
}

bool ValidationRunner::isRunning() const
{
    return !m_watcher.isNull();
}

} // namespace gatehouse::ui
