// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "platform/platform.h"

#include <QHostAddress>
#include <QSslSocket>

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
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 409:
        return "Conflict";
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

HttpConnection::HttpConnection(QTcpSocket *socket, HttpRequestParser::Limits limits, Admit admit,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_admit(std::move(admit))
    , m_peer(peerString(socket))
    , m_encrypted(qobject_cast<QSslSocket *>(socket) != nullptr)
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
    if (m_closing || m_streaming) { // a stream's client has nothing more to ask
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
            writeResponse({m_parser.errorStatus(), m_parser.errorMessage(), {}}, false);
            break;
        }
        if (!headWasComplete && m_parser.headComplete()) {
            headArrived();
            if (m_closing)
                break;
        }
        if (m_parser.isComplete()) {
            m_busy = true;
            m_isHead = m_parser.head().method == "HEAD";
            emit request(this, m_parser);
        }
    }
    m_inProcess = false;
}

void HttpConnection::headArrived()
{
    const HttpRequestHead &head = m_parser.head();
    // HTTP/1.0 knows no 100 Continue: the parser ignores Expect there.
    if (!head.expectContinue || m_parser.isComplete())
        return;
    // Routed first: a request that would be refused is refused before its body comes,
    // and the connection closes rather than read a body nobody wants.
    if (m_admit) {
        if (const auto refusal = m_admit(*this, head)) {
            m_isHead = head.method == "HEAD";
            writeResponse(*refusal, false);
            return;
        }
    }
    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpConnection::beginStream(const HttpResponse::Headers &headers,
                                 const QByteArray &contentType)
{
    if (!m_busy || m_closing || m_streaming)
        return;
    m_streaming = true;
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType
            + "\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    m_socket->write(out);
    m_socket->flush();
}

bool HttpConnection::send(const QByteArray &bytes, qint64 maxUnsent)
{
    if (!m_streaming || m_closing)
        return false;
    if (m_socket->bytesToWrite() + bytes.size() > maxUnsent)
        return false;
    m_socket->write(bytes);
    m_socket->flush();
    return true;
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_busy || m_closing)
        return;
    writeResponse(response, m_parser.head().keepAlive);
    if (m_closing)
        return;
    m_parser.reset();
    m_busy = false;
    if (!m_inProcess)
        process();
}

void HttpConnection::writeResponse(const HttpResponse &response, bool keepAlive)
{
    const int status = response.status;
    // 1xx and 204 answers have no body and no Content-Length (RFC 9110 8.6).
    const bool bodyless = status == 204 || status < 200;
    QByteArray out;
    out.reserve(200 + response.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\n";
    if (!bodyless) {
        out += "Content-Type: ";
        out += response.contentType.isEmpty() ? QByteArrayLiteral("text/plain; charset=utf-8")
                                              : response.contentType;
        out += "\r\nContent-Length: ";
        out += QByteArray::number(response.body.size());
        out += "\r\n";
    }
    out += "Access-Control-Allow-Origin: *\r\n";
    for (const auto &[name, value] : response.headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (m_parser.head().versionMinor == 0)
        out += "Connection: keep-alive\r\n"; // an HTTP/1.0 client closes unless told
    out += "\r\n";
    if (!m_isHead && !bodyless)
        out += response.body;
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
    if (!platform::shutdownSending(m_socket->socketDescriptor()))
        abort();
}

void HttpConnection::timeOut()
{
    if (m_closing)
        return;
    if (m_parser.started() && !m_busy) {
        m_isHead = false;
        writeResponse({408, "request timeout", {}}, false);
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
