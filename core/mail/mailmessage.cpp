// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailmessage.h"

#include <QByteArrayList>
#include <QStringDecoder>

namespace uptrack {

namespace {
constexpr int kMaxDepth = 4;     // multipart levels followed
constexpr int kMaxParts = 50;    // parts looked at, in all
constexpr int kMaxHeaders = 200; // header fields read per part

struct Part
{
    QList<QPair<QByteArray, QByteArray>> headers; // lower-case name, unfolded value
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n == name)
                return v;
        }
        return {};
    }
};

// Splits headers from body at the first empty line (CRLF or LF), unfolding the headers.
Part splitPart(const QByteArray &raw)
{
    Part part;
    qsizetype pos = 0;
    QByteArray name, value;
    auto flush = [&] {
        if (!name.isEmpty() && part.headers.size() < kMaxHeaders)
            part.headers.append({name.trimmed().toLower(), value.trimmed()});
        name.clear();
        value.clear();
    };
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        if (end < 0)
            end = raw.size();
        QByteArray line = raw.mid(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            flush();
            part.body = pos <= raw.size() ? raw.mid(pos) : QByteArray();
            return part;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !name.isEmpty()) {
            value += ' ' + line.trimmed(); // a folded continuation
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header field: skipped
        name = line.left(colon);
        value = line.mid(colon + 1);
    }
    flush();
    return part; // headers only, no body
}

// A parameter of a structured header value: boundary="x", charset=utf-8.
QByteArray parameter(const QByteArray &value, const QByteArray &name)
{
    for (QByteArray p : value.split(';')) {
        p = p.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq <= 0 || p.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray v = p.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

QByteArray mediaType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type.isEmpty() ? QByteArray("text/plain") : type;
}

// The body of a multipart split at its boundary: the parts between the delimiters.
QByteArrayList multipartBodies(const QByteArray &body, const QByteArray &boundary)
{
    QByteArrayList parts;
    if (boundary.isEmpty() || boundary.size() > 200)
        return parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0 && parts.size() < kMaxParts) {
        qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            break; // the closing delimiter
        const qsizetype lineEnd = body.indexOf('\n', start);
        if (lineEnd < 0)
            break;
        start = lineEnd + 1;
        const qsizetype next = body.indexOf(delimiter, start);
        QByteArray content = body.mid(start, next < 0 ? -1 : next - start);
        // The CRLF before a delimiter belongs to it.
        if (content.endsWith("\r\n"))
            content.chop(2);
        else if (content.endsWith('\n'))
            content.chop(1);
        parts.append(content);
        pos = next;
    }
    return parts;
}

// The first part of `type` under `part`, depth first; false if none.
bool findText(const Part &part, const QByteArray &type, int depth, int *seen, QString *out)
{
    if (++*seen > kMaxParts)
        return false;
    const QByteArray contentType = part.header("content-type");
    const QByteArray media = mediaType(contentType);
    if (media.startsWith("multipart/")) {
        if (depth >= kMaxDepth)
            return false;
        for (const QByteArray &child :
             multipartBodies(part.body, parameter(contentType, "boundary"))) {
            if (findText(splitPart(child), type, depth + 1, seen, out))
                return true;
        }
        return false;
    }
    if (media != type)
        return false;
    const QByteArray bytes
            = MailMessage::decodeTransfer(part.body, part.header("content-transfer-encoding"));
    *out = MailMessage::decodeCharset(bytes, parameter(contentType, "charset"));
    return true;
}

QByteArray decodeQuotedPrintable(const QByteArray &in, bool header)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (header && c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < in.size() + 1 && i + 1 < in.size()) {
            const char a = in[i + 1];
            if (a == '\r' || a == '\n') { // a soft line break
                i += (a == '\r' && i + 2 < in.size() && in[i + 2] == '\n') ? 2 : 1;
                continue;
            }
            bool ok = false;
            const int value = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok && i + 2 < in.size()) {
                out += char(value);
                i += 2;
            } else {
                out += c; // not an escape: kept as it is
            }
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

QString MailMessage::decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    if (name.isEmpty() || name == "utf-8" || name == "utf8" || name == "us-ascii")
        return QString::fromUtf8(bytes);
    if (name == "iso-8859-1" || name == "latin1" || name == "latin-1")
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder.decode(bytes);
}

QByteArray MailMessage::decodeTransfer(const QByteArray &body, const QByteArray &encoding)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e == "base64")
        return QByteArray::fromBase64(body, QByteArray::Base64Encoding);
    if (e == "quoted-printable")
        return decodeQuotedPrintable(body, false);
    return body;
}

QString MailMessage::decodeHeader(const QByteArray &value)
{
    // =?charset?B|Q?text?= words; the white space between two of them is dropped.
    QString out;
    qsizetype pos = 0;
    bool lastWasEncoded = false;
    while (pos < value.size()) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0) {
            out += QString::fromUtf8(value.mid(pos));
            break;
        }
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
        const qsizetype end = q2 < 0 ? -1 : value.indexOf("?=", q2 + 1);
        if (q1 < 0 || q2 != q1 + 2 || end < 0) {
            out += QString::fromUtf8(value.mid(pos, start + 2 - pos));
            pos = start + 2;
            lastWasEncoded = false;
            continue;
        }
        const QByteArray between = value.mid(pos, start - pos);
        if (!(lastWasEncoded && between.trimmed().isEmpty()))
            out += QString::fromUtf8(between);
        QByteArray charset = value.mid(start + 2, q1 - start - 2);
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset.truncate(star); // RFC 2231's language suffix
        const char kind = char(QChar::toUpper(uint(value[q1 + 1])));
        const QByteArray text = value.mid(q2 + 1, end - q2 - 1);
        const QByteArray bytes
                = kind == 'B' ? QByteArray::fromBase64(text) : decodeQuotedPrintable(text, true);
        out += decodeCharset(bytes, charset);
        pos = end + 2;
        lastWasEncoded = true;
    }
    return out;
}

MailMessage MailMessage::parse(const QByteArray &raw)
{
    const Part top = splitPart(raw);
    MailMessage m;
    m.from = decodeHeader(top.header("from")).simplified();
    m.subject = decodeHeader(top.header("subject")).simplified();
    int seen = 0;
    if (!findText(top, "text/plain", 0, &seen, &m.text)) {
        seen = 0;
        findText(top, "text/html", 0, &seen, &m.text);
    }
    return m;
}

} // namespace uptrack
