#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace gatehouse::util {

// Turns SIGTERM / SIGINT into a Qt signal on the event loop (self-pipe; the handler only writes a byte), so the
// engine and the desktop app shut down cleanly when a service manager or a logout asks them to. A no-op where
// there are no POSIX signals (Windows: the app gets WM_CLOSE / WM_ENDSESSION through Qt instead).
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

} // namespace gatehouse::util
