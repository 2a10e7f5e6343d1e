// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequestparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace uptrack {

/// One client connection: reads requests one at a time (pipelined ones wait in
/// the socket), hands each to the receiver, writes the answer when it comes.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpRequestParser::Limits limits, QObject *parent);

    /// Answers the request being handled. HEAD answers carry no body.
    void respond(int status, const QByteArray &body);
    QTcpSocket *socket() const { return m_socket; }
    QString peer() const { return m_peer; }
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
    void writeResponse(int status, const QByteArray &body, bool keepAlive);
    void shutdownWhenFlushed();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
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
    bool m_sentContinue = false;
    bool m_isHead = false;
};

} // namespace uptrack
