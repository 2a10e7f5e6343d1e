// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include <QHostAddress>

#include <sys/socket.h>

namespace uptrack {

namespace {
constexpr qint64 kReadChunk = 64 * 1024;
constexpr qint64 kMaxUnsentBytes = 256 * 1024; // a client that does not read is not served more

const char *reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QString peerString(const QTcpSocket *socket)
{
    QHostAddress a = socket->peerAddress();
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    if (mapped)
        a = QHostAddress(v4);
    return a.toString();
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpRequestParser::Limits limits,
                               QObject *parent)
    : QObject(parent), m_socket(socket), m_parser(limits), m_peer(peerString(socket))
{
    m_socket->setParent(this);
    // Bounded: Qt stops reading from the kernel when this fills, so a client that
    // sends faster than we parse is slowed by TCP, not buffered here.
    m_socket->setReadBufferSize(kReadChunk);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idle.start();
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_closing)
            shutdownWhenFlushed();
        else if (!m_busy && m_socket->bytesToWrite() < kMaxUnsentBytes)
            process();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { emit closed(this); });
}

void HttpConnection::onReadyRead()
{
    m_idle.restart();
    if (m_closing) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (!m_busy)
        process();
}

void HttpConnection::process()
{
    if (m_inProcess || m_closing)
        return;
    m_inProcess = true;
    // Bytes are read into one scratch buffer shared by all connections (the receiver
    // runs on one thread); only what a pipelining client sent past the request being
    // answered is kept per connection. So an idle or slow connection costs no buffer.
    static thread_local QByteArray scratch(kReadChunk, Qt::Uninitialized);
    while (!m_busy && !m_closing && m_socket->bytesToWrite() < kMaxUnsentBytes) {
        const char *data = nullptr;
        qsizetype size = 0;
        const bool fromPending = m_pendingOffset < m_pending.size();
        if (fromPending) {
            data = m_pending.constData() + m_pendingOffset;
            size = m_pending.size() - m_pendingOffset;
        } else {
            m_pending.clear();
            m_pendingOffset = 0;
            const qint64 n = m_socket->read(scratch.data(), kReadChunk);
            if (n <= 0)
                break;
            data = scratch.constData();
            size = qsizetype(n);
        }
        if (!m_parser.started())
            m_requestAge.start();
        const bool headWasComplete = m_parser.headComplete();
        const qsizetype used = m_parser.feed(data, size);
        if (fromPending)
            m_pendingOffset += used;
        else if (used < size && !m_parser.hasError())
            m_pending = QByteArray(data + used, size - used); // the next, pipelined request

        if (m_parser.hasError()) {
            // After a framing error the stream cannot be trusted: answer and close.
            m_isHead = false;
            writeResponse(m_parser.errorStatus(), m_parser.errorMessage(), false);
            break;
        }
        if (!headWasComplete && m_parser.headComplete() && m_parser.head().expectContinue
            && !m_parser.isComplete() && !m_sentContinue) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_sentContinue = true;
        }
        if (m_parser.isComplete()) {
            m_busy = true;
            m_isHead = m_parser.head().method == "HEAD";
            emit request(this, m_parser);
        }
    }
    m_inProcess = false;
}

void HttpConnection::respond(int status, const QByteArray &body)
{
    if (!m_busy || m_closing)
        return;
    const bool keepAlive = m_parser.head().keepAlive;
    writeResponse(status, body, keepAlive);
    if (m_closing)
        return;
    m_parser.reset();
    m_sentContinue = false;
    m_busy = false;
    if (!m_inProcess)
        process();
}

void HttpConnection::writeResponse(int status, const QByteArray &body, bool keepAlive)
{
    QByteArray out;
    out.reserve(200 + body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ";
    out += QByteArray::number(body.size());
    out += "\r\nAccess-Control-Allow-Origin: *\r\n";
    if (status == 405)
        out += "Allow: GET, HEAD, POST, OPTIONS\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!m_isHead)
        out += body;
    m_socket->write(out);
    // Write now rather than on the next event-loop pass: one syscall, no notifier churn.
    m_socket->flush();
    if (!keepAlive)
        close();
}

void HttpConnection::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_closingAge.start();
    shutdownWhenFlushed();
}

void HttpConnection::shutdownWhenFlushed()
{
    if (m_shutDown || m_socket->bytesToWrite() > 0)
        return;
    m_shutDown = true;
    m_socket->skip(m_socket->bytesAvailable());
    // Half-close: the client reads our answer and EOF; we keep draining its bytes
    // until it closes too (or the receiver's sweep gives up on it).
    if (m_socket->socketDescriptor() >= 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    else
        abort();
}

void HttpConnection::timeOut()
{
    if (m_closing)
        return;
    if (m_parser.started() && !m_busy) {
        m_isHead = false;
        writeResponse(408, "request timeout", false);
    } else {
        close();
    }
}

void HttpConnection::abort()
{
    m_closing = true;
    m_socket->abort();
    emit closed(this);
}

} // namespace uptrack
