#pragma once

// A throwaway dnsmasq on 127.0.0.x:53 serving a test zone, for tests of real DNS lookups (Qt 6.4's QDnsLookup
// cannot use another port, so the server needs a loopback address of its own and the right to bind port 53:
// root, as in CI). Names under the zone that have no record answer NXDOMAIN; "nodata.<zone>" has an A record
// only (NODATA for TXT). Header-only so every test program can use it.

#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <QUdpSocket>

namespace gatehouse::test {

class Dnsmasq
{
public:
    struct Txt
    {
        QString name;
        QStringList strings; // one TXT record; several strings = a multi-string record
    };

    explicit Dnsmasq(QString zone = QStringLiteral("example.test"))
        : m_zone(std::move(zone))
    {}

    ~Dnsmasq()
    {
        stop();
    }

    // Empty when usable, otherwise why not (the test then skips).
    static QString unavailableReason()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                .isEmpty()
            && QStandardPaths::findExecutable(QStringLiteral("dnsmasq")).isEmpty()) {
            return QStringLiteral("dnsmasq is not installed (scripts/setup installs it)");
        }
        QHostAddress address;
        if (!freeLoopback(&address)) {
            return QStringLiteral(
                "cannot bind UDP port 53 on any 127.0.0.x address (needs root or CAP_NET_BIND_SERVICE)");
        }
        return {};
    }

    // A 127.0.0.x address where port 53 is free (x in 180..250), excluding `except`.
    static bool freeLoopback(QHostAddress* out, const QList<QHostAddress>& except = {})
    {
        for (int x = 180; x <= 250; ++x) {
            const QHostAddress candidate(QStringLiteral("127.0.0.%1").arg(x));
            if (except.contains(candidate)) {
                continue;
            }
            QUdpSocket probe;
            if (probe.bind(candidate, 53)) {
                *out = candidate;
                return true;
            }
        }
        return false;
    }

    QHostAddress address() const
    {
        return m_address;
    }

    QString zone() const
    {
        return m_zone;
    }

    QString lastError() const
    {
        return m_error;
    }

    bool start(const QList<Txt>& records)
    {
        stop();
        if (m_address.isNull() && !freeLoopback(&m_address)) {
            m_error = QStringLiteral("no free 127.0.0.x:53");
            return false;
        }
        QString program = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"));
        if (program.isEmpty()) {
            program = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
                                                     {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        }
        QStringList args{QStringLiteral("-k"),
                         QStringLiteral("--conf-file=/dev/null"),
                         QStringLiteral("--no-resolv"),
                         QStringLiteral("--no-hosts"),
                         QStringLiteral("--port=53"),
                         QStringLiteral("--bind-interfaces"),
                         QStringLiteral("--listen-address=") + m_address.toString(),
                         QStringLiteral("--pid-file="),
                         QStringLiteral("--user=root"),
                         QStringLiteral("--local=/") + m_zone + u'/',
                         QStringLiteral("--host-record=nodata.") + m_zone + QStringLiteral(",127.0.0.9"),
                         QStringLiteral("--host-record=ready.") + m_zone + QStringLiteral(",127.0.0.8"),
                         QStringLiteral("--txt-record=ready.") + m_zone + QStringLiteral(",ready")};
        for (const Txt& txt : records) {
            QString arg = QStringLiteral("--txt-record=") + txt.name;
            for (const QString& s : txt.strings) {
                arg += u',' + s; // dnsmasq splits on commas: one argument per character-string
            }
            args << arg;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, args);
        if (!m_process.waitForStarted(5000)) {
            m_error = QStringLiteral("dnsmasq did not start: ") + m_process.errorString();
            return false;
        }
        // Ready when the port is taken (bind fails) and the process is still alive.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000) {
            if (m_process.state() != QProcess::Running) {
                m_error = QStringLiteral("dnsmasq exited: ") + QString::fromLocal8Bit(m_process.readAll());
                return false;
            }
            QUdpSocket probe;
            if (!probe.bind(m_address, 53)) {
                return true;
            }
            probe.close();
            QThread::msleep(20);
        }
        m_error = QStringLiteral("dnsmasq did not bind ") + m_address.toString();
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000)) {
                m_process.kill();
                m_process.waitForFinished(3000);
            }
        }
    }

private:
    QString m_zone;
    QHostAddress m_address;
    QProcess m_process;
    QString m_error;
};

} // namespace gatehouse::test
