// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpconnection.h"
#include "httpserveroptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <optional>

namespace uptrack {

/// What an HTTP server does with requests: the routes above it implement this.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    /// A client waits (Expect: 100-continue) before it sends the body of this request:
    /// a response refuses it now, before a byte of the body is read; nullopt invites the
    /// body. Decide from the head alone (route, method, rate limits).
    virtual std::optional<HttpResponse> admit(const HttpConnection &connection,
                                              const HttpRequestHead &head)
            = 0;
    /// A complete request; answer it with connection->respond(), now or later.
    virtual void handle(HttpConnection *connection, const HttpRequestParser &request) = 0;
};

/// A bounded HTTP/1.1 listener for bytes from anyone on the LAN: every request is
/// parsed with hard limits, connections are capped in total and per source address
/// (the quietest makes room at the cap), and slow or idle clients are cut after a
/// bounded time. What a request means is the handler's business.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(HttpHandler &handler, HttpServerOptions options, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Starts listening; on failure returns false and sets *error to a sentence for a
    /// person (what is wrong and what to do).
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    /// Serves HTTPS with `config` (its certificate, key and protocols) instead of plain
    /// HTTP; call before listen(). Called again while listening (a renewed certificate),
    /// it applies to new connections. The TLS handshake counts against the same caps and
    /// timeouts as a request: a client that never finishes it is cut like a slow one.
    void setTls(const QSslConfiguration &config);
    bool isTls() const { return m_tls; }
    void close();
    /// New limits apply to connections accepted from now on.
    void setOptions(const HttpServerOptions &options) { m_options = options; }
    const HttpServerOptions &options() const { return m_options; }
    quint16 port() const { return m_server->serverPort(); }
    QHostAddress address() const { return m_server->serverAddress(); }
    int connectionCount() const { return int(m_connections.size()); }
    /// The total cap in force: the option, or less when the open-file limit is lower.
    int effectiveMaxConnections() const;

private:
    void onNewConnection();
    void onClosed(HttpConnection *connection);
    void onAcceptError(QAbstractSocket::SocketError error);
    void forget(HttpConnection *connection);
    bool evictQuietest();
    void closeNow(HttpConnection *connection);
    void sweep();

    HttpHandler &m_handler;
    HttpServerOptions m_options;
    void connectServer();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QSet<HttpConnection *> m_connections;
    QHash<QString, int> m_perSource; ///< open connections by peer address
    int m_fileLimit = 0;             ///< the open-file limit after raising it
    qint64 m_lastAcceptWarning = -1;
    QTimer m_sweepTimer;
    QElapsedTimer m_mono;
};

} // namespace uptrack
