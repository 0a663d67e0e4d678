#pragma once

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace gatehouse::ui {

// The SCIM wizard's "Send test request": the SCIM conformance replay (the same steps as
// `gatehouse-cli scim test`) against a directory's endpoint with its token, on a pool thread. Each step is
// reported as it ends; the destructor cancels and waits for the replay.
class ScimSelfCheck : public QObject
{
    Q_OBJECT

public:
    explicit ScimSelfCheck(QObject* parent = nullptr);
    ~ScimSelfCheck() override;

    bool isRunning() const;
    // Starts a replay unless one is running. `token` is used for the requests only and never logged.
    void start(const QString& baseUrl, const QString& token, const QString& dialect);

Q_SIGNALS:
    void stepFinished(const QString& step, const QString& problem);
    // fatal: a network error that stopped the replay (empty otherwise).
    void finished(int total, int failed, const QString& fatal);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace gatehouse::ui
