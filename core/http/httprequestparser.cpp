// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

#include <QList>

#include <cctype>
#include <cstring>
#include <utility>

namespace uptrack {

namespace {
bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Comma-separated header list contains a token (case-insensitive).
bool listHas(const QByteArray &value, const char *token)
{
    for (const QByteArray &part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

HttpRequestParser::HttpRequestParser(Limits limits) : m_limits(limits) { }

void HttpRequestParser::reset()
{
    m_state = State::RequestLine;
    m_head = HttpRequestHead();
    m_line.clear();
    m_body.clear();
    m_bodySeen = 0;
    m_remaining = 0;
    m_headerBytes = 0;
    m_headerCount = 0;
    m_sawContentLength = false;
    m_sawHost = false;
    m_sawTransferEncoding = false;
    m_started = false;
    m_errorStatus = 0;
    m_errorMessage.clear();
}

void HttpRequestParser::fail(int status, const char *message)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = message;
}

bool HttpRequestParser::takeLine(const char *data, qsizetype size, qsizetype *pos, int limit,
                                 int status, const char *tooLong, bool *haveLine)
{
    *haveLine = false;
    const char *start = data + *pos;
    const qsizetype avail = size - *pos;
    const void *nl = std::memchr(start, '\n', size_t(avail));
    const qsizetype take = nl ? (static_cast<const char *>(nl) - start) + 1 : avail;
    if (m_line.size() + take > limit) {
        fail(status, tooLong);
        return false;
    }
    m_line.append(start, take);
    *pos += take;
    if (!nl)
        return true;
    m_line.chop(1);
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    *haveLine = true;
    return true;
}

qsizetype HttpRequestParser::feed(const char *data, qsizetype size)
{
    qsizetype pos = 0;
    if (size > 0)
        m_started = true;
    while (pos < size && m_state != State::Complete && m_state != State::Error) {
        bool haveLine = false;
        switch (m_state) {
        case State::RequestLine:
            if (!takeLine(data, size, &pos, m_limits.maxRequestLine, 414, "request line too long",
                          &haveLine))
                break;
            if (haveLine) {
                const QByteArray line = std::exchange(m_line, {});
                if (line.isEmpty())
                    break; // RFC 9112 2.2: ignore empty lines before the request line
                if (parseRequestLine(line))
                    m_state = State::Headers;
            }
            break;
        case State::Headers: {
            const qsizetype before = pos;
            if (!takeLine(data, size, &pos, m_limits.maxHeaderBytes - m_headerBytes + 2, 431,
                          "request headers too large", &haveLine))
                break;
            m_headerBytes += int(pos - before);
            if (haveLine) {
                const QByteArray line = std::exchange(m_line, {});
                if (line.isEmpty())
                    finishHead();
                else
                    parseHeader(line);
            }
            break;
        }
        case State::Body: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, size - pos));
            acceptBody(data + pos, take);
            pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::Complete;
            break;
        }
        case State::ChunkSize:
            if (!takeLine(data, size, &pos, 1024, 400, "chunk size line too long", &haveLine))
                break;
            if (haveLine)
                parseChunkSize(std::exchange(m_line, {}));
            break;
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, size - pos));
            acceptBody(data + pos, take);
            pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::ChunkEnd;
            break;
        }
        case State::ChunkEnd:
            if (!takeLine(data, size, &pos, 2, 400, "malformed chunk", &haveLine))
                break;
            if (haveLine) {
                if (!std::exchange(m_line, {}).isEmpty())
                    fail(400, "malformed chunk");
                else
                    m_state = State::ChunkSize;
            }
            break;
        case State::Trailers: {
            const qsizetype before = pos;
            if (!takeLine(data, size, &pos, m_limits.maxHeaderBytes - m_headerBytes + 2, 431,
                          "request trailers too large", &haveLine))
                break;
            m_headerBytes += int(pos - before);
            if (haveLine && std::exchange(m_line, {}).isEmpty())
                m_state = State::Complete;
            break;
        }
        case State::Complete:
        case State::Error:
            break;
        }
    }
    return pos;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const int sp1 = line.indexOf(' ');
    const int sp2 = line.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1 + 1) {
        fail(400, "malformed request line");
        return false;
    }
    m_head.method = line.left(sp1);
    m_head.target = line.mid(sp1 + 1, sp2 - sp1 - 1);
    const QByteArray version = line.mid(sp2 + 1);
    if (!isToken(m_head.method)) {
        fail(400, "malformed method");
        return false;
    }
    for (char c : m_head.target) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f) {
            fail(400, "malformed request target");
            return false;
        }
    }
    if (version == "HTTP/1.1") {
        m_head.versionMinor = 1;
        m_head.keepAlive = true;
    } else if (version == "HTTP/1.0") {
        m_head.versionMinor = 0;
        m_head.keepAlive = false;
    } else if (version.startsWith("HTTP/")) {
        fail(505, "HTTP version not supported");
        return false;
    } else {
        fail(400, "malformed request line");
        return false;
    }
    return true;
}

bool HttpRequestParser::parseHeader(const QByteArray &line)
{
    if (++m_headerCount > m_limits.maxHeaders) {
        fail(431, "too many request headers");
        return false;
    }
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, "obsolete header folding"); // RFC 9112 5.2: reject
        return false;
    }
    const int colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.left(colon))) {
        fail(400, "malformed header");
        return false;
    }
    const QByteArray name = line.left(colon).toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    for (char c : value) {
        if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f) {
            fail(400, "malformed header value");
            return false;
        }
    }

    m_head.rawHeaders += name;
    m_head.rawHeaders += ':';
    m_head.rawHeaders += value;
    m_head.rawHeaders += '\n';

    if (name == "content-length") {
        bool ok = !value.isEmpty();
        for (char c : value)
            ok = ok && c >= '0' && c <= '9';
        const qint64 length = ok && value.size() <= 18 ? value.toLongLong(&ok) : -1;
        if (!ok || length < 0) {
            fail(400, "invalid Content-Length");
            return false;
        }
        if (m_sawContentLength && length != m_head.contentLength) {
            fail(400, "conflicting Content-Length headers");
            return false;
        }
        m_sawContentLength = true;
        m_head.contentLength = length;
    } else if (name == "transfer-encoding") {
        if (m_sawTransferEncoding || value.compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(501, "only chunked transfer coding is supported");
            return false;
        }
        m_sawTransferEncoding = true;
        m_head.chunked = true;
    } else if (name == "connection") {
        if (listHas(value, "close"))
            m_head.keepAlive = false;
        else if (listHas(value, "keep-alive"))
            m_head.keepAlive = true;
    } else if (name == "expect" && m_head.versionMinor >= 1) {
        // HTTP/1.0 has no expectations: a server must ignore Expect there (RFC 9110 10.1.1).
        if (value.compare("100-continue", Qt::CaseInsensitive) != 0) {
            fail(417, "expectation not supported");
            return false;
        }
        m_head.expectContinue = true;
    } else if (name == "host") {
        if (m_sawHost) {
            fail(400, "duplicate Host header");
            return false;
        }
        m_sawHost = true;
    } else if (name == "user-agent") {
        m_head.userAgent = value.left(512);
    }
    return true;
}

QByteArray HttpRequestHead::header(const char *lowerName) const
{
    const qsizetype nameSize = qsizetype(qstrlen(lowerName));
    qsizetype at = 0;
    while (at < rawHeaders.size()) {
        const qsizetype end = rawHeaders.indexOf('\n', at);
        const qsizetype lineEnd = end < 0 ? rawHeaders.size() : end;
        if (lineEnd - at > nameSize && rawHeaders.at(at + nameSize) == ':'
            && std::memcmp(rawHeaders.constData() + at, lowerName, size_t(nameSize)) == 0) {
            const qsizetype from = at + nameSize + 1;
            return rawHeaders.mid(from, lineEnd - from);
        }
        at = lineEnd + 1;
    }
    return QByteArray();
}

bool HttpRequestParser::finishHead()
{
    if (m_head.chunked && m_sawContentLength) {
        fail(400, "both Content-Length and Transfer-Encoding");
        return false;
    }
    if (m_head.contentLength > m_limits.maxContentLength) {
        fail(413, "request body too large");
        return false;
    }
    if (m_head.chunked) {
        m_state = State::ChunkSize;
    } else if (m_head.contentLength > 0) {
        m_remaining = m_head.contentLength;
        m_state = State::Body;
    } else {
        m_state = State::Complete;
    }
    return true;
}

bool HttpRequestParser::parseChunkSize(const QByteArray &line)
{
    QByteArray size = line;
    const int semicolon = size.indexOf(';');
    if (semicolon >= 0)
        size.truncate(semicolon);
    size = size.trimmed();
    bool ok = !size.isEmpty() && size.size() <= 15;
    for (char c : size)
        ok = ok && std::isxdigit(uchar(c));
    const qint64 n = ok ? size.toLongLong(&ok, 16) : -1;
    if (!ok || n < 0) {
        fail(400, "malformed chunk size");
        return false;
    }
    if (m_bodySeen + n > m_limits.maxContentLength) {
        fail(413, "request body too large");
        return false;
    }
    if (n == 0) {
        m_state = State::Trailers;
    } else {
        m_remaining = n;
        m_state = State::ChunkData;
    }
    return true;
}

void HttpRequestParser::acceptBody(const char *data, qsizetype size)
{
    const qint64 room = m_limits.bodyCap - m_body.size();
    if (room > 0)
        m_body.append(data, qsizetype(std::min<qint64>(room, size)));
    m_bodySeen += size;
}

} // namespace uptrack
