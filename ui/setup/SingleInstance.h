#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

namespace gatehouse::ui {

// One `gatehouse` per user: the first instance listens on a per-user local socket; a second one started with
// arguments (a portal link, a gatehouse:// URL, a metadata file) hands them over and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `key` distinguishes test instances; the socket name also carries the user's name.
    explicit SingleInstance(const QString& key = QStringLiteral("gatehouse"), QObject* parent = nullptr);

    QString socketName() const;
    // Sends the arguments to a running instance; true when one took them.
    bool forward(const QStringList& arguments, int timeoutMs = 2000) const;
    // Becomes the running instance (removes a stale socket left by a crash).
    bool listen();

Q_SIGNALS:
    void argumentsReceived(const QStringList& arguments);

private:
    void onConnection();

    QString m_name;
    QLocalServer m_server;
};

} // namespace gatehouse::ui
