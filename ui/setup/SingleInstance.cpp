#include "ui/setup/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalSocket>
#include <QProcessEnvironment>
#include <QVariant>

namespace gatehouse::ui {

namespace {
constexpr int kMaxMessageBytes = 64 * 1024;
}

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString user = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    // Short and free of path characters on every platform.
    const QByteArray hash = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_name = key + u'-' + QString::fromLatin1(hash);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

QString SingleInstance::socketName() const
{
    return m_name;
}

bool SingleInstance::forward(const QStringList& arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    QByteArray framed;
    QDataStream(&framed, QIODevice::WriteOnly) << static_cast<quint32>(message.size());
    socket.write(framed + message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    // The running instance answers one byte once it has the arguments.
    return socket.waitForReadyRead(timeoutMs) && socket.read(1) == "1";
}

bool SingleInstance::listen()
{
    if (m_server.listen(m_name)) {
        return true;
    }
    QLocalServer::removeServer(m_name); // a socket file left by a crashed instance
    return m_server.listen(m_name);
}

void SingleInstance::onConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QByteArray buffer = socket->property("gatehouseBuffer").toByteArray() + socket->readAll();
            if (buffer.size() > kMaxMessageBytes + 4) {
                socket->abort();
                return;
            }
            socket->setProperty("gatehouseBuffer", buffer);
            if (buffer.size() < 4) {
                return;
            }
            quint32 size = 0;
            QDataStream(buffer.left(4)) >> size;
            if (size > kMaxMessageBytes) {
                socket->abort();
                return;
            }
            if (buffer.size() < static_cast<qsizetype>(4 + size)) {
                return;
            }
            QStringList arguments;
            QDataStream in(buffer.mid(4, size));
            in >> arguments;
            socket->setProperty("gatehouseBuffer", QByteArray());
            socket->write("1");
            socket->flush();
            if (in.status() == QDataStream::Ok) {
                Q_EMIT argumentsReceived(arguments);
            }
        });
    }
}

} // namespace gatehouse::ui
