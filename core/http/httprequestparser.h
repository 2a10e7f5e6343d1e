// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/defaults.h"

#include <QByteArray>

namespace uptrack {

/// The parts of a request head the receiver uses.
struct HttpRequestHead
{
    QByteArray method;
    QByteArray target;
    int versionMinor = 1; ///< HTTP/1.x
    QByteArray userAgent;
    qint64 contentLength = -1;
    bool chunked = false;
    bool keepAlive = true;
    bool expectContinue = false; ///< HTTP/1.1 only: ignored in HTTP/1.0
    /// Every header as "name:value\n" with the name in lower case, in arrival order
    /// (bounded by the parser's header limits): one buffer, searched when asked.
    QByteArray rawHeaders;

    /// The value of the first header called `lowerName` (lower case), or a null array.
    QByteArray header(const char *lowerName) const;
};

/// An incremental HTTP/1.x request parser with hard limits, for bytes from anyone
/// on the LAN. It never holds more than the limits: the request line and headers are
/// bounded, and of the body only the first `bodyCap` bytes are kept (the rest is
/// counted and dropped as it streams past).
class HttpRequestParser
{
public:
    struct Limits
    {
        int maxRequestLine = 8 * 1024;
        int maxHeaderBytes = 16 * 1024; ///< all header lines together
        int maxHeaders = 100;
        qint64 bodyCap = defaults::kBodyCapBytes;  ///< kept; the rest is read and dropped
        qint64 maxContentLength = qint64(4) << 30; ///< larger declared bodies: 413
    };
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Complete,
        Error
    };

    explicit HttpRequestParser(Limits limits);
    HttpRequestParser() : HttpRequestParser(Limits{}) { }

    /// Consumes bytes until the request is complete or an error is found; returns how
    /// many were consumed (the rest belongs to the next, pipelined request).
    qsizetype feed(const char *data, qsizetype size);

    State state() const { return m_state; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasError() const { return m_state == State::Error; }
    /// True once the head is parsed (the body may still be coming).
    bool headComplete() const { return m_state > State::Headers; }
    /// True if anything of the current request has arrived.
    bool started() const { return m_started; }

    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }

    const HttpRequestHead &head() const { return m_head; }
    const QByteArray &body() const { return m_body; }
    bool bodyTruncated() const { return m_bodySeen > m_body.size(); }
    qint64 bodyBytesSeen() const { return m_bodySeen; }

    /// Gets ready for the next request on the same connection.
    void reset();
    void setBodyCap(qint64 cap) { m_limits.bodyCap = cap; }

private:
    bool takeLine(const char *data, qsizetype size, qsizetype *pos, int limit, int status,
                  const char *tooLong, bool *haveLine);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeader(const QByteArray &line);
    bool finishHead();
    bool parseChunkSize(const QByteArray &line);
    void acceptBody(const char *data, qsizetype size);
    void fail(int status, const char *message);

    Limits m_limits;
    State m_state = State::RequestLine;
    HttpRequestHead m_head;
    QByteArray m_line;
    QByteArray m_body;
    qint64 m_bodySeen = 0;
    qint64 m_remaining = 0; ///< of the body or of the current chunk
    int m_headerBytes = 0;
    int m_headerCount = 0;
    bool m_sawContentLength = false;
    bool m_sawHost = false;
    bool m_sawTransferEncoding = false;
    bool m_started = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace uptrack
