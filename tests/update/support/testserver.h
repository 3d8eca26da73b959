// A small HTTP/1.1 server on 127.0.0.1 for the update tests: real sockets, real Qt Network on the other
// side, and the misbehaviours an update channel must survive (stalls, cut-offs, endless bodies, redirects).
// One request per connection ("Connection: close"); runs in the test's event loop.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace phishaid::test {

struct Route
{
    enum class Behavior {
        Normal, // status, headers and the whole body
        NeverRespond, // read the request, then say nothing
        StallAfter, // headers (with the full Content-Length) and `limit` body bytes, then silence
        CloseAfter, // headers (with the full Content-Length) and `limit` body bytes, then close: truncated
        Endless, // no Content-Length, `limit` bytes of filler streamed as fast as the client reads
        Drip, // the body in pieces of `dripBytes` (0: a fortieth of it), one every `dripIntervalMs`: a slow or trickling server
    };
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    Behavior behavior = Behavior::Normal;
    qint64 limit = 0;
    int dripIntervalMs = 50;
    qint64 dripBytes = 0;

    static Route ok(const QByteArray &body) { return { 200, body, {}, Behavior::Normal, 0, 50, 0 }; }
    static Route error(int code) { return { code, QByteArrayLiteral("error\n"), {}, Behavior::Normal, 0, 50, 0 }; }
    static Route redirect(const QByteArray &location) { return { 302, {}, { { "Location", location } }, Behavior::Normal, 0, 50, 0 }; }
    static Route with(Behavior behavior, const QByteArray &body, qint64 limit) { return { 200, body, {}, behavior, limit, 50, 0 }; }
    // `bytes` every `intervalMs`, never silent long enough to count as a stall.
    static Route trickle(const QByteArray &body, qint64 bytes, int intervalMs) { return { 200, body, {}, Behavior::Drip, 0, intervalMs, bytes }; }
};

class TestServer : public QObject
{
    Q_OBJECT

public:
    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const;
    void route(const QString &path, const Route &route);
    void clearRoutes();

    // Requests seen for `path`, and body bytes the kernel accepted for it (bytesWritten, not merely queued).
    int requests(const QString &path) const { return m_requests.value(path); }
    qint64 bodyBytesSent(const QString &path) const { return m_bodyBytesSent.value(path); }
    int openConnections() const { return int(m_connections.size()); }

    // A port on 127.0.0.1 where nothing listens (bound, then released): connections are refused.
    static quint16 closedPort();

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *connection);
    void respond(Connection *connection, const QString &path);
    void pump(Connection *connection);
    void drop(Connection *connection);

    QTcpServer m_server;
    QHash<QString, Route> m_routes;
    QHash<QString, int> m_requests;
    QHash<QString, qint64> m_bodyBytesSent;
    QList<Connection *> m_connections;
};

} // namespace phishaid::test
