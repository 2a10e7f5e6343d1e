// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequestparser.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <optional>

namespace uptrack {

/// An answer: a status, a body (plain text unless `contentType` says otherwise), and any
/// headers beyond the ones every answer carries (Content-Type, Content-Length,
/// Access-Control-Allow-Origin).
struct HttpResponse
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    HttpResponse() = default;
    HttpResponse(int status_, QByteArray body_, Headers headers_ = {}, QByteArray type = {})
        : status(status_)
        , body(std::move(body_))
        , headers(std::move(headers_))
        , contentType(std::move(type))
    { }

    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType; ///< empty: text/plain; charset=utf-8
};

/// One client connection: reads requests one at a time (pipelined ones wait in
/// the socket), hands each to the receiver, writes the answer when it comes.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    /// Decides, from its head, whether a request whose client waits for 100 Continue may
    /// send its body (nullopt), or is answered now.
    using Admit = std::function<std::optional<HttpResponse>(const HttpConnection &,
                                                            const HttpRequestHead &)>;

    HttpConnection(QTcpSocket *socket, HttpRequestParser::Limits limits, Admit admit,
                   QObject *parent);

    /// Answers the request being handled. HEAD answers carry no body.
    void respond(const HttpResponse &response);
    void respond(int status, const QByteArray &body) { respond(HttpResponse{status, body, {}}); }
    /// Answers the request being handled with a stream (Server-Sent Events): the head now,
    /// without a length, then send() as often as there is something to say; the stream
    /// ends when either side closes. The connection takes no further requests.
    void beginStream(const HttpResponse::Headers &headers, const QByteArray &contentType);
    /// Bytes of the stream; false (and nothing queued) when the client is not reading and
    /// more than `maxUnsent` bytes wait already: the caller drops it.
    bool send(const QByteArray &bytes, qint64 maxUnsent);
    bool streaming() const { return m_streaming; }
    QTcpSocket *socket() const { return m_socket; }
    QString peer() const { return m_peer; }
    /// Whether the connection is TLS (the HTTPS listener).
    bool isEncrypted() const { return m_encrypted; }
    /// Milliseconds since the last byte arrived, and since the current request began.
    qint64 idleMs() const { return m_idle.elapsed(); }
    qint64 requestAgeMs() const { return m_parser.started() ? m_requestAge.elapsed() : 0; }
    bool busy() const { return m_busy; }
    bool midRequest() const { return m_parser.started() && !m_busy && !m_closing; }
    /// Closing: the answer is flushed, then our side is shut and whatever the client
    /// still sends is read and dropped, so it sees the answer rather than a reset.
    bool lingering() const { return m_closing; }
    qint64 closingMs() const { return m_closing ? m_closingAge.elapsed() : 0; }
    void close();
    /// The client was too slow: answer 408 if it began a request, then close.
    void timeOut();
    /// Drops the connection at once.
    void abort();

signals:
    /// A complete request; answer it with respond().
    void request(uptrack::HttpConnection *connection, const uptrack::HttpRequestParser &parsed);
    void closed(uptrack::HttpConnection *connection);

private:
    void onReadyRead();
    void process();
    /// The head is in: a client that waits for 100 Continue gets it, or a final answer.
    void headArrived();
    void writeResponse(const HttpResponse &response, bool keepAlive);
    void shutdownWhenFlushed();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    Admit m_admit;
    QByteArray m_pending; ///< bytes read past the request being answered (pipelining)
    qsizetype m_pendingOffset = 0;
    QString m_peer;
    QElapsedTimer m_idle;
    QElapsedTimer m_requestAge;
    QElapsedTimer m_closingAge;
    bool m_shutDown = false;
    bool m_busy = false;
    bool m_inProcess = false;
    bool m_closing = false;
    bool m_isHead = false;
    bool m_encrypted = false;
    bool m_streaming = false;
};

} // namespace uptrack
