#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace gatehouse::engine {

// Turns SIGTERM / SIGINT into a Qt signal on the event loop (self-pipe; the handler only writes a byte).
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace gatehouse::engine
