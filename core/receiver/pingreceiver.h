// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpserver.h"
#include "ratelimiter.h"
#include "receiveroptions.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

namespace uptrack {

class Engine;
struct PingRoute;

/// The ping routes on an HTTP listener: each request is routed, rate-limited, handed to
/// the engine, and answered once the engine has committed it.
class PingReceiver : public QObject, private HttpHandler
{
    Q_OBJECT
public:
    PingReceiver(Engine &engine, ReceiverOptions options, QObject *parent = nullptr);
    ~PingReceiver() override;

    /// Starts listening; on failure returns false and sets *error to a sentence
    /// for a person (what is wrong and what to do).
    bool listen(const QHostAddress &address, quint16 port, QString *error)
    {
        return m_server.listen(address, port, error);
    }
    void close() { m_server.close(); }
    /// Serves HTTPS instead of HTTP; before listen().
    void setTls(const QSslConfiguration &config) { m_server.setTls(config); }
    /// New limits apply to connections accepted from now on.
    void setOptions(const ReceiverOptions &options);
    const ReceiverOptions &options() const { return m_options; }
    quint16 port() const { return m_server.port(); }
    QHostAddress address() const { return m_server.address(); }
    int connectionCount() const { return m_server.connectionCount(); }
    /// The total cap in force: the option, or less when the open-file limit is lower.
    int effectiveMaxConnections() const { return m_server.effectiveMaxConnections(); }
    /// Requests under /api/ (but not the /api/heartbeat ping form) go to `api`: the
    /// management API shares the listener, its limits and its thread. Null: they are 404.
    void mountApi(HttpHandler *api) { m_api = api; }
    /// Whether the management API answers `target` (a request target, path first).
    static bool isApiTarget(const QByteArray &target);

private:
    std::optional<HttpResponse> admit(const HttpConnection &connection,
                                      const HttpRequestHead &head) override;
    void handle(HttpConnection *connection, const HttpRequestParser &request) override;
    /// The answer the head alone decides (method, route, rate limits), or nullopt when
    /// the request is a ping to hand to the engine. Takes from the rate limits.
    /// A ping's answer, with the headers every ping answer carries.
    HttpResponse pingAnswer(int status, const QByteArray &body) const;
    std::optional<HttpResponse> answerFromHead(const QString &peer, const HttpRequestHead &head,
                                               const PingRoute &route);

    /// The client's address: the peer's, or the first of X-Forwarded-For when the peer is
    /// a trusted proxy (never otherwise).
    QString sourceOf(const HttpConnection &connection, const HttpRequestHead &head) const;

    Engine &m_engine;
    HttpHandler *m_api = nullptr;
    ReceiverOptions m_options;
    HttpServer m_server;
    QElapsedTimer m_mono;
    RateLimiter m_perMonitor;
    RateLimiter m_unknownBySource;
};

} // namespace uptrack
