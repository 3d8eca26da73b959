#include "testserver.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace phishaid::test {

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 MaxQueuedBytes = 128 * 1024; // keep Qt's send buffer small: "sent" means the kernel took it

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}
} // namespace

struct TestServer::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray request;
    QString path;
    Route route;
    qint64 headerBytes = 0;
    qint64 written = 0; // everything the kernel accepted, headers included
    qint64 bodyQueued = 0;
    bool responded = false;
    QTimer *drip = nullptr;
};

TestServer::TestServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestServer::onNewConnection);
}

TestServer::~TestServer()
{
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections) {
        connection->socket->disconnect(this);
        connection->socket->abort();
        drop(connection);
    }
}

bool TestServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
}

void TestServer::route(const QString &path, const Route &route)
{
    m_routes.insert(path, route);
}

void TestServer::clearRoutes()
{
    m_routes.clear();
    m_requests.clear();
    m_bodyBytesSent.clear();
}

quint16 TestServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, connection](qint64 bytes) {
            connection->written += bytes;
            if (!connection->path.isEmpty()) {
                m_bodyBytesSent[connection->path] += qMax<qint64>(0, qMin(bytes, connection->written - connection->headerBytes));
            }
            pump(connection);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] { drop(connection); });
    }
}

void TestServer::onReadyRead(Connection *connection)
{
    connection->request += connection->socket->readAll();
    if (connection->responded || !connection->request.contains("\r\n\r\n")) {
        return;
    }
    connection->responded = true;
    const QList<QByteArray> requestLine = connection->request.left(connection->request.indexOf("\r\n")).split(' ');
    const QString target = requestLine.size() >= 2 ? QString::fromLatin1(requestLine.at(1)) : QString();
    respond(connection, QUrl(target).path());
}

void TestServer::respond(Connection *connection, const QString &path)
{
    connection->path = path;
    m_requests[path] += 1;
    connection->route = m_routes.value(path, Route::error(404));
    const Route &route = connection->route;
    if (route.behavior == Route::Behavior::NeverRespond) {
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reason(route.status) + "\r\nConnection: close\r\n";
    if (route.behavior != Route::Behavior::Endless) {
        head += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
    }
    for (const auto &[name, value] : route.headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "\r\n";
    connection->headerBytes = head.size();
    connection->socket->write(head);

    switch (route.behavior) {
    case Route::Behavior::Normal:
        connection->socket->write(route.body);
        connection->socket->disconnectFromHost(); // after everything queued is sent
        break;
    case Route::Behavior::StallAfter:
        connection->socket->write(route.body.left(route.limit));
        break;
    case Route::Behavior::CloseAfter:
        connection->socket->write(route.body.left(route.limit));
        connection->socket->disconnectFromHost();
        break;
    case Route::Behavior::Endless:
        pump(connection);
        break;
    case Route::Behavior::Drip:
        connection->drip = new QTimer(connection->socket);
        connect(connection->drip, &QTimer::timeout, this, [connection] {
            const qint64 piece = connection->route.dripBytes > 0 ? connection->route.dripBytes : qMax<qint64>(1, connection->route.body.size() / 40);
            connection->socket->write(connection->route.body.mid(connection->bodyQueued, piece));
            connection->bodyQueued += piece;
            if (connection->bodyQueued >= connection->route.body.size()) {
                connection->drip->stop();
                connection->socket->disconnectFromHost();
            }
        });
        connection->drip->start(route.dripIntervalMs);
        break;
    case Route::Behavior::NeverRespond:
        break;
    }
}

// Endless bodies: queue a little more whenever the kernel has taken what was queued.
void TestServer::pump(Connection *connection)
{
    if (connection->route.behavior != Route::Behavior::Endless || !connection->responded) {
        return;
    }
    static const QByteArray filler(ChunkBytes, 'x');
    while (connection->socket->bytesToWrite() < MaxQueuedBytes && connection->bodyQueued < connection->route.limit) {
        const qint64 size = qMin(ChunkBytes, connection->route.limit - connection->bodyQueued);
        connection->socket->write(filler.left(size));
        connection->bodyQueued += size;
    }
    if (connection->bodyQueued >= connection->route.limit) {
        connection->socket->disconnectFromHost();
    }
}

void TestServer::drop(Connection *connection)
{
    if (!m_connections.removeOne(connection)) {
        return;
    }
    connection->socket->disconnect(this);
    if (connection->drip) {
        connection->drip->stop();
        connection->drip->disconnect(this);
    }
    connection->socket->deleteLater();
    delete connection;
}

} // namespace phishaid::test
