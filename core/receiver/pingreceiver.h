// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequestparser.h"

#include "ratelimiter.h"
#include <QHostAddress>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

namespace uptrack {

class Engine;
class HttpConnection;

/// Receiver settings; the defaults are the documented ones (README).
struct ReceiverOptions
{
    qint64 bodyCap = 100 * 1024; ///< bytes of a POST body that are stored
    int maxConnections = 10'000; ///< lowered to what the open-file limit allows
    /// Connections at once from one address: one host cannot take every slot.
    int maxConnectionsPerSource = 256;
    int idleTimeoutMs = 60'000;    ///< a keep-alive connection with nothing to say
    int requestTimeoutMs = 30'000; ///< a request must arrive whole within this (slowloris)
    /// Per monitor (token or slug): this many pings at once, then pingsPerMinute a minute;
    /// more are answered 429 and not stored (a runaway loop cannot fill the database).
    int pingBurst = 100;
    int pingsPerMinute = 60;
    /// Per source address, requests for unknown monitors (404s): then 429 for everything
    /// from that address until it refills (token guessing is slowed). 0: no limit.
    int unknownBurst = 30;
    int unknownPerMinute = 10;
};

/// The HTTP listener for pings: parses each request with hard limits, routes it,
/// hands pings to the engine, and answers once the engine has committed them.
class PingReceiver : public QObject
{
    Q_OBJECT
public:
    PingReceiver(Engine &engine, ReceiverOptions options, QObject *parent = nullptr);
    ~PingReceiver() override;

    /// Starts listening; on failure returns false and sets *error to a sentence
    /// for a person (what is wrong and what to do).
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close();
    /// New limits apply to connections accepted from now on.
    void setOptions(const ReceiverOptions &options)
    {
        m_options = options;
        m_perMonitor = RateLimiter(options.pingBurst, options.pingsPerMinute);
        m_unknownBySource = RateLimiter(options.unknownBurst, options.unknownPerMinute);
    }
    const ReceiverOptions &options() const { return m_options; }
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    int connectionCount() const { return int(m_connections.size()); }
    /// The total cap in force: the option, or less when the open-file limit is lower.
    int effectiveMaxConnections() const;

private:
    void onNewConnection();
    void onRequest(HttpConnection *connection, const HttpRequestParser &parsed);
    void onClosed(HttpConnection *connection);
    void onAcceptError(QAbstractSocket::SocketError error);
    void forget(HttpConnection *connection);
    bool evictQuietest();
    void closeNow(HttpConnection *connection);
    void sweep();

    Engine &m_engine;
    ReceiverOptions m_options;
    QTcpServer m_server;
    QSet<HttpConnection *> m_connections;
    QHash<QString, int> m_perSource; ///< open connections by peer address
    int m_fileLimit = 0;             ///< RLIMIT_NOFILE after raising it
    qint64 m_lastAcceptWarning = -1;
    QTimer m_sweepTimer;
    QElapsedTimer m_mono;
    RateLimiter m_perMonitor;
    RateLimiter m_unknownBySource;
};

} // namespace uptrack
