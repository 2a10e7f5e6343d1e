// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "httplog.h"
#include "platform/platform.h"

#include <QSslSocket>

Q_LOGGING_CATEGORY(lcHttp, "uptrack.http")

namespace uptrack {

namespace {
constexpr qint64 kLingerMs = 2000;  // how long a closing connection may drain
constexpr int kReservedFiles = 256; // for the database, backups, alerts and checks
constexpr int kAcceptPauseMs = 100; // after the system refused to accept (out of files)

QString formatAddress(const QHostAddress &address, quint16 port)
{
    QString host = address == QHostAddress::Any ? QStringLiteral("*") : address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address != QHostAddress::Any)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return host + QLatin1Char(':') + QString::number(port);
}
/// Accepts TCP connections and starts the TLS handshake on each, handing it on at once:
/// the handshake then runs under the server's caps and timeouts like any slow request
/// (QSslServer would hold connections in their handshake outside them).
class TlsListener : public QTcpServer
{
public:
    explicit TlsListener(QSslConfiguration config) : m_config(std::move(config)) { }
    /// New connections use `config` (a renewed certificate); open ones keep theirs.
    void setConfiguration(QSslConfiguration config) { m_config = std::move(config); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_config);
        // Handshake garbage or an unknown protocol ends the connection; it is logged at
        // debug level only (anyone can send it).
        QObject::connect(
                socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &e) {
                    qCDebug(lcHttp) << "TLS error from" << socket->peerAddress().toString() << e;
                });
        // A handshake that fails (plain HTTP to the TLS port, garbage, an old protocol)
        // ends the connection at once rather than leave it for the idle timeout.
        QObject::connect(socket, &QSslSocket::errorOccurred, socket, [socket] {
            if (!socket->isEncrypted() && socket->state() == QAbstractSocket::ConnectedState)
                socket->abort();
        });
        socket->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    QSslConfiguration m_config;
};
} // namespace

HttpServer::HttpServer(HttpHandler &handler, HttpServerOptions options, QObject *parent)
    : QObject(parent), m_handler(handler), m_options(options)
{
    m_mono.start();
    m_server = std::make_unique<QTcpServer>();
    connectServer();
    m_sweepTimer.setInterval(1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, &HttpServer::sweep);
}

void HttpServer::connectServer()
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
    connect(m_server.get(), &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
}

void HttpServer::setTls(const QSslConfiguration &config)
{
    if (m_tls && m_server->isListening()) {
        static_cast<TlsListener *>(m_server.get())->setConfiguration(config);
        return;
    }
    m_server = std::make_unique<TlsListener>(config);
    m_tls = true;
    connectServer();
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_server->setMaxPendingConnections(512);
    m_server->setListenBacklogSize(1024); // Qt's 50 drops bursts of connects (SYN retried in 1 s)
    m_fileLimit = platform::raiseFileLimit();
    if (!m_server->listen(address, port)) {
        const QString where = formatAddress(address, port);
        switch (m_server->serverError()) {
        case QAbstractSocket::AddressInUseError:
            *error = tr("Cannot listen on %1: the port is already in use (another Uptrack or "
                        "another program?). Stop it, or start Uptrack with --listen ADDR:PORT "
                        "to use another port.")
                             .arg(where);
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            *error = tr("Cannot listen on %1: that address does not belong to this machine. "
                        "Use --listen 0.0.0.0:%2 for all interfaces.")
                             .arg(where)
                             .arg(port);
            break;
        case QAbstractSocket::SocketAccessError:
            *error = tr("Cannot listen on %1: permission denied (ports below 1024 need "
                        "privileges). Use a port above 1024 with --listen.")
                             .arg(where);
            break;
        default:
            *error = tr("Cannot listen on %1: %2").arg(where, m_server->errorString());
        }
        return false;
    }
    m_sweepTimer.start();
    qCInfo(lcHttp) << "listening on" << formatAddress(address, m_server->serverPort())
                   << "for up to" << effectiveMaxConnections() << "connections";
    return true;
}

void HttpServer::close()
{
    m_server->close();
    m_sweepTimer.stop();
    const auto connections = m_connections;
    for (HttpConnection *c : connections) {
        c->disconnect(this);
        c->socket()->abort();
        delete c;
    }
    m_connections.clear();
    m_perSource.clear();
}

int HttpServer::effectiveMaxConnections() const
{
    if (m_fileLimit <= 0)
        return m_options.maxConnections;
    return qMax(16, qMin(m_options.maxConnections, m_fileLimit - kReservedFiles));
}

void HttpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // Qt stops accepting after a failed accept (out of file descriptors, say); start
    // again shortly, or one burst of connections would deafen Uptrack for good.
    const qint64 now = m_mono.elapsed();
    if (m_lastAcceptWarning < 0 || now - m_lastAcceptWarning > 60'000) {
        m_lastAcceptWarning = now;
        qCWarning(lcHttp) << "cannot accept connections:" << error << m_server->errorString()
                          << "- retrying; raise the open-file limit (ulimit -n) if this "
                             "persists";
    }
    QTimer::singleShot(kAcceptPauseMs, this, [this] {
        if (m_server->isListening())
            m_server->resumeAccepting();
    });
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // At the total cap, the connection that has been quiet longest makes room: a
        // flood of idle connections cannot lock out a job's ping. If every connection
        // is busy, the new one is closed at once.
        if (m_connections.size() >= effectiveMaxConnections() && !evictQuietest()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        HttpRequestParser::Limits limits;
        limits.bodyCap = m_options.bodyCap;
        HttpHandler *handler = &m_handler;
        auto *c = new HttpConnection(
                socket, limits,
                [handler](const HttpConnection &connection, const HttpRequestHead &head) {
                    return handler->admit(connection, head);
                },
                this);
        int &fromPeer = m_perSource[c->peer()];
        if (m_options.maxConnectionsPerSource > 0
            && fromPeer >= m_options.maxConnectionsPerSource) {
            socket->abort();
            delete c;
            continue;
        }
        ++fromPeer;
        connect(c, &HttpConnection::request, this,
                [handler](HttpConnection *connection, const HttpRequestParser &parsed) {
                    handler->handle(connection, parsed);
                });
        connect(c, &HttpConnection::closed, this, &HttpServer::onClosed);
        m_connections.insert(c);
        // Data may have arrived with the connection.
        if (socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(socket, "readyRead", Qt::QueuedConnection);
    }
}

void HttpServer::onClosed(HttpConnection *connection)
{
    if (m_connections.remove(connection)) {
        forget(connection);
        connection->deleteLater();
    }
}

bool HttpServer::evictQuietest()
{
    HttpConnection *quietest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->busy())
            continue;
        if (c->lingering()) {
            quietest = c; // already on its way out
            break;
        }
        if (!quietest || c->idleMs() > quietest->idleMs())
            quietest = c;
    }
    if (!quietest)
        return false;
    closeNow(quietest);
    return true;
}

void HttpServer::closeNow(HttpConnection *connection)
{
    connection->disconnect(this);
    if (m_connections.remove(connection))
        forget(connection);
    connection->socket()->abort();
    connection->deleteLater();
}

void HttpServer::forget(HttpConnection *connection)
{
    const auto it = m_perSource.find(connection->peer());
    if (it != m_perSource.end() && --it.value() <= 0)
        m_perSource.erase(it);
}

void HttpServer::sweep()
{
    // One pass a second over every connection: cheaper than a timer each, and it
    // cuts slow or idle clients (slowloris) after a bounded time.
    QList<HttpConnection *> expired;
    QList<HttpConnection *> lingered;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->lingering()) {
            if (c->closingMs() > kLingerMs)
                lingered.append(c);
            continue;
        }
        if (c->busy())
            continue;
        if (c->midRequest() && c->requestAgeMs() > m_options.requestTimeoutMs)
            expired.append(c);
        else if (!c->midRequest() && c->idleMs() > m_options.idleTimeoutMs)
            expired.append(c);
    }
    for (HttpConnection *c : std::as_const(lingered))
        c->abort();
    for (HttpConnection *c : std::as_const(expired)) {
        qCDebug(lcHttp) << "closing slow or idle connection from" << c->peer();
        c->timeOut();
    }
}

} // namespace uptrack
